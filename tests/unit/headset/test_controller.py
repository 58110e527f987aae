"""The headset state machine: call events to LEDs, buttons to intents, echoes ignored."""

from __future__ import annotations

from softphone.core.events import (
    CallMediaChanged,
    CallStateChanged,
    EngineStarted,
    IncomingCall,
    OutgoingCallStarted,
)
from softphone.core.models import CallState, Direction
from softphone.headset.controller import Answer, Hangup, HeadsetController, SetHold, SetMute
from softphone.headset.reports import Button, LedState


def incoming(controller: HeadsetController, call_id: str = "a") -> LedState | None:
    return controller.handle_event(
        IncomingCall(call_id, "sip:1@x", "", "1", anonymous=False, sip_call_id="s-" + call_id)
    )


def state(controller: HeadsetController, call_id: str, new: CallState) -> LedState | None:
    return controller.handle_event(CallStateChanged(call_id, new, Direction.INBOUND))


def media(
    controller: HeadsetController, call_id: str, *, muted: bool = False, hold: bool = False
) -> LedState | None:
    return controller.handle_event(
        CallMediaChanged(call_id, active=not hold, local_hold=hold, muted=muted)
    )


def connected(controller: HeadsetController, call_id: str = "a") -> None:
    incoming(controller, call_id)
    state(controller, call_id, CallState.CONNECTED)
    media(controller, call_id)


def test_leds_follow_the_call() -> None:
    c = HeadsetController()
    assert incoming(c) == LedState(ring=True)
    assert state(c, "a", CallState.CONNECTING) == LedState(off_hook=True)
    assert state(c, "a", CallState.CONNECTED) is None  # unchanged: nothing to write
    assert media(c, "a", muted=True) == LedState(off_hook=True, mute=True)
    assert media(c, "a", hold=True) == LedState(off_hook=True, hold=True)
    assert state(c, "a", CallState.DISCONNECTED) == LedState()


def test_unrelated_events_change_nothing() -> None:
    c = HeadsetController()
    assert c.handle_event(EngineStarted("2.15", "1.2.3.4:5060", 0)) is None
    assert media(c, "unknown", muted=True) is None


def test_outgoing_call_lights_off_hook() -> None:
    c = HeadsetController()
    assert c.handle_event(OutgoingCallStarted("o", "sip:2@x")) == LedState(off_hook=True)


def test_hook_up_while_ringing_answers() -> None:
    c = HeadsetController()
    incoming(c)
    assert c.handle_button(Button.HOOK_OFF) == [Answer("a")]


def test_relative_hook_answers_then_hangs_up() -> None:
    c = HeadsetController()
    incoming(c)
    assert c.handle_button(Button.HOOK_TOGGLE) == [Answer("a")]
    state(c, "a", CallState.CONNECTED)
    assert c.handle_button(Button.HOOK_TOGGLE) == [Hangup("a")]


def test_hook_down_while_connected_hangs_up() -> None:
    c = HeadsetController()
    connected(c)
    assert c.handle_button(Button.HOOK_ON) == [Hangup("a")]


def test_echo_of_off_hook_led_after_answering_in_the_window_does_nothing() -> None:
    c = HeadsetController()
    incoming(c, "a")
    incoming(c, "b")
    state(c, "a", CallState.CONNECTED)  # answered with the mouse: Off-Hook LED goes on
    # The headset echoes hook = 1: must not answer the second ringing call.
    assert c.handle_button(Button.HOOK_OFF) == []


def test_echo_of_off_hook_going_dark_after_remote_hang_up_does_nothing() -> None:
    c = HeadsetController()
    connected(c)
    state(c, "a", CallState.DISCONNECTED)
    assert c.handle_button(Button.HOOK_ON) == []


def test_hold_keeps_off_hook_lit_so_a_jabra_echo_cannot_hang_up() -> None:
    """GOnnect pull 52: clearing Off-Hook on hold made Jabra send hook 0, ending calls."""
    c = HeadsetController()
    connected(c)
    leds = media(c, "a", hold=True)
    assert leds is not None and leds.off_hook and leds.hold


def test_answer_while_talking_holds_the_current_call_first() -> None:
    c = HeadsetController()
    connected(c, "a")
    incoming(c, "b")
    assert c.handle_button(Button.HOOK_TOGGLE) == [SetHold("a", True), Answer("b")]


def test_absolute_hook_with_call_waiting_hangs_up_first_then_answers() -> None:
    c = HeadsetController()
    connected(c, "a")
    incoming(c, "b")
    assert c.handle_button(Button.HOOK_ON) == [Hangup("a")]
    state(c, "a", CallState.DISCONNECTED)
    assert c.leds == LedState(ring=True)
    assert c.handle_button(Button.HOOK_OFF) == [Answer("b")]


def test_mute_key_toggles_the_talking_call() -> None:
    c = HeadsetController()
    connected(c)
    assert c.handle_button(Button.MUTE_TOGGLE) == [SetMute("a", True)]
    # Until the engine confirms, a second press asks for the same: no flip-flop.
    assert c.handle_button(Button.MUTE_TOGGLE) == [SetMute("a", True)]
    media(c, "a", muted=True)
    assert c.handle_button(Button.MUTE_TOGGLE) == [SetMute("a", False)]


def test_mute_without_a_call_does_nothing() -> None:
    c = HeadsetController()
    assert c.handle_button(Button.MUTE_TOGGLE) == []
    incoming(c)
    assert c.handle_button(Button.MUTE_TOGGLE) == []


def test_flash_toggles_hold() -> None:
    c = HeadsetController()
    connected(c)
    assert c.handle_button(Button.FLASH) == [SetHold("a", True)]
    media(c, "a", hold=True)
    assert c.handle_button(Button.FLASH) == [SetHold("a", False)]


def test_flash_and_redial_without_a_call_do_nothing() -> None:
    c = HeadsetController()
    assert c.handle_button(Button.FLASH) == []
    assert c.handle_button(Button.REDIAL) == []


def test_hang_up_an_outgoing_attempt() -> None:
    c = HeadsetController()
    c.handle_event(OutgoingCallStarted("o", "sip:2@x"))
    assert c.handle_button(Button.HOOK_ON) == [Hangup("o")]
