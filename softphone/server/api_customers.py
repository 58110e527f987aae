"""GET /api/v1/customers: the card and recent history for the screen pop."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from softphone.protocol import limits
from softphone.protocol.common import E164_PATTERN
from softphone.protocol.customers import CustomerCard, LookupResult
from softphone.protocol.errors import ErrorBody
from softphone.server import directory
from softphone.server.deps import DbDep, TokenDep
from softphone.server.errors import ApiError

router = APIRouter(prefix=f"{limits.API_PREFIX}/customers", tags=["customers"])

ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorBody, "description": "Missing, unknown or revoked token"},
    422: {"model": ErrorBody, "description": "Invalid parameter"},
}
HistoryLimit = Annotated[int, Query(ge=0, le=limits.MAX_HISTORY)]


@router.get("/lookup", responses=ERRORS, summary="Cards for a phone number (E.164)")
def lookup(
    phone: Annotated[str, Query(pattern=E164_PATTERN, examples=["+390612345678"])],
    _who: TokenDep,
    db: DbDep,
    history: HistoryLimit = limits.DEFAULT_HISTORY,
) -> LookupResult:
    """Every customer holding the number (usually one) with live flags and history."""
    with db.reading() as session:
        return directory.lookup(session, phone, history)


@router.get(
    "/{customer_id}",
    responses={**ERRORS, 404: {"model": ErrorBody, "description": "No such customer"}},
    summary="One customer's card",
)
def get_customer(
    customer_id: uuid.UUID,
    _who: TokenDep,
    db: DbDep,
    history: HistoryLimit = limits.DEFAULT_HISTORY,
) -> CustomerCard:
    with db.reading() as session:
        found = directory.get_card(session, customer_id, history)
    if found is None:
        raise ApiError(404, "not_found", "no customer with this id")
    return found
