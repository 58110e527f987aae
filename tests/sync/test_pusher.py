"""The outbox pusher against a real server: synced only on acknowledgement, refusals parked."""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from softphone.core.records import CallRecord
from softphone.protocol.events import BatchResult, EventBatch, NoteEvent
from softphone.store import LocalStore, outbox
from softphone.sync.client import SyncClient
from softphone.sync.errors import ServerUnreachable
from softphone.sync.pusher import OutboxPusher
from tests.helpers.sync_server import ThreadedServer, add_agent
from tests.sync.support import write_notes

Notes = Callable[[], dict[str, dict[str, Any]]]


class LostAnswers:
    """Forwards to the server, then loses the answer (the server did store the batch)."""

    def __init__(self, client: SyncClient) -> None:
        self.client = client

    def post_events(self, batch: EventBatch) -> BatchResult:
        self.client.post_events(batch)
        raise ServerUnreachable("the answer was lost on the way back")


def test_synced_only_on_acknowledgement(
    server: ThreadedServer, token: str, desk: LocalStore, server_notes: Notes
) -> None:
    ids = write_notes(desk, 3)
    critical = desk.begin_critical(
        call_id="", customer_id="", agent="alice", step="warning1", wall="", monotonic=1.0
    )
    desk.complete_critical(
        critical,
        played_ms=4000,
        hung_up_by="local",
        sip_status=200,
        farewell_missing=False,
        details={},
    )
    call = desk.call_started(
        CallRecord(
            id=str(uuid.uuid4()),
            direction="inbound",
            agent="alice",
            started_at=datetime.now(UTC).isoformat(),
        )
    )
    desk.call_ended(
        call.id, ended_at=datetime.now(UTC).isoformat(), end_reason="BYE", ended_by="remote"
    )
    pusher = OutboxPusher()
    with SyncClient(server.url, token) as client:
        # The server stores the batch but its answer is lost: nothing may be marked synced.
        with contextlib.suppress(ServerUnreachable):
            pusher.push_once(desk, LostAnswers(client))
        assert desk.outbox_counts().synced == 0
        stored = server_notes()
        assert set(ids) | {critical} <= set(stored)
        # The resend is answered duplicate/updated per item: now the rows are synced.
        report = pusher.push_once(desk, client)
    counts = desk.outbox_counts()
    assert (counts.due, counts.waiting, counts.parked) == (0, 0, 0)
    assert report.synced == counts.synced == 6  # 3 notes, 2 critical revisions, 1 call
    assert report.sent == 5 and report.requests == 1  # revisions collapse into one item
    stored = server_notes()
    assert stored[critical]["state"] == "completed" and stored[critical]["revision"] == 2
    assert {stored[i]["agent"] for i in ids} == {"alice"}
    assert len(stored) == 4


def test_refused_items_are_parked_with_the_reason(
    server: ThreadedServer, server_db_url: str, token: str, desk: LocalStore
) -> None:
    # Bob's desk already sent a note with this id: alice's copy is refused (403) for good.
    taken = uuid.uuid4()
    bob = add_agent(server_db_url, "bob")
    with SyncClient(server.url, bob) as client:
        client.post_events(
            EventBatch(notes=[NoteEvent(id=taken, kind="manual", created_at=datetime.now(UTC))])
        )
    good = write_notes(desk, 2)
    payload = {
        "id": str(taken),
        "kind": "manual",
        "created_at": datetime.now(UTC).isoformat(),
        "revision": 1,
    }
    outbox.enqueue(desk.db, "note", str(taken), json.dumps(payload), now=datetime.now(UTC))
    # And a row that cannot be sent at all (not even a UUID): parked without a request.
    outbox.enqueue(
        desk.db, "note", "nonsense", json.dumps({"id": "nonsense"}), now=datetime.now(UTC)
    )
    with SyncClient(server.url, token) as client:
        report = OutboxPusher().push_once(desk, client)
        assert (report.synced, report.parked) == (2, 2)
        parked = {row.item_id: row.last_error for row in desk.parked()}
        assert "this note belongs to another agent" in parked[str(taken)]
        assert "403" in parked[str(taken)]
        assert "UUID" in parked["nonsense"]
        # Parked rows are not retried: the next push has nothing to send.
        assert OutboxPusher().push_once(desk, client).requests == 0
        assert desk.outbox_counts().parked == 2
        # Support can queue them again (e.g. after fixing the server); still refused.
        assert desk.unpark() == 2
        assert OutboxPusher().push_once(desk, client).parked == 2
    assert desk.outbox_counts().synced == len(good)


def test_a_body_too_large_is_split_until_the_culprit_is_alone(
    server_db_url: str, tmp_path: Path, token: str, desk: LocalStore, server_notes: Notes
) -> None:
    live = ThreadedServer(server_db_url, tmp_path / "small", max_body_bytes=6000).start()
    try:
        small = write_notes(desk, 6)
        big = desk.add_note(customer_id="", agent="alice", text="z" * 7000).id
        more = write_notes(desk, 3)
        # The pusher's own size estimate believes the server takes 8 MiB: the server's 413
        # answers are what split the batch here.
        with SyncClient(live.url, token) as client:
            report = OutboxPusher().push_once(desk, client)
    finally:
        live.stop()
    assert report.synced == 9 and report.parked == 1 and report.requests > 2
    assert set(server_notes()) == set(small + more)
    (parked,) = desk.parked()
    assert parked.item_id == big and "too large" in parked.last_error


def test_synced_rows_are_forgotten_after_a_week(tmp_path: Path) -> None:
    from datetime import timedelta

    from softphone.sync.credentials import ClientHolder, Credentials, default_client_factory
    from softphone.sync.pusher import PusherThread
    from softphone.sync.status import StatusTracker

    now = [datetime(2026, 3, 1, 9, 0, tzinfo=UTC)]
    store = LocalStore.open(tmp_path / "desk.sqlite3", clock=lambda: now[0])
    try:
        ids = write_notes(store, 3)
        store.mark_synced(row.id for row in store.pending(10))
        pending = write_notes(store, 1)
        tracker = StatusTracker()
        clients = ClientHolder(Credentials("http://127.0.0.1:9"), default_client_factory())
        thread = PusherThread(lambda: store, tracker, clients)
        now[0] += timedelta(days=8)
        thread._housekeeping(store)
        counts = store.outbox_counts()
        assert (counts.synced, counts.due) == (0, 1)  # the unsynced row is kept, always
        assert all(store.note(i) is not None for i in ids + pending)  # the notes stay
    finally:
        store.close()
