"""Calls: incoming (auto-answer, busy), outgoing, answer/reject/hangup, ringer, call end."""

from __future__ import annotations

import contextlib
import logging
import time
import uuid
from collections.abc import Callable
from typing import Any

import pjsua2 as pj

from softphone.core.autoanswer import auto_answer_delay
from softphone.core.events import (
    CallStateChanged,
    IncomingCall,
    OutgoingCallStarted,
    SipEvent,
)
from softphone.core.models import CallState, Direction, EndedBy, EngineOptions
from softphone.core.sipmsg import caller_identity, header, parse_headers, parse_name_addr
from softphone.sip.accounts import AccountService
from softphone.sip.devices import AudioService
from softphone.sip.guard import FailureSink
from softphone.sip.headers import dial_uri, public_headers
from softphone.sip.in_call import InCallControls
from softphone.sip.pj_account import PjAccount
from softphone.sip.pj_call import (
    CallSession,
    CommandError,
    PjCall,
    Sessions,
    call_state,
    ended_by,
    op,
)
from softphone.sip.prompts import PromptService
from softphone.sip.ringer import Ringer
from softphone.sip.scheduler import Scheduler

log = logging.getLogger("softphone.sip")


class CallService:
    """Implements CallHandler for PjCall; owns every PjCall (strong refs); SIP thread only."""

    def __init__(
        self,
        *,
        emit: Callable[[SipEvent], None],
        scheduler: Scheduler,
        sink: FailureSink,
        accounts: AccountService,
        audio: AudioService,
        ringer: Ringer,
        options: Callable[[], EngineOptions],
        discard: Callable[[Any], None],
    ) -> None:
        self._emit = emit
        self._scheduler = scheduler
        self._sink = sink
        self._accounts = accounts
        self._audio = audio
        self._ringer = ringer
        self._options = options
        self._discard = discard  # keeps a dead pj object until the next pump tick
        self.sessions = Sessions()
        self.prompts = PromptService(
            sessions=self.sessions, emit=emit, audio=audio, discard=discard
        )
        self.controls = InCallControls(
            prompts=self.prompts,
            sessions=self.sessions,
            emit=emit,
            scheduler=scheduler,
            audio=audio,
            account_config=lambda: accounts.config,
        )

    # -- incoming ------------------------------------------------------------------------

    def on_incoming(self, account: PjAccount, pj_call_id: int, message: str) -> None:
        call_id = str(uuid.uuid4())
        call = PjCall(account, self, call_id, pj_call_id)
        session = CallSession(call_id, call, Direction.INBOUND, state=CallState.INCOMING)
        self.sessions[call_id] = session  # strong reference at once, or the caller gets 603
        headers = parse_headers(message)
        ident = caller_identity(headers)
        info = call.getInfo()
        session.remote_uri = parse_name_addr(header(headers, "from") or "").uri or str(
            info.remoteUri
        )
        session.sip_call_id = str(info.callIdString)
        opts = self._options()
        delay = auto_answer_delay(
            headers, enabled=opts.auto_answer, configured_delay=opts.auto_answer_delay
        )
        log.info(
            "incoming call %s from %s (number %s, auto-answer %s, busy %s)",
            call_id,
            session.remote_uri,
            ident.number or "withheld",
            delay,
            opts.busy,
        )
        self._emit(
            IncomingCall(
                call_id=call_id,
                remote_uri=session.remote_uri,
                display_name=ident.display_name,
                number=ident.number,
                anonymous=ident.anonymous,
                sip_call_id=session.sip_call_id,
                auto_answer_after=None if opts.busy else delay,
                headers=public_headers(headers),
            )
        )
        # Same order as FakeSip: IncomingCall, then the INCOMING state.
        self._emit(CallStateChanged(call_id, CallState.INCOMING, Direction.INBOUND))
        if opts.busy:  # documented: IncomingCall, then DISCONNECTED 486 ended_by LOCAL
            session.ended_locally = True
            call.answer(op(486, "Busy Here"))
            return
        if delay is not None and delay <= 0:
            log.info("auto-answering %s at once", call_id)
            call.answer(op(200))  # no 180 and no timer: a pump tick less of call setup
            return
        call.answer(op(180))
        if delay is not None:
            session.auto_answer_timer = self._scheduler.call_later(
                delay, "auto-answer", lambda: self._auto_answer(call_id)
            )
        self._update_ringer()

    def _auto_answer(self, call_id: str) -> None:
        session = self.sessions.get(call_id)
        if session is None or session.state is not CallState.INCOMING:
            return
        session.auto_answer_timer = None
        log.info("auto-answering %s", call_id)
        session.call.answer(op(200))

    # -- commands ------------------------------------------------------------------------

    def make_call(self, target: str) -> None:
        account, config = self._accounts.account, self._accounts.config
        if account is None or config is None:
            raise CommandError("No SIP account is configured.")
        uri = dial_uri(target, config)
        call_id = str(uuid.uuid4())
        call = PjCall(account, self, call_id)
        session = CallSession(call_id, call, Direction.OUTBOUND, remote_uri=uri)
        session.sip_call_id = uuid.uuid4().hex
        self.sessions[call_id] = session
        prm = op()
        prm.opt.customCallId = session.sip_call_id
        self._emit(OutgoingCallStarted(call_id, uri, session.sip_call_id))
        self._emit(CallStateChanged(call_id, CallState.CALLING, Direction.OUTBOUND))
        log.info("calling %s as %s", uri, call_id)
        try:
            call.makeCall(uri, prm)
        except pj.Error as exc:
            if call_id in self.sessions:
                self._finish(session, 0, f"Call failed: {exc.reason}", EndedBy.ERROR)
            raise CommandError(f"Cannot call {uri}: {exc.reason}") from exc

    def answer(self, call_id: str) -> None:
        session = self.sessions.get_live(call_id)
        if session.state is not CallState.INCOMING:
            raise CommandError("This call is not ringing.")
        self._cancel_auto_answer(session)
        session.call.answer(op(200))

    def reject(self, call_id: str, code: int) -> None:
        session = self.sessions.get_live(call_id)
        if not 400 <= code <= 699:
            raise CommandError(f"{code} is not a rejection code (400-699).")
        self._cancel_auto_answer(session)
        session.ended_locally = True
        session.call.hangup(op(code))

    def hangup(self, call_id: str) -> None:
        session = self.sessions.get_live(call_id)
        self._cancel_auto_answer(session)
        session.ended_locally = True
        session.call.hangup(op())

    def drop_all(self, reason: str = "Account removed") -> None:
        """Hang up every call and forget it (account change, engine shutdown)."""
        for session in list(self.sessions.values()):
            session.ended_locally = True
            with contextlib.suppress(pj.Error):
                session.call.hangup(op())
            if session.call_id in self.sessions:  # no DISCONNECTED came synchronously
                self._finish(session, 0, reason, EndedBy.LOCAL)

    # -- CallHandler ---------------------------------------------------------------------

    def on_call_state(self, call_id: str) -> None:
        session = self.sessions.get(call_id)
        if session is None:
            return
        info = session.call.getInfo()
        state = call_state(int(info.state), session.direction)
        code, reason = int(info.lastStatusCode), str(info.lastReason)
        if state is CallState.DISCONNECTED:
            self._finish(session, code, reason, ended_by(session, code))
            return
        if state is session.state:
            return
        session.state = state
        if state is CallState.CONNECTED and session.connected_at is None:
            session.connected_at = time.monotonic()
        if state is not CallState.INCOMING:
            self._cancel_auto_answer(session)
        log.info("call %s %s (%s %s)", call_id, state.value, code, reason)
        self._emit(CallStateChanged(call_id, state, session.direction, code, reason))
        self._update_ringer()

    # -- delegated to InCallControls -------------------------------------------------------

    def on_call_media_state(self, call_id: str) -> None:
        self.controls.on_call_media_state(call_id)

    def on_dtmf(self, call_id: str, digit: str) -> None:
        self.controls.on_dtmf(call_id, digit)

    def on_transfer_status(self, call_id: str, code: int, reason: str, final: bool) -> None:
        self.controls.on_transfer_status(call_id, code, reason, final)

    def on_transfer_request(self, call_id: str, target: str) -> int:
        log.info("declining a transfer of %s to %s requested by the far end", call_id, target)
        return 603

    def callback_failed(self, where: str, exc: BaseException) -> None:
        self._sink.callback_failed(where, exc)

    # -- internals -----------------------------------------------------------------------

    def _cancel_auto_answer(self, session: CallSession) -> None:
        self._scheduler.cancel(session.auto_answer_timer)
        session.auto_answer_timer = None

    def _cancel_timers(self, session: CallSession) -> None:
        self._cancel_auto_answer(session)
        self.controls.cancel_timers(session)

    def _finish(self, session: CallSession, code: int, reason: str, by: EndedBy) -> None:
        self._cancel_timers(session)
        self.prompts.call_ending(session.call_id)
        self.sessions.pop(session.call_id, None)
        session.state = CallState.DISCONNECTED
        duration = session.duration()
        log.info(
            "call %s ended by %s (%s %s) after %.1f s",
            session.call_id,
            by.value,
            code,
            reason,
            duration,
        )
        self._emit(
            CallStateChanged(
                session.call_id,
                CallState.DISCONNECTED,
                session.direction,
                code,
                reason,
                ended_by=by,
                duration=round(duration, 3),
            )
        )
        self._discard(session.call)  # deleted on the next pump tick, not inside pjsua
        self._update_ringer()

    def _update_ringer(self) -> None:
        ringing = any(s.state is CallState.INCOMING for s in self.sessions.values())
        self._ringer.set_ringing(ringing)
