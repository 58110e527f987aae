"""Dashboard pages for critical situations and calls: lists, review queue, detail, review."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from softphone.server import accounts, directory, logs, reviews, timeline
from softphone.server.audit import client_ip
from softphone.server.deps import DbDep, SettingsDep
from softphone.server.errors import ApiError
from softphone.server.models import Customer, Note, Review
from softphone.server.web import CsrfDep, SupervisorDep, page, query_without, safe_next
from softphone.server.web_filters import CallQueryDep, NoteQueryDep, Text

router = APIRouter(prefix="/dashboard", include_in_schema=False)
PAGE_SIZE = 50


def _names(session: Session, notes: list[Note]) -> dict[uuid.UUID, str]:
    ids = {n.customer_id for n in notes if n.customer_id}
    if not ids:
        return {}
    rows = session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(ids)))
    return {cid: name for cid, name in rows}


def pending_count(session: Session) -> int:
    """Shown on the Review tab of every page."""
    return session.scalar(select(func.count()).where(Note.review_state == "pending")) or 0


@router.get("", response_class=HTMLResponse)
def situations(
    *,
    request: Request,
    supervisor: SupervisorDep,
    db: DbDep,
    query: NoteQueryDep,
    before: Text = "",
    partial: bool = False,
) -> Response:
    """The live list: critical situations (or all notes) newest first, with filters."""
    f = query.filter()
    with db.reading() as session:
        try:
            notes, nxt = logs.list_notes(session, f, limit=PAGE_SIZE, before=before)
        except ValueError:
            raise ApiError(400, "bad_request", "invalid page cursor") from None
        names = _names(session, notes)
        agents = accounts.agent_names(session)
        pending = pending_count(session)
    context: dict[str, Any] = {
        "notes": notes,
        "names": names,
        "agents": agents,
        "pending": pending,
        "filters": query.values(),
        "older": query_without(request, "before", "partial", before=nxt or "") if nxt else "",
        "export": query_without(request, "before", "partial"),
        "active": "situations",
    }
    name = "_note_rows.html" if partial else "situations.html"
    return page(request, name, supervisor, **context)


@router.get("/review", response_class=HTMLResponse)
def review_queue(
    request: Request, supervisor: SupervisorDep, db: DbDep, before: Text = ""
) -> Response:
    """Every critical ending waits here until a supervisor decides; oldest first."""
    f = logs.NoteFilter(kind="critical", review_state="pending")
    with db.reading() as session:
        try:
            notes, nxt = logs.list_notes(
                session, f, limit=PAGE_SIZE, before=before, oldest_first=True
            )
        except ValueError:
            raise ApiError(400, "bad_request", "invalid page cursor") from None
        names = _names(session, notes)
        total = pending_count(session)
    return page(
        request,
        "review.html",
        supervisor,
        notes=notes,
        names=names,
        total=total,
        pending=total,
        more=f"before={nxt}" if nxt else "",
        active="review",
    )


@router.get("/notes/{note_id}", response_class=HTMLResponse)
def note_detail(
    request: Request, note_id: uuid.UUID, supervisor: SupervisorDep, db: DbDep
) -> Response:
    with db.reading() as session:
        note = session.get(Note, note_id)
        if note is None:
            raise ApiError(404, "not_found", "no such note")
        call = timeline.find_call(session, note)
        events = timeline.build(note, call)
        customer = session.get(Customer, note.customer_id) if note.customer_id else None
        flags = (
            directory.live_flags(session, [note.customer_id])[note.customer_id]
            if note.customer_id
            else []
        )
        phones = [p.e164 for p in customer.phones] if customer else []
        history = (
            directory.history(session, note.customer_id, phones, 15) if note.customer_id else []
        )
        past_reviews = list(
            session.scalars(select(Review).where(Review.note_id == note.id).order_by(Review.at))
        )
        pending = pending_count(session)
    return page(
        request,
        "note.html",
        supervisor,
        note=note,
        call=call,
        events=events,
        customer=customer,
        flags=flags,
        history=[h for h in history if h.id != note.id],
        reviews=past_reviews,
        pending=pending,
        next_url=safe_next(request.query_params.get("next"), ""),
        active="situations",
    )


@router.post("/notes/{note_id}/review")
def post_review(
    *,
    request: Request,
    note_id: uuid.UUID,
    supervisor: CsrfDep,
    db: DbDep,
    decision: Annotated[str, Form()],
    comment: Annotated[str, Form(max_length=reviews.MAX_COMMENT)] = "",
    next: Annotated[str, Form(max_length=2000)] = "",
) -> RedirectResponse:
    if decision not in reviews.DECISIONS:
        raise ApiError(400, "bad_request", "choose confirm, overturn or coach")
    with db.writing() as session:
        note = reviews.review(
            session, note_id, decision, comment, actor=supervisor.name, ip=client_ip(request)
        )
    if note is None:
        raise ApiError(404, "not_found", "no such note")
    target = safe_next(next, f"/dashboard/notes/{note_id}")
    joiner = "&" if "?" in target else "?"
    return RedirectResponse(f"{target}{joiner}msg=reviewed", status_code=303)


@router.get("/calls", response_class=HTMLResponse)
def calls(
    *,
    request: Request,
    supervisor: SupervisorDep,
    db: DbDep,
    settings: SettingsDep,
    query: CallQueryDep,
    before: Text = "",
    partial: bool = False,
) -> Response:
    f = query.filter()
    with db.reading() as session:
        try:
            rows, nxt = logs.list_calls(session, f, limit=PAGE_SIZE, before=before)
        except ValueError:
            raise ApiError(400, "bad_request", "invalid page cursor") from None
        agents = accounts.agent_names(session)
        pending = pending_count(session)
    return page(
        request,
        "_call_rows.html" if partial else "calls.html",
        supervisor,
        calls=rows,
        agents=agents,
        pending=pending,
        short_default=settings.short_call_seconds,
        filters=query.values(),
        older=query_without(request, "before", "partial", before=nxt or "") if nxt else "",
        export=query_without(request, "before", "partial"),
        active="calls",
    )
