"""Audit log: who did what, when — every supervisor action and every admin command."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.requests import Request

from softphone.server.models import AuditEntry


def record(
    session: Session, actor: str, action: str, target: str = "", *, detail: str = "", ip: str = ""
) -> None:
    session.add(
        AuditEntry(
            at=datetime.now(UTC),
            actor=actor[:64],
            action=action[:64],
            target=target[:200],
            detail=detail[:4000],
            ip=ip[:64],
        )
    )


def client_ip(request: Request) -> str:
    """The peer address (uvicorn --proxy-headers puts the real client here behind a proxy)."""
    return request.client.host if request.client else ""


def recent(
    session: Session, *, limit: int = 200, actor: str = "", action: str = ""
) -> list[AuditEntry]:
    stmt = select(AuditEntry)
    if actor:
        stmt = stmt.where(AuditEntry.actor == actor)
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    return list(session.scalars(stmt.order_by(AuditEntry.id.desc()).limit(limit)))
