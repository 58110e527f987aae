"""The agent's SIP account: create/modify it, follow registration, retry with backoff."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pjsua2 as pj
from PySide6.QtCore import QTimer

from softphone.core.events import RegistrationChanged, SipEvent
from softphone.core.models import AccountConfig, RegState, Transport
from softphone.sip.endpoint import PjLib
from softphone.sip.guard import FailureSink
from softphone.sip.pj_account import PjAccount, build_account_config
from softphone.sip.registration import (
    RegistrationTracker,
    RegOutcome,
    classify,
    credentials_key,
    reason_text,
)
from softphone.sip.scheduler import Scheduler

log = logging.getLogger("softphone.sip")

IncomingHandler = Callable[[PjAccount, int, str], None]


class AccountService:
    """Implements AccountHandler for PjAccount; runs on the SIP thread only."""

    def __init__(
        self,
        *,
        lib: PjLib,
        emit: Callable[[SipEvent], None],
        scheduler: Scheduler,
        sink: FailureSink,
        incoming: IncomingHandler,
        drop_calls: Callable[[], None],
        tracker: RegistrationTracker | None = None,
    ) -> None:
        self._lib = lib
        self._emit = emit
        self._scheduler = scheduler
        self._sink = sink
        self._incoming = incoming
        self._drop_calls = drop_calls
        self.tracker = tracker or RegistrationTracker()
        self.account: PjAccount | None = None
        self.config: AccountConfig | None = None
        self.state = RegState.UNCONFIGURED
        self._transport_id = -1
        self._wanted = False  # we want to be registered (not unregistering / direct)
        self._retry: QTimer | None = None
        self._expires = 0

    # -- commands -------------------------------------------------------------------------

    def configure(self, account: AccountConfig, password: str) -> None:
        self._cancel_retry()
        if not account.is_complete:
            self.remove()
            self._set(RegState.UNCONFIGURED, reason="No SIP account is configured.")
            return
        key = credentials_key(account, password)
        if account.register and not self.tracker.should_try(key):
            log.info("not registering %s: these details already failed auth", account.aor)
            self._set(
                RegState.AUTH_FAILED,
                reason="These details were already rejected: change the user or password.",
                force=True,
            )
            return
        self.tracker.begin(key)
        tid = self._lib.transport(account.transport, account.local_port)
        cfg = build_account_config(account, password, transport_id=tid, lib=self._lib)
        cfg.regConfig.disableRegOnModify = True  # we decide when to REGISTER
        same_identity = (
            self.account is not None
            and self.config is not None
            and self.config.identity() == account.identity()
            and self._transport_id == tid
        )
        self._wanted = account.register
        if account.register:
            self._set(RegState.REGISTERING)
        log.info(
            "account %s via %s (%s)",
            account.aor,
            account.transport.value,
            "registrar " + account.registrar_uri if account.register else "direct",
        )
        if same_identity and self.account is not None:
            self.account.modify(cfg)
            self.config = account
            if account.register:
                self._register_now()
        else:
            self.remove()
            acc = PjAccount(self)
            self.account = acc  # strong reference before create(): callbacks may fire
            self.config = account
            self._transport_id = tid
            acc.create(cfg, True)
        if not account.register:
            self._set(RegState.DIRECT)

    def unregister(self) -> None:
        self._wanted = False
        self._cancel_retry()
        acc = self.account
        if acc is not None and self.state is RegState.REGISTERED:
            try:
                acc.setRegistration(False)
                return  # onRegState reports OFFLINE
            except pj.Error as exc:
                log.warning("unREGISTER failed: %s", exc.info())
        self._set(RegState.OFFLINE)

    def remove(self) -> None:
        """Delete the pjsua account (calls on it are hung up first)."""
        self._cancel_retry()
        acc = self.account
        if acc is None:
            return
        self._drop_calls()
        self.account = None
        self.config = None
        self._transport_id = -1
        try:
            acc.shutdown()
        except pj.Error as exc:
            log.warning("account shutdown: %s", exc.info())
        del acc

    def close(self) -> None:
        """Engine shutdown: no more retries, account deleted before libDestroy."""
        self._wanted = False
        self.remove()

    def on_transport_disconnected(self, kind: str) -> None:
        """A TCP/TLS connection dropped: if we rely on it, re-register now, not at refresh."""
        cfg = self.config
        if (
            cfg is not None
            and self._wanted
            and self.state is RegState.REGISTERED
            and cfg.transport is not Transport.UDP
            and kind.upper().startswith(cfg.transport.value.upper())
        ):
            log.info("registrar connection lost; re-registering")
            self._cancel_retry()
            self._retry = self._scheduler.call_later(0, "re-register", self._retry_now)

    # -- AccountHandler ------------------------------------------------------------------

    def on_reg_started(self, renew: bool) -> None:
        if renew and self.state not in (RegState.REGISTERED, RegState.REGISTERING):
            self._set(RegState.REGISTERING)

    def on_reg_state(self, code: int, reason: str, status: int, expiration: int) -> None:
        outcome = classify(code, status, expiration, wanted=self._wanted)
        log.info(
            "REGISTER answer %s %s (status %s, expires %s): %s",
            code,
            reason,
            status,
            expiration,
            outcome.value,
        )
        text = reason_text(code, reason, outcome)
        if outcome is RegOutcome.REGISTERED:
            self.tracker.succeeded()
            if self.state is not RegState.REGISTERED or self._expires != expiration:
                self._expires = expiration
                self._set(RegState.REGISTERED, code=code, reason=reason, expires=expiration)
        elif outcome is RegOutcome.UNREGISTERED:
            self._set(RegState.OFFLINE, code=code, reason=reason)
        elif outcome is RegOutcome.AUTH_FAILED:
            self.tracker.auth_failed()
            self._cancel_retry()
            self._stop_registration()
            self._set(RegState.AUTH_FAILED, code=code, reason=text, force=True)
        elif outcome is RegOutcome.FAILED:
            self._cancel_retry()
            self._set(RegState.FAILED, code=code, reason=text, force=True)
        else:
            self._schedule_retry(code, text)

    def on_incoming_call(self, account: PjAccount, pj_call_id: int, message: str) -> None:
        self._incoming(account, pj_call_id, message)

    def callback_failed(self, where: str, exc: BaseException) -> None:
        self._sink.callback_failed(where, exc)

    # -- internals -----------------------------------------------------------------------

    def _set(
        self,
        state: RegState,
        *,
        code: int = 0,
        reason: str = "",
        retry_in: float | None = None,
        expires: int = 0,
        force: bool = False,
    ) -> None:
        if state is self.state and not force and retry_in is None:
            return
        self.state = state
        if state is not RegState.REGISTERED:
            self._expires = 0
        self._emit(RegistrationChanged(state, code, reason, retry_in, expires))

    def _schedule_retry(self, code: int, reason: str) -> None:
        self._cancel_retry()
        delay = self.tracker.next_retry()
        log.info("registration failed (%s); retrying in %.1f s", code, delay)
        self._retry = self._scheduler.call_later(delay, "re-register", self._retry_now)
        self._set(RegState.RETRY_WAIT, code=code, reason=reason, retry_in=delay, force=True)

    def _retry_now(self) -> None:
        self._retry = None
        if self._wanted and self.account is not None:
            self._set(RegState.REGISTERING)
            self._register_now()

    def _register_now(self) -> None:
        acc = self.account
        if acc is None:
            return
        try:
            acc.setRegistration(True)
        except pj.Error as exc:  # e.g. a transport that cannot be created right now
            self._schedule_retry(0, f"Cannot send REGISTER: {exc.reason}")

    def _stop_registration(self) -> None:
        """After an auth failure pjsip must not send anything more on its own."""
        acc = self.account
        if acc is None:
            return
        try:
            if acc.getInfo().regIsActive:
                acc.setRegistration(False)
        except pj.Error:
            pass

    def _cancel_retry(self) -> None:
        self._scheduler.cancel(self._retry)
        self._retry = None
