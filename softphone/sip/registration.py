"""Registration policy: what a REGISTER outcome means and whether to retry (no pjsua2, no Qt)."""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field

from softphone.core.backoff import Backoff
from softphone.core.models import AccountConfig

# pjsip status when a 401/407 re-challenge follows our credentials (PJSIP_ERRNO_START_PJSIP
# + 100); pjsip then stops by itself. Seen as status=171100 with code 401 on this wheel.
PJSIP_EFAILEDCREDENTIAL = 171100

AUTH_CODES = frozenset({401, 403, 407})
# Answers that no retry will change: the account details are wrong.
PERMANENT_CODES = frozenset({400, 404, 410, 416, 420, 484, 485, 604})


class RegOutcome(enum.Enum):
    REGISTERED = "registered"
    UNREGISTERED = "unregistered"
    AUTH_FAILED = "auth_failed"
    FAILED = "failed"
    RETRY = "retry"


def classify(code: int, status: int, expiration: int, *, wanted: bool) -> RegOutcome:
    """Map onRegState's (code, status, expiration) to what the engine does next.

    A 403 arrives with status 0 (FIELD-NOTES), so the SIP code is tested before status;
    a transport failure arrives as a 408/503 made up by pjsip, or as code 0.
    """
    if status == PJSIP_EFAILEDCREDENTIAL or code in AUTH_CODES:
        return RegOutcome.AUTH_FAILED
    if 200 <= code < 300:
        if expiration > 0 and wanted:
            return RegOutcome.REGISTERED
        return RegOutcome.UNREGISTERED
    if not wanted:
        return RegOutcome.UNREGISTERED
    if code in PERMANENT_CODES:
        return RegOutcome.FAILED
    return RegOutcome.RETRY


def credentials_key(account: AccountConfig, password: str) -> tuple[str, ...]:
    """Identity of the details tried; a digest stands in for the password (never stored)."""
    digest = hashlib.sha256(password.encode("utf-8")).hexdigest()
    return (*account.identity(), digest)


def reason_text(code: int, reason: str, outcome: RegOutcome) -> str:
    """A sentence for the agent or IT about the last REGISTER answer."""
    if outcome is RegOutcome.AUTH_FAILED:
        if code == 403:
            return "The registrar refused this account (403 Forbidden): check user and password."
        return "Wrong user name or password: the registrar rejected the credentials."
    if outcome is RegOutcome.FAILED:
        return f"The registrar refused the account ({code} {reason}): check the settings."
    if code in (0, 408, 503) or not reason:
        return f"Registrar unreachable ({code or 'no answer'} {reason}).".replace("  ", " ")
    return f"{code} {reason}"


@dataclass
class RegistrationTracker:
    """Per-account memory: the details tried, whether they failed auth, the retry backoff."""

    backoff: Backoff = field(default_factory=lambda: Backoff(base=1.0, factor=2.0, cap=120.0))
    key: tuple[str, ...] = ()
    failed_key: tuple[str, ...] | None = None  # details that got AUTH_FAILED

    def should_try(self, key: tuple[str, ...]) -> bool:
        """False when these exact details already failed authentication."""
        return self.failed_key is None or self.failed_key != key

    def begin(self, key: tuple[str, ...]) -> None:
        if key != self.key:
            self.failed_key = None
        self.key = key
        self.backoff.reset()

    def auth_failed(self) -> None:
        self.failed_key = self.key

    def next_retry(self) -> float:
        return self.backoff.next_delay()

    def succeeded(self) -> None:
        self.backoff.reset()
