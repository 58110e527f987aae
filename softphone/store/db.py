"""The local SQLite connection: WAL, foreign keys, busy timeout, owner thread, tracer, errors."""

from __future__ import annotations

import contextlib
import logging
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from softphone.core.errors import BugError, KnownError

log = logging.getLogger("softphone.store")

Params = Sequence[Any] | dict[str, Any]
Tracer = Callable[[str, Any], None]
Clock = Callable[[], datetime]

DEFAULT_BUSY_TIMEOUT_MS = 5000


class StoreError(KnownError):
    """The local database cannot do what was asked for a reason outside our code."""


class StoreFullError(StoreError):
    """The disk (or the database's size limit) is full; nothing already written is lost."""


# SQLite primary result codes (https://www.sqlite.org/rescode.html) that come from the
# environment, not from our SQL: they become StoreError with a sentence for the agent/IT.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB, _SQLITE_PERM = 11, 13, 14, 26, 3


def _environment_error(exc: sqlite3.Error, path: str) -> StoreError | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        # Python < 3.11 has no error codes; fall back to SQLite's fixed messages.
        text = str(exc).lower()
        code = (
            _SQLITE_FULL
            if "full" in text
            else _SQLITE_IOERR
            if "disk i/o" in text
            else _SQLITE_BUSY
            if "locked" in text
            else None
        )
        if code is None:
            return None
    primary = code & 0xFF
    where = f"The local database ({path})"
    if primary == _SQLITE_FULL:
        return StoreFullError(
            f"{where} is full: there is no space left on its disk. Free some space; "
            "everything saved before this message is safe."
        )
    if primary == _SQLITE_IOERR:
        return StoreError(f"{where} could not be read or written (disk I/O error: {exc}).")
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreError(f"{where} is locked by another program; try again in a moment.")
    if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN):
        return StoreError(f"{where} cannot be opened for writing ({exc}); check permissions.")
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return StoreError(
            f"{where} is damaged ({exc}). Move the file aside; the app creates a new one "
            "and refills it from the server."
        )
    return None


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """The one timestamp format stored: UTC, microseconds, '+00:00' - sorts as text."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def canonical_time(text: str) -> str:
    """Any ISO 8601 timestamp in the stored format; '' stays ''. Naive means UTC."""
    if not text:
        return ""
    try:
        return iso(datetime.fromisoformat(text))
    except ValueError:
        raise ValueError(f"not an ISO 8601 timestamp: {text[:64]!r}") from None


def clean(text: str) -> str:
    """Text as stored: verbatim except NUL, which is removed.

    PostgreSQL (the server) cannot store NUL in text, and a note must never fail to
    save because a caller's name carried one; every other character is kept.
    """
    return text.replace("\x00", "") if "\x00" in text else text


def fold(text: str | None) -> str:
    """Case-insensitive form for search (casefold works for Cyrillic, Greek, ...)."""
    return text.casefold() if text else ""


class Db:
    """One SQLite connection, usable only on the thread that opened it."""

    def __init__(self, conn: sqlite3.Connection, path: str, tracer: Tracer | None = None):
        self.conn = conn
        self.path = path
        self.tracer: Tracer | None = tracer
        self._owner = threading.get_ident()
        self._depth = 0
        self._durable = False
        # sqlite-utils executes our SQL and reports it to our tracer (its `tracer` hook).
        self.sdb = sqlite_utils.Database(conn, tracer=self._trace)
        conn.create_function("fold", 1, fold, deterministic=True)

    def _trace(self, sql: str, params: Any) -> None:
        if self.tracer is not None:
            self.tracer(sql, params)

    def check_thread(self) -> None:
        if threading.get_ident() != self._owner:
            raise BugError(
                f"the store connection to {self.path} belongs to thread {self._owner}, "
                f"not {threading.get_ident()}: open one store per thread"
            )

    @contextlib.contextmanager
    def errors(self) -> Iterator[None]:
        """Turn environmental SQLite errors (full disk, I/O, locks) into StoreError."""
        try:
            yield
        except sqlite3.Error as exc:
            known = _environment_error(exc, self.path)
            if known is None:
                raise
            log.error("store: %s", known)
            raise known from exc

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        self.check_thread()
        with self.errors():
            return self.sdb.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        self.check_thread()
        self._trace(sql, "<executemany>")
        with self.errors():
            return self.conn.executemany(sql, rows).rowcount

    def rows(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        cursor = self.execute(sql, params)
        with self.errors():
            keys = [d[0] for d in cursor.description]
            return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]

    def one(self, sql: str, params: Params = ()) -> dict[str, Any] | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        with self.errors():
            row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    @contextlib.contextmanager
    def transaction(self, *, durable: bool = False) -> Iterator[Db]:
        """All or nothing; nested blocks are savepoints.

        durable=True: the commit is on disk when the block returns (synchronous=FULL for
        this commit; the rest of the database runs NORMAL, which in WAL mode can lose the
        last commits on power loss but never corrupts).
        """
        self.check_thread()
        if self._depth:
            if durable and not self._durable:
                self.execute("PRAGMA synchronous=FULL")
                self._durable = True
            name = f"sp_{secrets.token_hex(6)}"
            self.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                raise
            else:
                self.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        if durable:
            self.execute("PRAGMA synchronous=FULL")
            self._durable = True
        self._depth = 1
        try:
            # IMMEDIATE takes the write lock now, so the busy timeout applies here rather
            # than failing at the first write with SQLITE_BUSY.
            self.execute("BEGIN IMMEDIATE")
            try:
                yield self
                self.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self.conn.execute("ROLLBACK")
                raise
        finally:
            self._depth = 0
            if self._durable:
                self._durable = False
                with contextlib.suppress(sqlite3.Error):
                    self._trace("PRAGMA synchronous=NORMAL", None)
                    self.conn.execute("PRAGMA synchronous=NORMAL")

    def close(self) -> None:
        self.check_thread()
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()


def open_database(
    path: str | Path,
    *,
    tracer: Tracer | None = None,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    cache_mib: int = 16,
) -> Db:
    """Open (creating it and its folder) the database at `path`: WAL, foreign keys on."""
    name = str(path)
    if name != ":memory:":
        try:
            Path(name).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"The local database ({name}) cannot be created: {exc.strerror or exc}"
            ) from exc
    try:
        # isolation_level=None: no implicit transactions; Db.transaction() owns them.
        conn = sqlite3.connect(
            name, timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=True
        )
    except sqlite3.Error as exc:
        raise _environment_error(exc, name) or StoreError(
            f"The local database ({name}) cannot be opened: {exc}"
        ) from exc
    db = Db(conn, name, tracer)
    try:
        db.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        db.execute("PRAGMA foreign_keys=ON")
        if name != ":memory:":
            with db.errors():
                db.sdb.enable_wal()
        db.execute("PRAGMA synchronous=NORMAL")
        # 16 MiB of page cache (the default is 2): history pages and imports touch many
        # index pages; a desktop has the memory.
        db.execute(f"PRAGMA cache_size={-1024 * int(cache_mib)}")
    except BaseException:
        conn.close()
        raise
    return db


def log_tracer(logger: logging.Logger = log, limit: int = 300) -> Tracer:
    """A tracer logging each statement at DEBUG (parameters cut: they hold personal data)."""

    def trace(sql: str, params: Any) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            text = " ".join(sql.split())
            logger.debug("sql: %s params=%.*s", text[:limit], limit, repr(params))

    return trace
