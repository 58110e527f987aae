"""Customer flags (abusive, banned, at risk, interpreter, accessibility, VIP) and their counts."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from softphone.core.records import Flag, FlagKind
from softphone.store.db import Db, canonical_time, clean, iso

log = logging.getLogger("softphone.store")

# The order a card lists flags in: what changes how the agent talks first.
ORDER: tuple[FlagKind, ...] = (
    FlagKind.BANNED,
    FlagKind.ABUSIVE,
    FlagKind.VIP,
    FlagKind.AT_RISK,
    FlagKind.NEEDS_INTERPRETER,
    FlagKind.ACCESSIBILITY,
)


def _flag(row: dict[str, Any]) -> Flag | None:
    try:
        kind = FlagKind(row["kind"])
    except ValueError:
        log.warning("store: ignoring unknown flag kind %r", row["kind"][:40])
        return None
    return Flag(
        kind=kind,
        instruction=row["instruction"],
        count=row["count"],
        last_at=row["last_at"],
        expires_at=row["expires_at"],
        set_by=row["set_by"],
    )


def _active(flags: Iterable[Flag], now: datetime) -> tuple[Flag, ...]:
    at = iso(now)
    live = [f for f in flags if not f.expires_at or f.expires_at > at]
    return tuple(sorted(live, key=lambda f: ORDER.index(f.kind)))


def for_customer(db: Db, customer_id: str, now: datetime) -> tuple[Flag, ...]:
    """The customer's flags in card order; expired ones are left out."""
    rows = db.rows("SELECT * FROM flags WHERE customer_id = ?", [customer_id])
    return _active((f for f in map(_flag, rows) if f is not None), now)


def for_customers(db: Db, ids: list[str], now: datetime) -> dict[str, tuple[Flag, ...]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    found: dict[str, list[Flag]] = {}
    for row in db.rows(f"SELECT * FROM flags WHERE customer_id IN ({marks})", ids):
        flag = _flag(row)
        if flag is not None:
            found.setdefault(row["customer_id"], []).append(flag)
    return {cid: _active(flags, now) for cid, flags in found.items()}


def flag_row(customer_id: str, flag: Flag) -> tuple[str, str, str, int, str, str, str]:
    return (
        customer_id,
        FlagKind(flag.kind).value,
        clean(flag.instruction),
        int(flag.count),
        canonical_time(flag.last_at),
        canonical_time(flag.expires_at),
        clean(flag.set_by),
    )


UPSERT_SQL = (
    "INSERT INTO flags (customer_id, kind, instruction, count, last_at, expires_at, set_by) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (customer_id, kind) DO UPDATE SET "
    "instruction = excluded.instruction, count = excluded.count, last_at = excluded.last_at, "
    "expires_at = excluded.expires_at, set_by = excluded.set_by"
)


def set_flag(db: Db, customer_id: str, flag: Flag) -> None:
    """Add or replace one flag of a customer (the customer must exist)."""
    with db.transaction():
        db.execute(UPSERT_SQL, flag_row(customer_id, flag))


def clear_flag(db: Db, customer_id: str, kind: FlagKind) -> None:
    with db.transaction():
        db.execute(
            "DELETE FROM flags WHERE customer_id = ? AND kind = ?",
            [customer_id, FlagKind(kind).value],
        )


def _customer_exists(db: Db, customer_id: str) -> bool:
    return bool(db.scalar("SELECT count(*) FROM customers WHERE id = ?", [customer_id]))


def count_abusive(db: Db, customer_id: str, at: str) -> str | None:
    """One more critical ending: count + 1, last date `at`. Returns the previous last date.

    None when the customer is not in the local cache (nothing to flag here; the server
    counts from the note itself).
    """
    if not customer_id or not _customer_exists(db, customer_id):
        return None
    row = db.one(
        "SELECT count, last_at FROM flags WHERE customer_id = ? AND kind = ?",
        [customer_id, FlagKind.ABUSIVE.value],
    )
    previous = row["last_at"] if row else ""
    db.execute(
        "INSERT INTO flags (customer_id, kind, count, last_at) VALUES (?, ?, 1, ?) "
        "ON CONFLICT (customer_id, kind) DO UPDATE SET count = count + 1, "
        "last_at = max(last_at, excluded.last_at)",
        [customer_id, FlagKind.ABUSIVE.value, at],
    )
    return str(previous)


def uncount_abusive(db: Db, customer_id: str, at: str, previous_last_at: str) -> None:
    """Take back one counted ending (it may have been a medical condition).

    The last date falls back to the latest other ending this desktop counted, or to what
    it was before this one; at zero the flag goes unless a supervisor gave instructions.
    """
    row = db.one(
        "SELECT count, last_at, instruction FROM flags WHERE customer_id = ? AND kind = ?",
        [customer_id, FlagKind.ABUSIVE.value],
    )
    if row is None:
        return
    count = max(0, int(row["count"]) - 1)
    if count == 0 and not row["instruction"]:
        clear_flag(db, customer_id, FlagKind.ABUSIVE)
        return
    last_at = row["last_at"]
    if last_at == at:
        others = db.scalar(
            "SELECT max(created_at) FROM notes WHERE customer_id = ? AND abusive_counted = 1",
            [customer_id],
        )
        last_at = max(str(others or ""), previous_last_at)
    db.execute(
        "UPDATE flags SET count = ?, last_at = ? WHERE customer_id = ? AND kind = ?",
        [count, last_at, customer_id, FlagKind.ABUSIVE.value],
    )
