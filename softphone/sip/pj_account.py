"""pjsua2 Account subclass (callbacks forwarded, guarded) and its configuration builder."""

from __future__ import annotations

from typing import Any, Protocol

import pjsua2 as pj

from softphone.core.models import AccountConfig
from softphone.sip.endpoint import PjLib
from softphone.sip.guard import FailureSink, run_guarded
from softphone.sip.headers import with_transport


class AccountHandler(FailureSink, Protocol):
    def on_reg_started(self, renew: bool) -> None: ...

    def on_reg_state(self, code: int, reason: str, status: int, expiration: int) -> None: ...

    def on_incoming_call(self, account: PjAccount, pj_call_id: int, message: str) -> None: ...


class PjAccount(pj.Account):  # type: ignore[misc]
    """Turns pjsua2 account callbacks into plain-value calls on a handler."""

    def __init__(self, handler: AccountHandler) -> None:
        super().__init__()
        self._handler = handler

    def onRegStarted(self, prm: Any) -> None:
        run_guarded(self._handler, "onRegStarted", self._handler.on_reg_started, bool(prm.renew))

    def onRegState(self, prm: Any) -> None:
        run_guarded(
            self._handler,
            "onRegState",
            self._handler.on_reg_state,
            int(prm.code),
            str(prm.reason),
            int(prm.status),
            int(prm.expiration),
        )

    def onIncomingCall(self, prm: Any) -> None:
        run_guarded(
            self._handler,
            "onIncomingCall",
            self._handler.on_incoming_call,
            self,
            int(prm.callId),
            str(prm.rdata.wholeMsg),
        )


def quote_display(name: str) -> str:
    """A display name as an RFC 3261 quoted-string (CR/LF dropped, quotes escaped)."""
    cleaned = name.replace("\r", " ").replace("\n", " ").strip()
    return '"' + cleaned.replace("\\", "\\\\").replace('"', '\\"') + '"'


def id_uri(account: AccountConfig) -> str:
    uri = f"sip:{account.username}@{account.domain}"
    if account.display_name:
        return f"{quote_display(account.display_name)} <{uri}>"
    return uri


def loose_route(uri: str) -> str:
    return uri if ";lr" in uri.lower() else f"{uri};lr"


def build_account_config(
    account: AccountConfig, password: str, *, transport_id: int, lib: PjLib
) -> Any:
    """pj.AccountConfig for these details. pjsua's own retry is off: we retry (Backoff)."""
    cfg = pj.AccountConfig()
    cfg.idUri = id_uri(account)
    reg = cfg.regConfig
    if account.register:
        reg.registrarUri = with_transport(account.registrar_uri, account.transport)
        reg.registerOnAdd = True
    else:
        reg.registrarUri = ""
        reg.registerOnAdd = False
    reg.timeoutSec = account.expires
    reg.retryIntervalSec = 0
    reg.firstRetryIntervalSec = 0
    reg.randomRetryIntervalSec = 0
    reg.dropCallsOnFail = False
    reg.delayBeforeRefreshSec = min(5, max(1, account.expires // 4))
    auth_user = account.auth_username or account.username
    cfg.sipConfig.authCreds.append(pj.AuthCredInfo("digest", "*", auth_user, 0, password))
    if account.proxy:
        cfg.sipConfig.proxies.append(loose_route(with_transport(account.proxy, account.transport)))
    cfg.sipConfig.transportId = transport_id
    lib.media_transport(cfg.mediaConfig)
    return cfg
