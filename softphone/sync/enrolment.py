"""Enrolment: a desk with IT's one-time code and no agent token gets its token by itself.

IT provisions `[enrolment] code` (MSI ENROLMENT_CODE, registry value enrolment.code, or
the provisioning file). When the sync starts with a server configured, an enrolment code
and no token in the keychain, it POSTs /enrol once (retrying only while the server cannot
be reached), stores the token in the keychain and the sync proceeds. A refused code is
reported (status line, log) and the agent can still enter a token by hand.

Neither the code nor the token is ever logged, put in a message or written to settings.
"""

from __future__ import annotations

import getpass
import logging
import re
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass

from softphone.core.backoff import Backoff
from softphone.core.errors import SecretStoreUnavailable
from softphone.protocol import limits
from softphone.protocol.common import AGENT_NAME_PATTERN
from softphone.sync.client import EnrolmentClient
from softphone.sync.credentials import Credentials
from softphone.sync.errors import EnrolmentRefused, SyncError
from softphone.sync.status import StatusTracker

log = logging.getLogger("softphone.sync")

CODE_KEY = "enrolment.code"  # the provisioning key (EXTRA_SECTIONS), registry value name
EnrolmentClientFactory = Callable[[str], EnrolmentClient]


@dataclass(frozen=True)
class Enrolment:
    """What a desk sends to enrol. `code` is a credential: kept out of repr()."""

    code: str
    agent_name: str
    desk: str

    def __repr__(self) -> str:
        return f"Enrolment(agent_name={self.agent_name!r}, desk={self.desk!r})"


def provisioned_code(extra: dict[str, str]) -> str:
    """The enrolment code IT provisioned ("" when none)."""
    return str(extra.get(CODE_KEY, "")).strip()


def agent_name(configured: str = "") -> str:
    """The agent name to enrol as: the agent name setting, else the OS user, made valid
    for the server (letters, digits, '.', '_', '@', '-'; 64 at most); "" if impossible."""
    name = configured.strip()
    if not name:
        try:
            name = getpass.getuser()
        except (OSError, KeyError):
            name = ""
    name = re.sub(r"[^A-Za-z0-9._@-]+", ".", name).strip("._@-")[:64]
    return name if re.fullmatch(AGENT_NAME_PATTERN, name) else ""


def desk_name() -> str:
    """This computer's host name, made valid for the server (for the audit log)."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", socket.gethostname()).strip("._-")
    return name[: limits.MAX_HOSTNAME_CHARS] or "unknown-desk"


class Enroller:
    """Enrols once on a thread of its own, then calls `done()` (success or not)."""

    def __init__(
        self,
        enrolment: Enrolment,
        credentials: Credentials,
        tracker: StatusTracker,
        client_factory: EnrolmentClientFactory,
        *,
        backoff: Backoff | None = None,
        done: Callable[[], None] = lambda: None,
    ) -> None:
        self.enrolment = enrolment
        self._credentials = credentials
        self._tracker = tracker
        self._client_factory = client_factory
        self._backoff = backoff or Backoff(base=1.0, factor=2.0, cap=60.0)
        self._done = done
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self.failure = ""  # why enrolling failed for good ("" while not failed)
        self.enrolled = False

    def start(self) -> None:
        self._stopping.clear()
        self._wake.clear()
        self._thread = threading.Thread(target=self._run, name="sync-enrol", daemon=True)
        self._thread.start()

    def stop(self, timeout: float) -> bool:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(max(0.0, timeout))
            return not self._thread.is_alive()
        return True

    def wake(self) -> None:
        """Stop waiting (a token was entered by hand, or retry now)."""
        self._wake.set()

    def _run(self) -> None:
        try:
            self.run_once()
        except Exception:
            log.exception("sync: enrolment failed unexpectedly")
            self._fail("The enrolment failed unexpectedly (details in the log).")
        finally:
            if not self._stopping.is_set():
                self._done()

    def run_once(self) -> None:
        """Enrol unless a token is known; returns when enrolled, refused, or stopped."""
        try:
            if self._credentials.has_token():
                log.debug("sync: a token is stored; the enrolment code is not needed")
                return
        except SecretStoreUnavailable as exc:
            # A token we cannot store would use up the code for this session only.
            log.warning("sync: not enrolling: the keychain cannot be used: %s", exc)
            return
        if not self.enrolment.agent_name:
            self._fail(
                "Cannot enrol with the sync server: no valid agent name (set your agent "
                "name in the settings), or enter a token."
            )
            return
        version = self._credentials.version
        url = self._credentials.server_url
        log.info(
            "sync: enrolling desk %s as %s with %s",
            self.enrolment.desk,
            self.enrolment.agent_name,
            url,
        )
        while not self._stopping.is_set():
            if self._credentials.version != version:
                log.info("sync: a token was entered; enrolment not needed")
                return
            try:
                client = self._client_factory(url)
                try:
                    result = client.enrol(
                        self.enrolment.code, self.enrolment.agent_name, self.enrolment.desk
                    )
                finally:
                    client.close()
            except EnrolmentRefused as exc:
                self._fail(f"{exc} Or enter a token (Settings › Sync server token…).")
                return
            except SyncError as exc:  # unreachable, failing, throttled: try again later
                delay = self._backoff.next_delay()
                log.info("sync: enrolment: %s (next try in %.1f s)", exc, delay)
                self._tracker.contact_failed(str(exc))
                self._wake.wait(delay)
                self._wake.clear()
                continue
            problem = self._credentials.set_token(result.token)
            self.enrolled = True
            self._tracker.token_changed()
            log.info(
                "sync: desk %s enrolled as %s (%s)%s",
                self.enrolment.desk,
                result.agent_name,
                result.role,
                f"; token kept for this session only: {problem}" if problem else "",
            )
            return

    def _fail(self, message: str) -> None:
        self.failure = message
        self._credentials.no_token_reason = message
        log.warning("sync: %s", message)
        self._tracker.auth_failed(message)
