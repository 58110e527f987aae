"""GET /api/v1/notes and /calls: filtered logs for supervisors and integrations."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import AwareDatetime

from softphone.protocol import limits
from softphone.protocol.common import E164_PATTERN
from softphone.protocol.errors import ErrorBody
from softphone.protocol.events import NoteKindWire, ReasonWire
from softphone.protocol.logs import CallPage, NotePage
from softphone.server import logs
from softphone.server.accounts import Principal
from softphone.server.deps import DbDep, ReaderDep
from softphone.server.errors import ApiError

router = APIRouter(prefix=limits.API_PREFIX, tags=["logs"])

ERRORS: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorBody, "description": "`before` is not a cursor of ours"},
    401: {"model": ErrorBody, "description": "Not logged in and no token"},
    403: {"model": ErrorBody, "description": "An agent token asked for another agent's log"},
    422: {"model": ErrorBody, "description": "Invalid parameter"},
}
ReviewWire = Literal["none", "pending", "confirmed", "overturned", "coached"]
Limit = Annotated[int, Query(ge=1, le=limits.MAX_PAGE)]
Before = Annotated[str, Query(max_length=200, description="`next` of the previous page")]
AgentQ = Annotated[str, Query(max_length=64)]


def _scope(who: Principal, agent: str) -> str:
    """Agents read only their own log; supervisors and integrations read everyone's."""
    if who.role != "agent":
        return agent
    if agent and agent != who.name:
        raise ApiError(403, "forbidden", "agents may only read their own log")
    return who.name


def _bad_cursor(exc: ValueError) -> ApiError:
    return ApiError(400, "bad_cursor", str(exc))


@router.get("/notes", responses=ERRORS, summary="Notes, newest first")
def get_notes(
    *,
    who: ReaderDep,
    db: DbDep,
    agent: AgentQ = "",
    since: AwareDatetime | None = None,
    until: AwareDatetime | None = None,
    kind: NoteKindWire | None = None,
    reason: ReasonWire | None = None,
    review_state: ReviewWire | None = None,
    customer_id: uuid.UUID | None = None,
    before: Before = "",
    limit: Limit = limits.DEFAULT_PAGE,
) -> NotePage:
    f = logs.NoteFilter(
        agent=_scope(who, agent),
        since=since,
        until=until,
        kind=kind or "",
        reason=reason or "",
        review_state=review_state or "",
        customer_id=customer_id,
    )
    with db.reading() as session:
        try:
            rows, nxt = logs.list_notes(session, f, limit=limit, before=before)
        except ValueError as exc:
            raise _bad_cursor(exc) from None
        return NotePage(items=[logs.note_out(n) for n in rows], next=nxt)


@router.get("/calls", responses=ERRORS, summary="Calls, newest first")
def get_calls(
    *,
    who: ReaderDep,
    db: DbDep,
    agent: AgentQ = "",
    since: AwareDatetime | None = None,
    until: AwareDatetime | None = None,
    customer_id: uuid.UUID | None = None,
    number: Annotated[str | None, Query(pattern=E164_PATTERN)] = None,
    direction: Literal["inbound", "outbound"] | None = None,
    ended_by: Literal["local", "remote", "error"] | None = None,
    max_duration: Annotated[float | None, Query(ge=0, le=86400)] = None,
    before: Before = "",
    limit: Limit = limits.DEFAULT_PAGE,
) -> CallPage:
    f = logs.CallFilter(
        agent=_scope(who, agent),
        since=since,
        until=until,
        customer_id=customer_id,
        number=number or "",
        direction=direction or "",
        ended_by=ended_by or "",
        max_duration=max_duration,
    )
    with db.reading() as session:
        try:
            rows, nxt = logs.list_calls(session, f, limit=limit, before=before)
        except ValueError as exc:
            raise _bad_cursor(exc) from None
        return CallPage(items=[logs.call_out(c) for c in rows], next=nxt)
