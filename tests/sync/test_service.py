"""SyncService end to end: threads, poke, backoff while offline, status, tokens, clean stop."""

from __future__ import annotations

import itertools
import logging
import threading
import time
from pathlib import Path

import httpx
import pytest

from softphone.core.backoff import Backoff
from softphone.server import accounts
from softphone.server.db import Database
from softphone.store import LocalStore
from softphone.sync import SyncService, SyncState, SyncStatus, describe
from tests.helpers.ports import free_port
from tests.helpers.sync_server import ThreadedServer, add_agent
from tests.sync.support import fast_backoff, wait_for, write_notes


class CountingTransport(httpx.HTTPTransport):
    """Real HTTP, with the time of every request attempt recorded."""

    def __init__(self) -> None:
        super().__init__()
        self.attempts: list[tuple[float, str]] = []
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.attempts.append((time.monotonic(), request.url.path))
        return super().handle_request(request)

    def pushes(self) -> list[float]:
        with self._lock:
            return [t for t, path in self.attempts if path.endswith("/events")]


class Statuses:
    def __init__(self) -> None:
        self.seen: list[SyncStatus] = []
        self.lock = threading.Lock()

    def __call__(self, status: SyncStatus) -> None:
        with self.lock:
            self.seen.append(status)

    def states(self) -> list[SyncState]:
        with self.lock:
            return [s.state for s in self.seen]


def test_pokes_push_at_once_and_the_status_follows(
    server: ThreadedServer, token: str, store_path: Path, server_notes
) -> None:
    statuses = Statuses()
    service = SyncService(
        store_path,
        server.url,
        token=token,
        idle_poll=60.0,
        backoff=fast_backoff,
        on_status=statuses,
    )
    service.start()
    try:
        wait_for(lambda: service.status().state is SyncState.SYNCED, what="synced")
        with LocalStore.open(store_path) as app_store:  # the app's own connection
            ids = write_notes(app_store, 3)
            service.poke()
            wait_for(lambda: set(ids) <= set(server_notes()), timeout=10, what="notes on server")
            wait_for(lambda: app_store.outbox_counts().synced == 3, what="rows synced")
        wait_for(lambda: service.status().state is SyncState.SYNCED, what="synced again")
        assert describe(service.status()) == "Synced"
        assert service.status().last_sync_at is not None
    finally:
        assert service.stop(10)
    assert service.status().state is SyncState.DISABLED
    assert SyncState.SYNCED in statuses.states()


def test_backoff_while_the_server_is_down_then_everything_goes(
    server_db_url: str, tmp_path: Path, token: str, store_path: Path, server_notes
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with LocalStore.open(store_path) as app_store:
        ids = write_notes(app_store, 5)
    transport = CountingTransport()
    service = SyncService(
        store_path,
        url,
        token=token,
        idle_poll=0.05,
        backoff=lambda: Backoff(base=0.1, factor=2.0, cap=0.8),
        transport=transport,
    )
    service.start()
    live: ThreadedServer | None = None
    try:
        wait_for(lambda: service.status().state is SyncState.OFFLINE, what="offline")
        status = service.status()
        assert status.offline_since is not None and status.pending_count == 5
        assert "Connect" in status.last_error and url in status.last_error
        assert describe(status).startswith("Offline since ") and describe(status).endswith(
            " · 5 pending"
        )
        time.sleep(2.5)
        for _ in range(50):  # new rows while offline do not hammer the server
            service.poke()
        time.sleep(0.3)
        pushes = transport.pushes()
        gaps = [b - a for a, b in itertools.pairwise(pushes)]
        # Half-jittered doubling from 0.1 s, capped at 0.8 s: a handful of tries, spreading out.
        assert 3 <= len(pushes) <= 12, pushes
        assert max(gaps) >= 0.39 and gaps[0] < max(gaps)
        live = ThreadedServer(server_db_url, tmp_path / "server", port=port).start()
        wait_for(lambda: service.status().state is SyncState.SYNCED, timeout=15, what="synced")
        assert set(server_notes()) == set(ids)
        assert service.status().offline_since is None
    finally:
        service.stop(10)
        if live is not None:
            live.stop()


def test_a_revoked_token_stops_the_sync_until_a_new_one_is_entered(
    server: ThreadedServer, server_db_url: str, token: str, store_path: Path, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    db = Database(server_db_url, pool_size=1)
    with db.writing() as session:
        assert accounts.revoke_agent(session, "alice")
    db.dispose()
    with LocalStore.open(store_path) as app_store:
        write_notes(app_store, 2)
    service = SyncService(store_path, server.url, token=token, backoff=fast_backoff)
    service.start()
    try:
        wait_for(lambda: service.status().state is SyncState.AUTH_FAILED, what="auth failed")
        status = service.status()
        assert "token revoked or wrong: enter a new one" in status.last_error
        assert describe(status) == "Sync stopped: enter a new server token · 2 pending"
        new_token = add_agent(server_db_url, "alice")  # the admin issues a new one
        assert service.set_token(new_token, save=False) == ""
        wait_for(lambda: service.status().state is SyncState.SYNCED, what="synced")
    finally:
        service.stop(10)
    assert token not in caplog.text and new_token not in caplog.text
    assert "authorization" not in caplog.text.lower()  # the header is never logged
    assert "spa_" not in caplog.text


def test_without_a_server_the_service_is_off() -> None:
    service = SyncService(":memory:", "")
    service.start()
    assert service.status().state is SyncState.DISABLED
    assert describe(service.status()) == "Sync off"
    assert service.stop(1)
    bad = SyncService(":memory:", "ftp://example.com")
    assert "not a sync server address" in bad.status().last_error


@pytest.mark.integration
def test_the_token_lives_in_the_keychain(
    secret_service: object, server: ThreadedServer, token: str, store_path: Path
) -> None:
    from softphone.secrets import KeyringSecretStore
    from softphone.sync import load_token, save_token, token_key

    keychain = KeyringSecretStore(service="softphone-sync-test")
    keychain.delete(token_key(server.url))
    service = SyncService(store_path, server.url, secrets=keychain, backoff=fast_backoff)
    service.start()
    try:
        wait_for(lambda: service.status().state is SyncState.AUTH_FAILED, what="no token yet")
        assert "No agent token is stored" in service.status().last_error
        assert service.set_token(token) == ""  # entered once: saved in the keychain
        wait_for(lambda: service.status().state is SyncState.SYNCED, what="synced")
    finally:
        service.stop(10)
    assert load_token(KeyringSecretStore(service="softphone-sync-test"), server.url + "/") == token
    # The next start reads it from the keychain: nothing to enter again.
    again = SyncService(
        store_path, server.url, secrets=KeyringSecretStore(service="softphone-sync-test")
    )
    again.start()
    try:
        wait_for(lambda: again.status().state is SyncState.SYNCED, what="synced from keychain")
    finally:
        again.stop(10)
    save_token(keychain, server.url, "spa_other")
    assert keychain.get(f"server-token:{server.url}") == "spa_other"
    keychain.delete(token_key(server.url))
