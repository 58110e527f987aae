"""Call records, one row per call leg; each finished (or changed) record goes to the outbox."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace
from datetime import datetime
from typing import Any

from softphone.core.errors import BugError
from softphone.core.records import CallRecord
from softphone.store import outbox
from softphone.store.db import Db, canonical_time, clean

_FIELDS = tuple(f.name for f in fields(CallRecord))
_TIME_FIELDS = ("started_at", "answered_at", "ended_at")
_INSERT_SQL = (
    f"INSERT INTO calls ({', '.join(_FIELDS)}, revision) "
    f"VALUES ({', '.join('?' * (len(_FIELDS) + 1))}) "
    "ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in (*_FIELDS[1:], "revision"))
)


def _stored(record: CallRecord) -> CallRecord:
    """The record as stored: canonical timestamps, no NUL."""
    changes: dict[str, Any] = {}
    for name in _FIELDS:
        value = getattr(record, name)
        changes[name] = canonical_time(value) if name in _TIME_FIELDS else clean(value)
    return replace(record, **changes)


def _row(record: CallRecord, revision: int) -> list[Any]:
    return [*(getattr(record, name) for name in _FIELDS), revision]


def _record(row: dict[str, Any]) -> CallRecord:
    return CallRecord(**{name: row[name] for name in _FIELDS})


def get(db: Db, call_id: str) -> CallRecord | None:
    row = db.one(f"SELECT {', '.join(_FIELDS)} FROM calls WHERE id = ?", [call_id])
    return _record(row) if row else None


def by_sip_call_id(db: Db, sip_call_id: str) -> list[CallRecord]:
    """Every leg with this SIP Call-ID, oldest first."""
    return [
        _record(r)
        for r in db.rows(
            f"SELECT {', '.join(_FIELDS)} FROM calls WHERE sip_call_id = ? ORDER BY started_at",
            [sip_call_id],
        )
    ]


def _revision(db: Db, call_id: str) -> int:
    return int(db.scalar("SELECT coalesce(max(revision), 0) FROM calls WHERE id = ?", [call_id]))


def save(db: Db, record: CallRecord, *, now: datetime, enqueue: bool = True) -> CallRecord:
    """Insert or replace the record; enqueue its new revision for the server."""
    record = _stored(record)
    with db.transaction():
        revision = _revision(db, record.id) + 1
        db.execute(_INSERT_SQL, _row(record, revision))
        if enqueue:
            outbox.enqueue(
                db, "call", record.id, outbox.payload_json(record, "call", revision), now=now
            )
    return record


def started(db: Db, record: CallRecord, *, now: datetime) -> CallRecord:
    """A new leg (ringing or dialling). Kept local until it ends: nothing to sync yet."""
    return save(db, record, now=now, enqueue=False)


def update(db: Db, call_id: str, *, now: datetime, enqueue: bool, **changes: str) -> CallRecord:
    with db.transaction():
        current = get(db, call_id)
        if current is None:
            raise BugError(f"no call record {call_id!r}")
        return save(db, replace(current, **changes), now=now, enqueue=enqueue)


def answered(db: Db, call_id: str, at: str, *, now: datetime) -> CallRecord:
    return update(db, call_id, now=now, enqueue=False, answered_at=at)


def ended(
    db: Db,
    call_id: str,
    *,
    ended_at: str,
    end_reason: str,
    ended_by: str,
    now: datetime,
    customer_id: str = "",
) -> CallRecord:
    """The leg is over: final times, reasons (and the customer, once known), queued."""
    changes = {"ended_at": ended_at, "end_reason": end_reason, "ended_by": ended_by}
    if customer_id:
        changes["customer_id"] = customer_id
    return update(db, call_id, now=now, enqueue=True, **changes)


def set_disposition(db: Db, call_id: str, disposition: str, *, now: datetime) -> CallRecord | None:
    """The wrap-up outcome; None when the call is not known here."""
    if get(db, call_id) is None:
        return None
    return update(db, call_id, now=now, enqueue=True, disposition=disposition)


def put_cached(db: Db, records: Iterable[CallRecord]) -> int:
    """History from the server or the demo seed: stored, not queued back.

    Call legs recorded on this desktop (revision > 0) are never replaced by a cached copy.
    """
    rows = [_row(_stored(r), 0) for r in records]
    with db.transaction():
        db.executemany(_INSERT_SQL + " WHERE calls.revision = 0", rows)
    return len(rows)


def close_interrupted(db: Db, *, now: datetime) -> list[str]:
    """Legs still open at start-up (the app died during the call): end and queue them."""
    closed = []
    with db.transaction():
        for row in db.rows("SELECT id FROM calls WHERE ended_at = '' AND revision > 0"):
            ended(
                db,
                row["id"],
                ended_at="",
                end_reason="interrupted: the softphone stopped during the call",
                ended_by="error",
                now=now,
            )
            closed.append(row["id"])
    return closed
