"""SyncService: owns the pusher and puller threads, the token, and the status the UI shows."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from softphone.core.backoff import Backoff
from softphone.core.errors import KnownError
from softphone.core.ports import SecretStore
from softphone.protocol import limits
from softphone.store import LocalStore
from softphone.sync.client import DEFAULT_TIMEOUT, EnrolmentClient, SyncClient
from softphone.sync.credentials import ClientHolder, Credentials, default_client_factory
from softphone.sync.directory import FallbackDirectory
from softphone.sync.enrolment import Enroller, Enrolment
from softphone.sync.puller import ChangePuller, PullerThread
from softphone.sync.pusher import OutboxPusher, PusherThread
from softphone.sync.status import Clock, Observer, StatusTracker, SyncStatus, utc_now
from softphone.sync.tls import trust
from softphone.sync.worker import StoreFactory

log = logging.getLogger("softphone.sync")


def _store_factory(store: str | Path | StoreFactory) -> StoreFactory:
    if callable(store):
        return store
    path = store
    return lambda: LocalStore.open(path)


class SyncService:
    """Offline-first sync of one desktop with one server.

    `store` is the local database path (or a factory opening a LocalStore): each thread
    opens its own connection with it. The token comes from `token`, else from `secrets`
    (the keychain, key "server-token:<server_url>"), read on the sync thread. With no
    server_url the service stays DISABLED and start() does nothing. With an `enrolment`
    (IT's code) and no token stored, start() first enrols on a thread of its own and the
    sync threads start once that is settled (see sync/enrolment.py).

    Threads: start()/stop() from any thread; status(), poke(), pull_now(), retry_now()
    and set_token() are thread-safe. Observers run on a sync thread: hand the status to
    the GUI thread (a queued signal) and return at once.
    """

    def __init__(
        self,
        store: str | Path | StoreFactory,
        server_url: str,
        *,
        secrets: SecretStore | None = None,
        token: str | None = None,
        pull_interval: float = 30.0,
        idle_poll: float = 2.0,
        batch_size: int = limits.MAX_BATCH_ITEMS,
        page_size: int = limits.MAX_PAGE,
        backoff: Callable[[], Backoff] | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        ca_file: str = "",
        clock: Clock = utc_now,
        on_status: Observer | None = None,
        enrolment: Enrolment | None = None,
    ) -> None:
        self._store_factory = _store_factory(store)
        self._tracker = StatusTracker(clock)
        if on_status is not None:
            self._tracker.add_observer(on_status)
        self._pusher: PusherThread | None = None
        self._puller: PullerThread | None = None
        self.credentials: Credentials | None = None
        self._disabled = ""
        self._enroller: Enroller | None = None
        self._start_lock = threading.Lock()
        self._stopping = False
        try:
            self._client_factory = default_client_factory(transport, timeout, ca_file)
            self.credentials = Credentials(server_url, secrets, token) if server_url else None
        except KnownError as exc:
            self._disabled = str(exc)
        if self.credentials is None:
            self._disabled = self._disabled or "No sync server is configured."
            self._tracker.running(False, self._disabled)
            return
        make_backoff = backoff or (lambda: Backoff(base=1.0, factor=2.0, cap=60.0))
        self._pusher = PusherThread(
            self._store_factory,
            self._tracker,
            ClientHolder(self.credentials, self._client_factory),
            pusher=OutboxPusher(batch_size=batch_size),
            idle_poll=idle_poll,
            backoff=make_backoff(),
        )
        self._puller = PullerThread(
            self._store_factory,
            self._tracker,
            ClientHolder(self.credentials, self._client_factory),
            ChangePuller(self.credentials.server_url, page_size=page_size),
            interval=pull_interval,
            backoff=make_backoff(),
        )
        if enrolment is not None and enrolment.code:
            verify = trust(ca_file)
            server = self.credentials.server_url

            def enrolment_client(url: str) -> EnrolmentClient:
                return EnrolmentClient(url, timeout=timeout, transport=transport, verify=verify)

            self._enroller = Enroller(
                enrolment,
                self.credentials,
                self._tracker,
                enrolment_client,
                backoff=make_backoff(),
                done=self._start_workers,
            )
            log.debug("sync: an enrolment code is provisioned for %s", server)
        self._tracker.running(False, "The sync has not started yet.")
        self._was_online = True
        self._tracker.add_observer(self._on_status)

    @property
    def server_url(self) -> str:
        return self.credentials.server_url if self.credentials else ""

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> None:
        if self._pusher is None or self._puller is None:
            log.info("sync: off (%s)", self._disabled)
            return
        log.info("sync: starting with %s", self.server_url)
        with self._start_lock:
            self._stopping = False
        self._tracker.running(True)
        if self._enroller is not None:
            self._enroller.start()  # starts the threads when settled
        else:
            self._start_workers()

    def _start_workers(self) -> None:
        with self._start_lock:
            if self._stopping or self._pusher is None or self._puller is None:
                return
            self._pusher.start()
            self._puller.start()

    def stop(self, timeout: float = 10.0) -> bool:
        """Stop both threads; True when both ended within `timeout` seconds. Rows not yet
        acknowledged stay queued on disk for the next start."""
        deadline = time.monotonic() + timeout
        done = True
        with self._start_lock:
            self._stopping = True
        if self._enroller is not None:
            done = self._enroller.stop(deadline - time.monotonic())
        for thread in (self._pusher, self._puller):
            if thread is not None:
                done = thread.stop(deadline - time.monotonic()) and done
        self._tracker.running(False, "The sync is stopped.")
        return done

    # -- status ------------------------------------------------------------------------
    def status(self) -> SyncStatus:
        return self._tracker.status()

    def add_observer(self, observer: Observer) -> Callable[[], None]:
        """observer(status) on every change (on a sync thread); returns the unsubscriber."""
        return self._tracker.add_observer(observer)

    @property
    def enrolment_failure(self) -> str:
        """Why enrolling with IT's code failed ("" when it did not, or there is no code)."""
        return self._enroller.failure if self._enroller is not None else ""

    def is_online(self) -> bool:
        """Running, token accepted, server reachable at the last attempt."""
        return self._tracker.online

    # -- nudges ------------------------------------------------------------------------
    def poke(self) -> None:
        """A note, call or reveal was written: push it now (not during a backoff)."""
        if self._pusher is not None:
            self._pusher.poke()

    def pull_now(self) -> None:
        if self._puller is not None:
            self._puller.poke()

    def retry_now(self) -> None:
        """Try the server at once, even while backing off (the agent clicked "retry")."""
        for thread in (self._pusher, self._puller):
            if thread is not None:
                thread.retry_now()

    def set_token(self, token: str, *, save: bool = True) -> str:
        """Use a new agent token (saved in the keychain); returns "" or why it could only
        be kept for this session. Blocks on the keychain: call it off the GUI thread."""
        if self.credentials is None:
            raise KnownError(self._disabled)
        problem = self.credentials.set_token(token, save=save)
        self._tracker.token_changed()
        if self._enroller is not None:
            self._enroller.wake()  # still trying to enrol: not needed any more
        self.retry_now()
        return problem

    # -- the screen pop's directory ------------------------------------------------------
    def fallback_directory(
        self, store: LocalStore, *, owns_store: bool = True
    ) -> FallbackDirectory:
        """A CustomerDirectory for the thread that opened `store`: local cache first, then
        the server (through a client of that thread's own)."""
        holder = ClientHolder(self.credentials, self._client_factory) if self.credentials else None

        def remote() -> SyncClient | None:
            return holder.get() if holder is not None else None

        return FallbackDirectory(
            store,
            remote,
            online=self.is_online,
            owns_store=owns_store,
            on_write=self.poke,
            on_close=holder.close if holder is not None else None,
        )

    def _on_status(self, status: SyncStatus) -> None:
        # Back online: the other thread may be deep in a backoff wait; wake it.
        online = status.offline_since is None
        if online and not self._was_online:
            self.retry_now()
        self._was_online = online
