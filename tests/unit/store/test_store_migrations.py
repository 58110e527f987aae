"""Schema migrations: ordered, one transaction each, recorded, upgrade from v1 keeps data."""

from __future__ import annotations

from pathlib import Path

import pytest

from softphone.core.errors import BugError
from softphone.core.records import Flag, FlagKind
from softphone.store import LocalStore, StoreError
from softphone.store.db import Db, open_database
from softphone.store.migrations import LATEST, MIGRATIONS, Migration, current_version, migrate


def test_new_database_gets_every_migration(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        assert current_version(db) == 0
        assert migrate(db) == [m.version for m in MIGRATIONS]
        assert current_version(db) == LATEST
        assert db.scalar("PRAGMA user_version") == LATEST
        recorded = db.rows("SELECT version, name FROM schema_migrations ORDER BY version")
        assert [(r["version"], r["name"]) for r in recorded] == [
            (m.version, m.name) for m in MIGRATIONS
        ]
        assert migrate(db) == []  # nothing left
    finally:
        db.close()


def test_upgrade_from_v1_keeps_the_data(db_path: Path) -> None:
    db = open_database(db_path)
    assert migrate(db, target=1) == [1]
    # Data written by a v1 softphone.
    db.execute("INSERT INTO customers (id, name) VALUES ('c1', 'ИВАН Петров')")
    db.execute("INSERT INTO phones (e164, customer_id) VALUES ('+74951234567', 'c1')")
    db.execute(
        "INSERT INTO flags (customer_id, kind, count, last_at) "
        "VALUES ('c1', 'abusive', 2, '2026-01-01T00:00:00.000000+00:00')"
    )
    db.execute(
        "INSERT INTO notes (id, kind, state, customer_id, created_at) "
        "VALUES ('n1', 'critical', 'started', 'c1', '2026-02-01T00:00:00.000000+00:00')"
    )
    assert "reveals" not in db.sdb.table_names()
    db.close()

    with LocalStore.open(db_path) as store:
        assert current_version(store.db) == LATEST
        assert "reveals" in store.db.sdb.table_names()
        customer = store.directory.lookup_phone("+74951234567")[0]
        assert customer.name == "ИВАН Петров"
        assert customer.flags == (
            Flag(FlagKind.ABUSIVE, count=2, last_at="2026-01-01T00:00:00.000000+00:00"),
        )
        # v2 backfilled the search column; v3 added the abusive bookkeeping.
        assert [c.id for c in store.directory.search("иван")] == ["c1"]
        assert store.recover_interrupted() == ["n1"]
        store.directory.record_reveal("c1", "agent", ("phones",), "customer asked")


def test_a_failing_migration_leaves_the_previous_version(db_path: Path) -> None:
    def broken(db: Db) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    steps = (*MIGRATIONS, Migration(LATEST + 1, "broken", broken))
    db = open_database(db_path)
    try:
        with pytest.raises(RuntimeError, match="migration bug"):
            migrate(db, migrations=steps)
        assert current_version(db) == LATEST
        assert "half_done" not in db.sdb.table_names()
    finally:
        db.close()


def test_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    LocalStore.open(db_path).close()
    db = open_database(db_path)
    db.execute("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')")
    db.close()
    with pytest.raises(StoreError, match="newer version"):
        LocalStore.open(db_path)


def test_migrations_must_be_numbered_in_order(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        shuffled = (MIGRATIONS[1], MIGRATIONS[0], *MIGRATIONS[2:])
        with pytest.raises(BugError, match="in order"):
            migrate(db, migrations=shuffled)
    finally:
        db.close()


def test_two_stores_opening_at_once_migrate_once(db_path: Path) -> None:
    first = open_database(db_path)
    second = open_database(db_path)
    try:
        assert migrate(first, target=1) == [1]
        assert migrate(second) == list(range(2, LATEST + 1))
        assert migrate(first) == []
        assert current_version(first) == LATEST
    finally:
        first.close()
        second.close()
