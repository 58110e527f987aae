"""The UI's list of calls, kept up to date from engine events; widgets observe its signals."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from softphone.core.events import (
    CallMediaChanged,
    CallStateChanged,
    IncomingCall,
    OutgoingCallStarted,
    SipEvent,
    TransferProgress,
)
from softphone.core.models import CallState, Direction, EndedBy
from softphone.ui.text import safe_text

RINGING = (CallState.INCOMING,)
ON_THE_WAY = (CallState.CALLING, CallState.EARLY, CallState.CONNECTING)


@dataclass
class CallView:
    """One call as the agent sees it; mutable, owned by CallList."""

    call_id: str
    direction: Direction
    state: CallState
    remote_uri: str
    display_name: str = ""
    number: str = ""
    anonymous: bool = False
    started_at: float = 0.0  # time.monotonic()
    connected_at: float | None = None
    ended_duration: float | None = None
    local_hold: bool = False
    remote_hold: bool = False
    muted: bool = False
    codec: str = ""
    auto_answer_at: float | None = None  # monotonic deadline announced by the engine
    transfer_status: str = ""  # "" / "pending" / "failed"
    transfer_reason: str = ""
    end_code: int = 0
    end_reason: str = ""
    ended_by: EndedBy | None = None

    @property
    def live(self) -> bool:
        return self.state is not CallState.DISCONNECTED

    @property
    def ringing(self) -> bool:
        return self.state is CallState.INCOMING

    @property
    def connected(self) -> bool:
        return self.state is CallState.CONNECTED

    @property
    def talking(self) -> bool:
        """Connected and not held by us: the call the agent's voice goes to."""
        return self.connected and not self.local_hold

    def duration(self, now: float | None = None) -> float:
        if self.ended_duration is not None:
            return self.ended_duration
        if self.connected_at is None:
            return 0.0
        return max(0.0, (time.monotonic() if now is None else now) - self.connected_at)

    def auto_answer_remaining(self, now: float | None = None) -> float | None:
        if self.auto_answer_at is None or not self.ringing:
            return None
        return max(0.0, self.auto_answer_at - (time.monotonic() if now is None else now))


