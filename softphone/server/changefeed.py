"""Change sequence numbers: a monotonic cursor for /changes that is safe across instances.

Every write that agents must see (customer, flag, note) stamps the row with a number
from the single-row `change_counter`. The counter row is updated as the *last* statement
of the writing transaction, so its row lock (PostgreSQL) or the database write lock
(SQLite, BEGIN IMMEDIATE) is held only until commit: transactions therefore commit in
the order of their numbers, and a reader that saw number N can never later find a newly
committed row below N. A wall clock could not promise that with several server instances.

The counter row is a queue every writer passes through, so how long it is held is the
ingest's limit. stamp_last() numbers the rows a transaction wrote (notes, flags) as its
last statement; on PostgreSQL it sends that statement and COMMIT in one pipeline, so the
lock is held only while the server executes them — never while waiting for this process
(under load a Python thread can take milliseconds to send the next message).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, bindparam, update
from sqlalchemy.orm import Session

from softphone.server.models import ChangeCounter, Flag, Note

# psycopg parameter style: sent on the driver connection (see stamp_last).
_STAMP_POSTGRESQL = """
    WITH counter AS (
        UPDATE change_counter SET value = value + %(total)s WHERE id = 1
        RETURNING value - %(total)s AS base
    ), stamped_notes AS (
        UPDATE notes SET change_seq = counter.base + v.ord
        FROM counter, unnest(CAST(%(notes)s AS uuid[])) WITH ORDINALITY AS v(id, ord)
        WHERE notes.id = v.id RETURNING 1
    ), stamped_flags AS (
        UPDATE flags SET change_seq = counter.base + %(note_count)s + v.ord
        FROM counter, unnest(CAST(%(flags)s AS integer[])) WITH ORDINALITY AS v(id, ord)
        WHERE flags.id = v.id RETURNING 1
    )
    SELECT (SELECT count(*) FROM stamped_notes), (SELECT count(*) FROM stamped_flags)
"""


def allocate(session: Session, count: int) -> range:
    """Reserve `count` consecutive change numbers; call last, just before commit."""
    if count <= 0:
        return range(0)
    new_value = session.execute(
        update(ChangeCounter)
        .where(ChangeCounter.id == 1)
        .values(value=ChangeCounter.value + count)
        .returning(ChangeCounter.value)
    ).scalar_one()
    return range(new_value - count + 1, new_value + 1)


def stamp_last(
    session: Session, notes: Sequence[uuid.UUID] = (), flags: Sequence[int] = ()
) -> None:
    """Give these rows (written earlier in this transaction) the next change numbers, in
    the order given. The transaction's LAST statement: on PostgreSQL the transaction is
    committed with it (one round trip); the caller's own commit then has nothing to do."""
    note_ids, flag_ids = list(dict.fromkeys(notes)), list(dict.fromkeys(flags))
    total = len(note_ids) + len(flag_ids)
    if total == 0:
        return
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        params = {"total": total, "note_count": len(note_ids), "notes": note_ids, "flags": flag_ids}
        driver: Any = session.connection().connection.driver_connection
        with driver.pipeline():
            driver.execute(_STAMP_POSTGRESQL, params)
            driver.execute("COMMIT")
        return
    # SQLite: BEGIN IMMEDIATE already serialises writers; number the rows one by one.
    seqs = iter(allocate(session, total))
    models: tuple[tuple[type[Any], list[Any]], ...] = ((Note, note_ids), (Flag, flag_ids))
    for model, ids in models:
        if ids:
            table: Table = model.__table__
            session.execute(
                update(table)
                .where(table.c.id == bindparam("row_id"))
                .values(change_seq=bindparam("seq")),
                [{"row_id": row_id, "seq": next(seqs)} for row_id in ids],
            )


def current(session: Session) -> int:
    value = session.get(ChangeCounter, 1)
    return value.value if value is not None else 0


def encode_cursor(seq: int) -> str:
    return str(seq)


def decode_cursor(cursor: str) -> int:
    """'' or '0' is the beginning; raises ValueError for anything not a cursor of ours."""
    if cursor == "":
        return 0
    if not cursor.isdigit() or len(cursor) > 19:
        raise ValueError("not a cursor returned by /changes")
    return int(cursor)
