"""Notes: the write-ahead journal of critical situations, wrap-up and manual notes.

Every note write is durable (synchronous=FULL) and queues the note's new revision for
the server in the same transaction, so what the agent saw saved is what gets synced.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from softphone.core.errors import BugError
from softphone.core.records import Note, NoteKind, NoteState, Reason
from softphone.store import calls, flags, outbox
from softphone.store.db import Db, canonical_time, clean, iso

log = logging.getLogger("softphone.store")

_UPSERT_SQL = (
    "INSERT INTO notes (id, kind, state, agent, customer_id, call_id, created_at, monotonic, "
    "text, reason, steps, medical_possible, details, updated_at, revision) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, state = excluded.state, "
    "agent = excluded.agent, customer_id = excluded.customer_id, call_id = excluded.call_id, "
    "created_at = excluded.created_at, monotonic = coalesce(excluded.monotonic, monotonic), "
    "text = excluded.text, reason = excluded.reason, steps = excluded.steps, "
    "medical_possible = excluded.medical_possible, details = excluded.details, "
    "updated_at = excluded.updated_at, revision = excluded.revision"
)


def reason_of(value: str | Reason | None) -> Reason | None:
    """A Reason from its value; '' or None is none. Raises ValueError for anything else."""
    if value is None or value == "":
        return None
    try:
        return Reason(value)
    except ValueError:
        allowed = ", ".join(r.value for r in Reason)
        raise ValueError(f"unknown reason {str(value)[:40]!r} (one of: {allowed})") from None


def _note(row: dict[str, Any]) -> Note:
    try:
        reason = reason_of(row["reason"])
    except ValueError:
        log.warning("store: note %s has an unknown reason; shown as none", row["id"])
        reason = None
    medical = row["medical_possible"]
    return Note(
        id=row["id"],
        kind=NoteKind(row["kind"]),
        agent=row["agent"],
        created_at=row["created_at"],
        customer_id=row["customer_id"],
        call_id=row["call_id"],
        text=row["text"],
        reason=reason,
        state=NoteState(row["state"]),
        steps=tuple(json.loads(row["steps"])),
        medical_possible=None if medical is None else bool(medical),
        details=dict(json.loads(row["details"])),
    )


def _stored(note: Note) -> Note:
    return replace(
        note,
        id=clean(note.id),
        agent=clean(note.agent),
        created_at=canonical_time(note.created_at),
        customer_id=clean(note.customer_id),
        call_id=clean(note.call_id),
        text=clean(note.text),
        steps=tuple(clean(s) for s in note.steps),
        details={clean(str(k)): clean(str(v)) for k, v in note.details.items()},
    )


def _row(note: Note, monotonic: float | None, updated_at: str, revision: int) -> list[Any]:
    return [
        note.id,
        NoteKind(note.kind).value,
        NoteState(note.state).value,
        note.agent,
        note.customer_id,
        note.call_id,
        note.created_at,
        monotonic,
        note.text,
        note.reason.value if note.reason else "",
        json.dumps(list(note.steps), ensure_ascii=False),
        None if note.medical_possible is None else int(note.medical_possible),
        json.dumps(note.details, ensure_ascii=False, sort_keys=True),
        updated_at,
        revision,
    ]


def get(db: Db, note_id: str) -> Note | None:
    row = db.one("SELECT * FROM notes WHERE id = ?", [note_id])
    return _note(row) if row else None


def _load(db: Db, note_id: str) -> tuple[Note, dict[str, Any]]:
    row = db.one("SELECT * FROM notes WHERE id = ?", [note_id])
    if row is None:
        raise BugError(f"no note {note_id!r} in the local store")
    return _note(row), row


def save(db: Db, note: Note, *, now: datetime, monotonic: float | None = None) -> Note:
    """Insert or replace the note durably and queue its new revision; returns it as stored."""
    note = _stored(note)
    with db.transaction(durable=True):
        revision = 1 + int(
            db.scalar("SELECT coalesce(max(revision), 0) FROM notes WHERE id = ?", [note.id])
        )
        db.execute(_UPSERT_SQL, _row(note, monotonic, iso(now), revision))
        outbox.enqueue(db, "note", note.id, outbox.payload_json(note, "note", revision), now=now)
    return note


# A cached copy never replaces a note written on this desktop (revision > 0): the local
# row is the newer truth, and its revision numbers the next version sent to the server.
_CACHED_UPSERT_SQL = _UPSERT_SQL + " WHERE notes.revision = 0"


def put_cached(db: Db, notes: Iterable[Note]) -> int:
    """History from the server or the demo seed: stored as is, not queued back.

    Notes written on this desktop are left alone (the server's copy may be older).
    """
    rows = [_row(_stored(n), None, n.created_at, 0) for n in notes]
    with db.transaction():
        db.executemany(_CACHED_UPSERT_SQL, rows)
    return len(rows)


# -- critical situations: the write-ahead journal ------------------------------------


def begin_critical(
    db: Db,
    *,
    call_id: str,
    customer_id: str,
    agent: str,
    step: str,
    wall: str,
    monotonic: float,
    now: datetime,
    reason: str = "",
) -> str:
    """Write the note (state started) and its outbox row durably; returns the note id.

    When this returns the note is on disk: a crash, a kill -9 or a power cut from here
    on loses nothing (recover_interrupted() finds it at the next start).
    """
    created = canonical_time(wall) or iso(now)
    note = Note(
        id=str(uuid.uuid4()),
        kind=NoteKind.CRITICAL,
        agent=agent,
        created_at=created,
        customer_id=customer_id,
        call_id=call_id,
        reason=reason_of(reason),
        state=NoteState.STARTED,
        steps=(f"{step}@{created}",),
        details={"monotonic": repr(float(monotonic))},
    )
    return save(db, note, now=now, monotonic=monotonic).id


def record_step(db: Db, note_id: str, step: str, wall: str, *, now: datetime) -> None:
    """One more step of the script reached (durable before its prompt plays)."""
    entry = f"{clean(step)}@{canonical_time(wall) or iso(now)}"
    with db.transaction(durable=True):
        note, _ = _load(db, note_id)
        if entry not in note.steps:
            save(db, replace(note, steps=(*note.steps, entry)), now=now)


def _should_count(note: Note) -> bool:
    """Does this note add to the customer's abusive count?"""
    return (
        note.kind is NoteKind.CRITICAL
        and note.state is NoteState.COMPLETED
        and bool(note.customer_id)
        and note.details.get("outcome") != "warnings_only"
        and note.medical_possible is not True
    )


def _reconcile_abusive(db: Db, note: Note, row: Mapping[str, Any]) -> None:
    """Make the abusive flag agree with the note: counted once, uncounted if medical."""
    counted = bool(row["abusive_counted"])
    wanted = _should_count(note)
    if wanted and not counted:
        previous = flags.count_abusive(db, note.customer_id, note.created_at)
        if previous is not None:
            db.execute(
                "UPDATE notes SET abusive_counted = 1, abusive_prev_last_at = ? WHERE id = ?",
                [previous, note.id],
            )
    elif counted and not wanted:
        db.execute("UPDATE notes SET abusive_counted = 0 WHERE id = ?", [note.id])
        flags.uncount_abusive(
            db, note.customer_id, note.created_at, str(row["abusive_prev_last_at"])
        )


def complete_critical(
    db: Db,
    note_id: str,
    *,
    played_ms: int,
    hung_up_by: str,
    sip_status: int,
    farewell_missing: bool,
    details: Mapping[str, str],
    now: datetime,
) -> None:
    """The ending is over: state completed, the facts recorded, the card flagged at once."""
    with db.transaction(durable=True):
        note, row = _load(db, note_id)
        merged = {
            **note.details,
            **{str(k): str(v) for k, v in details.items()},
            "played_ms": str(int(played_ms)),
            "hung_up_by": hung_up_by,
            "sip_status": str(int(sip_status)),
            "farewell_missing": "true" if farewell_missing else "false",
            "completed_at": iso(now),
        }
        note = save(db, replace(note, state=NoteState.COMPLETED, details=merged), now=now)
        _reconcile_abusive(db, note, row)


def annotate(
    db: Db,
    note_id: str,
    *,
    reason: str,
    text: str,
    medical_possible: bool | None,
    now: datetime,
) -> None:
    """The agent's words after the call. "Could be medical" = yes takes back the count."""
    with db.transaction(durable=True):
        note, row = _load(db, note_id)
        note = save(
            db,
            replace(note, reason=reason_of(reason), text=text, medical_possible=medical_possible),
            now=now,
        )
        _reconcile_abusive(db, note, row)


def recover_interrupted(db: Db, *, now: datetime) -> list[str]:
    """At start-up: notes a crash left `started` become `interrupted` and are queued.

    Open call legs of the crashed run are closed too. Interrupted endings do not count
    toward the abusive flag: nobody knows how the call ended; a supervisor reviews them.
    """
    recovered: list[str] = []
    with db.transaction(durable=True):
        for row in db.rows("SELECT * FROM notes WHERE state = 'started' ORDER BY created_at"):
            note = _note(row)
            details = {**note.details, "interrupted_at": iso(now)}
            save(db, replace(note, state=NoteState.INTERRUPTED, details=details), now=now)
            recovered.append(note.id)
        calls.close_interrupted(db, now=now)
    if recovered:
        log.warning("store: %d critical note(s) interrupted by a crash recovered", len(recovered))
    return recovered


# -- wrap-up and manual notes ------------------------------------------------------


def add_wrapup(
    db: Db,
    *,
    call_id: str,
    customer_id: str,
    agent: str,
    disposition: str,
    text: str,
    now: datetime,
) -> Note:
    """The wrap-up after a call: the note and the call's disposition, both queued."""
    note = Note(
        id=str(uuid.uuid4()),
        kind=NoteKind.WRAPUP,
        agent=agent,
        created_at=iso(now),
        customer_id=customer_id,
        call_id=call_id,
        text=text,
        details={"disposition": disposition},
    )
    with db.transaction(durable=True):
        stored = save(db, note, now=now)
        if call_id:
            calls.set_disposition(db, call_id, clean(disposition), now=now)
    return stored


def add_manual(
    db: Db, *, customer_id: str, agent: str, text: str, now: datetime, call_id: str = ""
) -> Note:
    """A note an agent puts on the card outside a wrap-up."""
    note = Note(
        id=str(uuid.uuid4()),
        kind=NoteKind.MANUAL,
        agent=agent,
        created_at=iso(now),
        customer_id=customer_id,
        call_id=call_id,
        text=text,
    )
    return save(db, note, now=now)


def started_ids(db: Db) -> list[str]:
    return [r["id"] for r in db.rows("SELECT id FROM notes WHERE state = 'started'")]
