"""In-call controls: hold/resume (with retry), mute, DTMF (RFC 4733), blind transfer, media."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from typing import Any

import pjsua2 as pj

from softphone.core.events import (
    CallMediaChanged,
    CommandFailed,
    DtmfReceived,
    SipEvent,
    TransferProgress,
)
from softphone.core.models import AccountConfig, CallState
from softphone.sip.devices import AudioService
from softphone.sip.headers import dial_uri
from softphone.sip.media import link_call_audio, media_status, set_capture
from softphone.sip.pj_call import CallSession, CommandError, Sessions, op
from softphone.sip.prompts import PromptService
from softphone.sip.scheduler import Scheduler

log = logging.getLogger("softphone.sip")

_DTMF = re.compile(r"^[0-9*#A-Da-d]+$")
# RFC 4733 digits sent within a few ms after a re-INVITE recreated the streams never
# reached a pjsua receiver (measured: 0/5 at once, 5/5 after 50 ms); wait this long.
DTMF_SETTLE = 0.1
HOLD_RETRIES = 10  # a re-INVITE still in progress makes hold/unhold fail; retry
HOLD_RETRY_DELAY = 0.2


class InCallControls:
    """What the agent does to a connected call; shares the session table with CallService."""

    def __init__(
        self,
        *,
        sessions: Sessions,
        emit: Callable[[SipEvent], None],
        scheduler: Scheduler,
        audio: AudioService,
        account_config: Callable[[], AccountConfig | None],
        prompts: PromptService,
    ) -> None:
        self._sessions = sessions
        self._emit = emit
        self._scheduler = scheduler
        self._audio = audio
        self._account_config = account_config
        self._prompts = prompts

    def set_hold(self, call_id: str, on_hold: bool) -> None:
        session = self._sessions.get_connected(call_id)
        session.hold_wanted = on_hold
        self._scheduler.cancel(session.hold_timer)
        session.hold_timer = None
        self._apply_hold(call_id, 0)

    def _apply_hold(self, call_id: str, attempt: int) -> None:
        session = self._sessions.get(call_id)
        if session is None or session.state is not CallState.CONNECTED:
            return
        session.hold_timer = None
        wanted = session.hold_wanted
        if wanted == session.local_hold:
            return
        try:
            if wanted:
                session.call.setHold(op())
            else:
                prm = op()
                prm.opt.flag = pj.PJSUA_CALL_UNHOLD
                session.call.reinvite(prm)
        except pj.Error as exc:
            if attempt >= HOLD_RETRIES:
                raise CommandError(f"Cannot change hold: {exc.reason}") from exc
            log.info("hold/unhold of %s busy (%s); retrying", call_id, exc.reason)
            session.hold_timer = self._scheduler.call_later(
                HOLD_RETRY_DELAY, "hold retry", lambda: self._retry_hold(call_id, attempt + 1)
            )
            return
        session.local_hold = wanted

    def _retry_hold(self, call_id: str, attempt: int) -> None:
        try:
            self._apply_hold(call_id, attempt)
        except CommandError as exc:
            self._emit(CommandFailed("set_hold", str(exc), call_id))

    def set_mute(self, call_id: str, muted: bool) -> None:
        session = self._sessions.get_live(call_id)
        session.muted = muted
        if session.state is CallState.CONNECTED:
            status = media_status(session.call)
            set_capture(
                session.call, status, self._audio.capture(), self._prompts.mic_muted(session)
            )
        self.report_media(session, force=True)

    def send_dtmf(self, call_id: str, digits: str) -> None:
        session = self._sessions.get_connected(call_id)
        if not _DTMF.match(digits):
            raise CommandError(f"'{digits[:20]}' is not DTMF (0-9, *, #, A-D).")
        session.dtmf_queue.append(digits.upper())
        if session.dtmf_timer is not None:
            return  # queued behind digits already waiting
        wait = session.media_settled_at - time.monotonic()
        if wait > 0:
            session.dtmf_timer = self._scheduler.call_later(
                wait, "dtmf", lambda: self._flush_dtmf(call_id)
            )
            return
        self._flush_dtmf(call_id)

    def _flush_dtmf(self, call_id: str) -> None:
        session = self._sessions.get(call_id)
        if session is None:
            return
        session.dtmf_timer = None
        digits, session.dtmf_queue = "".join(session.dtmf_queue), []
        if not digits:
            return
        prm = pj.CallSendDtmfParam()
        prm.method = pj.PJSUA_DTMF_METHOD_RFC2833
        prm.digits = digits
        try:
            session.call.sendDtmf(prm)
        except pj.Error as exc:
            self._emit(
                CommandFailed("send_dtmf", f"Cannot send DTMF: {exc.reason}", call_id, exc.info())
            )

    def transfer(self, call_id: str, target: str) -> None:
        session = self._sessions.get_connected(call_id)
        uri = dial_uri(target, self._account_config())
        session.transfer_target = uri
        log.info("transferring %s to %s", call_id, uri)
        session.call.xfer(uri, op())

    def on_call_media_state(self, call_id: str) -> None:
        session = self._sessions.get(call_id)
        if session is None:
            return
        status = media_status(session.call)
        session.media_settled_at = time.monotonic() + DTMF_SETTLE
        if status.streams:
            capture, playback = self._audio.capture(), self._audio.playback()
            mic_off = self._prompts.mic_muted(session)
            link_call_audio(session.call, status, capture, playback, mic_off)
            self._prompts.link(session, status)
        self.report_media(session, status=status)

    def on_dtmf(self, call_id: str, digit: str) -> None:
        if call_id in self._sessions:
            self._emit(DtmfReceived(call_id, str(digit)))

    def on_transfer_status(self, call_id: str, code: int, reason: str, final: bool) -> None:
        session = self._sessions.get(call_id)
        if session is None:
            return
        self._emit(TransferProgress(call_id, code, reason, final))
        if final and 200 <= code < 300:
            log.info("transfer of %s accepted by %s; hanging up our leg", call_id, code)
            session.ended_locally = True
            self._scheduler.call_later(
                0, "hangup after transfer", lambda: self._hangup_quiet(call_id)
            )

    def _hangup_quiet(self, call_id: str) -> None:
        session = self._sessions.get(call_id)
        if session is not None:
            try:
                session.call.hangup(op())
            except pj.Error as exc:
                log.info("hangup after transfer: %s", exc.info())

    def report_media(
        self, session: CallSession, *, status: Any = None, force: bool = False
    ) -> None:
        if status is None:
            try:
                status = media_status(session.call)
            except pj.Error:
                return
        summary = (
            status.active,
            status.local_hold,
            status.remote_hold,
            session.muted,
            status.codec,
        )
        if summary == session.media_summary and not force:
            return
        session.media_summary = summary
        self._emit(
            CallMediaChanged(
                session.call_id,
                active=status.active,
                local_hold=status.local_hold,
                remote_hold=status.remote_hold,
                muted=session.muted,
                codec=status.codec,
            )
        )

    def cancel_timers(self, session: CallSession) -> None:
        for timer in (session.dtmf_timer, session.hold_timer):
            self._scheduler.cancel(timer)
        session.dtmf_timer = session.hold_timer = None
