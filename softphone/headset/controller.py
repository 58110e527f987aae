"""Call state to headset LEDs and headset buttons to call intents: pure, unit-testable logic."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from softphone.core.events import (
    CallMediaChanged,
    CallStateChanged,
    IncomingCall,
    OutgoingCallStarted,
    SipEvent,
)
from softphone.core.models import CallState
from softphone.headset.reports import Button, LedState

log = logging.getLogger("softphone.headset")

_ACTIVE = (CallState.CALLING, CallState.EARLY, CallState.CONNECTING, CallState.CONNECTED)


@dataclass(frozen=True)
class Intent:
    """Something the agent asked for with a headset button, on one call."""

    call_id: str


@dataclass(frozen=True)
class Answer(Intent):
    pass


@dataclass(frozen=True)
class Hangup(Intent):
    pass


@dataclass(frozen=True)
class SetMute(Intent):
    muted: bool


@dataclass(frozen=True)
class SetHold(Intent):
    on_hold: bool


@dataclass
class _Call:
    state: CallState
    muted: bool = False
    local_hold: bool = False

    @property
    def talking(self) -> bool:
        return self.state is CallState.CONNECTED and not self.local_hold


class HeadsetController:
    """Knows the calls from engine events; decides LEDs and what a button press means.

    Echo-proof by design: headsets with an absolute hook switch echo the Off-Hook LED back
    as a hook report (and some Jabra models answer Off-Hook = 0 with hook = 0, see
    https://github.com/gonicus/gonnect/pull/52). A hook report that agrees with the
    Off-Hook LED we last drove is that echo and does nothing; only a disagreement is the
    agent's hand. For the same reason Off-Hook stays lit while a call is on hold.
    """

    def __init__(self) -> None:
        self._calls: dict[str, _Call] = {}
        self._order: list[str] = []  # arrival order, oldest first
        self._leds = LedState()

    # -- call state -------------------------------------------------------------------
    @property
    def leds(self) -> LedState:
        return self._leds

    def handle_event(self, event: SipEvent) -> LedState | None:
        """Track `event`; the new LED state when it changed, else None."""
        if isinstance(event, IncomingCall):
            self._add(event.call_id, CallState.INCOMING)
        elif isinstance(event, OutgoingCallStarted):
            self._add(event.call_id, CallState.CALLING)
        elif isinstance(event, CallStateChanged):
            if event.state is CallState.DISCONNECTED:
                self._calls.pop(event.call_id, None)
                if event.call_id in self._order:
                    self._order.remove(event.call_id)
            else:
                self._add(event.call_id, event.state)
        elif isinstance(event, CallMediaChanged):
            call = self._calls.get(event.call_id)
            if call is not None:
                call.muted = event.muted
                call.local_hold = event.local_hold
        else:
            return None
        return self._refresh()

    def _add(self, call_id: str, state: CallState) -> None:
        call = self._calls.get(call_id)
        if call is None:
            self._calls[call_id] = _Call(state)
            self._order.append(call_id)
        else:
            call.state = state

    def _refresh(self) -> LedState | None:
        current = self._current()
        held = [c for c in self._calls.values() if c.state is CallState.CONNECTED and c.local_hold]
        leds = LedState(
            off_hook=any(c.state in _ACTIVE for c in self._calls.values()),
            ring=self._ringing() is not None,
            mute=current is not None and current.muted,
            hold=bool(held) and not any(c.talking for c in self._calls.values()),
        )
        if leds == self._leds:
            return None
        self._leds = leds
        return leds

    def _ringing(self) -> str | None:
        return next((i for i in self._order if self._calls[i].state is CallState.INCOMING), None)

    def _current_id(self) -> str | None:
        """The call the agent's voice goes to, else the newest outgoing attempt or held call."""
        for predicate in (
            lambda c: c.talking,
            lambda c: c.state in _ACTIVE and c.state is not CallState.CONNECTED,
            lambda c: c.state is CallState.CONNECTED,
        ):
            found = [i for i in self._order if predicate(self._calls[i])]
            if found:
                return found[-1]
        return None

    def _current(self) -> _Call | None:
        call_id = self._current_id()
        return None if call_id is None else self._calls[call_id]

    # -- buttons --------------------------------------------------------------------------
    def handle_button(self, button: Button) -> list[Intent]:
        """What a button press asks for right now (may be nothing)."""
        ringing = self._ringing()
        current_id = self._current_id()
        current = None if current_id is None else self._calls[current_id]
        talking = [i for i in self._order if self._calls[i].talking]
        if button is Button.HOOK_OFF:
            # Lit Off-Hook + hook up = consistent: our own LED echoed back (answered in
            # the window, dialling out...). With a call waiting the agent hangs up first.
            if self._leds.off_hook or ringing is None:
                return []
            return [*(SetHold(i, True) for i in talking), Answer(ringing)]
        if button is Button.HOOK_ON:
            if not self._leds.off_hook or current_id is None:
                return []  # dark Off-Hook + hook down: the echo of a call ended elsewhere
            return [Hangup(current_id)]
        if button is Button.HOOK_TOGGLE:
            if ringing is not None:
                return [*(SetHold(i, True) for i in talking), Answer(ringing)]
            if current_id is not None:
                return [Hangup(current_id)]
            return []
        if button is Button.MUTE_TOGGLE:
            if current_id is None or current is None or not current.talking:
                return []
            return [SetMute(current_id, not current.muted)]
        if button is Button.FLASH:
            if current_id is None or current is None or current.state is not CallState.CONNECTED:
                return []
            return [SetHold(current_id, not current.local_hold)]
        if button is Button.REDIAL:
            log.info("headset Redial pressed: not supported (no last-number redial here)")
        return []
