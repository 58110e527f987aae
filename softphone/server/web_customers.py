"""Dashboard pages for customers: search, card with history, flag or ban with an expiry."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select

from softphone.server import audit, directory
from softphone.server.audit import client_ip
from softphone.server.deps import DbDep
from softphone.server.errors import ApiError
from softphone.server.models import Customer, Flag
from softphone.server.web import CsrfDep, SupervisorDep, page
from softphone.server.web_notes import pending_count

router = APIRouter(prefix="/dashboard/customers", include_in_schema=False)
MAX_INSTRUCTION = 500
MAX_EXPIRY_DAYS = 3650


@router.get("", response_class=HTMLResponse)
def customers(
    request: Request,
    supervisor: SupervisorDep,
    db: DbDep,
    q: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    with db.reading() as session:
        found = directory.search(session, q, limit=100)
        flags = directory.live_flags(session, [c.id for c in found])
        pending = pending_count(session)
    return page(
        request,
        "customers.html",
        supervisor,
        customers=found,
        flags=flags,
        q=q,
        pending=pending,
        active="customers",
    )


@router.get("/{customer_id}", response_class=HTMLResponse)
def customer(
    request: Request, customer_id: uuid.UUID, supervisor: SupervisorDep, db: DbDep
) -> Response:
    """The card as agents see it, every flag (also cleared/expired), and the history."""
    with db.reading() as session:
        found = session.get(Customer, customer_id)
        phones = [p.e164 for p in found.phones] if found else []
        history = directory.history(session, customer_id, phones, 50)
        all_flags = list(
            session.scalars(select(Flag).where(Flag.customer_id == customer_id).order_by(Flag.kind))
        )
        pending = pending_count(session)
    if found is None and not history and not all_flags:
        raise ApiError(404, "not_found", "no customer with this id")
    now = datetime.now(UTC)
    return page(
        request,
        "customer.html",
        supervisor,
        customer=found,
        customer_id=customer_id,
        history=history,
        flags=all_flags,
        live={f.kind for f in all_flags if directory.is_live(f, now)},
        kinds=directory.FLAG_KINDS,
        pending=pending,
        active="customers",
    )


@router.post("/{customer_id}/flags")
def set_flag(
    *,
    request: Request,
    customer_id: uuid.UUID,
    supervisor: CsrfDep,
    db: DbDep,
    kind: Annotated[str, Form()],
    instruction: Annotated[str, Form(max_length=MAX_INSTRUCTION)] = "",
    expires_days: Annotated[int, Form(ge=0, le=MAX_EXPIRY_DAYS)] = 0,
) -> RedirectResponse:
    """Flag or ban a caller with a handling instruction; agents get it via /changes."""
    if kind not in directory.FLAG_KINDS:
        raise ApiError(400, "bad_request", "unknown flag kind")
    expires = datetime.now(UTC) + timedelta(days=expires_days) if expires_days else None
    with db.writing() as session:
        directory.set_flag(
            session,
            customer_id,
            kind,
            instruction=instruction,
            expires_at=expires,
            actor=supervisor.name,
        )
        audit.record(
            session,
            supervisor.name,
            "flag.set",
            str(customer_id),
            detail=f"{kind}; expires {expires.isoformat() if expires else 'never'}; {instruction}",
            ip=client_ip(request),
        )
    return RedirectResponse(f"/dashboard/customers/{customer_id}?msg=flag_set", status_code=303)


@router.post("/{customer_id}/flags/{kind}/clear")
def clear_flag(
    request: Request, customer_id: uuid.UUID, kind: str, supervisor: CsrfDep, db: DbDep
) -> RedirectResponse:
    if kind not in directory.FLAG_KINDS:
        raise ApiError(400, "bad_request", "unknown flag kind")
    with db.writing() as session:
        if directory.clear_flag(session, customer_id, kind, actor=supervisor.name):
            audit.record(
                session,
                supervisor.name,
                "flag.clear",
                str(customer_id),
                detail=kind,
                ip=client_ip(request),
            )
    return RedirectResponse(f"/dashboard/customers/{customer_id}?msg=flag_cleared", status_code=303)
