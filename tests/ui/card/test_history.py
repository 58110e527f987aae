"""History: newest first, lazy pages of 50 while scrolling, debounced search, critical rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from softphone.core.records import Customer
from softphone.ui.card.history_model import NOTE, WHAT, WHEN
from softphone.ui.card.screen_pop import ScreenPop
from tests.ui.card.conftest import FakeDirectory, make_history

LONG_PHONE = "+390677788899"


def show_long(qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory, count: int = 5000) -> None:
    directory.add(
        Customer(id="c-long", name="Lunga Storia", language="it", phones=(LONG_PHONE,)),
        make_history(count, critical_every=97),
    )
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing("long", LONG_PHONE, "", False)


def history_pages(directory: FakeDirectory) -> list[int]:
    return [args[1] for name, args in directory.calls if name == "history"]  # type: ignore[misc]


def test_first_page_only_then_pages_while_scrolling(
    qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory
) -> None:
    show_long(qtbot, pop, directory)
    model, table = pop.history.model, pop.history.table
    assert model.rowCount() == 50
    assert pop.history.count.text() == "5000 entries"
    assert history_pages(directory) == [0]
    newest = model.data(model.index(0, WHEN))
    second = model.data(model.index(1, WHEN))
    assert str(newest) > str(second)  # newest first
    bar = table.verticalScrollBar()
    for expected in (100, 150, 200, 250):
        # the view lays out its new rows (and scroll range) an event-loop turn later
        qtbot.waitUntil(lambda: bar.value() < bar.maximum())
        with qtbot.waitSignal(model.page_loaded, timeout=5000):
            bar.setValue(bar.maximum())
        assert model.rowCount() == expected
    assert history_pages(directory) == [0, 50, 100, 150, 200]
    assert model.rowCount() < 5000  # the rest stays in the database until needed


def test_keyboard_ctrl_end_walks_to_the_last_entry(
    qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory
) -> None:
    show_long(qtbot, pop, directory, count=230)
    model, table = pop.history.model, pop.history.table
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    while model.rowCount() < 230:
        before = model.rowCount()
        with qtbot.waitSignal(model.page_loaded, timeout=5000):
            qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        assert model.rowCount() > before
    assert not model.canFetchMore()
    assert pop.history.count.text() == "230 entries"


def test_search_is_debounced_and_filters(
    qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory
) -> None:
    show_long(qtbot, pop, directory, count=500)
    search = pop.history.search
    with qtbot.waitSignal(pop.history.model.first_page_loaded, timeout=5000):
        qtbot.keyClicks(search, "refund")
    searches = [args for name, args in directory.calls if name == "history" and args[3]]
    assert searches == [("c-long", 0, 50, "refund")]  # one query for six keystrokes
    model = pop.history.model
    assert model.rowCount() == 50
    assert all("refund" in str(model.data(model.index(r, NOTE))) for r in range(50))
    assert pop.history.count.text() == "50 matches for “refund”"
    with qtbot.waitSignal(model.first_page_loaded, timeout=5000):
        search.clear()
    assert pop.history.count.text() == "500 entries"


def test_search_without_results(qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory) -> None:
    show_long(qtbot, pop, directory, count=80)
    with qtbot.waitSignal(pop.history.model.first_page_loaded, timeout=5000):
        qtbot.keyClicks(pop.history.search, "zzzz")
        qtbot.keyClick(pop.history.search, Qt.Key.Key_Return)
    assert pop.history.model.rowCount() == 0
    assert pop.history.count.text() == "0 matches for “zzzz”"


def test_critical_rows_say_so_in_words_and_colour(
    qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory
) -> None:
    show_long(qtbot, pop, directory, count=100)
    model = pop.history.model
    critical = model.index(0, WHAT)  # entry 0 is critical (every 97th)
    assert str(model.data(critical)).startswith("⚠ CRITICAL")
    assert "Insults" in str(model.data(critical))
    background = model.data(critical, Qt.ItemDataRole.BackgroundRole)
    assert background.color() == QColor("#fde2e0")  # type: ignore[union-attr]
    normal = model.index(1, WHAT)
    assert model.data(normal, Qt.ItemDataRole.BackgroundRole) is None
    assert "CRITICAL" not in str(model.data(normal))


def test_enter_opens_the_whole_note(qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory) -> None:
    show_long(qtbot, pop, directory, count=10)
    table = pop.history.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert pop.history.detail.isVisible()
    assert pop.history.detail.hasFocus()
    assert "entry 0: refund asked" in pop.history.detail.toPlainText()
