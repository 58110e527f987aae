"""LocalDirectory: the CustomerDirectory port over the local cache (cards, history, reveals)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from softphone.core.records import Customer, HistoryEntry
from softphone.numbers import is_e164, normalise
from softphone.store import audit, customers
from softphone.store.db import Clock, Db, clean, fold, utc_now

# Calls and notes of one customer as history lines. Both halves are range scans of the
# (customer_id, time, id) indexes, so a newest-first page is a merge of two index scans:
# the first page of a customer with 100,000 entries reads ~50 rows, not 100,000.
_CALLS = (
    "SELECT id, started_at AS at, agent, 'call' AS kind, direction, answered_at, ended_at, "
    "CASE WHEN disposition != '' THEN disposition WHEN end_reason != '' THEN end_reason "
    "WHEN answered_at = '' AND direction = 'inbound' THEN 'missed' ELSE '' END AS outcome, "
    "'' AS text, 0 AS critical FROM calls WHERE customer_id = :cid"
)
_CALLS_SEARCH = (
    " AND instr(fold(agent || ' ' || disposition || ' ' || end_reason || ' ' || direction"
    " || ' ' || number), :needle) > 0"
)
_NOTES = (
    "SELECT id, created_at AS at, agent, kind, '' AS direction, '' AS answered_at, "
    "'' AS ended_at, CASE WHEN state != 'completed' THEN state "
    "WHEN kind = 'wrapup' THEN coalesce(json_extract(details, '$.disposition'), '') "
    "ELSE reason END AS outcome, text, kind = 'critical' AS critical "
    "FROM notes WHERE customer_id = :cid"
)
_NOTES_SEARCH = (
    " AND instr(fold(agent || ' ' || text || ' ' || reason || ' ' || kind || ' ' "
    "|| coalesce(json_extract(details, '$.disposition'), '')), :needle) > 0"
)


def history_sql(search: bool) -> str:
    calls_sql = _CALLS + (_CALLS_SEARCH if search else "")
    notes_sql = _NOTES + (_NOTES_SEARCH if search else "")
    return (
        f"{calls_sql} UNION ALL {notes_sql} ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset"
    )


def _seconds(start: str, end: str) -> float:
    if not start or not end:
        return 0.0
    try:
        delta = datetime.fromisoformat(end) - datetime.fromisoformat(start)
    except ValueError:
        return 0.0
    return max(0.0, delta.total_seconds())


def _entry(row: dict[str, Any]) -> HistoryEntry:
    return HistoryEntry(
        id=row["id"],
        when=row["at"],
        agent=row["agent"],
        kind=row["kind"],
        direction=row["direction"],
        duration=_seconds(row["answered_at"], row["ended_at"]),
        outcome=row["outcome"] or "",
        text=row["text"],
        critical=bool(row["critical"]),
    )


class LocalDirectory:
    """Customers, numbers and history from the local SQLite cache.

    Uses the store's connection, so it belongs to the thread that opened the store.
    """

    def __init__(self, db: Db, *, clock: Clock = utc_now, default_region: str = "") -> None:
        self._db = db
        self._clock = clock
        self.default_region = default_region

    def _e164(self, text: str) -> str | None:
        return text if is_e164(text) else normalise(text, self.default_region)

    def lookup_phone(self, e164: str) -> list[Customer]:
        """Every customer with this number; non-E.164 input is normalised first."""
        number = self._e164(e164)
        if number is None:
            return []
        return customers.lookup_phone(self._db, number, self._clock())

    def get(self, customer_id: str) -> Customer | None:
        return customers.get(self._db, customer_id, self._clock())

    def search(self, text: str, limit: int = 50) -> list[Customer]:
        """By phone number (any notation), customer number, e-mail, or name."""
        phone = self._e164(clean(text).strip()) if text else None
        return customers.search(self._db, text, limit, self._clock(), phone=phone)

    def history(
        self, customer_id: str, *, offset: int = 0, limit: int = 50, search: str = ""
    ) -> list[HistoryEntry]:
        """Calls and notes of every agent, newest first; `search` filters (any case)."""
        needle = fold(clean(search).strip())
        rows = self._db.rows(
            history_sql(bool(needle)),
            {
                "cid": customer_id,
                "needle": needle,
                "limit": max(0, int(limit)),
                "offset": max(0, int(offset)),
            },
        )
        return [_entry(r) for r in rows]

    def history_count(self, customer_id: str, *, search: str = "") -> int:
        needle = fold(clean(search).strip())
        calls_where = "customer_id = :cid" + (_CALLS_SEARCH if needle else "")
        notes_where = "customer_id = :cid" + (_NOTES_SEARCH if needle else "")
        total = self._db.scalar(
            f"SELECT (SELECT count(*) FROM calls WHERE {calls_where}) + "
            f"(SELECT count(*) FROM notes WHERE {notes_where})",
            {"cid": customer_id, "needle": needle},
        )
        return int(total or 0)

    def create_customer(self, name: str, phone_e164: str, language: str = "") -> Customer:
        return customers.create(self._db, name, phone_e164, language, self._clock())

    def link_phone(self, customer_id: str, phone_e164: str) -> None:
        customers.link_phone(self._db, customer_id, phone_e164)

    def record_reveal(
        self, customer_id: str, agent: str, fields: tuple[str, ...], reason: str
    ) -> None:
        """Audit that `agent` unmasked a VIP's `fields` and why (queued for the server)."""
        audit.record_reveal(self._db, customer_id, agent, fields, reason, now=self._clock())
