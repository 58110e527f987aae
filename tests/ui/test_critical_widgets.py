"""Critical-situation widgets: buttons, shortcuts, guard countdown, editor, recovery."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from softphone.core.records import Reason
from softphone.ui.critical_bar import CriticalBar
from softphone.ui.note_editor import NoteEditor
from softphone.ui.recovery import RecoveryBanner


def make_bar(qtbot: QtBot, guard: float = 0.0) -> CriticalBar:
    bar = CriticalBar("Ctrl+Shift+X", guard)
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def test_disabled_until_connected(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    assert not bar.critical_button.isEnabled()
    assert not any(b.isEnabled() for b in bar.warning_buttons.values())
    bar.call_connected()
    assert bar.critical_button.isEnabled()
    assert all(b.isEnabled() for b in bar.warning_buttons.values())


def test_one_click_and_second_click_ignored(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    bar.call_connected()
    with qtbot.waitSignal(bar.critical_requested):
        qtbot.mouseClick(bar.critical_button, Qt.MouseButton.LeftButton)
    received: list[bool] = []
    bar.critical_requested.connect(lambda: received.append(True))
    qtbot.mouseClick(bar.critical_button, Qt.MouseButton.LeftButton)
    bar.critical_action.trigger()
    assert received == []
    assert not bar.critical_button.isEnabled()


def test_shortcuts_and_tooltips(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    assert bar.critical_action.shortcut() == QKeySequence("Ctrl+Shift+X")
    assert "Ctrl+Shift+X" in bar.critical_button.toolTip()
    assert "Ctrl+Shift+1" in bar.warning_buttons["warning1"].toolTip()
    assert "Ctrl+Shift+2" in bar.warning_buttons["warning2"].toolTip()
    bar.set_shortcut("Ctrl+Alt+E")
    assert "Ctrl+Alt+E" in bar.critical_button.toolTip()
    for widget in [bar.critical_button, *bar.warning_buttons.values()]:
        assert widget.accessibleName()


def test_keyboard_shortcut_triggers(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    bar.call_connected()
    with qtbot.waitActive(bar):
        bar.activateWindow()
    with qtbot.waitSignal(bar.warning_requested) as blocker:
        qtbot.keyClick(
            bar.window(),
            Qt.Key.Key_1,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert blocker.args == ["warning1"]
    with qtbot.waitSignal(bar.critical_requested):
        qtbot.keyClick(
            bar.window(),
            Qt.Key.Key_X,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )


def test_guard_countdown(qtbot: QtBot) -> None:
    bar = make_bar(qtbot, guard=1.0)
    bar.call_connected()
    assert not bar.critical_button.isEnabled()
    assert "1 s" in bar.critical_button.text()
    assert bar.warning_buttons["warning1"].isEnabled()  # warnings are never guarded
    qtbot.waitUntil(bar.critical_button.isEnabled, timeout=3000)
    assert "available in" not in bar.critical_button.text()


def test_call_gone_disables(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    bar.call_connected()
    bar.call_not_connected()
    assert not bar.critical_button.isEnabled()


def test_note_editor_emits_choices(qtbot: QtBot) -> None:
    editor = NoteEditor()
    qtbot.addWidget(editor)
    editor.open_for("note-1", "<b>Mario</b>")
    assert editor.isVisible()
    editor.reason_buttons[Reason.THREATS].setChecked(True)
    editor.text.setPlainText("Threatened to come to the office.")
    editor.medical_buttons["yes"].setChecked(True)
    with qtbot.waitSignal(editor.saved) as blocker:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["note-1", "threats", "Threatened to come to the office.", True]
    assert not editor.isVisible()


def test_note_editor_limits_text(qtbot: QtBot) -> None:
    editor = NoteEditor()
    qtbot.addWidget(editor)
    editor.open_for("n")
    editor.text.setPlainText("x" * 20_000)
    assert len(editor.text.toPlainText()) == 10_000


def test_recovery_counts_down_and_can_end_early(qtbot: QtBot) -> None:
    banner = RecoveryBanner()
    qtbot.addWidget(banner)
    with qtbot.waitSignal(banner.started):
        banner.start(60)
    assert banner.active and "1:00" in banner.label.text()
    with qtbot.waitSignal(banner.finished):
        qtbot.mouseClick(banner.end_button, Qt.MouseButton.LeftButton)
    assert not banner.active
    start = time.monotonic()
    with qtbot.waitSignal(banner.finished, timeout=3000):
        banner.start(0.3)
    assert time.monotonic() - start >= 0.25
