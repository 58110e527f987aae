"""Outbox semantics: order, due times, retries, synced exactly once (also property-based)."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from softphone.store import LocalStore, outbox
from softphone.store.db import iso

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _enqueue(store: LocalStore, n: int) -> list[str]:
    return [
        outbox.enqueue(store.db, "note", f"note-{i}", f'{{"i": {i}}}', now=T0) for i in range(n)
    ]


def test_pending_oldest_first_and_limited(store: LocalStore) -> None:
    ids = _enqueue(store, 5)
    assert [i.id for i in store.pending(3, T0)] == ids[:3]
    assert [i.id for i in store.pending(100, T0)] == ids
    assert store.pending(0, T0) == []
    item = store.pending(1, T0)[0]
    assert (item.kind, item.item_id, item.data(), item.attempts) == ("note", "note-0", {"i": 0}, 0)
    assert item.created_at == iso(T0) and item.synced_at is None


def test_failed_rows_wait_until_their_next_attempt(store: LocalStore) -> None:
    a, b, c = _enqueue(store, 3)
    later = T0 + timedelta(seconds=30)
    assert store.mark_failed([a, b], later, error="HTTP 503") == 2
    assert [i.id for i in store.pending(10, T0)] == [c]
    assert [i.id for i in store.pending(10, later)] == [a, b, c]
    failed = outbox.get(store.db, a)
    assert failed is not None
    assert (failed.attempts, failed.last_error, failed.next_attempt_at) == (
        1,
        "HTTP 503",
        iso(later),
    )
    store.mark_failed([a], later + timedelta(seconds=60))
    assert outbox.get(store.db, a).attempts == 2  # type: ignore[union-attr]
    counts = outbox.counts(store.db, T0)
    assert (counts.due, counts.waiting, counts.synced) == (1, 2, 0)


def test_synced_exactly_once(store: LocalStore, clock) -> None:  # type: ignore[no-untyped-def]
    a, b = _enqueue(store, 2)
    assert store.mark_synced([a, a, "unknown"]) == 1
    first = outbox.get(store.db, a).synced_at  # type: ignore[union-attr]
    clock.advance(10)
    assert store.mark_synced([a]) == 0  # already synced: time kept
    assert outbox.get(store.db, a).synced_at == first  # type: ignore[union-attr]
    assert store.mark_failed([a], T0 + timedelta(days=1)) == 0  # a late failure: no effect
    assert outbox.get(store.db, a).attempts == 0  # type: ignore[union-attr]
    assert [i.id for i in store.pending(10, T0)] == [b]


def test_large_batches(store: LocalStore) -> None:
    ids = _enqueue(store, 1200)
    assert store.mark_synced(ids[:1100]) == 1100
    assert len(store.pending(1000, T0)) == 100
    assert outbox.purge_synced(store.db, datetime(2100, 1, 1, tzinfo=UTC)) == 1100
    assert outbox.counts(store.db, T0).synced == 0


class OutboxMachine(RuleBasedStateMachine):
    """Whatever the sequence of enqueue / mark_failed / mark_synced: every enqueued row is
    either pending (unsynced) or synced, exactly once, and never lost."""

    def __init__(self) -> None:
        super().__init__()
        self.dir = tempfile.TemporaryDirectory()
        self.store = LocalStore.open(Path(self.dir.name) / "o.db")
        self.now = T0
        self.model: dict[str, bool] = {}  # id -> synced
        self.due: dict[str, datetime] = {}
        self.attempts: dict[str, int] = {}

    def teardown(self) -> None:
        self.store.close()
        self.dir.cleanup()

    @rule(n=st.integers(1, 5))
    def enqueue(self, n: int) -> None:
        for _ in range(n):
            row = outbox.enqueue(self.store.db, "call", "item", "{}", now=self.now)
            assert row not in self.model
            self.model[row] = False
            self.due[row] = self.now
            self.attempts[row] = 0

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data(), delay=st.integers(0, 600))
    def fail_some(self, data: st.DataObject, delay: int) -> None:
        ids = data.draw(st.lists(st.sampled_from(sorted(self.model)), max_size=6))
        nxt = self.now + timedelta(seconds=delay)
        outbox.mark_failed(self.store.db, ids, nxt)
        for row in set(ids):
            if not self.model[row]:
                self.due[row] = nxt
                self.attempts[row] += 1

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data())
    def sync_some(self, data: st.DataObject) -> None:
        ids = data.draw(st.lists(st.sampled_from(sorted(self.model)), max_size=6))
        expected = len({i for i in ids if not self.model[i]})
        assert outbox.mark_synced(self.store.db, ids, now=self.now) == expected
        for row in ids:
            self.model[row] = True

    @rule(seconds=st.integers(0, 900))
    def time_passes(self, seconds: int) -> None:
        self.now += timedelta(seconds=seconds)

    @invariant()
    def each_row_pending_or_synced_once(self) -> None:
        everything = {
            i.id for i in outbox.pending(self.store.db, 10_000, datetime.max.replace(tzinfo=UTC))
        }
        synced = {
            r["id"] for r in self.store.db.rows("SELECT id FROM outbox WHERE synced_at IS NOT NULL")
        }
        assert everything.isdisjoint(synced)
        assert everything | synced == set(self.model)
        assert synced == {i for i, s in self.model.items() if s}
        due_now = [i.id for i in outbox.pending(self.store.db, 10_000, self.now)]
        assert set(due_now) == {
            i for i, s in self.model.items() if not s and self.due[i] <= self.now
        }
        for item in outbox.pending(self.store.db, 10_000, datetime.max.replace(tzinfo=UTC)):
            assert item.attempts == self.attempts[item.id]


TestOutboxProperties = OutboxMachine.TestCase
TestOutboxProperties.settings = settings(max_examples=60, stateful_step_count=25, deadline=None)
