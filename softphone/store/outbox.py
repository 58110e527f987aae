"""The outbox: records waiting to be pushed to the server, with retries and backoff times.

Every change to a note, a call or a reveal adds a row; rows are never merged, so a row
being sent while the record changes again cannot hide the newer version. The payload
carries a per-record `revision`: the server keeps the highest revision it has seen, so
retries arriving out of order are harmless (the record's UUID is the idempotency key).
"""

from __future__ import annotations

import dataclasses
import enum
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from softphone.store.db import Db, iso, utc_now

Kind = Literal["note", "call", "reveal"]
KINDS: tuple[Kind, ...] = ("note", "call", "reveal")
_CHUNK = 500  # ids per UPDATE ... IN (...): well under SQLite's variable limit


@dataclass(frozen=True)
class OutboxItem:
    id: str  # UUID of this row (not of the record)
    kind: Kind
    item_id: str  # UUID of the note / call / reveal
    payload: str  # JSON, see payload_json()
    created_at: str
    attempts: int = 0
    next_attempt_at: str = ""  # "" = due now
    last_error: str = ""
    synced_at: str | None = None
    parked_at: str | None = None  # the server refused it: kept, not retried

    def data(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.payload)
        return loaded


@dataclass(frozen=True)
class OutboxCounts:
    due: int  # unsynced and due now
    waiting: int  # unsynced, next attempt later
    synced: int
    parked: int = 0  # refused by the server (or unsendable): kept, not retried


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def payload_json(record: Any, kind: Kind, revision: int) -> str:
    """`dataclasses.asdict(record)` with enums as their values, plus type and revision."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        data: dict[str, Any] = _plain(dataclasses.asdict(record))
    else:
        data = dict(record)
    data["type"] = kind
    data["revision"] = revision
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def enqueue(db: Db, kind: Kind, item_id: str, payload: str, *, now: datetime) -> str:
    """Add a row (inside the caller's transaction, if any); returns the row's UUID."""
    row_id = str(uuid.uuid4())
    db.execute(
        "INSERT INTO outbox (id, kind, item_id, payload, created_at) VALUES (?, ?, ?, ?, ?)",
        [row_id, kind, item_id, payload, iso(now)],
    )
    return row_id


def _item(row: dict[str, Any]) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        kind=row["kind"],
        item_id=row["item_id"],
        payload=row["payload"],
        created_at=row["created_at"],
        attempts=row["attempts"],
        next_attempt_at=row["next_attempt_at"],
        last_error=row["last_error"],
        synced_at=row["synced_at"],
        parked_at=row.get("parked_at"),
    )


def pending(db: Db, limit: int = 100, now: datetime | None = None) -> list[OutboxItem]:
    """Unsynced, unparked rows due at `now` (default: the current time), oldest first."""
    due = iso(now or utc_now())
    return [
        _item(row)
        for row in db.rows(
            "SELECT * FROM outbox WHERE synced_at IS NULL AND next_attempt_at <= ? "
            "AND parked_at IS NULL ORDER BY seq LIMIT ?",
            [due, max(0, int(limit))],
        )
    ]


def get(db: Db, row_id: str) -> OutboxItem | None:
    row = db.one("SELECT * FROM outbox WHERE id = ?", [row_id])
    return _item(row) if row else None


def for_item(db: Db, item_id: str) -> list[OutboxItem]:
    """Every row of one record (note, call, reveal), oldest first."""
    return [
        _item(r) for r in db.rows("SELECT * FROM outbox WHERE item_id = ? ORDER BY seq", [item_id])
    ]


def _chunks(ids: Iterable[str]) -> Iterable[Sequence[str]]:
    batch = list(dict.fromkeys(ids))
    for start in range(0, len(batch), _CHUNK):
        yield batch[start : start + _CHUNK]


def mark_synced(db: Db, ids: Iterable[str], *, now: datetime | None = None) -> int:
    """The server accepted these rows; returns how many changed (already synced: kept)."""
    at = iso(now or utc_now())
    changed = 0
    with db.transaction():
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            changed += db.execute(
                f"UPDATE outbox SET synced_at = ?, last_error = '' "
                f"WHERE synced_at IS NULL AND id IN ({marks})",
                [at, *chunk],
            ).rowcount
    return changed


def mark_failed(db: Db, ids: Iterable[str], next_attempt_at: datetime, *, error: str = "") -> int:
    """Sending failed: count the attempt and wait until `next_attempt_at` (synced: kept)."""
    at = iso(next_attempt_at)
    changed = 0
    with db.transaction():
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            changed += db.execute(
                f"UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, "
                f"last_error = ? WHERE synced_at IS NULL AND id IN ({marks})",
                [at, error[:500], *chunk],
            ).rowcount
    return changed


def park(db: Db, ids: Iterable[str], reason: str, *, now: datetime | None = None) -> int:
    """The server refused these rows: keep them with the reason, stop sending them."""
    at = iso(now or utc_now())
    changed = 0
    with db.transaction():
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            changed += db.execute(
                f"UPDATE outbox SET parked_at = ?, attempts = attempts + 1, last_error = ? "
                f"WHERE synced_at IS NULL AND parked_at IS NULL AND id IN ({marks})",
                [at, reason[:500], *chunk],
            ).rowcount
    return changed


def parked(db: Db, limit: int = 100) -> list[OutboxItem]:
    """Parked rows, oldest first (for support: what the server refused, and why)."""
    return [
        _item(row)
        for row in db.rows(
            "SELECT * FROM outbox WHERE synced_at IS NULL AND parked_at IS NOT NULL "
            "ORDER BY seq LIMIT ?",
            [max(0, int(limit))],
        )
    ]


def unpark(db: Db, ids: Iterable[str] | None = None) -> int:
    """Queue parked rows again (all of them when `ids` is None), e.g. after a server fix."""
    with db.transaction():
        if ids is None:
            return db.execute(
                "UPDATE outbox SET parked_at = NULL, next_attempt_at = '' "
                "WHERE synced_at IS NULL AND parked_at IS NOT NULL"
            ).rowcount
        changed = 0
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            changed += db.execute(
                f"UPDATE outbox SET parked_at = NULL, next_attempt_at = '' "
                f"WHERE synced_at IS NULL AND parked_at IS NOT NULL AND id IN ({marks})",
                list(chunk),
            ).rowcount
        return changed


def counts(db: Db, now: datetime | None = None) -> OutboxCounts:
    due = iso(now or utc_now())
    row = db.one(
        "SELECT "
        "(SELECT count(*) FROM outbox WHERE synced_at IS NULL AND parked_at IS NULL "
        "AND next_attempt_at <= :due) AS due, "
        "(SELECT count(*) FROM outbox WHERE synced_at IS NULL AND parked_at IS NULL "
        "AND next_attempt_at > :due) AS waiting, "
        "(SELECT count(*) FROM outbox WHERE synced_at IS NOT NULL) AS synced, "
        "(SELECT count(*) FROM outbox WHERE synced_at IS NULL AND parked_at IS NOT NULL)"
        " AS parked",
        {"due": due},
    )
    assert row is not None
    return OutboxCounts(
        int(row["due"]), int(row["waiting"]), int(row["synced"]), int(row["parked"])
    )


def purge_synced(db: Db, before: datetime) -> int:
    """Housekeeping: forget rows synced before `before`; returns how many."""
    with db.transaction():
        return db.execute(
            "DELETE FROM outbox WHERE synced_at IS NOT NULL AND synced_at < ?", [iso(before)]
        ).rowcount
