"""Versioned schema migrations, applied in order, one transaction each, recorded in a table."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from softphone.core.errors import BugError
from softphone.store.db import Db, StoreError, iso, utc_now

log = logging.getLogger("softphone.store")

TABLE = "schema_migrations"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Db], None]


def _v1_initial(db: Db) -> None:
    """Customers cache, phones, flags, calls, notes and the outbox."""
    for sql in (
        """CREATE TABLE customers (
            id TEXT PRIMARY KEY,
            number TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            segment TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX customers_number ON customers(number)",
        # (e164, customer_id) as the clustered key: a lookup by number is one B-tree seek.
        """CREATE TABLE phones (
            e164 TEXT NOT NULL,
            customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (e164, customer_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX phones_customer ON phones(customer_id)",
        """CREATE TABLE flags (
            customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            instruction TEXT NOT NULL DEFAULT '',
            count INTEGER NOT NULL DEFAULT 0,
            last_at TEXT NOT NULL DEFAULT '',
            expires_at TEXT NOT NULL DEFAULT '',
            set_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (customer_id, kind)
        ) WITHOUT ROWID""",
        # calls and notes name customers without a foreign key: the history of a
        # customer may arrive before (or without) the customer's card.
        """CREATE TABLE calls (
            id TEXT PRIMARY KEY,
            sip_call_id TEXT NOT NULL DEFAULT '',
            direction TEXT NOT NULL,
            agent TEXT NOT NULL DEFAULT '',
            remote_uri TEXT NOT NULL DEFAULT '',
            number TEXT NOT NULL DEFAULT '',
            customer_id TEXT NOT NULL DEFAULT '',
            started_at TEXT NOT NULL,
            answered_at TEXT NOT NULL DEFAULT '',
            ended_at TEXT NOT NULL DEFAULT '',
            end_reason TEXT NOT NULL DEFAULT '',
            ended_by TEXT NOT NULL DEFAULT '',
            disposition TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX calls_sip_call_id ON calls(sip_call_id)",
        # Legs still open: what recovery at start-up closes (a handful, never a scan).
        "CREATE INDEX calls_open ON calls(started_at) WHERE ended_at = ''",
        """CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            state TEXT NOT NULL,
            agent TEXT NOT NULL DEFAULT '',
            customer_id TEXT NOT NULL DEFAULT '',
            call_id TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            monotonic REAL,
            text TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            steps TEXT NOT NULL DEFAULT '[]',
            medical_possible INTEGER,
            details TEXT NOT NULL DEFAULT '{}',
            updated_at TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX notes_started ON notes(state) WHERE state = 'started'",
        """CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            item_id TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL DEFAULT '',
            last_error TEXT NOT NULL DEFAULT '',
            synced_at TEXT
        )""",
        "CREATE INDEX outbox_unsynced ON outbox(seq) WHERE synced_at IS NULL",
    ):
        db.execute(sql)


def _v2_history_and_search(db: Db) -> None:
    """History pages as index range scans; case-insensitive customer search by name."""
    # (customer, time, id): newest-first pages merge both tables without sorting.
    db.execute("CREATE INDEX calls_history ON calls(customer_id, started_at, id)")
    db.execute("CREATE INDEX notes_history ON notes(customer_id, created_at, id)")
    db.execute("ALTER TABLE customers ADD COLUMN name_fold TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE customers SET name_fold = fold(name)")
    db.execute("CREATE INDEX customers_name_fold ON customers(name_fold)")


def _v3_reveals_and_abusive_accounting(db: Db) -> None:
    """Audit of VIP reveals; which critical notes counted toward the abusive flag."""
    db.execute(
        """CREATE TABLE reveals (
            id TEXT PRIMARY KEY,
            customer_id TEXT NOT NULL,
            agent TEXT NOT NULL,
            fields TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX reveals_customer ON reveals(customer_id, at)")
    db.execute("ALTER TABLE notes ADD COLUMN abusive_counted INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE notes ADD COLUMN abusive_prev_last_at TEXT NOT NULL DEFAULT ''")


def _v4_sync_state_and_parking(db: Db) -> None:
    """The sync's own small state (change cursor); outbox rows the server refused."""
    db.execute(
        """CREATE TABLE sync_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID"""
    )
    # Parked: the server refused the row (or it cannot be sent as is); kept, not retried.
    db.execute("ALTER TABLE outbox ADD COLUMN parked_at TEXT")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial", _v1_initial),
    Migration(2, "history_and_search", _v2_history_and_search),
    Migration(3, "reveals_and_abusive_accounting", _v3_reveals_and_abusive_accounting),
    Migration(4, "sync_state_and_parking", _v4_sync_state_and_parking),
)
LATEST = MIGRATIONS[-1].version


def _check_order(migrations: Sequence[Migration]) -> None:
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise BugError(f"migrations must be numbered 1, 2, 3, ... in order, not {versions}")


def current_version(db: Db) -> int:
    """The highest migration applied (0 for a new database)."""
    exists = db.scalar("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?", [TABLE])
    if not exists:
        return 0
    return int(db.scalar(f"SELECT coalesce(max(version), 0) FROM {TABLE}"))


def migrate(
    db: Db, *, target: int | None = None, migrations: Sequence[Migration] = MIGRATIONS
) -> list[int]:
    """Apply the pending migrations up to `target` (default: all); returns those applied.

    Each runs in its own transaction with its record in `schema_migrations`, so a
    failure leaves the database at the previous version. Safe when two processes start
    at once: the version is read again inside the write lock.
    """
    _check_order(migrations)
    latest = migrations[-1].version if migrations else 0
    target = latest if target is None else target
    db.execute(
        f"CREATE TABLE IF NOT EXISTS {TABLE} ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    version = current_version(db)
    if version > latest:
        raise StoreError(
            f"The local database ({db.path}) was written by a newer version of the "
            f"softphone (schema {version}; this version knows up to {latest}). "
            "Update the softphone."
        )
    applied: list[int] = []
    for migration in migrations:
        if migration.version > target:
            break
        with db.transaction():
            if current_version(db) >= migration.version:
                continue  # another process got there first
            log.info("store: migrating %s to v%d (%s)", db.path, migration.version, migration.name)
            migration.apply(db)
            db.execute(
                f"INSERT INTO {TABLE} (version, name, applied_at) VALUES (?, ?, ?)",
                [migration.version, migration.name, iso(utc_now())],
            )
            db.execute(f"PRAGMA user_version={int(migration.version)}")
        applied.append(migration.version)
    return applied
