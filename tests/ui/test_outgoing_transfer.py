"""Placing calls from the dial bar, transferring, and escalating to the supervisor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from softphone.config.settings import Settings
from softphone.core.models import CallState
from softphone.sip.fake import FakeSip
from softphone.ui.main_window import MainWindow
from softphone.ui.transfer_dialog import TransferDialog

if TYPE_CHECKING:
    from tests.ui.conftest import SettingsFactory, WindowFactory


def answered_call(qtbot: QtBot, window: MainWindow, fake: FakeSip) -> str:
    call_id = fake.simulate_incoming("+390612345678", "Maria Rossi")
    qtbot.waitUntil(lambda: window.calls.get(call_id) is not None)
    window.controller.actions.answer.trigger()
    qtbot.waitUntil(lambda: fake.call_state(call_id) is CallState.CONNECTED)
    qtbot.waitUntil(lambda: "Connected" in window.call_panel.state_text())
    return call_id


def test_enter_in_the_dial_field_calls(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    field = window.dial_bar.field
    field.setFocus()
    qtbot.keyClicks(field, "+39 06-123 456")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert fake_sip.last_command() == ("make_call", "sip:+3906123456@pbx.example.com")
    assert window.dial_bar.text() == ""
    qtbot.waitUntil(lambda: "Ringing at the other end" in window.call_panel.state_text())
    assert window.call_panel.name_label.full_text() == "+3906123456"
    assert window.call_panel.buttons["hangup"].isEnabled()  # cancel while it rings
    call_id = fake_sip.live_calls()[0].call_id
    fake_sip.simulate_remote_answer(call_id)
    qtbot.waitUntil(lambda: "Connected" in window.call_panel.state_text())


def test_letters_are_refused_and_nothing_is_called(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    field = window.dial_bar.field
    qtbot.keyClicks(field, "12ab3")
    assert field.text() == "123"  # the validator drops what cannot be dialled
    field.setText("")
    qtbot.keyClicks(field, "+")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not window.dial_bar.button.isEnabled()
    assert fake_sip.commands_named("make_call") == []


def test_sip_uri_is_dialled_as_is(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    qtbot.keyClicks(window.dial_bar.field, "sip:helpdesk@example.org")
    qtbot.mouseClick(window.dial_bar.button, Qt.MouseButton.LeftButton)
    assert fake_sip.last_command() == ("make_call", "sip:helpdesk@example.org")


def test_failed_outgoing_call_says_why(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    window.controller.dial("1002")
    qtbot.waitUntil(lambda: bool(fake_sip.live_calls()))
    fake_sip.simulate_call_failure(fake_sip.live_calls()[0].call_id, 486, "Busy Here")
    qtbot.waitUntil(lambda: "486 Busy Here" in window.call_panel.state_text())


def test_transfer_dialog(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    call_id = answered_call(qtbot, window, fake_sip)
    window.controller.actions.transfer.trigger()
    dialog = window.findChild(TransferDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.field, "2001")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert fake_sip.last_command() == ("transfer", call_id, "sip:2001@pbx.example.com")
    qtbot.waitUntil(lambda: "Transferred" in window.call_panel.state_text())


def test_failed_transfer_keeps_the_caller(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    call_id = answered_call(qtbot, window, fake_sip)
    fake_sip.transfer_code = 486
    assert window.controller.transfer(call_id, "2001")
    qtbot.waitUntil(lambda: any("Transfer failed" in t for t in window.message_bar.texts()))
    assert "Transfer failed" in window.call_panel.details_label.full_text()
    assert window.calls.get(call_id).connected  # type: ignore[union-attr]
    assert window.call_panel.buttons["transfer"].isEnabled()


def test_escalate_disabled_and_explained_when_unconfigured(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    answered_call(qtbot, window, fake_sip)
    button = window.call_panel.buttons["escalate"]
    assert not button.isEnabled()
    assert "no supervisor number is set" in button.toolTip()
    assert "Ctrl+Shift+S" in button.toolTip()


def test_escalate_is_one_click_blind_transfer(
    qtbot: QtBot, make_window: WindowFactory, make_settings: SettingsFactory, fake_sip: FakeSip
) -> None:
    settings = make_settings(locked={"calls.supervisor_uri": "sip:supervisor@pbx.example.com"})
    window = make_window(settings)
    button = window.call_panel.buttons["escalate"]
    assert not button.isEnabled()  # no call yet
    call_id = answered_call(qtbot, window, fake_sip)
    assert button.isEnabled()
    assert "sip:supervisor@pbx.example.com" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert fake_sip.last_command() == ("transfer", call_id, "sip:supervisor@pbx.example.com")
    assert QApplication.activeModalWidget() is None  # no confirmation: one click
    qtbot.waitUntil(lambda: "Transferred" in window.call_panel.state_text())


def test_escalate_enables_when_the_agent_sets_the_supervisor(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip, settings: Settings
) -> None:
    call_id = answered_call(qtbot, window, fake_sip)
    settings.set("calls.supervisor_uri", "2000")
    assert window.call_panel.buttons["escalate"].isEnabled()
    window.controller.actions.escalate.trigger()
    assert fake_sip.last_command() == ("transfer", call_id, "sip:2000@pbx.example.com")
