"""The connection: WAL, foreign keys, busy timeout, owner thread, tracer, transactions."""

from __future__ import annotations

import logging
import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from softphone.core.errors import BugError, KnownError
from softphone.store import LocalStore, StoreError
from softphone.store.db import canonical_time, clean, iso, log_tracer, open_database


def test_pragmas(db_path: Path) -> None:
    db = open_database(db_path, busy_timeout_ms=1234)
    try:
        assert db.scalar("PRAGMA journal_mode") == "wal"
        assert db.scalar("PRAGMA foreign_keys") == 1
        assert db.scalar("PRAGMA busy_timeout") == 1234
        assert db.scalar("PRAGMA synchronous") == 1  # NORMAL
    finally:
        db.close()


def test_open_creates_the_folder_and_accepts_a_folder(tmp_path: Path) -> None:
    with LocalStore.open(tmp_path / "a" / "b" / "x.db") as store:
        assert Path(store.db.path).exists()
    with LocalStore.open(tmp_path) as store:
        assert store.db.path == str(tmp_path / "softphone.sqlite3")


def test_unopenable_path_is_a_known_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(KnownError):
        LocalStore.open(blocker / "sub" / "x.db")


def test_not_a_database_is_a_known_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite" * 1000)
    with pytest.raises(StoreError, match="damaged"):
        LocalStore.open(bogus)


def test_connection_belongs_to_its_thread(store: LocalStore) -> None:
    errors: list[BaseException] = []

    def use() -> None:
        try:
            store.directory.get("x")
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=use)
    worker.start()
    worker.join()
    assert len(errors) == 1
    assert isinstance(errors[0], BugError)
    assert "belongs to thread" in str(errors[0])


def test_tracer_sees_the_sql(db_path: Path) -> None:
    seen: list[tuple[str, Any]] = []
    with LocalStore.open(db_path, tracer=lambda sql, params: seen.append((sql, params))) as store:
        seen.clear()
        store.directory.lookup_phone("+390612345678")
        assert any("FROM phones" in sql and params == ["+390612345678"] for sql, params in seen)
        store.db.tracer = None
        seen.clear()
        store.directory.lookup_phone("+390612345678")
        assert seen == []


def test_durable_transaction_runs_full_then_back_to_normal(store: LocalStore) -> None:
    seen: list[str] = []
    store.db.tracer = lambda sql, params: seen.append(sql)
    with store.db.transaction(durable=True):
        assert store.db.scalar("PRAGMA synchronous") == 2  # FULL for this commit
    assert store.db.scalar("PRAGMA synchronous") == 1
    assert seen.index("PRAGMA synchronous=FULL") < seen.index("BEGIN IMMEDIATE")
    assert seen.index("COMMIT") < seen.index("PRAGMA synchronous=NORMAL")


def test_transaction_rolls_back_and_nests(store: LocalStore) -> None:
    db = store.db
    db.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError), db.transaction():
        db.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError("boom")
    assert db.scalar("SELECT count(*) FROM t") == 0
    with db.transaction():
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(RuntimeError), db.transaction():
            db.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError("inner")
        db.execute("INSERT INTO t VALUES (3)")
    assert [r["x"] for r in db.rows("SELECT x FROM t ORDER BY x")] == [1, 3]
    assert not db.in_transaction


def test_second_writer_waits_then_gets_a_known_error(db_path: Path, store: LocalStore) -> None:
    slow = LocalStore.open(db_path, busy_timeout_ms=50)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="locked"):
            slow.add_note(customer_id="c", agent="a", text="x")
    finally:
        other.execute("ROLLBACK")
        other.close()
    slow.add_note(customer_id="c", agent="a", text="x")  # free again: works
    slow.close()


def test_time_helpers() -> None:
    assert canonical_time("2026-03-01T10:00:00Z") == "2026-03-01T10:00:00.000000+00:00"
    assert canonical_time("2026-03-01T11:00:00+01:00") == "2026-03-01T10:00:00.000000+00:00"
    assert canonical_time("2026-03-01T10:00:00") == "2026-03-01T10:00:00.000000+00:00"
    assert canonical_time("") == ""
    with pytest.raises(ValueError, match="ISO 8601"):
        canonical_time("yesterday")
    assert iso(datetime(2026, 1, 1)) == "2026-01-01T00:00:00.000000+00:00"
    assert clean("a\x00b") == "ab"


def test_log_tracer_logs_at_debug(db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with LocalStore.open(db_path, tracer=log_tracer()) as store:
        with caplog.at_level(logging.DEBUG, logger="softphone.store"):
            store.directory.lookup_phone("+390612345678")
        lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("sql: ")]
        assert any("FROM phones WHERE e164 = ?" in line for line in lines)
        caplog.clear()
        store.directory.lookup_phone("+390612345678")  # INFO level: nothing formatted
        assert not caplog.records
