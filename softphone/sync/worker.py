"""A background thread owning its own LocalStore: runs a step, sleeps, backs off, stops."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from softphone.core.backoff import Backoff
from softphone.core.errors import KnownError
from softphone.store import LocalStore
from softphone.sync.errors import SyncError, TokenRejected
from softphone.sync.status import StatusTracker

log = logging.getLogger("softphone.sync")

StoreFactory = Callable[[], LocalStore]
AUTH_RETRY = 300.0  # a rejected token: try again this rarely (set_token wakes at once)


class StoreThread:
    """Runs `step(store)` on a daemon thread until stop(); the store is opened there.

    step returns the seconds until it wants to run again; poke() runs it sooner (unless
    the thread is backing off after a failure: then only retry_now() does).
    """

    def __init__(
        self,
        name: str,
        store_factory: StoreFactory,
        tracker: StatusTracker,
        backoff: Backoff | None = None,
    ) -> None:
        self.name = name
        self.tracker = tracker
        self._store_factory = store_factory
        self._backoff = backoff or Backoff(base=1.0, factor=2.0, cap=60.0)
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._force = False
        self._thread: threading.Thread | None = None

    # -- control (any thread) ----------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float) -> bool:
        """Ask the thread to finish; True when it did within `timeout` seconds."""
        self._stopping.set()
        self._wake.set()
        thread = self._thread
        if thread is None:
            return True
        thread.join(max(0.0, timeout))
        if thread.is_alive():
            log.warning(
                "sync: %s still busy after %.1f s (it stops after its request)", self.name, timeout
            )
            return False
        self._thread = None
        return True

    def poke(self) -> None:
        """There is new work: run now, unless backing off."""
        self._wake.set()

    def retry_now(self) -> None:
        """Run now, even while backing off (e.g. the token changed, the agent asked)."""
        self._force = True
        self._wake.set()

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- the thread ----------------------------------------------------------------------
    def step(self, store: LocalStore) -> float:
        raise NotImplementedError

    def on_poke_while_waiting(self, store: LocalStore) -> None:
        """A poke arrived during a backoff wait (cheap bookkeeping only; no network)."""

    def close(self) -> None:
        """Release per-thread resources (runs on the thread, at the end)."""

    def _run(self) -> None:
        store: LocalStore | None = None
        try:
            while not self._stopping.is_set():
                backing_off = True
                try:
                    if store is None:
                        store = self._store_factory()
                    delay = self.step(store)
                    self._backoff.reset()
                    backing_off = False
                except TokenRejected as exc:
                    log.warning("sync: %s: %s", self.name, exc)
                    self.tracker.auth_failed(str(exc))
                    delay = AUTH_RETRY
                except SyncError as exc:
                    delay = self._backoff.next_delay()
                    log.info("sync: %s: %s (next try in %.1f s)", self.name, exc, delay)
                    self.tracker.contact_failed(str(exc))
                except KnownError as exc:  # the local database (disk full, locked, ...)
                    delay = self._backoff.next_delay()
                    log.error("sync: %s: %s (next try in %.1f s)", self.name, exc, delay)
                    self.tracker.problem(str(exc))
                except Exception:
                    delay = self._backoff.next_delay()
                    log.exception("sync: %s failed (next try in %.1f s)", self.name, delay)
                    self.tracker.problem("The sync failed unexpectedly (details in the log).")
                self._sleep(delay, backing_off, store)
        finally:
            self.close()
            if store is not None:
                try:
                    store.close()
                except Exception:
                    log.exception("sync: %s: closing the store failed", self.name)

    def _sleep(self, seconds: float, backing_off: bool, store: LocalStore | None) -> None:
        deadline = time.monotonic() + max(0.0, seconds)
        while not self._stopping.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            if not self._wake.wait(remaining):
                return
            self._wake.clear()
            if self._stopping.is_set():
                return
            if self._force or not backing_off:
                self._force = False
                return
            if store is not None:
                try:
                    self.on_poke_while_waiting(store)
                except Exception:
                    log.exception("sync: %s: bookkeeping failed", self.name)