class CallList(QObject):
    """Calls in arrival order plus which one the panel shows (the focused call)."""

    call_added = Signal(str)
    call_changed = Signal(str)
    call_removed = Signal(str)
    focus_changed = Signal(str)  # call id, "" when there is no call
    transfer_finished = Signal(str, bool, str)  # call id, succeeded, reason

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: dict[str, CallView] = {}
        self._focus = ""
        self.linger_ms = 4000  # how long an ended call stays on screen when it was the last

    # -- queries -------------------------------------------------------------------
    def calls(self) -> list[CallView]:
        return list(self._calls.values())

    def get(self, call_id: str) -> CallView | None:
        return self._calls.get(call_id)

    def __len__(self) -> int:
        return len(self._calls)

    @property
    def focused(self) -> CallView | None:
        return self._calls.get(self._focus)

    def ringing_call(self) -> CallView | None:
        """The call Answer/Reject act on: the focused one if it rings, else the oldest."""
        focused = self.focused
        if focused is not None and focused.ringing:
            return focused
        return next((c for c in self._calls.values() if c.ringing), None)

    def others_talking(self, call_id: str) -> list[CallView]:
        return [c for c in self._calls.values() if c.call_id != call_id and c.talking]

    # -- changes -------------------------------------------------------------------
    def set_focus(self, call_id: str) -> None:
        if call_id and call_id not in self._calls:
            return
        if call_id != self._focus:
            self._focus = call_id
            self.focus_changed.emit(call_id)

    def remove(self, call_id: str) -> None:
        if self._calls.pop(call_id, None) is None:
            return
        self.call_removed.emit(call_id)
        if call_id == self._focus:
            self._focus = ""
            self.set_focus(self._best_focus())
            if not self._focus:
                self.focus_changed.emit("")

    def apply(self, event: SipEvent) -> None:
        """Fold one engine event into the list (unknown events are ignored)."""
        if isinstance(event, IncomingCall):
            self._add(
                CallView(
                    event.call_id,
                    Direction.INBOUND,
                    CallState.INCOMING,
                    safe_text(event.remote_uri),
                    display_name=safe_text(event.display_name),
                    number="" if event.anonymous else safe_text(event.number, 64),
                    anonymous=event.anonymous,
                    started_at=time.monotonic(),
                    auto_answer_at=(
                        None
                        if event.auto_answer_after is None
                        else time.monotonic() + max(0.0, event.auto_answer_after)
                    ),
                )
            )
        elif isinstance(event, OutgoingCallStarted):
            uri = safe_text(event.remote_uri)
            self._add(
                CallView(
                    event.call_id,
                    Direction.OUTBOUND,
                    CallState.CALLING,
                    uri,
                    number=_user_part(uri),
                    started_at=time.monotonic(),
                )
            )
        elif isinstance(event, CallStateChanged):
            self._state_changed(event)
        elif isinstance(event, CallMediaChanged):
            call = self._calls.get(event.call_id)
            if call is not None:
                call.local_hold, call.remote_hold = event.local_hold, event.remote_hold
                call.muted, call.codec = event.muted, safe_text(event.codec, 40)
                self.call_changed.emit(call.call_id)
        elif isinstance(event, TransferProgress):
            call = self._calls.get(event.call_id)
            if call is None:
                return
            ok = 200 <= event.code < 300
            reason = safe_text(f"{event.code} {event.reason}".strip(), 80)
            call.transfer_status = ("done" if ok else "failed") if event.final else "pending"
            call.transfer_reason = reason
            self.call_changed.emit(call.call_id)
            if event.final:
                self.transfer_finished.emit(call.call_id, ok, reason)

    # -- internals -------------------------------------------------------------------
    def _add(self, call: CallView) -> None:
        if call.call_id in self._calls:
            return
        for ended in [c.call_id for c in self._calls.values() if not c.live]:
            self.remove(ended)
        self._calls[call.call_id] = call
        self.call_added.emit(call.call_id)
        focused = self.focused
        # A second call ringing never steals the panel from a live conversation: the
        # agent's Hang up must keep meaning the caller they are talking to.
        if focused is None or not focused.live or call.direction is Direction.OUTBOUND:
            self.set_focus(call.call_id)

    def _state_changed(self, event: CallStateChanged) -> None:
        call = self._calls.get(event.call_id)
        if call is None:
            if event.state is CallState.DISCONNECTED:
                return
            # The engine may skip OutgoingCallStarted/IncomingCall (e.g. a restart): adopt.
            call = CallView(
                event.call_id, event.direction, event.state, "", started_at=time.monotonic()
            )
            self._add(call)
        call.state = event.state
        if event.state is CallState.CONNECTED and call.connected_at is None:
            call.connected_at = time.monotonic()
            call.auto_answer_at = None
        if event.state is CallState.CONNECTING:
            call.auto_answer_at = None
        if event.state is CallState.DISCONNECTED:
            call.ended_duration = event.duration or call.duration()
            call.end_code = event.code
            call.end_reason = safe_text(event.reason, 80)
            call.ended_by = event.ended_by
            call.auto_answer_at = None
        self.call_changed.emit(call.call_id)
        if event.state in (CallState.CONNECTING, CallState.CONNECTED) and self._should_focus(call):
            self.set_focus(call.call_id)
        if event.state is CallState.DISCONNECTED:
            self._retire(call.call_id)

    def _retire(self, call_id: str) -> None:
        """Drop an ended call: at once when others remain (the agent must see the held
        one), else after a short linger so the agent sees how the call ended."""
        if any(c.live for c in self._calls.values()):
            self.remove(call_id)
        else:
            QTimer.singleShot(self.linger_ms, self, lambda: self._drop_if_ended(call_id))

    def _drop_if_ended(self, call_id: str) -> None:
        call = self._calls.get(call_id)
        if call is not None and not call.live:
            self.remove(call_id)

    def _should_focus(self, call: CallView) -> bool:
        focused = self.focused
        return focused is None or focused is call or not focused.talking

    def _best_focus(self) -> str:
        live = [c for c in self._calls.values() if c.live]
        for wanted in (
            lambda c: c.talking,
            lambda c: c.connected,
            lambda c: c.state in ON_THE_WAY,
            lambda c: c.ringing,
        ):
            found = next((c for c in live if wanted(c)), None)
            if found is not None:
                return found.call_id
        return next(iter(self._calls), "")


def _user_part(uri: str) -> str:
    rest = uri.split(":", 1)[1] if ":" in uri else uri
    return rest.split("@", 1)[0].split(";", 1)[0]
