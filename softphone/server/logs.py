"""Filtered, keyset-paginated queries over notes and calls (API, dashboard, CSV export)."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from softphone.protocol.logs import CallOut, NoteOut
from softphone.server.directory import search as search_customers
from softphone.server.models import Call, Note


def note_out(note: Note) -> NoteOut:
    return NoteOut(
        id=note.id,
        kind=note.kind,
        state=note.state,
        revision=note.revision,
        agent=note.agent,
        created_at=note.created_at,
        received_at=note.received_at,
        updated_at=note.updated_at,
        customer_id=note.customer_id,
        call_id=note.call_id,
        text=note.text,
        reason=note.reason,
        steps=list(note.steps or []),
        medical_possible=note.medical_possible,
        details={str(k): str(v) for k, v in (note.details or {}).items()},
        review_state=note.review_state,
    )


def call_out(call: Call) -> CallOut:
    return CallOut(
        id=call.id,
        agent=call.agent,
        direction=call.direction,
        started_at=call.started_at,
        answered_at=call.answered_at,
        ended_at=call.ended_at,
        duration=call.duration_s,
        sip_call_id=call.sip_call_id,
        remote_uri=call.remote_uri,
        number=call.number,
        customer_id=call.customer_id,
        end_reason=call.end_reason,
        ended_by=call.ended_by,
        disposition=call.disposition,
    )


def encode_position(when: datetime, item_id: uuid.UUID) -> str:
    raw = f"{when.isoformat()}|{item_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_position(cursor: str) -> tuple[datetime, uuid.UUID]:
    """Raises ValueError for anything that is not a `next` value of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        when, item_id = raw.split("|")
        parsed = datetime.fromisoformat(when)
        if parsed.tzinfo is None:
            raise ValueError("naive")
        return parsed, uuid.UUID(item_id)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError("not a page cursor returned by this server") from exc


@dataclass(frozen=True)
class NoteFilter:
    agent: str = ""
    since: datetime | None = None
    until: datetime | None = None
    kind: str = ""
    reason: str = ""
    review_state: str = ""
    customer_id: uuid.UUID | None = None
    customer: str = ""  # free text: number, name, e-mail or phone (dashboard)
    text: str = ""  # free text in the note


@dataclass(frozen=True)
class CallFilter:
    agent: str = ""
    since: datetime | None = None
    until: datetime | None = None
    customer_id: uuid.UUID | None = None
    customer: str = ""
    number: str = ""
    direction: str = ""
    ended_by: str = ""
    max_duration: float | None = None  # short calls: connected at most this many seconds


def _customer_ids(session: Session, text: str) -> list[uuid.UUID]:
    return [c.id for c in search_customers(session, text, limit=500)]


def notes_query(session: Session, f: NoteFilter) -> Select[Note]:
    stmt = select(Note)
    if f.agent:
        stmt = stmt.where(Note.agent == f.agent)
    if f.since:
        stmt = stmt.where(Note.created_at >= f.since)
    if f.until:
        stmt = stmt.where(Note.created_at < f.until)
    if f.kind:
        stmt = stmt.where(Note.kind == f.kind)
    if f.reason:
        stmt = stmt.where(Note.reason == f.reason)
    if f.review_state:
        stmt = stmt.where(Note.review_state == f.review_state)
    if f.customer_id:
        stmt = stmt.where(Note.customer_id == f.customer_id)
    if f.customer:
        stmt = stmt.where(Note.customer_id.in_(_customer_ids(session, f.customer)))
    if f.text:
        stmt = stmt.where(Note.text.ilike(f"%{f.text}%"))
    return stmt


def calls_query(session: Session, f: CallFilter) -> Select[Call]:
    stmt = select(Call)
    if f.agent:
        stmt = stmt.where(Call.agent == f.agent)
    if f.since:
        stmt = stmt.where(Call.started_at >= f.since)
    if f.until:
        stmt = stmt.where(Call.started_at < f.until)
    if f.customer_id:
        stmt = stmt.where(Call.customer_id == f.customer_id)
    if f.customer:
        stmt = stmt.where(Call.customer_id.in_(_customer_ids(session, f.customer)))
    if f.number:
        stmt = stmt.where(Call.number == f.number)
    if f.direction:
        stmt = stmt.where(Call.direction == f.direction)
    if f.ended_by:
        stmt = stmt.where(Call.ended_by == f.ended_by)
    if f.max_duration is not None:
        stmt = stmt.where(Call.duration_s <= f.max_duration)
    return stmt


def list_notes(
    session: Session, f: NoteFilter, *, limit: int, before: str = "", oldest_first: bool = False
) -> tuple[list[Note], str | None]:
    stmt = notes_query(session, f)
    if before:
        when, item_id = decode_position(before)
        if oldest_first:
            stmt = stmt.where(
                or_(Note.created_at > when, and_(Note.created_at == when, Note.id > item_id))
            )
        else:
            stmt = stmt.where(
                or_(Note.created_at < when, and_(Note.created_at == when, Note.id < item_id))
            )
    order = (Note.created_at, Note.id) if oldest_first else (Note.created_at.desc(), Note.id.desc())
    rows = list(session.scalars(stmt.order_by(*order).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (encode_position(rows[-1].created_at, rows[-1].id) if more else None)


def list_calls(
    session: Session, f: CallFilter, *, limit: int, before: str = ""
) -> tuple[list[Call], str | None]:
    stmt = calls_query(session, f)
    if before:
        when, item_id = decode_position(before)
        stmt = stmt.where(
            or_(Call.started_at < when, and_(Call.started_at == when, Call.id < item_id))
        )
    stmt = stmt.order_by(Call.started_at.desc(), Call.id.desc()).limit(limit + 1)
    rows = list(session.scalars(stmt))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (encode_position(rows[-1].started_at, rows[-1].id) if more else None)


def iter_notes(session: Session, f: NoteFilter, chunk: int = 1000) -> Iterator[Note]:
    """Every matching note, newest first, fetched in keyset chunks (CSV export)."""
    before = ""
    while True:
        rows, nxt = list_notes(session, f, limit=chunk, before=before)
        yield from rows
        if nxt is None:
            return
        before = nxt


def iter_calls(session: Session, f: CallFilter, chunk: int = 1000) -> Iterator[Call]:
    before = ""
    while True:
        rows, nxt = list_calls(session, f, limit=chunk, before=before)
        yield from rows
        if nxt is None:
            return
        before = nxt


def for_agent(f: NoteFilter, agent: str) -> NoteFilter:
    return replace(f, agent=agent)
