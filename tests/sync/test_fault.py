"""Sync fault tests: server down for the whole backlog, killed mid-batch, the app killed -9
mid-push — and afterwards every note is on the server exactly once, nothing lost locally."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from softphone.server.db import Database
from softphone.store import LocalStore
from softphone.sync import SyncService, SyncState
from tests.helpers.sync_server import ProcessServer, ThreadedServer, add_agent
from tests.sync.conftest import make_db_url
from tests.sync.support import fast_backoff, wait_for, write_notes

NOTES = 1000
DESK_APP = Path(__file__).with_name("desk_app.py")


def _server_count(db_url: str) -> tuple[int, int]:
    """(rows, distinct ids) of the server's notes table."""
    db = Database(db_url, pool_size=1)
    try:
        with db.reading() as session:
            from sqlalchemy import text

            rows, distinct = session.execute(
                text("SELECT count(*), count(DISTINCT id) FROM notes")
            ).one()
            return int(rows), int(distinct)
    finally:
        db.dispose()


def _notes_via_api(url: str, token: str) -> list[str]:
    """Every note id through GET /notes (an integration token reads all agents)."""
    ids: list[str] = []
    before = ""
    while True:
        response = httpx.get(
            f"{url}/api/v1/notes",
            params={"limit": 1000, "before": before},
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        response.raise_for_status()
        page = response.json()
        ids += [item["id"] for item in page["items"]]
        if not page["next"]:
            return ids
        before = page["next"]


@pytest.fixture
def pg_url(tmp_path: Path, request: pytest.FixtureRequest) -> str:
    return make_db_url("postgresql", tmp_path, request)


def test_backlog_written_offline_survives_a_server_killed_mid_batch(
    pg_url: str, tmp_path: Path, store_path: Path
) -> None:
    token = add_agent(pg_url, "alice")
    reader = add_agent(pg_url, "reports", role="integration")
    server = ProcessServer(pg_url, tmp_path)  # not started: the server is down
    service = SyncService(
        store_path, server.url, token=token, batch_size=20, idle_poll=0.05, backoff=fast_backoff
    )
    service.start()
    try:
        with LocalStore.open(store_path) as app_store:
            ids = write_notes(app_store, NOTES)
            service.poke()
        wait_for(
            lambda: (
                service.status().pending_count == NOTES
                and service.status().state is SyncState.OFFLINE
            ),
            what="all pending, offline",
        )
        server.start()
        wait_for(lambda: _server_count(pg_url)[0] > 0, timeout=30, what="first batch stored")
        server.kill()  # kill -9 while batches are in flight
        at_kill = _server_count(pg_url)[0]
        assert 0 < at_kill < NOTES, f"{at_kill} notes before the kill: not mid-way"
        wait_for(lambda: service.status().state is SyncState.OFFLINE, what="offline again")
        assert 0 < service.status().pending_count < NOTES
        server.start()
        wait_for(lambda: service.status().state is SyncState.SYNCED, timeout=60, what="synced")
        assert _server_count(pg_url) == (NOTES, NOTES)
        assert sorted(_notes_via_api(server.url, reader)) == sorted(ids)
    finally:
        service.stop(10)
        server.stop()
    with LocalStore.open(store_path) as app_store:
        counts = app_store.outbox_counts()
        assert (counts.due, counts.waiting, counts.parked, counts.synced) == (0, 0, 0, NOTES)


def _run_desk(store_path: Path, url: str, token: str, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "SOFTPHONE_TEST_TOKEN": token, "PYTHONPATH": os.getcwd()}
    return subprocess.Popen(
        [sys.executable, str(DESK_APP), str(store_path), url, "10", *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_app_killed_mid_push_loses_and_duplicates_nothing(
    pg_url: str, tmp_path: Path, store_path: Path
) -> None:
    token = add_agent(pg_url, "alice")
    with LocalStore.open(store_path) as desk:
        ids = write_notes(desk, NOTES)
    server = ThreadedServer(pg_url, tmp_path / "server").start()
    try:
        app = _run_desk(store_path, server.url, token)
        try:
            with LocalStore.open(store_path) as desk:
                wait_for(lambda: desk.outbox_counts().synced > 0, what="pushing")
            os.kill(app.pid, signal.SIGKILL)  # kill -9 mid-push
            app.wait(30)
        finally:
            if app.poll() is None:
                app.kill()
                app.wait(30)
            app.communicate()
        with LocalStore.open(store_path) as desk:
            counts = desk.outbox_counts()
            assert 0 < counts.synced < NOTES, counts
            assert counts.synced + counts.due + counts.waiting == NOTES  # nothing lost
        stored_at_kill = _server_count(pg_url)[0]
        assert stored_at_kill >= counts.synced  # acknowledged ⇒ stored; maybe more
        restarted = _run_desk(store_path, server.url, token, "--until-synced")
        out, err = restarted.communicate(timeout=120)
        assert restarted.returncode == 0, err[-2000:]
        assert "synced" in out
        assert _server_count(pg_url) == (NOTES, NOTES)
    finally:
        server.stop()
    with LocalStore.open(store_path) as desk:
        assert desk.outbox_counts().synced == NOTES
        assert all(desk.note(i) is not None for i in ids)
    time.sleep(0)
