"""Change sequence numbers: a monotonic cursor for /changes that is safe across instances.

Every write that agents must see (customer, flag, note) stamps the row with a number
from the single-row `change_counter`. The counter row is updated as the *last* statement
of the writing transaction, so its row lock (PostgreSQL) or the database write lock
(SQLite, BEGIN IMMEDIATE) is held only until commit: transactions therefore commit in
the order of their numbers, and a reader that saw number N can never later find a newly
committed row below N. A wall clock could not promise that with several server instances.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from softphone.server.models import ChangeCounter


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
