"""POST /events storage: idempotent by UUID, per-item answers, notes never move backwards.

The common case (a first send) costs one statement per table: INSERT ... ON CONFLICT (id)
DO NOTHING RETURNING id stores every new item and names them. Only items the server
already holds (resends, revisions, another agent's id) take the slower path: SELECT ...
FOR UPDATE, then compare (owner, kind, state, revision) and update or answer duplicate.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from softphone.protocol.events import (
    STATE_RANK,
    BatchResult,
    CallEvent,
    EventBatch,
    ItemResult,
    ItemStatus,
    NoteEvent,
    RevealEvent,
)
from softphone.server import changefeed
from softphone.server.bulk import fetch_locked, insert_new
from softphone.server.db import Database
from softphone.server.models import Call, Flag, Note, Reveal

log = logging.getLogger("softphone.server.ingest")

MAX_ATTEMPTS = 4  # concurrent first sends of one UUID: the loser retries and sees "duplicate"
T = TypeVar("T")


def ingest(db: Database, agent: str, batch: EventBatch) -> BatchResult:
    """Store a batch for `agent` (the token's owner) and answer every item."""
    return retrying(db, lambda session: _ingest(session, agent, batch))


def retrying(db: Database, work: Callable[[Session], T]) -> T:
    """Run `work` in a write transaction, retrying on unique/serialisation/deadlock races."""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            with db.writing() as session:
                return work(session)
        except (IntegrityError, DBAPIError) as exc:
            retriable = isinstance(exc, IntegrityError) or _is_transient(exc)
            if not retriable or attempt == MAX_ATTEMPTS:
                raise
            log.info("write conflict (attempt %d), retrying: %s", attempt, type(exc.orig))
    raise AssertionError("unreachable")


def _is_transient(exc: DBAPIError) -> bool:
    code = getattr(exc.orig, "sqlstate", None) or ""
    return code in ("40001", "40P01") or "database is locked" in str(exc.orig)


def _ingest(session: Session, agent: str, batch: EventBatch) -> BatchResult:
    now = datetime.now(UTC)
    calls = _calls(session, agent, batch.calls, now)
    reveals = _reveals(session, agent, batch.reveals, now)
    # Notes last: their change numbers are the transaction's last statement.
    notes = _notes(session, agent, batch.notes, now)
    return _summarise(calls + notes + reveals)


def _mismatch(event_agent: str | None, agent: str) -> bool:
    return event_agent is not None and event_agent != agent


def _result(
    kind: str, item_id: uuid.UUID, status: ItemStatus, code: int, why: str = ""
) -> ItemResult:
    return ItemResult(kind=kind, id=item_id, status=status, code=code, reason=why)  # type: ignore[arg-type]


def _first_sends(
    events: Sequence[Any], agent: str, kind: str, results: list[ItemResult | None]
) -> tuple[dict[uuid.UUID, int], list[int]]:
    """(id → index of its first sending in the batch, indexes of repeats); agent mismatches
    are answered at once."""
    first: dict[uuid.UUID, int] = {}
    repeats: list[int] = []
    for index, event in enumerate(events):
        if _mismatch(event.agent, agent):
            results[index] = _result(kind, event.id, ItemStatus.REJECTED, 403, "agent mismatch")
        elif event.id in first:
            repeats.append(index)
        else:
            first[event.id] = index
    return first, repeats


def _notes(session: Session, agent: str, notes: list[NoteEvent], now: datetime) -> list[ItemResult]:
    results: list[ItemResult | None] = [None] * len(notes)
    first, repeats = _first_sends(notes, agent, "note", results)
    rows: list[dict[str, Any]] = []
    for index in first.values():
        note = notes[index]
        row = _note_values(note, now)
        row.update(
            id=note.id,
            agent=agent,
            kind=note.kind,
            created_at=note.created_at,
            received_at=now,
            review_state="pending" if note.kind == "critical" else "none",
            change_seq=0,  # numbered by changefeed.stamp_last() at the end
        )
        rows.append(row)
    inserted = insert_new(session, Note, rows)
    changed = [row for row in rows if row["id"] in inserted]
    for note_id in inserted:
        index = first[note_id]
        results[index] = _result("note", note_id, ItemStatus.ACCEPTED, 201)
    known = sorted(repeats + [i for nid, i in first.items() if nid not in inserted])
    updates = _known_notes(session, agent, notes, known, now, results=results)
    if updates:
        session.execute(update(Note), updates)
    changed += updates
    critical = sorted(
        {r["customer_id"] for r in changed if r.get("customer_id") and r["kind"] == "critical"},
        key=str,
    )
    flags = [refresh_abusive_flag(session, customer_id, 0, now) for customer_id in critical]
    changefeed.stamp_last(  # the last statement: nothing may follow it
        session,
        notes=[row["id"] for row in changed],
        flags=[flag.id for flag in flags if flag is not None],
    )
    return [r for r in results if r is not None]


def _known_notes(
    session: Session,
    agent: str,
    notes: list[NoteEvent],
    indexes: list[int],
    now: datetime,
    *,
    results: list[ItemResult | None],
) -> list[dict[str, Any]]:
    """Answer notes the server holds already; returns the rows to update."""
    if not indexes:
        return []
    cols = (Note.id, Note.agent, Note.kind, Note.state, Note.revision)
    ids = [notes[i].id for i in indexes]
    known: dict[uuid.UUID, tuple[str, str, str, int]] = {
        k: (r[1], r[2], r[3], r[4]) for k, r in fetch_locked(session, cols, ids).items()
    }
    updates: dict[uuid.UUID, dict[str, Any]] = {}
    for index in indexes:
        note = notes[index]
        owner, kind, state, revision = known[note.id]
        if owner != agent:
            why = "this note belongs to another agent"
            results[index] = _result("note", note.id, ItemStatus.REJECTED, 403, why)
        elif kind != note.kind:
            why = f"a {kind} note cannot become {note.kind}"
            results[index] = _result("note", note.id, ItemStatus.REJECTED, 409, why)
        elif _advances(state, revision, note):
            known[note.id] = (owner, kind, note.state, note.revision)
            updates[note.id] = {**_note_values(note, now), "id": note.id, "kind": kind}
            results[index] = _result("note", note.id, ItemStatus.UPDATED, 200)
        else:
            results[index] = _result("note", note.id, ItemStatus.DUPLICATE, 200)
    return list(updates.values())


def _advances(state: str, revision: int, note: NoteEvent) -> bool:
    """A resend counts when its state is further on, or the same state at a newer revision."""
    old_rank, new_rank = STATE_RANK[state], STATE_RANK[note.state]
    return new_rank > old_rank or (new_rank == old_rank and note.revision > revision)


def _note_values(note: NoteEvent, now: datetime) -> dict[str, Any]:
    return {
        "state": note.state,
        "revision": note.revision,
        "reason": note.reason,
        "text": note.text,
        "customer_id": note.customer_id,
        "call_id": note.call_id,
        "steps": list(note.steps),
        "details": dict(note.details),
        "medical_possible": note.medical_possible,
        "updated_at": now,
    }


def _calls(session: Session, agent: str, calls: list[CallEvent], now: datetime) -> list[ItemResult]:
    results: list[ItemResult | None] = [None] * len(calls)
    first, repeats = _first_sends(calls, agent, "call", results)
    rows: list[dict[str, Any]] = []
    for index in first.values():
        call = calls[index]
        row = {**_call_values(call), "id": call.id, "agent": agent, "received_at": now}
        row["updated_at"] = now
        row["duration_s"] = _duration(row)
        rows.append(row)
    inserted = insert_new(session, Call, rows)
    for call_id in inserted:
        results[first[call_id]] = _result("call", call_id, ItemStatus.ACCEPTED, 201)
    known = sorted(repeats + [i for cid, i in first.items() if cid not in inserted])
    if known:
        _known_calls(session, agent, calls, known, now, results=results)
    return [r for r in results if r is not None]


def _known_calls(
    session: Session,
    agent: str,
    calls: list[CallEvent],
    indexes: list[int],
    now: datetime,
    *,
    results: list[ItemResult | None],
) -> None:
    """Answer calls the server holds already: later sends fill in what was unknown."""
    cols = [Call.id, *[c for c in Call.__table__.c if c.name != "id"]]
    ids = [calls[i].id for i in indexes]
    known: dict[uuid.UUID, dict[str, Any]] = {
        k: dict(r._mapping) for k, r in fetch_locked(session, cols, ids).items()
    }
    updates: dict[uuid.UUID, dict[str, Any]] = {}
    for index in indexes:
        call = calls[index]
        old = known[call.id]
        if old["agent"] != agent:
            why = "this call belongs to another agent"
            results[index] = _result("call", call.id, ItemStatus.REJECTED, 403, why)
            continue
        # Fill in what was unknown (answer, end, disposition); never rewrite.
        incoming = _call_values(call)
        merged = {
            k: v for k, v in incoming.items() if v not in (None, "") and old.get(k) in (None, "")
        }
        if not merged:
            results[index] = _result("call", call.id, ItemStatus.DUPLICATE, 200)
            continue
        old.update(merged)
        old["duration_s"] = _duration(old)
        target = updates.setdefault(call.id, {"id": call.id})
        target.update(merged, duration_s=old["duration_s"], updated_at=now)
        results[index] = _result("call", call.id, ItemStatus.UPDATED, 200)
    if updates:
        session.execute(update(Call), list(updates.values()))


def _call_values(call: CallEvent) -> dict[str, Any]:
    return {
        "direction": call.direction,
        "started_at": call.started_at,
        "answered_at": call.answered_at,
        "ended_at": call.ended_at,
        "sip_call_id": call.sip_call_id,
        "remote_uri": call.remote_uri,
        "number": call.number,
        "customer_id": call.customer_id,
        "end_reason": call.end_reason,
        "ended_by": call.ended_by,
        "disposition": call.disposition,
    }


def _duration(row: dict[str, Any]) -> float | None:
    answered: datetime | None = row.get("answered_at")
    ended: datetime | None = row.get("ended_at")
    if answered is None or ended is None:
        return None
    return max(0.0, (ended - answered).total_seconds())


def _reveals(
    session: Session, agent: str, reveals: list[RevealEvent], now: datetime
) -> list[ItemResult]:
    results: list[ItemResult | None] = [None] * len(reveals)
    first, repeats = _first_sends(reveals, agent, "reveal", results)
    rows = [
        {
            "id": reveals[i].id,
            "agent": agent,
            "customer_id": reveals[i].customer_id,
            "fields": list(reveals[i].fields),
            "reason": reveals[i].reason,
            "at": reveals[i].at,
            "received_at": now,
        }
        for i in first.values()
    ]
    inserted = insert_new(session, Reveal, rows)
    for reveal_id in inserted:
        results[first[reveal_id]] = _result("reveal", reveal_id, ItemStatus.ACCEPTED, 201)
    known = sorted(repeats + [i for rid, i in first.items() if rid not in inserted])
    if known:
        ids = [reveals[i].id for i in known]
        owners = {k: r[1] for k, r in fetch_locked(session, (Reveal.id, Reveal.agent), ids).items()}
        for index in known:
            reveal = reveals[index]
            if owners[reveal.id] != agent:
                why = "agent mismatch"
                results[index] = _result("reveal", reveal.id, ItemStatus.REJECTED, 403, why)
            else:
                results[index] = _result("reveal", reveal.id, ItemStatus.DUPLICATE, 200)
    return [r for r in results if r is not None]


def refresh_abusive_flag(
    session: Session, customer_id: uuid.UUID, seq: int, now: datetime
) -> Flag | None:
    """The 'abusive before' flag counts the customer's critical notes not overturned.

    Returns the flag (None: no critical notes and no flag); `seq` is its change number
    (0 when changefeed.stamp_last() numbers it later).
    """
    count, last = session.execute(
        select(func.count(), func.max(Note.created_at)).where(
            Note.customer_id == customer_id,
            Note.kind == "critical",
            Note.review_state != "overturned",
        )
    ).one()
    flag = session.scalars(
        select(Flag).where(Flag.customer_id == customer_id, Flag.kind == "abusive")
    ).one_or_none()
    if flag is None:
        if not count:
            return None
        flag = Flag(customer_id=customer_id, kind="abusive", set_by="system", created_at=now)
        session.add(flag)
    flag.count = int(count)
    flag.last_at = last
    flag.active = bool(count)
    flag.updated_at = now
    flag.change_seq = seq
    session.flush()
    return flag


def _summarise(results: list[ItemResult]) -> BatchResult:
    counts = {status: 0 for status in ItemStatus}
    for result in results:
        counts[result.status] += 1
    return BatchResult(
        results=results,
        accepted=counts[ItemStatus.ACCEPTED],
        updated=counts[ItemStatus.UPDATED],
        duplicate=counts[ItemStatus.DUPLICATE],
        rejected=counts[ItemStatus.REJECTED],
    )
