"""LocalStore: the agent's local database behind one object (directory, journal, outbox)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType

from softphone.core.ports import CustomerDirectory, NoteJournal
from softphone.core.records import CallRecord, Customer, Flag, FlagKind, Note
from softphone.store import calls, customers, flags, notes, outbox, sync_state
from softphone.store.csv_import import ImportReport, import_customers_csv
from softphone.store.db import (
    DEFAULT_BUSY_TIMEOUT_MS,
    Clock,
    Db,
    Tracer,
    open_database,
    utc_now,
)
from softphone.store.directory import LocalDirectory
from softphone.store.migrations import migrate
from softphone.store.outbox import OutboxCounts, OutboxItem

log = logging.getLogger("softphone.store")

DATABASE_NAME = "softphone.sqlite3"


class LocalStore:
    """The local SQLite store. Implements NoteJournal; `directory` is the CustomerDirectory.

    One instance per thread: the connection belongs to the thread that opened it (the
    sync thread opens its own store on the same file; WAL lets both work at once).
    """

    def __init__(self, db: Db, *, clock: Clock = utc_now, default_region: str = "") -> None:
        self.db = db
        self.clock = clock
        self.directory = LocalDirectory(db, clock=clock, default_region=default_region)

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        clock: Clock = utc_now,
        default_region: str = "",
        tracer: Tracer | None = None,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    ) -> LocalStore:
        """Open the database file at `path` (a folder: its softphone.sqlite3) and migrate it."""
        target = Path(path)
        if target.is_dir():
            target = target / DATABASE_NAME
        db = open_database(target, tracer=tracer, busy_timeout_ms=busy_timeout_ms)
        try:
            migrate(db)
        except BaseException:
            db.conn.close()
            raise
        return cls(db, clock=clock, default_region=default_region)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self, *, durable: bool = False) -> Iterator[LocalStore]:
        """Several store calls as one unit (all or nothing); nested calls join it.

        Wrapping note writes (which are durable) needs durable=True: SQLite cannot raise
        the sync level inside a transaction.
        """
        with self.db.transaction(durable=durable):
            yield self

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- NoteJournal: the write-ahead note of critical situations --------------------
    def begin_critical(
        self,
        *,
        call_id: str,
        customer_id: str,
        agent: str,
        step: str,
        wall: str,
        monotonic: float,
        reason: str = "",
    ) -> str:
        return notes.begin_critical(
            self.db,
            call_id=call_id,
            customer_id=customer_id,
            agent=agent,
            step=step,
            wall=wall,
            monotonic=monotonic,
            reason=reason,
            now=self.clock(),
        )

    def record_step(self, note_id: str, step: str, wall: str) -> None:
        notes.record_step(self.db, note_id, step, wall, now=self.clock())

    def complete_critical(
        self,
        note_id: str,
        *,
        played_ms: int,
        hung_up_by: str,
        sip_status: int,
        farewell_missing: bool,
        details: dict[str, str],
    ) -> None:
        notes.complete_critical(
            self.db,
            note_id,
            played_ms=played_ms,
            hung_up_by=hung_up_by,
            sip_status=sip_status,
            farewell_missing=farewell_missing,
            details=details,
            now=self.clock(),
        )

    def annotate(
        self, note_id: str, *, reason: str, text: str, medical_possible: bool | None
    ) -> None:
        notes.annotate(
            self.db,
            note_id,
            reason=reason,
            text=text,
            medical_possible=medical_possible,
            now=self.clock(),
        )

    def recover_interrupted(self) -> list[str]:
        """At start-up: crash-orphaned `started` notes become `interrupted`, queued."""
        return notes.recover_interrupted(self.db, now=self.clock())

    # -- other notes -------------------------------------------------------------------
    def add_wrapup(
        self, *, call_id: str, customer_id: str, agent: str, disposition: str, text: str = ""
    ) -> Note:
        return notes.add_wrapup(
            self.db,
            call_id=call_id,
            customer_id=customer_id,
            agent=agent,
            disposition=disposition,
            text=text,
            now=self.clock(),
        )

    def add_note(self, *, customer_id: str, agent: str, text: str, call_id: str = "") -> Note:
        return notes.add_manual(
            self.db,
            customer_id=customer_id,
            agent=agent,
            text=text,
            call_id=call_id,
            now=self.clock(),
        )

    def note(self, note_id: str) -> Note | None:
        return notes.get(self.db, note_id)

    # -- call records ------------------------------------------------------------------
    def call_started(self, record: CallRecord) -> CallRecord:
        return calls.started(self.db, record, now=self.clock())

    def call_answered(self, call_id: str, at: str) -> CallRecord:
        return calls.answered(self.db, call_id, at, now=self.clock())

    def call_ended(
        self,
        call_id: str,
        *,
        ended_at: str,
        end_reason: str,
        ended_by: str,
        customer_id: str = "",
    ) -> CallRecord:
        return calls.ended(
            self.db,
            call_id,
            ended_at=ended_at,
            end_reason=end_reason,
            ended_by=ended_by,
            now=self.clock(),
            customer_id=customer_id,
        )

    def call(self, call_id: str) -> CallRecord | None:
        return calls.get(self.db, call_id)

    # -- customers cache (sync puller, demo seed, importer) -----------------------------
    def put_customers(self, items: Iterable[Customer]) -> int:
        return customers.upsert_many(self.db, items)

    def put_history(
        self, call_records: Iterable[CallRecord] = (), note_records: Iterable[Note] = ()
    ) -> None:
        """History from the server (or the demo): cached, not queued back to the server."""
        with self.db.transaction():
            calls.put_cached(self.db, call_records)
            notes.put_cached(self.db, note_records)

    def set_flag(self, customer_id: str, flag: Flag) -> None:
        flags.set_flag(self.db, customer_id, flag)

    def clear_flag(self, customer_id: str, kind: FlagKind) -> None:
        flags.clear_flag(self.db, customer_id, kind)

    def import_customers_csv(self, path: str | Path, default_region: str) -> ImportReport:
        return import_customers_csv(self, path, default_region)

    # -- outbox (the sync pusher) ------------------------------------------------------
    def pending(self, limit: int = 100, now: datetime | None = None) -> list[OutboxItem]:
        return outbox.pending(self.db, limit, now or self.clock())

    def mark_synced(self, ids: Iterable[str]) -> int:
        return outbox.mark_synced(self.db, ids, now=self.clock())

    def mark_failed(self, ids: Iterable[str], next_attempt_at: datetime, error: str = "") -> int:
        return outbox.mark_failed(self.db, ids, next_attempt_at, error=error)

    def outbox_counts(self) -> OutboxCounts:
        return outbox.counts(self.db, self.clock())

    def park(self, ids: Iterable[str], reason: str) -> int:
        """The server refused these rows: kept with the reason, no longer sent."""
        return outbox.park(self.db, ids, reason, now=self.clock())

    def parked(self, limit: int = 100) -> list[OutboxItem]:
        return outbox.parked(self.db, limit)

    def purge_synced(self, before: datetime) -> int:
        """Housekeeping: forget outbox rows synced before `before` (the records stay)."""
        return outbox.purge_synced(self.db, before)

    def unpark(self, ids: Iterable[str] | None = None) -> int:
        """Send parked rows again (all when `ids` is None)."""
        return outbox.unpark(self.db, ids)

    # -- sync state (the change puller's cursor) ---------------------------------------
    def sync_value(self, key: str) -> str | None:
        return sync_state.get_value(self.db, key)

    def set_sync_value(self, key: str, value: str) -> None:
        sync_state.set_value(self.db, key, value, now=self.clock())

    def delete_sync_value(self, key: str) -> None:
        sync_state.delete_value(self.db, key)


def _conforms(store: LocalStore) -> tuple[CustomerDirectory, NoteJournal]:
    """Checked by mypy: the store implements the ports exactly."""
    return store.directory, store
