"""The error body every 4xx/5xx answer of /api/v1 carries."""

from __future__ import annotations

from pydantic import Field

from softphone.protocol.common import WireModel


class ErrorDetail(WireModel):
    loc: str  # where in the request, e.g. "body.notes.3.text"
    message: str


class ErrorInfo(WireModel):
    code: str  # machine-readable: validation_error, unauthorized, forbidden, not_found, ...
    message: str  # a sentence for people
    details: list[ErrorDetail] = Field(default_factory=list)


class ErrorBody(WireModel):
    error: ErrorInfo
