"""Incoming calls through the window: ring, answer, hold, mute, tones, hang up, reject."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from softphone.config.settings import Settings
from softphone.core.models import CallState
from softphone.sip.fake import FakeSip
from softphone.ui.main_window import MainWindow


def click(qtbot: QtBot, window: MainWindow, name: str) -> None:
    button = window.call_panel.buttons[name]
    assert button.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ring(qtbot: QtBot, window: MainWindow, fake: FakeSip, **kwargs: object) -> str:
    call_id = fake.simulate_incoming(
        str(kwargs.pop("number", "+390612345678")),
        str(kwargs.pop("name", "Maria Rossi")),
        **kwargs,  # type: ignore[arg-type]
    )
    qtbot.waitUntil(lambda: window.calls.get(call_id) is not None)
    return call_id


def connected(window: MainWindow, call_id: str) -> bool:
    call = window.calls.get(call_id)
    return call is not None and call.connected


def test_full_incoming_call(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    panel = window.call_panel
    call_id = ring(qtbot, window, fake_sip)
    assert "Ringing" in panel.state_text()
    assert panel.name_label.full_text() == "Maria Rossi"
    assert panel.number_label.full_text() == "+390612345678"
    buttons = panel.buttons
    assert buttons["answer"].isEnabled() and buttons["reject"].isEnabled()
    assert not buttons["hangup"].isEnabled() and not buttons["hold"].isEnabled()

    click(qtbot, window, "answer")
    qtbot.waitUntil(lambda: "Connected" in panel.state_text())
    assert ("answer", call_id) in fake_sip.commands
    assert not buttons["answer"].isEnabled()
    assert buttons["hangup"].isEnabled() and buttons["hold"].isEnabled()
    assert "PCMA" in panel.details_label.full_text()
    qtbot.waitUntil(lambda: panel.timer_label.text() in ("00:00", "00:01"))

    click(qtbot, window, "hold")
    qtbot.waitUntil(lambda: "On hold" in panel.state_text())
    assert fake_sip.last_command("set_hold") == ("set_hold", call_id, True)
    assert buttons["hold"].text() == "Resume" and buttons["hold"].isChecked()
    click(qtbot, window, "hold")
    qtbot.waitUntil(lambda: "Connected" in panel.state_text())
    assert fake_sip.last_command("set_hold") == ("set_hold", call_id, False)
    assert buttons["hold"].text() == "Hold" and not buttons["hold"].isChecked()

    click(qtbot, window, "mute")
    qtbot.waitUntil(lambda: buttons["mute"].text() == "Unmute")
    assert "muted" in panel.details_label.full_text()
    click(qtbot, window, "mute")
    qtbot.waitUntil(lambda: buttons["mute"].text() == "Mute")
    assert fake_sip.commands_named("set_mute") == [
        ("set_mute", call_id, True),
        ("set_mute", call_id, False),
    ]

    click(qtbot, window, "keypad")
    assert panel.dialpad.isVisible()
    with qtbot.waitSignal(panel.dialpad.digit_pressed):
        qtbot.mouseClick(panel.dialpad.buttons["5"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.dialpad.digit_pressed):
        qtbot.mouseClick(panel.dialpad.buttons["#"], Qt.MouseButton.LeftButton)
    assert fake_sip.commands_named("send_dtmf") == [
        ("send_dtmf", call_id, "5"),
        ("send_dtmf", call_id, "#"),
    ]

    click(qtbot, window, "hangup")
    qtbot.waitUntil(lambda: "Call ended" in panel.state_text())
    assert fake_sip.last_command() == ("hangup", call_id)
    assert not any(b.isEnabled() for k, b in buttons.items() if k != "escalate")
    assert not panel.dialpad.isVisible()


def test_ended_call_clears_after_linger(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    window.calls.linger_ms = 50
    call_id = ring(qtbot, window, fake_sip)
    fake_sip.simulate_remote_hangup(call_id)
    qtbot.waitUntil(lambda: "Missed call" in window.call_panel.state_text())
    qtbot.waitUntil(lambda: "No call" in window.call_panel.state_text())
    assert len(window.calls) == 0


def test_reject_sends_busy(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    call_id = ring(qtbot, window, fake_sip)
    click(qtbot, window, "reject")
    assert fake_sip.last_command() == ("reject", call_id, 486)
    qtbot.waitUntil(lambda: fake_sip.call_state(call_id) is CallState.DISCONNECTED)
    qtbot.waitUntil(lambda: not window.calls.get(call_id) or not window.calls.get(call_id).live)  # type: ignore[union-attr]


def test_digits_typed_in_the_panel_send_tones(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    call_id = ring(qtbot, window, fake_sip)
    window.controller.actions.answer.trigger()
    qtbot.waitUntil(lambda: connected(window, call_id))
    window.call_panel.setFocus()
    qtbot.keyClicks(window.call_panel, "12*")
    assert [c[2] for c in fake_sip.commands_named("send_dtmf")] == ["1", "2", "*"]
    # ...but typing in the number field is typing, not tones
    qtbot.keyClicks(window.dial_bar.field, "9")
    assert len(fake_sip.commands_named("send_dtmf")) == 3
    assert window.dial_bar.text() == "9"


def test_second_call_waits_and_answer_holds_the_first(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    first = ring(qtbot, window, fake_sip)
    window.controller.actions.answer.trigger()
    qtbot.waitUntil(lambda: connected(window, first))
    second = ring(qtbot, window, fake_sip, name="Second Caller", number="2222")
    panel = window.call_panel
    # the panel keeps the conversation; the new call shows in the strip and the list
    assert panel.name_label.full_text() == "Maria Rossi"
    assert panel.waiting.isVisible()
    assert "Second Caller" in panel.waiting_label.full_text()
    assert panel.call_list.isVisible() and panel.call_list.count() == 2
    assert "on hold" in window.controller.actions.answer.toolTip()

    window.controller.actions.answer.trigger()
    assert fake_sip.commands[-2:] == [("set_hold", first, True), ("answer", second)]
    qtbot.waitUntil(lambda: connected(window, second))
    assert panel.name_label.full_text() == "Second Caller"
    assert window.calls.get(first).local_hold  # type: ignore[union-attr]

    # the second caller hangs up: the held first call comes back to the panel
    fake_sip.simulate_remote_hangup(second)
    qtbot.waitUntil(lambda: panel.name_label.full_text() == "Maria Rossi")
    assert "On hold" in panel.state_text()
    click(qtbot, window, "hold")  # Resume
    qtbot.waitUntil(lambda: "Connected" in panel.state_text())


def test_choosing_a_call_in_the_list_focuses_it(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    first = ring(qtbot, window, fake_sip)
    window.controller.actions.answer.trigger()
    qtbot.waitUntil(lambda: connected(window, first))
    second = ring(qtbot, window, fake_sip, name="Other", number="3333")
    window.call_panel.call_list.setCurrentRow(1)
    assert window.calls.focused is window.calls.get(second)
    assert window.call_panel.name_label.full_text() == "Other"


def test_anonymous_caller(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    ring(qtbot, window, fake_sip, number="", name="", anonymous=True)
    assert window.call_panel.name_label.full_text() == "Anonymous caller"
    assert window.call_panel.number_label.full_text() == "Number withheld"


def test_auto_answer_countdown_is_shown(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    call_id = ring(qtbot, window, fake_sip, auto_answer_after=3.0)
    label = window.call_panel.auto_answer_label
    qtbot.waitUntil(label.isVisible)
    assert label.text() in ("Auto-answer in 3 s", "Auto-answer in 2 s")
    window.controller.actions.answer.trigger()  # the agent can still answer at once
    qtbot.waitUntil(lambda: connected(window, call_id))
    assert not label.isVisible()


def test_auto_answer_by_the_engine_connects(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    call_id = ring(qtbot, window, fake_sip, auto_answer_after=0.2)
    qtbot.waitUntil(lambda: connected(window, call_id))
    assert "Connected" in window.call_panel.state_text()


def test_command_failure_is_a_message_not_a_popup(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip, settings: Settings
) -> None:
    fake_sip.simulate_command_failed("answer", "The call was already answered elsewhere")
    qtbot.waitUntil(lambda: bool(window.message_bar.texts()))
    assert window.message_bar.texts() == ["The call was already answered elsewhere"]
    fake_sip.simulate_engine_failed("SIP transport failed", detail="Traceback: secret stuff")
    qtbot.waitUntil(lambda: len(window.message_bar.texts()) == 2)
    assert "Traceback" not in "".join(window.message_bar.texts())
    assert window.isActiveWindow()  # nothing modal took the focus


def test_answering_by_click_leaves_the_focus_off_hang_up(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    call_id = ring(qtbot, window, fake_sip)
    assert window.windowTitle() == "☎ Maria Rossi — Softphone"
    answer = window.call_panel.buttons["answer"]
    answer.setFocus()
    qtbot.keyClick(answer, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: connected(window, call_id))
    assert window.call_panel.hasFocus()
    assert not window.call_panel.buttons["hangup"].hasFocus()
    assert window.windowTitle() == "Softphone"


def test_side_panel_can_be_replaced(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    card = QLabel("card")
    window.set_side_panel(card)
    assert window.side_panel is card and window.splitter.widget(1) is card
    with qtbot.waitSignal(window.current_call_changed):
        ring(qtbot, window, fake_sip)  # the old placeholder is gone: nothing may touch it
    assert card.isVisible()


def test_add_call_tool_puts_controls_under_the_buttons(window: MainWindow) -> None:
    tool = QPushButton("Critical")
    window.add_call_tool(tool)
    assert window.call_panel.isAncestorOf(tool)
