"""POST /api/v1/enrol: a desk trades its provisioned enrolment code for an agent token."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request

from softphone.protocol.enrolment import EnrolRequest, EnrolResult
from softphone.protocol.errors import ErrorBody
from softphone.protocol.limits import API_PREFIX
from softphone.server import enrolment
from softphone.server.audit import client_ip
from softphone.server.deps import DbDep, SettingsDep
from softphone.server.errors import ApiError

log = logging.getLogger("softphone.server.auth")

router = APIRouter(prefix=API_PREFIX, tags=["enrolment"])

ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorBody, "description": "Unknown enrolment code (enrolment_code_unknown)"},
    409: {"model": ErrorBody, "description": "An agent of this name exists (agent_exists)"},
    410: {
        "model": ErrorBody,
        "description": "The code expired, was used up or revoked "
        "(enrolment_code_expired / _used / _revoked)",
    },
    413: {"model": ErrorBody, "description": "Body larger than MAX_BODY_BYTES"},
    422: {"model": ErrorBody, "description": "The request is not valid"},
    429: {
        "model": ErrorBody,
        "description": "Too many refused codes from this address; see Retry-After",
    },
}


@router.post(
    "/enrol",
    response_model=EnrolResult,
    responses=ERRORS,
    summary="Trade a one-time enrolment code for an agent token",
)
def post_enrol(
    body: EnrolRequest, request: Request, db: DbDep, settings: SettingsDep
) -> EnrolResult:
    """No token needed: the code is the credential. Each success uses one of the code's
    uses, creates the agent and returns its token **once** (only its hash is stored); the
    enrolment is audited with the desk and the client address. Refused codes are rate
    limited per client address, like supervisor logins."""
    try:
        return enrolment.enrol(db, settings, body, ip=client_ip(request))
    except enrolment.EnrolThrottled as exc:
        minutes = max(1, exc.retry_after // 60)
        raise ApiError(
            429,
            "too_many_requests",
            f"too many refused enrolment codes from this address; try again in {minutes} minutes",
            headers={"Retry-After": str(exc.retry_after)},
        ) from None
    except enrolment.EnrolRefused as exc:
        # 401 without WWW-Authenticate: a Bearer token would not help here.
        raise ApiError(exc.status, exc.code, exc.message, headers={}) from None
