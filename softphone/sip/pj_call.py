"""pjsua2 Call subclass (callbacks forwarded, guarded), the engine's record of a call, helpers."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Protocol

import pjsua2 as pj
from PySide6.QtCore import QTimer

from softphone.core.models import CallState, Direction, EndedBy
from softphone.sip.guard import FailureSink, run_guarded

# pjsua invite states → what the UI is told. An inbound call we sent 180 for is EARLY in
# pjsua terms but still ringing here, hence the direction-dependent mapping.
_STATES = {
    pj.PJSIP_INV_STATE_NULL: CallState.CALLING,
    pj.PJSIP_INV_STATE_CALLING: CallState.CALLING,
    pj.PJSIP_INV_STATE_INCOMING: CallState.INCOMING,
    pj.PJSIP_INV_STATE_EARLY: CallState.EARLY,
    pj.PJSIP_INV_STATE_CONNECTING: CallState.CONNECTING,
    pj.PJSIP_INV_STATE_CONFIRMED: CallState.CONNECTED,
    pj.PJSIP_INV_STATE_DISCONNECTED: CallState.DISCONNECTED,
}


def call_state(pj_state: int, direction: Direction) -> CallState:
    state = _STATES.get(pj_state, CallState.CALLING)
    if direction is Direction.INBOUND and state in (CallState.CALLING, CallState.EARLY):
        return CallState.INCOMING
    return state


class CallHandler(FailureSink, Protocol):
    def on_call_state(self, call_id: str) -> None: ...

    def on_call_media_state(self, call_id: str) -> None: ...

    def on_dtmf(self, call_id: str, digit: str) -> None: ...

    def on_transfer_status(self, call_id: str, code: int, reason: str, final: bool) -> None: ...

    def on_transfer_request(self, call_id: str, target: str) -> int:
        """SIP status to answer an incoming REFER with."""
        ...


class PjCall(pj.Call):  # type: ignore[misc]
    """Turns pjsua2 call callbacks into calls on a handler, keyed by our call id."""

    def __init__(
        self, account: Any, handler: CallHandler, call_id: str, pj_id: int = pj.PJSUA_INVALID_ID
    ) -> None:
        super().__init__(account, pj_id)
        self._handler = handler
        self.call_id = call_id

    def onCallState(self, prm: Any) -> None:
        run_guarded(self._handler, "onCallState", self._handler.on_call_state, self.call_id)

    def onCallMediaState(self, prm: Any) -> None:
        run_guarded(
            self._handler, "onCallMediaState", self._handler.on_call_media_state, self.call_id
        )

    def onDtmfDigit(self, prm: Any) -> None:
        run_guarded(self._handler, "onDtmfDigit", self._handler.on_dtmf, self.call_id, prm.digit)

    def onCallTransferStatus(self, prm: Any) -> None:
        run_guarded(
            self._handler,
            "onCallTransferStatus",
            self._handler.on_transfer_status,
            self.call_id,
            int(prm.statusCode),
            str(prm.reason),
            bool(prm.finalNotify),
        )

    def onCallTransferRequest(self, prm: Any) -> None:
        prm.statusCode = 603  # decline unless the handler says otherwise

        def decide() -> None:
            prm.statusCode = self._handler.on_transfer_request(self.call_id, str(prm.dstUri))

        run_guarded(self._handler, "onCallTransferRequest", decide)


@dataclass
class CallSession:
    """Everything the engine remembers about one call; lives on the SIP thread."""

    call_id: str
    call: PjCall
    direction: Direction
    remote_uri: str = ""
    sip_call_id: str = ""
    state: CallState = CallState.CALLING
    connected_at: float | None = None
    ended_locally: bool = False
    local_hold: bool = False
    muted: bool = False
    auto_answer_timer: QTimer | None = None
    transfer_target: str = ""
    media_summary: tuple[bool, bool, bool, bool, str] | None = None  # last event sent
    media_settled_at: float = 0.0  # monotonic time from which DTMF is safe to send
    dtmf_queue: list[str] = field(default_factory=list)
    dtmf_timer: QTimer | None = None
    hold_wanted: bool = False
    hold_timer: QTimer | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def duration(self) -> float:
        return 0.0 if self.connected_at is None else time.monotonic() - self.connected_at


class CommandError(Exception):
    """A command cannot be carried out; the message is for the agent."""


class Sessions(dict[str, CallSession]):
    """Every live call by our call id; the only strong references to PjCall objects."""

    def get_live(self, call_id: str) -> CallSession:
        session = self.get(call_id)
        if session is None:
            raise CommandError("This call has already ended.")
        return session

    def get_connected(self, call_id: str) -> CallSession:
        session = self.get_live(call_id)
        if session.state is not CallState.CONNECTED:
            raise CommandError("This call is not connected.")
        return session


# Disconnect codes that mean "the network failed", not "the other side decided".
_ERROR_CODES = frozenset({0, 408, 500, 502, 503, 504})


def ended_by(session: CallSession, code: int) -> EndedBy:
    if session.ended_locally:
        return EndedBy.LOCAL
    if code in _ERROR_CODES or code >= 700:
        return EndedBy.ERROR
    return EndedBy.REMOTE


def op(code: int = 0, reason: str = "") -> Any:
    """A CallOpParam with the default call setting and, optionally, a status code."""
    prm = pj.CallOpParam(True)
    if code:
        prm.statusCode = code
    if reason:
        prm.reason = reason
    return prm
