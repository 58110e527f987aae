"""Wrap-up after hang-up: disposition required, saved with the note, shown in the history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from softphone.ui.card.dispositions import Disposition
from softphone.ui.card.history_model import AGENT, NOTE, WHAT
from softphone.ui.card.screen_pop import ScreenPop
from tests.ui.card.conftest import BANNED_PHONE, MARIO, ROME, UNKNOWN


def answered_call(qtbot: QtBot, pop: ScreenPop, call_id: str = "w1", number: str = ROME) -> None:
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing(call_id, number, "", False)
    pop.call_answered(call_id)


def test_wrapup_saves_and_appends_to_history(qtbot: QtBot, pop: ScreenPop) -> None:
    answered_call(qtbot, pop)
    pop.call_ended("w1")
    panel = pop.wrapup
    assert panel.isVisible()
    assert panel.title.text() == "Wrap-up — Mario Rossi"
    assert pop.area.current() is pop.card  # the card stays
    assert not panel.save_button.isEnabled()  # a disposition is required
    rows_before = pop.history.model.rowCount()
    with qtbot.waitActive(pop):
        pop.activateWindow()
    qtbot.keyClick(pop.window(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # mnemonic &2
    qtbot.waitUntil(lambda: panel.disposition() is Disposition.CALLBACK)  # animated click
    assert panel.save_button.isEnabled()
    qtbot.keyClicks(panel.text, "Call back tomorrow <b>10:00</b>")
    with qtbot.waitSignal(pop.wrapup_saved) as blocker:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args is not None
    call_id, customer_id, disposition, text, note_id = blocker.args
    assert (call_id, customer_id, disposition) == ("w1", MARIO.id, "callback")
    assert text == "Call back tomorrow <b>10:00</b>"
    assert len(note_id) == 36
    assert not panel.isVisible()
    model = pop.history.model
    assert model.rowCount() == rows_before + 1
    assert model.data(model.index(0, NOTE)) == "Call back tomorrow <b>10:00</b>"
    assert model.data(model.index(0, WHAT)) == "✎ Wrap-up · Callback needed"
    assert model.data(model.index(0, AGENT)) == "Anna Agent"
    assert pop.history.count.text() == "121 entries"


def test_missed_call_has_no_wrapup(qtbot: QtBot, pop: ScreenPop) -> None:
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing("missed", ROME, "", False)
    pop.call_ended("missed", answered=False)
    assert not pop.wrapup.isVisible()
    assert pop.area.current() is pop.card


def test_pending_wrapup_survives_the_next_ring(qtbot: QtBot, pop: ScreenPop) -> None:
    answered_call(qtbot, pop, "first", ROME)
    pop.call_ended("first")
    pop.wrapup.buttons[Disposition.RESOLVED].setChecked(True)
    answered_call(qtbot, pop, "second", BANNED_PHONE)
    assert pop.card.name.full_text() == "Dieter Hoffmann"
    assert pop.wrapup.isVisible() and pop.wrapup.call_id == "first"
    pop.call_ended("second")  # queued behind the first
    with qtbot.waitSignal(pop.wrapup_saved) as first:
        pop.wrapup.save_button.click()
    assert first.args is not None and first.args[:3] == ["first", MARIO.id, "resolved"]
    assert pop.wrapup.isVisible() and pop.wrapup.call_id == "second"
    assert pop.wrapup.title.text() == "Wrap-up — Dieter Hoffmann"


def test_wrapup_for_a_caller_created_after_hangup(qtbot: QtBot, pop: ScreenPop) -> None:
    answered_call(qtbot, pop, "u", UNKNOWN)
    pop.call_ended("u")
    assert pop.wrapup.customer_id == ""
    pop.unknown.create_button.click()
    qtbot.keyClicks(pop.unknown.form.name, "Nuovo Cliente")
    with qtbot.waitSignal(pop.customer_identified, timeout=5000) as blocker:
        pop.unknown.form.create_button.click()
    assert blocker.args is not None
    assert pop.wrapup.customer_id == blocker.args[1]
    assert pop.wrapup.title.text() == "Wrap-up — Nuovo Cliente"
