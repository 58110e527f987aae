"""GET /api/v1/changes: what changed after a cursor, so every agent's cache converges."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from softphone.protocol import limits
from softphone.protocol.changes import ChangesPage
from softphone.protocol.errors import ErrorBody
from softphone.server import changefeed
from softphone.server.changes import changes_since
from softphone.server.deps import DbDep, TokenDep
from softphone.server.errors import ApiError

router = APIRouter(prefix=limits.API_PREFIX, tags=["sync"])


@router.get(
    "/changes",
    responses={
        400: {"model": ErrorBody, "description": "`since` is not a cursor of ours"},
        401: {"model": ErrorBody, "description": "Missing, unknown or revoked token"},
        422: {"model": ErrorBody, "description": "Invalid parameter"},
    },
    summary="Customers, flags and notes changed after a cursor",
)
def get_changes(
    _who: TokenDep,
    db: DbDep,
    since: Annotated[str, Query(max_length=32, description="'' for everything")] = "",
    limit: Annotated[int, Query(ge=1, le=limits.MAX_PAGE)] = limits.DEFAULT_PAGE,
) -> ChangesPage:
    """Apply the page, store `cursor`, and ask again at once while `has_more` is true.

    The cursor is a server-side change number (not a clock), so it is safe with several
    server instances on one database: nothing committed later can appear below it.
    """
    try:
        position = changefeed.decode_cursor(since)
    except ValueError as exc:
        raise ApiError(400, "bad_cursor", str(exc)) from None
    with db.reading() as session:
        return changes_since(session, position, limit)
