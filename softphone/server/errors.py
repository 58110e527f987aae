"""Error answers: the protocol's ErrorBody for /api, a plain page for the dashboard."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from markupsafe import escape

from softphone.protocol.errors import ErrorBody, ErrorDetail, ErrorInfo
from softphone.protocol.limits import API_PREFIX

log = logging.getLogger("softphone.server")

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    422: "validation_error",
    429: "too_many_requests",
}


class ApiError(HTTPException):
    """An HTTP error with a machine-readable code and a sentence for people."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        if status == 401 and headers is None:
            headers = {"WWW-Authenticate": "Bearer"}
        super().__init__(status_code=status, detail=message, headers=headers)
        self.code = code


def error_json(
    status: int, code: str, message: str, details: list[ErrorDetail] | None = None
) -> JSONResponse:
    body = ErrorBody(error=ErrorInfo(code=code, message=message, details=details or []))
    return JSONResponse(body.model_dump(mode="json"), status_code=status)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX)


def _html_error(status: int, message: str) -> HTMLResponse:
    page = (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Error</title>"
        '<link rel=stylesheet href="/static/style.css"></head><body class="error-page">'
        f"<main class=card><h1>{status}</h1><p>{escape(message)}</p>"
        '<p><a href="/dashboard">Back to the dashboard</a></p></main></body></html>'
    )
    return HTMLResponse(page, status_code=status)


def _loc(parts: tuple[Any, ...] | list[Any]) -> str:
    return ".".join(str(p) for p in parts)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = str(exc.detail)
    code = getattr(exc, "code", "") or CODES.get(exc.status_code, "error")
    if _is_api(request):
        response: Response = error_json(exc.status_code, code, message)
    else:
        response = _html_error(exc.status_code, message)
    for key, value in (exc.headers or {}).items():
        response.headers[key] = value
    return response


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    details = [
        ErrorDetail(loc=_loc(err.get("loc", ())), message=str(err.get("msg", "")))
        for err in exc.errors()[:50]
    ]
    if not _is_api(request):
        text = "; ".join(f"{d.loc}: {d.message}" for d in details)
        return _html_error(400, f"Invalid form or filter value — {text}")
    summary = details[0].message if len(details) == 1 else f"{len(details)} invalid values"
    return error_json(422, "validation_error", f"the request is not valid: {summary}", details)


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    if _is_api(request):
        return error_json(500, "internal_error", "the server failed; the error was logged")
    return _html_error(500, "The server failed; the error was logged.")


def install(app: FastAPI) -> None:
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)
