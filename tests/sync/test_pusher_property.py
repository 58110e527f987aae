"""Property: whatever the server answers (per item, or failing whole requests), every outbox
row ends synced exactly once — only after the server holds its version — or parked; none is lost."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from softphone.protocol.events import BatchResult, EventBatch, ItemResult, ItemStatus
from softphone.store import LocalStore, outbox
from softphone.sync.errors import (
    RequestRejected,
    RequestTooLarge,
    ServerFailed,
    ServerUnreachable,
    SyncError,
)
from softphone.sync.pusher import OutboxPusher

ANSWERS = ("accepted", "updated", "duplicate", "rejected", "missing", "missing_stored")
FAILURES = ("unreachable", "failed_5xx", "too_large", "invalid_422", "lost_answer")


@dataclass
class FakeServer:
    """Stores what it acknowledges (item id → highest revision); answers as `data` draws."""

    data: Any
    honest: bool = False
    stored: dict[str, int] = field(default_factory=dict)
    rejected: set[str] = field(default_factory=set)
    refused_whole: set[str] = field(default_factory=set)  # items of refused single batches

    def post_events(self, batch: EventBatch) -> BatchResult:
        events = [*batch.calls, *batch.notes, *batch.reveals]
        if not self.honest:
            mode = self.data.draw(st.sampled_from(("answer", *FAILURES)), label="mode")
            if mode == "unreachable":
                raise ServerUnreachable("down")
            if mode == "failed_5xx":
                raise ServerFailed("HTTP 503", 503)
            if mode in ("too_large", "invalid_422"):
                if len(events) == 1:
                    self.refused_whole.add(str(events[0].id))
                if mode == "too_large":
                    raise RequestTooLarge("too large")
                raise RequestRejected("invalid", 422, "validation_error")
            if mode == "lost_answer":
                for event in events:
                    self._store(event)
                raise ServerUnreachable("answer lost")
        results = []
        for event in events:
            answer = "accepted" if self.honest else self.data.draw(st.sampled_from(ANSWERS))
            if answer in ("missing", "missing_stored"):
                if answer == "missing_stored":
                    self._store(event)
                continue
            if answer == "rejected":
                self.rejected.add(str(event.id))
                status, code = ItemStatus.REJECTED, 403
            else:
                self._store(event)
                status, code = ItemStatus(answer), 200
            results.append(ItemResult(kind=_kind(event), id=event.id, status=status, code=code))
        return BatchResult(results=results)

    def _store(self, event: Any) -> None:
        key = str(event.id)
        self.stored[key] = max(self.stored.get(key, -1), getattr(event, "revision", 0))


def _kind(event: Any) -> Any:
    return {"CallEvent": "call", "NoteEvent": "note", "RevealEvent": "reveal"}[type(event).__name__]


class SpyStore:
    """Checks that the pusher marks a row synced (or parks it) at most once, and only rows
    that are still open."""

    def __init__(self, store: LocalStore) -> None:
        self.store = store
        self.finished: set[str] = set()

    def _check_open(self, ids: Iterable[str]) -> list[str]:
        ids = list(ids)
        for row_id in ids:
            row = outbox.get(self.store.db, row_id)
            assert row is not None and row.synced_at is None and row.parked_at is None
            assert row_id not in self.finished
            self.finished.add(row_id)
        return ids

    def mark_synced(self, ids: Iterable[str]) -> int:
        return self.store.mark_synced(self._check_open(ids))

    def park(self, ids: Iterable[str], reason: str) -> int:
        return self.store.park(self._check_open(ids), reason)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.data(),
    plan=st.lists(
        st.one_of(
            st.tuples(st.just("write"), st.integers(1, 6)),
            st.tuples(st.just("edit"), st.integers(0, 30)),
            st.tuples(st.just("push"), st.integers(1, 3)),
        ),
        min_size=1,
        max_size=25,
    ),
    batch_size=st.integers(1, 8),
)
def test_every_row_ends_synced_once_or_parked(
    data: st.DataObject, plan: list[tuple[str, int]], batch_size: int
) -> None:
    store = LocalStore.open(":memory:")
    try:
        spy = SpyStore(store)
        server = FakeServer(data)
        pusher = OutboxPusher(batch_size=batch_size)
        notes: list[str] = []
        for action, n in plan:
            if action == "write":
                notes += [
                    store.add_note(customer_id="", agent="a", text=f"{i}").id for i in range(n)
                ]
            elif action == "edit" and notes:
                store.annotate(
                    notes[n % len(notes)], reason="", text=f"edit {n}", medical_possible=None
                )
            else:
                for _ in range(n):
                    try:
                        pusher.push_once(spy, server)  # type: ignore[arg-type]
                    except SyncError as exc:
                        assert exc.transient  # only network-like failures escape
        # The server recovers and behaves: everything not parked gets through.
        server.honest = True
        for _ in range(200):
            if not store.pending(1):
                break
            pusher.push_once(spy, server)  # type: ignore[arg-type]
        rows = store.db.rows("SELECT * FROM outbox")
        assert not store.pending(1000)
        for row in rows:
            revision = outbox.OutboxItem(**{k: row[k] for k in _FIELDS}).data()["revision"]
            if row["synced_at"] is not None:
                assert row["parked_at"] is None
                # Synced only once the server holds this version (or a newer one).
                assert server.stored.get(row["item_id"], -1) >= revision
            else:
                assert row["parked_at"] is not None  # never lost: parked with a reason
                assert row["item_id"] in server.rejected | server.refused_whole
                assert row["last_error"]
        assert spy.finished == {row["id"] for row in rows}
    finally:
        store.close()


_FIELDS = (
    "id",
    "kind",
    "item_id",
    "payload",
    "created_at",
    "attempts",
    "next_attempt_at",
    "last_error",
    "synced_at",
    "parked_at",
)
