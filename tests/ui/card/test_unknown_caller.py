"""No single customer: unknown number (create, link), several matches, withheld number."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from softphone.ui.card.screen_pop import ScreenPop
from softphone.ui.card.unknown_view import NoMatch
from tests.ui.card.conftest import MARIO, SHARED, TWIN_B, UNKNOWN, FakeDirectory


def ring_unknown(qtbot: QtBot, pop: ScreenPop, number: str = "06 1111 2222") -> None:
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing("u-call", number, "", False)
    assert pop.area.current() is pop.unknown


def test_unknown_caller_card(qtbot: QtBot, pop: ScreenPop) -> None:
    ring_unknown(qtbot, pop)
    view = pop.unknown
    assert view.mode is NoMatch.UNKNOWN
    assert view.title.text() == "Unknown caller"
    assert view.number.full_text() == UNKNOWN
    assert view.create_button.isVisible() and view.link_button.isVisible()
    assert not pop.history.isVisible()


def test_create_customer(qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory) -> None:
    ring_unknown(qtbot, pop)
    qtbot.mouseClick(pop.unknown.create_button, Qt.MouseButton.LeftButton)
    form = pop.unknown.form
    assert form.isVisible() and not form.create_button.isEnabled()  # the name is required
    qtbot.keyClicks(form.name, "  Ilaria   Conti ")
    form.language.setCurrentIndex(form.language.findData("it"))
    with qtbot.waitSignal(pop.customer_identified, timeout=5000) as blocker:
        qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert ("create_customer", ("Ilaria Conti", UNKNOWN, "it")) in directory.calls
    assert blocker.args is not None
    call_id, customer_id, language = blocker.args
    assert call_id == "u-call" and customer_id.startswith("new-") and language == "it"
    assert pop.area.current() is pop.card
    assert pop.card.name.full_text() == "Ilaria Conti"
    qtbot.waitUntil(pop.history.isVisible)  # with its (empty) first page


def test_link_to_existing_customer(qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory) -> None:
    ring_unknown(qtbot, pop)
    pop.unknown.link_button.click()
    search = pop.unknown.search
    assert search.isVisible()
    with qtbot.waitSignal(pop.client.searched, timeout=5000):
        qtbot.keyClicks(search.query, "rossi")  # debounced: one search for the whole word
    qtbot.waitUntil(lambda: search.results.count() == 1)
    assert directory.count("search") == 1
    assert "Mario Rossi" in search.results.item(0).text()
    with qtbot.waitSignal(pop.customer_identified, timeout=5000) as blocker:
        qtbot.keyClick(search.results, Qt.Key.Key_Return)
    assert blocker.args == ["u-call", MARIO.id, "it"]
    assert ("link_phone", (MARIO.id, UNKNOWN)) in directory.calls
    assert UNKNOWN in pop.card.values["phones"].full_text()


def test_several_matches_chooser(qtbot: QtBot, pop: ScreenPop) -> None:
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing("twins", SHARED, "", False)
    chooser = pop.chooser
    assert pop.area.current() is chooser
    assert chooser.title.text() == "3 customers share this number"
    lines = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert any("Chen Wei" in line and "NEEDS INTERPRETER" in line for line in lines)
    row = next(i for i, line in enumerate(lines) if "Luca Bianchi" in line)
    chooser.list.setFocus()
    chooser.list.setCurrentRow(row)
    with qtbot.waitSignal(pop.customer_identified, timeout=5000) as blocker:
        qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert blocker.args == ["twins", TWIN_B.id, "en"]
    assert pop.card.name.full_text() == "Luca Bianchi"


def test_withheld_number(qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory) -> None:
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing("anon", "anonymous", "Anonymous", True)
    view = pop.unknown
    assert view.mode is NoMatch.WITHHELD
    assert view.title.text() == "Caller withheld their number"
    assert not view.create_button.isVisible() and not view.link_button.isVisible()
    assert directory.count("lookup_phone") == 0
    # the caller gives their name: find and show the card, without linking anything
    view.find_button.click()
    with qtbot.waitSignal(pop.client.searched, timeout=5000):
        qtbot.keyClicks(view.search.query, "Mario")
    qtbot.waitUntil(lambda: view.search.results.count() == 1)
    with qtbot.waitSignal(pop.customer_identified, timeout=5000):
        view.search.pick_button.click()
    assert pop.card.name.full_text() == "Mario Rossi"
    assert directory.count("link_phone") == 0


def test_unreadable_number(qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory) -> None:
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing("ext", "sip:reception@pbx", "Reception", False)
    assert pop.unknown.mode is NoMatch.UNREADABLE
    assert "Reception" in pop.unknown.number.full_text()
    assert directory.count("lookup_phone") == 0
