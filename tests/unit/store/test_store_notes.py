"""The write-ahead note of critical situations, abusive counting, wrap-up and manual notes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from softphone.core.errors import BugError
from softphone.core.records import CallRecord, Customer, Flag, FlagKind, NoteKind, NoteState
from softphone.store import LocalStore, outbox
from tests.unit.store.store_clock import FakeClock

WALL = "2026-03-01T09:00:00+00:00"
STORED_WALL = "2026-03-01T09:00:00.000000+00:00"


@pytest.fixture
def with_customer(store: LocalStore) -> LocalStore:
    store.put_customers([Customer(id="cust", name="Иван Петров", phones=("+74951234567",))])
    return store


def _begin(store: LocalStore, customer_id: str = "cust", step: str = "farewell") -> str:
    return store.begin_critical(
        call_id="call-1",
        customer_id=customer_id,
        agent="anna",
        step=step,
        wall=WALL,
        monotonic=1234.5,
    )


def _complete(store: LocalStore, note_id: str, outcome: str = "critical_ending") -> None:
    store.complete_critical(
        note_id,
        played_ms=4200,
        hung_up_by="agent",
        sip_status=200,
        farewell_missing=False,
        details={"outcome": outcome, "prompt_language": "ru"},
    )


def _abusive(store: LocalStore) -> Flag | None:
    customer = store.directory.get("cust")
    assert customer is not None
    return customer.flag(FlagKind.ABUSIVE)


def test_begin_writes_note_and_outbox_in_one_durable_transaction(
    with_customer: LocalStore,
) -> None:
    store = with_customer
    seen: list[str] = []
    store.db.tracer = lambda sql, params: seen.append(" ".join(sql.split()))
    note_id = _begin(store)
    store.db.tracer = None
    statements = seen[seen.index("PRAGMA synchronous=FULL") :]
    assert statements[1] == "BEGIN IMMEDIATE"
    commit = statements.index("COMMIT")
    writes = [s for s in statements[:commit] if s.startswith("INSERT")]
    assert [w.split()[2] for w in writes] == ["notes", "outbox"]

    note = store.note(note_id)
    assert note is not None
    assert note.state is NoteState.STARTED
    assert note.kind is NoteKind.CRITICAL
    assert (note.call_id, note.customer_id, note.agent) == ("call-1", "cust", "anna")
    assert note.created_at == STORED_WALL
    assert note.steps == (f"farewell@{STORED_WALL}",)
    assert note.details["monotonic"] == "1234.5"
    assert store.db.scalar("SELECT monotonic FROM notes WHERE id = ?", [note_id]) == 1234.5
    [row] = outbox.for_item(store.db, note_id)
    payload = row.data()
    assert payload["type"] == "note" and payload["revision"] == 1
    assert payload["state"] == "started" and payload["kind"] == "critical"
    assert payload["id"] == note_id and payload["reason"] is None
    assert _abusive(store) is None  # counted only when the ending completes


def test_steps_complete_and_count_abusive(with_customer: LocalStore, clock: FakeClock) -> None:
    store = with_customer
    note_id = _begin(store, step="warning1")
    store.record_step(note_id, "warning2", "2026-03-01T09:00:20Z")
    store.record_step(note_id, "warning2", "2026-03-01T09:00:20Z")  # repeated: once
    store.record_step(note_id, "farewell", "2026-03-01T09:00:40Z")
    clock.advance(60)
    _complete(store, note_id)
    note = store.note(note_id)
    assert note is not None
    assert note.state is NoteState.COMPLETED
    assert [s.partition("@")[0] for s in note.steps] == ["warning1", "warning2", "farewell"]
    assert note.details["played_ms"] == "4200"
    assert note.details["hung_up_by"] == "agent"
    assert note.details["sip_status"] == "200"
    assert note.details["farewell_missing"] == "false"
    assert note.details["prompt_language"] == "ru"
    assert note.details["monotonic"] == "1234.5"  # kept from the start
    assert _abusive(store) == Flag(FlagKind.ABUSIVE, count=1, last_at=STORED_WALL)
    revisions = [r.data()["revision"] for r in outbox.for_item(store.db, note_id)]
    assert revisions == [1, 2, 3, 4]  # begin, two steps, complete
    assert outbox.for_item(store.db, note_id)[-1].data()["state"] == "completed"
    _complete(store, note_id)  # completing twice does not count twice
    assert _abusive(store).count == 1  # type: ignore[union-attr]


def test_existing_count_goes_up_and_warnings_only_do_not_count(
    with_customer: LocalStore,
) -> None:
    store = with_customer
    store.set_flag("cust", Flag(FlagKind.ABUSIVE, count=2, last_at="2026-01-05T10:00:00Z"))
    warned = _begin(store, step="warning1")
    _complete(store, warned, outcome="warnings_only")
    assert _abusive(store).count == 2  # type: ignore[union-attr]
    ended = _begin(store)
    _complete(store, ended)
    assert _abusive(store) == Flag(FlagKind.ABUSIVE, count=3, last_at=STORED_WALL)


def test_medical_condition_takes_the_count_back(with_customer: LocalStore) -> None:
    store = with_customer
    older = "2026-01-05T10:00:00.000000+00:00"
    store.set_flag("cust", Flag(FlagKind.ABUSIVE, count=2, last_at=older))
    note_id = _begin(store)
    _complete(store, note_id)
    assert _abusive(store) == Flag(FlagKind.ABUSIVE, count=3, last_at=STORED_WALL)

    store.annotate(note_id, reason="insults", text="Tourette's?", medical_possible=True)
    note = store.note(note_id)
    assert note is not None
    assert note.medical_possible is True and note.text == "Tourette's?"
    assert note.reason is not None and note.reason.value == "insults"
    assert _abusive(store) == Flag(FlagKind.ABUSIVE, count=2, last_at=older)
    store.annotate(note_id, reason="insults", text="again", medical_possible=True)
    assert _abusive(store).count == 2  # type: ignore[union-attr]

    # The agent changes their mind: it counts again.
    store.annotate(note_id, reason="insults", text="no, abusive", medical_possible=False)
    assert _abusive(store) == Flag(FlagKind.ABUSIVE, count=3, last_at=STORED_WALL)
    payload = outbox.for_item(store.db, note_id)[-1].data()
    assert payload["medical_possible"] is False and payload["text"] == "no, abusive"


def test_medical_on_the_first_ending_removes_the_flag(with_customer: LocalStore) -> None:
    store = with_customer
    note_id = _begin(store)
    _complete(store, note_id)
    assert _abusive(store).count == 1  # type: ignore[union-attr]
    store.annotate(note_id, reason="shouting", text="", medical_possible=True)
    assert _abusive(store) is None


def test_medical_answered_before_completion_never_counts(with_customer: LocalStore) -> None:
    store = with_customer
    note_id = _begin(store)
    store.annotate(note_id, reason="other", text="", medical_possible=True)
    _complete(store, note_id)
    assert _abusive(store) is None


def test_unknown_caller_note_flags_nobody(store: LocalStore) -> None:
    note_id = _begin(store, customer_id="")
    _complete(store, note_id)
    assert store.note(note_id).state is NoteState.COMPLETED  # type: ignore[union-attr]
    assert store.db.scalar("SELECT count(*) FROM flags") == 0


def test_bad_arguments(with_customer: LocalStore) -> None:
    store = with_customer
    note_id = _begin(store)
    with pytest.raises(ValueError, match="unknown reason"):
        store.annotate(note_id, reason="rude", text="", medical_possible=None)
    with pytest.raises(BugError):
        _complete(store, "no-such-note")
    with pytest.raises(BugError):
        store.record_step("no-such-note", "x", WALL)


def test_recover_interrupted(with_customer: LocalStore, clock: FakeClock) -> None:
    store = with_customer
    done = _begin(store)
    _complete(store, done)
    orphan = _begin(store)
    store.call_started(CallRecord(id="leg", direction="inbound", agent="anna", started_at=WALL))
    clock.advance(3600)
    assert store.recover_interrupted() == [orphan]
    note = store.note(orphan)
    assert note is not None and note.state is NoteState.INTERRUPTED
    assert outbox.for_item(store.db, orphan)[-1].data()["state"] == "interrupted"
    assert _abusive(store).count == 1  # type: ignore[union-attr]  # only the completed one
    leg = store.call("leg")
    assert leg is not None and leg.end_reason.startswith("interrupted")
    assert outbox.for_item(store.db, "leg")[-1].data()["type"] == "call"
    assert store.recover_interrupted() == []


def test_wrapup_note_sets_the_call_disposition(store: LocalStore, clock: FakeClock) -> None:
    store.call_started(
        CallRecord(id="leg", direction="inbound", agent="anna", started_at=WALL, customer_id="c")
    )
    store.call_answered("leg", "2026-03-01T09:00:05Z")
    store.call_ended("leg", ended_at="2026-03-01T09:02:05Z", end_reason="200", ended_by="remote")
    clock.advance(150)
    note = store.add_wrapup(
        call_id="leg", customer_id="c", agent="anna", disposition="resolved", text="ok"
    )
    assert note.kind is NoteKind.WRAPUP and note.details == {"disposition": "resolved"}
    assert store.call("leg").disposition == "resolved"  # type: ignore[union-attr]
    assert [e.kind for e in store.directory.history("c")] == ["wrapup", "call"]
    kinds = [(i.kind, i.data()["revision"]) for i in store.pending(100)]
    assert kinds == [("call", 3), ("note", 1), ("call", 4)]
    call_payload = store.pending(100)[-1].data()
    assert call_payload["disposition"] == "resolved" and call_payload["id"] == "leg"
    # a wrap-up for a call this desktop does not know still saves the note
    store.add_wrapup(call_id="elsewhere", customer_id="c", agent="anna", disposition="x")


def test_manual_note(store: LocalStore) -> None:
    note = store.add_note(customer_id="c", agent="olga", text="Call back on Monday")
    assert store.note(note.id) == note
    [item] = store.pending()
    assert item.kind == "note" and item.item_id == note.id
    assert json.loads(item.payload)["kind"] == "manual"


CRASHER = textwrap.dedent(
    """
    import sys, time
    from softphone.store import LocalStore
    store = LocalStore.open(sys.argv[1])
    note_id = store.begin_critical(call_id="call-9", customer_id="cust", agent="anna",
                                   step="farewell", wall="2026-03-01T09:00:00Z", monotonic=5.0)
    print(note_id, flush=True)
    time.sleep(60)  # "playing the farewell" when the kill comes
    """
)


def test_kill_9_right_after_begin_loses_nothing(db_path: Path) -> None:
    LocalStore.open(db_path).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASHER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        note_id = proc.stdout.readline().strip()
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert note_id

    with LocalStore.open(db_path) as store:
        assert store.recover_interrupted() == [note_id]
        note = store.note(note_id)
        assert note is not None and note.state is NoteState.INTERRUPTED
        assert note.call_id == "call-9"
        rows = outbox.for_item(store.db, note_id)
        assert [r.data()["state"] for r in rows] == ["started", "interrupted"]
        assert [r.id for r in store.pending(100)] == [r.id for r in rows]
