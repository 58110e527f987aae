"""Concurrent agents: one UUID stored once, and the changes cursor never skips a commit."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from softphone.protocol.events import EventBatch, ItemStatus
from softphone.server.changes import changes_since
from softphone.server.db import Database
from softphone.server.ingest import ingest
from softphone.server.models import Note
from tests.server.factories import note


def test_same_batch_from_many_threads_is_stored_once(db: Database) -> None:
    batch = EventBatch.model_validate(
        {"notes": [note(customer_id=str(uuid.uuid4())) for _ in range(20)]}
    )
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: ingest(db, "alice", batch), range(8)))
    per_id = Counter((r.id, r.status) for result in results for r in result.results)
    for n in batch.notes:
        assert per_id[(n.id, ItemStatus.ACCEPTED)] == 1
        assert per_id[(n.id, ItemStatus.DUPLICATE)] == 7
    with db.reading() as session:
        assert session.query(Note).count() == 20


def test_changes_cursor_never_skips_under_concurrent_writers(db: Database) -> None:
    posted: set[uuid.UUID] = set()
    seen: set[uuid.UUID] = set()
    lock = threading.Lock()
    done = threading.Event()

    def writer(agent: str) -> None:
        for _ in range(15):
            batch = EventBatch.model_validate(
                {"notes": [note(customer_id=str(uuid.uuid4())) for _ in range(3)]}
            )
            ingest(db, agent, batch)
            with lock:
                posted.update(n.id for n in batch.notes)

    def reader() -> int:
        cursor, pulls = 0, 0
        while True:
            finished = done.is_set()
            with db.reading() as session:
                page = changes_since(session, cursor, 7)
            pulls += 1
            seen.update(n.id for n in page.notes)
            assert int(page.cursor) >= cursor
            cursor = int(page.cursor)
            if finished and not page.has_more:
                return pulls

    with ThreadPoolExecutor(6) as pool:
        pulled = pool.submit(reader)
        writers = [pool.submit(writer, f"agent{i}") for i in range(5)]
        for w in writers:
            w.result()
        done.set()
        assert pulled.result() > 1
    assert seen == posted and len(posted) == 5 * 15 * 3
