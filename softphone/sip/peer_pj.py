"""pjsua2 subclasses of the test/demo peer: callbacks become calls on a PeerHooks object."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

import pjsua2 as pj

log = logging.getLogger("softphone.sip.peer")

STATE_NAMES = {
    pj.PJSIP_INV_STATE_NULL: "NULL",
    pj.PJSIP_INV_STATE_CALLING: "CALLING",
    pj.PJSIP_INV_STATE_INCOMING: "INCOMING",
    pj.PJSIP_INV_STATE_EARLY: "EARLY",
    pj.PJSIP_INV_STATE_CONNECTING: "CONNECTING",
    pj.PJSIP_INV_STATE_CONFIRMED: "CONFIRMED",
    pj.PJSIP_INV_STATE_DISCONNECTED: "DISCONNECTED",
}
MEDIA_NAMES = {
    pj.PJSUA_CALL_MEDIA_NONE: "none",
    pj.PJSUA_CALL_MEDIA_ACTIVE: "active",
    pj.PJSUA_CALL_MEDIA_LOCAL_HOLD: "local_hold",
    pj.PJSUA_CALL_MEDIA_REMOTE_HOLD: "remote_hold",
    pj.PJSUA_CALL_MEDIA_ERROR: "error",
}


class PeerHooks(Protocol):
    def emit(self, event: str, **fields: Any) -> None: ...

    def on_incoming(self, acc: PeerAccount, prm: Any) -> None: ...

    def on_call_state(self, call: PeerCall) -> None: ...

    def on_media(self, call: PeerCall) -> None: ...

    def on_transfer(self, call: PeerCall, prm: Any) -> None: ...


def guard(agent: PeerHooks, where: str, func: Callable[[], None]) -> None:
    try:
        func()
    except Exception as exc:  # never into C++
        log.exception("error in %s", where)
        agent.emit("error", where=where, message=repr(exc))


class PeerPlayer(pj.AudioMediaPlayer):  # type: ignore[misc]
    def __init__(self, wav: str) -> None:
        super().__init__()
        self.wav = wav
        self.eof = False
        self.eof_reported = False

    def onEof2(self) -> None:
        self.eof = True  # runs on pjmedia's clock thread: a flag only (FIELD-NOTES)


class PeerAccount(pj.Account):  # type: ignore[misc]
    def __init__(self, agent: PeerHooks, name: str) -> None:
        super().__init__()
        self.agent = agent
        self.name = name

    def onRegState(self, prm: Any) -> None:
        guard(
            self.agent,
            "onRegState",
            lambda: self.agent.emit(
                "reg_state",
                account=self.name,
                code=int(prm.code),
                reason=str(prm.reason),
                status=int(prm.status),
                expires=int(prm.expiration),
                registered=200 <= int(prm.code) < 300 and int(prm.expiration) > 0,
            ),
        )

    def onIncomingCall(self, prm: Any) -> None:
        guard(self.agent, "onIncomingCall", lambda: self.agent.on_incoming(self, prm))


class PeerCall(pj.Call):  # type: ignore[misc]
    def __init__(
        self, agent: PeerHooks, acc: PeerAccount, cid: str, pj_id: int = pj.PJSUA_INVALID_ID
    ) -> None:
        super().__init__(acc, pj_id)
        self.agent = agent
        self.acc = acc
        self.cid = cid

    def onCallState(self, prm: Any) -> None:
        guard(self.agent, "onCallState", lambda: self.agent.on_call_state(self))

    def onCallMediaState(self, prm: Any) -> None:
        guard(self.agent, "onCallMediaState", lambda: self.agent.on_media(self))

    def onDtmfDigit(self, prm: Any) -> None:
        guard(
            self.agent,
            "onDtmfDigit",
            lambda: self.agent.emit("dtmf", call=self.cid, digit=prm.digit),
        )

    def onDtmfEvent(self, prm: Any) -> None:
        guard(
            self.agent,
            "onDtmfEvent",
            lambda: self.agent.emit(
                "dtmf_event",
                call=self.cid,
                digit=prm.digit,
                flags=int(prm.flags),
                duration=int(prm.duration),
            ),
        )

    def onCallTransferRequest(self, prm: Any) -> None:
        prm.statusCode = 603
        guard(self.agent, "onCallTransferRequest", lambda: self.agent.on_transfer(self, prm))

    def onCallTransferStatus(self, prm: Any) -> None:
        guard(
            self.agent,
            "onCallTransferStatus",
            lambda: self.agent.emit(
                "transfer_status",
                call=self.cid,
                code=int(prm.statusCode),
                reason=str(prm.reason),
                final=bool(prm.finalNotify),
            ),
        )


def wav_complete(path: str) -> bool:
    """True once pjmedia has written the RIFF size (it is 0 while recording)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError:
        return False
    return len(head) == 8 and head[:4] == b"RIFF" and head[4:8] != b"\0\0\0\0"


def op(code: int = 0) -> Any:
    prm = pj.CallOpParam(True)
    if code:
        prm.statusCode = code
    return prm
