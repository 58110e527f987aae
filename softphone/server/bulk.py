"""Bulk SQL for the ingest: insert-if-new in one short statement, locked reads by id."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from psycopg.types.json import Jsonb
from sqlalchemy import Table, TypeDecorator, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session


def insert_new(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> set[uuid.UUID]:
    """Insert the rows whose id is new; returns those ids (the others exist already)."""
    if not rows:
        return set()
    table: Table = model.__table__
    rows = uniform(rows)
    if session.get_bind().dialect.name == "postgresql":
        statement, params = _unnest_insert(table, rows, session.get_bind().dialect)
        return set(session.execute(statement, params).scalars())
    stmt = sqlite_insert(table).on_conflict_do_nothing(index_elements=["id"])
    return set(session.execute(stmt.returning(table.c.id), rows).scalars())


def _unnest_insert(
    table: Table, rows: list[dict[str, Any]], dialect: Dialect
) -> tuple[Any, dict[str, Any]]:
    """INSERT ... SELECT FROM unnest(one array per column) ON CONFLICT DO NOTHING RETURNING id.

    One short statement whatever the batch size: a multi-row VALUES list grows past what
    psycopg caches (4 KB, 50 parameters) and re-parsing it cost more than the insert.
    """
    columns = [c for c in table.c if c.name in rows[0] or c.default is not None]
    params: dict[str, Any] = {}
    arrays = []
    for index, column in enumerate(columns):
        values = [row[column.name] if column.name in row else _default(column) for row in rows]
        if isinstance(column.type, TypeDecorator):  # e.g. UTCDateTime: to UTC, as SA would
            values = [column.type.process_bind_param(v, dialect) for v in values]
        if isinstance(column.type.dialect_impl(dialect), postgresql.JSONB):
            values = [None if v is None else Jsonb(v) for v in values]
        params[f"p{index}"] = values
        arrays.append(f"CAST(:p{index} AS {column.type.compile(dialect=dialect)}[])")
    names = ", ".join(c.name for c in columns)
    sql = (
        f"INSERT INTO {table.name} ({names}) SELECT * FROM unnest({', '.join(arrays)}) "
        "ON CONFLICT (id) DO NOTHING RETURNING id"
    )
    return text(sql), params


def _default(column: Any) -> Any:
    default = column.default
    if default is None:
        return None
    return default.arg(None) if default.is_callable else default.arg


def fetch_locked(session: Session, columns: Sequence[Any], ids: list[uuid.UUID]) -> dict[Any, Any]:
    """{id: row} of the rows with these ids (first column: the id), locked on PostgreSQL."""
    if not ids:
        return {}
    table_id = columns[0]
    stmt = select(*columns).where(table_id.in_(sorted(set(ids), key=str)))
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return {row[0]: row for row in session.execute(stmt)}


def uniform(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same keys in every row (missing ones None), as one bulk insert needs."""
    keys = set().union(*rows)
    return [{key: row.get(key) for key in keys} for row in rows]
