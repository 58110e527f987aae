"""POST /events storage: idempotent by UUID, per-item answers, notes never move backwards."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import func, insert, select, update
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
    results: list[ItemResult] = []
    results += _calls(session, agent, batch.calls, now)
    note_results, note_rows, note_updates = _plan_notes(session, agent, batch.notes, now)
    results += note_results
    results += _reveals(session, agent, batch.reveals, now)

    changed = note_rows + note_updates
    if changed:
        customers = sorted(
            {row["customer_id"] for row in changed if row.get("customer_id")},
            key=str,
        )
        critical = [c for c in customers if _has_critical(changed, c)]
        seqs = iter(changefeed.allocate(session, len(changed) + len(critical)))
        for row in changed:
            row["change_seq"] = next(seqs)
        if note_rows:
            _insert_many(session, Note, note_rows)
        if note_updates:
            session.execute(update(Note), note_updates)
        for customer_id in critical:
            refresh_abusive_flag(session, customer_id, next(seqs), now)
    return _summarise(results)


def _has_critical(rows: Sequence[dict[str, Any]], customer_id: uuid.UUID) -> bool:
    return any(
        r.get("customer_id") == customer_id and r.get("kind", "critical") == "critical"
        for r in rows
    )


def _fetch(session: Session, columns: Sequence[Any], ids: list[uuid.UUID]) -> dict[Any, Any]:
    if not ids:
        return {}
    table_id = columns[0]
    stmt = select(*columns).where(table_id.in_(sorted(set(ids), key=str)))
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return {row[0]: row for row in session.execute(stmt)}


def _mismatch(event_agent: str | None, agent: str) -> bool:
    return event_agent is not None and event_agent != agent


def _result(
    kind: str, item_id: uuid.UUID, status: ItemStatus, code: int, why: str = ""
) -> ItemResult:
    return ItemResult(kind=kind, id=item_id, status=status, code=code, reason=why)  # type: ignore[arg-type]


def _plan_notes(
    session: Session, agent: str, notes: list[NoteEvent], now: datetime
) -> tuple[list[ItemResult], list[dict[str, Any]], list[dict[str, Any]]]:
    cols = (Note.id, Note.agent, Note.kind, Note.state, Note.revision)
    known: dict[uuid.UUID, tuple[str, str, str, int]] = {
        k: (r[1], r[2], r[3], r[4]) for k, r in _fetch(session, cols, [n.id for n in notes]).items()
    }
    results: list[ItemResult] = []
    inserts: dict[uuid.UUID, dict[str, Any]] = {}
    updates: dict[uuid.UUID, dict[str, Any]] = {}
    for note in notes:
        if _mismatch(note.agent, agent):
            results.append(_result("note", note.id, ItemStatus.REJECTED, 403, "agent mismatch"))
            continue
        old = known.get(note.id)
        values = _note_values(note, now)
        if old is None:
            values.update(
                id=note.id,
                agent=agent,
                kind=note.kind,
                created_at=note.created_at,
                received_at=now,
                review_state="pending" if note.kind == "critical" else "none",
            )
            inserts[note.id] = values
            known[note.id] = (agent, note.kind, note.state, note.revision)
            results.append(_result("note", note.id, ItemStatus.ACCEPTED, 201))
            continue
        owner, kind, state, revision = old
        if owner != agent:
            why = "this note belongs to another agent"
            results.append(_result("note", note.id, ItemStatus.REJECTED, 403, why))
        elif kind != note.kind:
            why = f"a {kind} note cannot become {note.kind}"
            results.append(_result("note", note.id, ItemStatus.REJECTED, 409, why))
        elif _advances(state, revision, note):
            known[note.id] = (owner, kind, note.state, note.revision)
            if note.id in inserts:  # sent twice in one batch: insert the newer one
                inserts[note.id].update(values)
            else:
                values.update(id=note.id, kind=kind)
                updates[note.id] = values
            results.append(_result("note", note.id, ItemStatus.UPDATED, 200))
        else:
            results.append(_result("note", note.id, ItemStatus.DUPLICATE, 200))
    return results, list(inserts.values()), list(updates.values())


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
    cols = [Call.id, *[c for c in Call.__table__.c if c.name != "id"]]
    known: dict[uuid.UUID, dict[str, Any]] = {
        k: dict(r._mapping) for k, r in _fetch(session, cols, [c.id for c in calls]).items()
    }
    results: list[ItemResult] = []
    inserts: dict[uuid.UUID, dict[str, Any]] = {}
    updates: dict[uuid.UUID, dict[str, Any]] = {}
    for call in calls:
        if _mismatch(call.agent, agent):
            results.append(_result("call", call.id, ItemStatus.REJECTED, 403, "agent mismatch"))
            continue
        incoming = _call_values(call)
        old = known.get(call.id)
        if old is None:
            row = {**incoming, "id": call.id, "agent": agent, "received_at": now}
            row["updated_at"] = now
            row["duration_s"] = _duration(row)
            inserts[call.id] = known[call.id] = row
            results.append(_result("call", call.id, ItemStatus.ACCEPTED, 201))
            continue
        if old["agent"] != agent:
            why = "this call belongs to another agent"
            results.append(_result("call", call.id, ItemStatus.REJECTED, 403, why))
            continue
        # Later sends fill in what was unknown (answer, end, disposition); never rewrite.
        merged = {
            k: v for k, v in incoming.items() if v not in (None, "") and old.get(k) in (None, "")
        }
        if not merged:
            results.append(_result("call", call.id, ItemStatus.DUPLICATE, 200))
            continue
        old.update(merged)
        old["duration_s"] = _duration(old)
        old["updated_at"] = now
        target = inserts.get(call.id) or updates.setdefault(call.id, {"id": call.id})
        target.update(merged, duration_s=old["duration_s"], updated_at=now)
        results.append(_result("call", call.id, ItemStatus.UPDATED, 200))
    if inserts:
        _insert_many(session, Call, _uniform(list(inserts.values())))
    if updates:
        session.execute(update(Call), list(updates.values()))
    return results


def _insert_many(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    """ORM bulk insert: psycopg pipelines the rows (measured faster here than one multi-row
    VALUES statement or insertmanyvalues with RETURNING)."""
    session.execute(insert(model), rows)


def _uniform(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One multi-row VALUES insert needs the same keys in every row."""
    keys = set().union(*rows)
    return [{key: row.get(key) for key in keys} for row in rows]


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
    known = {
        k: r[1]
        for k, r in _fetch(session, (Reveal.id, Reveal.agent), [r.id for r in reveals]).items()
    }
    results: list[ItemResult] = []
    rows: list[dict[str, Any]] = []
    for reveal in reveals:
        owner = known.get(reveal.id)
        if _mismatch(reveal.agent, agent) or (owner is not None and owner != agent):
            results.append(_result("reveal", reveal.id, ItemStatus.REJECTED, 403, "agent mismatch"))
        elif owner is not None:
            results.append(_result("reveal", reveal.id, ItemStatus.DUPLICATE, 200))
        else:
            known[reveal.id] = agent
            rows.append(
                {
                    "id": reveal.id,
                    "agent": agent,
                    "customer_id": reveal.customer_id,
                    "fields": list(reveal.fields),
                    "reason": reveal.reason,
                    "at": reveal.at,
                    "received_at": now,
                }
            )
            results.append(_result("reveal", reveal.id, ItemStatus.ACCEPTED, 201))
    if rows:
        _insert_many(session, Reveal, rows)
    return results


def refresh_abusive_flag(session: Session, customer_id: uuid.UUID, seq: int, now: datetime) -> None:
    """The 'abusive before' flag counts the customer's critical notes not overturned."""
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
            return
        flag = Flag(customer_id=customer_id, kind="abusive", set_by="system", created_at=now)
        session.add(flag)
    flag.count = int(count)
    flag.last_at = last
    flag.active = bool(count)
    flag.updated_at = now
    flag.change_seq = seq
    session.flush()


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
