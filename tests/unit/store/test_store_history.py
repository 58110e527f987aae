"""History: calls and notes of every agent merged newest first, paged, searchable, indexed."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from softphone.core.records import CallRecord, Customer, Note, NoteKind, NoteState, Reason
from softphone.store import LocalStore
from softphone.store.db import iso
from softphone.store.directory import history_sql

T0 = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)


def _call(i: int, customer_id: str = "c1", **extra: str) -> CallRecord:
    start = T0 + timedelta(hours=i)
    fields = {
        "id": f"call-{i:05d}",
        "direction": "inbound",
        "agent": f"agent{i % 3}",
        "started_at": iso(start),
        "customer_id": customer_id,
        "answered_at": iso(start + timedelta(seconds=5)),
        "ended_at": iso(start + timedelta(seconds=125)),
        "end_reason": "200 OK",
        "ended_by": "remote",
        "disposition": "resolved",
    }
    fields.update(extra)
    return CallRecord(**fields)


def _note(i: int, customer_id: str = "c1", **extra: object) -> Note:
    fields: dict[str, object] = {
        "id": f"note-{i:05d}",
        "kind": NoteKind.WRAPUP,
        "agent": f"agent{i % 3}",
        "created_at": iso(T0 + timedelta(hours=i, minutes=30)),
        "customer_id": customer_id,
        "text": f"wrap-up number {i}",
        "details": {"disposition": "resolved"},
    }
    fields.update(extra)
    return Note(**fields)  # type: ignore[arg-type]


@pytest.fixture
def history_store(store: LocalStore) -> LocalStore:
    store.put_customers([Customer(id="c1", name="A"), Customer(id="c2", name="B")])
    store.put_history(
        [
            _call(
                0,
                answered_at="",
                ended_at=iso(T0 + timedelta(seconds=20)),
                disposition="",
                end_reason="",
            ),
            _call(1),
            _call(2, customer_id="c2"),
        ],
        [
            _note(1),
            _note(
                3,
                kind=NoteKind.CRITICAL,
                reason=Reason.INSULTS,
                text="Kept insulting",
                state=NoteState.COMPLETED,
                details={},
            ),
            _note(4, kind=NoteKind.MANUAL, text="Позвонить в понедельник", details={}),
        ],
    )
    return store


def test_merged_newest_first(history_store: LocalStore) -> None:
    entries = history_store.directory.history("c1")
    assert [e.id for e in entries] == [
        "note-00004",
        "note-00003",
        "note-00001",
        "call-00001",
        "call-00000",
    ]
    manual, critical, wrapup, call, missed = entries
    assert critical.critical and critical.kind == "critical" and critical.outcome == "insults"
    assert not wrapup.critical and wrapup.outcome == "resolved"
    assert call.kind == "call" and call.duration == 120.0 and call.direction == "inbound"
    assert call.outcome == "resolved" and call.agent == "agent1"
    assert missed.outcome == "missed" and missed.duration == 0.0
    assert manual.text == "Позвонить в понедельник"
    assert history_store.directory.history_count("c1") == 5
    assert history_store.directory.history_count("c2") == 1
    assert history_store.directory.history("nobody") == []


def test_search_is_case_insensitive_in_any_script(history_store: LocalStore) -> None:
    d = history_store.directory
    assert [e.id for e in d.history("c1", search="ПОНЕДЕЛЬНИК")] == ["note-00004"]
    assert [e.id for e in d.history("c1", search="INSULT")] == ["note-00003"]
    assert {e.id for e in d.history("c1", search="agent1")} == {
        "call-00001",
        "note-00001",
        "note-00004",
    }
    assert d.history_count("c1", search="resolved") == 2  # the call and its wrap-up
    assert d.history("c1", search="100%") == []  # no LIKE wildcards
    assert d.history_count("c1", search="   ") == 5


def test_paging_has_no_gaps_or_repeats(store: LocalStore) -> None:
    store.put_history(
        [_call(i) for i in range(0, 300, 2)],
        [_note(i) for i in range(1, 300, 2)],
    )
    seen = []
    for offset in range(0, 400, 37):
        seen += [e.id for e in store.directory.history("c1", offset=offset, limit=37)]
    assert len(seen) == 300 == len(set(seen)) == store.directory.history_count("c1")
    whens = [e.when for e in store.directory.history("c1", limit=1000)]
    assert whens == sorted(whens, reverse=True)
    assert store.directory.history("c1", offset=1000) == []
    assert store.directory.history("c1", limit=0) == []


def test_same_time_entries_have_a_stable_order(store: LocalStore) -> None:
    same = iso(T0)
    store.put_history([_call(i, started_at=same) for i in range(5)], [])
    pages = [store.directory.history("c1", offset=i, limit=1)[0].id for i in range(5)]
    assert pages == sorted(pages, reverse=True)


def test_first_page_reads_the_indexes_without_sorting(history_store: LocalStore) -> None:
    for search in (False, True):
        plan = history_store.db.rows(
            "EXPLAIN QUERY PLAN " + history_sql(search),
            {"cid": "c1", "needle": "x", "limit": 50, "offset": 0},
        )
        details = [r["detail"] for r in plan]
        assert "MERGE (UNION ALL)" in details
        assert any("USING INDEX calls_history (customer_id=?)" in d for d in details)
        assert any("USING INDEX notes_history (customer_id=?)" in d for d in details)
        assert not any("TEMP B-TREE" in d for d in details)


def test_thousands_of_entries_stay_fast(store: LocalStore) -> None:
    store.put_history([_call(i) for i in range(5000)], [_note(i) for i in range(5000)])
    store.put_history([_call(i, customer_id=f"other{i}") for i in range(5000, 6000)], [])
    started = time.perf_counter()
    for _ in range(20):
        page = store.directory.history("c1", limit=50)
    first_page = (time.perf_counter() - started) / 20
    assert page[0].id == "note-04999"
    started = time.perf_counter()
    hits = store.directory.history("c1", search="number 4999")
    searched = time.perf_counter() - started
    assert [e.id for e in hits] == ["note-04999"]
    # Generous bounds: a first page is ~1 ms, a search over 10,000 entries ~20 ms.
    assert first_page < 0.05
    assert searched < 1.0
