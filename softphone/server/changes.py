"""GET /changes: customers, flags and notes with a change number above the cursor."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from softphone.protocol.changes import ChangesPage, FlagChange
from softphone.server import changefeed
from softphone.server.directory import card, flag_out
from softphone.server.logs import note_out
from softphone.server.models import Customer, Flag, Note


def changes_since(session: Session, since: int, limit: int) -> ChangesPage:
    """One page in change order; `cursor` is the last change included."""
    found: list[tuple[int, str, Any]] = []
    customers = select(Customer).where(Customer.change_seq > since).order_by(Customer.change_seq)
    flags = select(Flag).where(Flag.change_seq > since).order_by(Flag.change_seq)
    notes = select(Note).where(Note.change_seq > since).order_by(Note.change_seq)
    found += [(r.change_seq, "customer", r) for r in session.scalars(customers.limit(limit + 1))]
    found += [(r.change_seq, "flag", r) for r in session.scalars(flags.limit(limit + 1))]
    found += [(r.change_seq, "note", r) for r in session.scalars(notes.limit(limit + 1))]
    found.sort(key=lambda item: item[0])
    page, has_more = found[:limit], len(found) > limit
    cursor = page[-1][0] if page else since
    return ChangesPage(
        cursor=changefeed.encode_cursor(cursor),
        has_more=has_more,
        customers=[card(row) for _, kind, row in page if kind == "customer"],
        flags=[
            FlagChange(customer_id=row.customer_id, active=row.active, flag=flag_out(row))
            for _, kind, row in page
            if kind == "flag"
        ],
        notes=[note_out(row) for _, kind, row in page if kind == "note"],
    )
