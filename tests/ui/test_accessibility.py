"""Keyboard and screen-reader use: shortcuts, tooltips, accessible names, no mouse needed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from softphone.core.models import CallState
from softphone.sip.fake import FakeSip
from softphone.ui.call_actions import RESERVED, SHORTCUTS
from softphone.ui.i18n import find_qm, install_translator
from softphone.ui.main_window import MainWindow
from softphone.ui.text import strip_mnemonic as plain

ROOT = Path(__file__).resolve().parents[2]


def visible_controls(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox)
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisible() and not w.objectName().startswith("qt_")
    ]


def test_every_action_has_a_shortcut_shown_in_its_tooltip(window: MainWindow) -> None:
    actions = window.all_actions()
    assert len(actions) >= 15
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys, plain(action.text())
        assert f"({keys})" in action.toolTip(), (action.text(), action.toolTip())


def test_shortcuts_are_unique_and_leave_the_critical_keys_free(window: MainWindow) -> None:
    sequences = [a.shortcut().toString() for a in window.all_actions()]
    assert len(sequences) == len(set(sequences))
    for reserved in RESERVED:
        assert reserved not in sequences
    assert SHORTCUTS["answer"] == "Ctrl+Return"


def test_every_visible_control_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    call_id = fake_sip.simulate_incoming("1", "A")
    qtbot.waitUntil(lambda: window.calls.get(call_id) is not None)
    window.controller.actions.answer.trigger()
    qtbot.waitUntil(lambda: "Connected" in window.call_panel.state_text())
    window.controller.actions.keypad.trigger()
    qtbot.waitUntil(window.call_panel.dialpad.isVisible)
    fake_sip.simulate_command_failed("x", "a message with a dismiss button")
    qtbot.waitUntil(lambda: bool(window.message_bar.texts()))
    controls = visible_controls(window)
    assert len(controls) > 20
    unnamed = [f"{type(w).__name__}:{w.objectName()}" for w in controls if not w.accessibleName()]
    assert unnamed == []


@pytest.mark.parametrize(
    "opener", ["open_account_dialog", "open_settings_dialog", "open_audio_dialog"]
)
def test_dialog_controls_have_accessible_names(window: MainWindow, opener: str) -> None:
    dialog: QDialog = getattr(window, opener)()
    controls = visible_controls(dialog)
    assert controls
    unnamed = [f"{type(w).__name__}:{w.objectName()}" for w in controls if not w.accessibleName()]
    assert unnamed == []
    dialog.reject()


def test_menus_have_mnemonics(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Phone", "&Settings", "&Help"]


def test_keyboard_only_answer_and_hang_up(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    window.dial_bar.field.setFocus()  # the agent is typing somewhere: shortcuts still work
    call_id = fake_sip.simulate_incoming("+390612345678", "Maria Rossi")
    qtbot.waitUntil(lambda: window.calls.get(call_id) is not None)
    QTest.keyClick(window.dial_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert fake_sip.last_command() == ("answer", call_id)
    qtbot.waitUntil(lambda: fake_sip.call_state(call_id) is CallState.CONNECTED)
    qtbot.waitUntil(lambda: "Connected" in window.call_panel.state_text())
    QTest.keyClick(window.call_panel, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert fake_sip.last_command() == ("set_hold", call_id, True)
    QTest.keyClick(window.call_panel, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.dial_bar.field, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert fake_sip.last_command() == ("hangup", call_id)
    qtbot.waitUntil(lambda: fake_sip.call_state(call_id) is CallState.DISCONNECTED)


def test_keyboard_only_reject_and_dial(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    call_id = fake_sip.simulate_incoming("2", "B")
    qtbot.waitUntil(lambda: window.calls.get(call_id) is not None)
    QTest.keyClick(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert fake_sip.last_command() == ("reject", call_id, 486)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.dial_bar.field.hasFocus()
    QTest.keyClicks(window.dial_bar.field, "1002")
    QTest.keyClick(window.dial_bar.field, Qt.Key.Key_Return)
    assert fake_sip.last_command() == ("make_call", "sip:1002@pbx.example.com")


def test_tab_reaches_the_call_buttons(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    call_id = fake_sip.simulate_incoming("1", "A")
    qtbot.waitUntil(lambda: window.calls.get(call_id) is not None)
    window.dial_bar.field.setFocus()
    reached: set[str] = set()
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is not None:
            reached.add(focus.objectName())
    assert {"answerButton", "rejectButton"} <= reached
    window.call_panel.buttons["answer"].setFocus()
    QTest.keyClick(window.call_panel.buttons["answer"], Qt.Key.Key_Space)
    assert fake_sip.last_command() == ("answer", call_id)


def test_registration_status_opens_account_settings_from_the_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    status = window.registration_status
    with qtbot.waitSignal(status.account_settings_requested):
        QTest.keyClick(status, Qt.Key.Key_Return)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "accountDialog"
    dialog.close()


# -- translations -------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["it", "de", "ru", "zh"])
def test_translation_sources_exist(language: str) -> None:
    assert (ROOT / "resources" / "i18n" / f"softphone_{language}.ts").is_file()


def test_translator_installs_when_compiled(qtbot: QtBot) -> None:
    if find_qm("it") is None:
        pytest.skip("softphone_it.qm not compiled (run pyside6-lrelease)")
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translator("it")
    try:
        assert QCoreApplication.translate("CallActions", "&Answer") == "&Rispondi"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_english_needs_no_translator(qtbot: QtBot) -> None:
    assert install_translator("en") == []
