"""Sync status for the window: synced / N pending / offline since HH:MM, observed safely."""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

log = logging.getLogger("softphone.sync")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class SyncState(enum.StrEnum):
    SYNCED = "synced"  # nothing waiting, server reachable
    PENDING = "pending"  # rows waiting (being sent), or the first exchange is under way
    OFFLINE = "offline"  # the server cannot be reached; rows wait safely on disk
    DISABLED = "disabled"  # no server configured, or the service is stopped
    AUTH_FAILED = "auth_failed"  # no token, or the server rejected it


@dataclass(frozen=True)
class SyncStatus:
    state: SyncState
    pending_count: int = 0  # outbox rows not yet acknowledged (parked ones excluded)
    offline_since: datetime | None = None  # UTC; set while OFFLINE
    last_error: str = ""  # the latest problem, as a sentence ("" when none)
    parked_count: int = 0  # rows the server refused; kept locally for support
    last_sync_at: datetime | None = None  # UTC of the last successful exchange


Observer = Callable[[SyncStatus], None]


def describe(status: SyncStatus, *, now: datetime | None = None) -> str:
    """One short line for the status bar: "Synced", "3 pending", "Offline since 14:05"."""
    pending = f"{status.pending_count} pending"
    refused = f" · {status.parked_count} refused" if status.parked_count else ""
    if status.state is SyncState.DISABLED:
        text = "Sync off"
    elif status.state is SyncState.AUTH_FAILED:
        text = "Sync stopped: enter a new server token"
        if status.pending_count:
            text += f" · {pending}"
    elif status.state is SyncState.OFFLINE:
        text = "Offline"
        if status.offline_since is not None:
            text += f" since {_clock_time(status.offline_since, now)}"
        if status.pending_count:
            text += f" · {pending}"
    elif status.state is SyncState.PENDING:
        text = pending if status.pending_count else "Syncing…"
    else:
        text = "Synced"
    return text + refused


def _clock_time(moment: datetime, now: datetime | None) -> str:
    """HH:MM in local time; with the date when it is not today."""
    local = moment.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    if local.date() == today:
        return local.strftime("%H:%M")
    return f"{local.day} {local.strftime('%b %H:%M')}"


class StatusTracker:
    """What the sync threads report, combined into one SyncStatus; observers are told of
    every change, one at a time, on the reporting thread (hand it to the GUI thread)."""

    def __init__(self, clock: Clock = utc_now) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._notify_lock = threading.RLock()
        self._observers: list[Observer] = []
        self._running = False
        self._disabled_reason = ""
        self._auth_error = ""
        self._offline_since: datetime | None = None
        self._last_error = ""
        self._pending = 0
        self._parked = 0
        self._counted = False
        self._last_sync: datetime | None = None
        self._published: SyncStatus | None = None

    # -- reports from the threads --------------------------------------------------
    def running(self, running: bool, reason: str = "") -> None:
        with self._lock:
            self._running = running
            self._disabled_reason = reason
        self._publish()

    def contact_ok(self) -> None:
        """The server answered an authenticated request."""
        with self._lock:
            self._offline_since = None
            self._auth_error = ""
            self._last_error = ""
            self._last_sync = self._clock()
        self._publish()

    def contact_failed(self, message: str) -> None:
        """The server could not be reached (or failed): offline from now, if not already."""
        with self._lock:
            if self._offline_since is None:
                self._offline_since = self._clock()
            self._last_error = message
        self._publish()

    def auth_failed(self, message: str) -> None:
        with self._lock:
            self._auth_error = message
            self._last_error = message
            self._offline_since = None
        self._publish()

    def token_changed(self) -> None:
        """A new token was entered: no longer known to be rejected (until tried)."""
        with self._lock:
            if self._auth_error:
                self._last_error = ""
            self._auth_error = ""
        self._publish()

    def problem(self, message: str) -> None:
        """Something else went wrong (a refused row, the local database); state unchanged."""
        with self._lock:
            self._last_error = message
        self._publish()

    def counts(self, pending: int, parked: int) -> None:
        with self._lock:
            self._pending, self._parked = pending, parked
            self._counted = True
        self._publish()

    # -- readers ---------------------------------------------------------------------
    @property
    def online(self) -> bool:
        with self._lock:
            return self._running and not self._auth_error and self._offline_since is None

    def status(self) -> SyncStatus:
        with self._lock:
            return self._compute()

    def add_observer(self, observer: Observer) -> Callable[[], None]:
        """Call `observer(status)` on every change; returns a function that unsubscribes."""
        with self._lock:
            self._observers.append(observer)

        def remove() -> None:
            with self._lock:
                if observer in self._observers:
                    self._observers.remove(observer)

        return remove

    def _compute(self) -> SyncStatus:
        base = SyncStatus(
            state=SyncState.SYNCED,
            pending_count=self._pending,
            last_error=self._last_error,
            parked_count=self._parked,
            last_sync_at=self._last_sync,
        )
        if not self._running:
            return replace(base, state=SyncState.DISABLED, last_error=self._disabled_reason)
        if self._auth_error:
            return replace(base, state=SyncState.AUTH_FAILED)
        if self._offline_since is not None:
            return replace(base, state=SyncState.OFFLINE, offline_since=self._offline_since)
        if self._pending or self._last_sync is None or not self._counted:
            # Rows waiting, or not yet known to be in step with the server.
            return replace(base, state=SyncState.PENDING)
        return base

    def _publish(self) -> None:
        # One notification at a time, in order; the change check happens inside the lock
        # so two threads cannot deliver the same transition twice or out of order.
        with self._notify_lock:
            with self._lock:
                current = self._compute()
                if current == self._published:
                    return
                self._published = current
                observers = list(self._observers)
            for observer in observers:
                try:
                    observer(current)
                except Exception:
                    log.exception("sync status observer failed")
