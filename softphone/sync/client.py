"""HTTP client for the sync API (/api/v1): Bearer token, timeouts, errors as KnownErrors.

The token is sent only in the Authorization header and never logged: not here, not in
error messages (they name the URL and the HTTP status), not in `repr()`.
"""

from __future__ import annotations

import logging
import ssl
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from softphone import __version__
from softphone.core.errors import KnownError
from softphone.protocol import limits
from softphone.protocol.changes import ChangesPage
from softphone.protocol.customers import CustomerCard, LookupResult
from softphone.protocol.enrolment import EnrolRequest, EnrolResult
from softphone.protocol.errors import ErrorBody
from softphone.protocol.events import BatchResult, EventBatch
from softphone.sync.errors import (
    EnrolmentRefused,
    NoToken,
    RequestRejected,
    RequestTooLarge,
    ServerFailed,
    ServerIncompatible,
    ServerUnreachable,
    SyncError,
    TokenRejected,
)
from softphone.sync.tls import trust

log = logging.getLogger("softphone.sync")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0, pool=5.0)
LOOKUP_TIMEOUT = httpx.Timeout(3.0, connect=1.5, pool=1.5)  # the screen pop cannot wait long
TOKEN_REJECTED = (
    "The sync server rejected the agent token: token revoked or wrong: enter a new one."
)
M = TypeVar("M", bound=BaseModel)


def normalise_url(server_url: str) -> str:
    """'https://host:port/prefix' without a trailing slash; KnownError if it is no http URL."""
    url = server_url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KnownError(
            f"{server_url.strip()[:100]!r} is not a sync server address "
            "(expected http://host:port or https://host)."
        )
    if parts.query or parts.fragment:
        raise KnownError("The sync server address must not contain '?' or '#'.")
    return url


class SyncClient:
    """Blocking client; one per thread. Every failure raises a SyncError subclass."""

    def __init__(
        self,
        server_url: str,
        token: str,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        verify: ssl.SSLContext | None = None,
    ) -> None:
        self.server_url = normalise_url(server_url)
        token = token.strip()
        if not token:
            raise NoToken("No agent token is stored for this server: enter the token.")
        if not token.isascii() or not token.isprintable():
            raise TokenRejected(f"The agent token has invalid characters. {TOKEN_REJECTED}")
        self._http = httpx.Client(
            base_url=self.server_url + limits.API_PREFIX,
            headers={
                "Authorization": f"Bearer {token}",
                "User-Agent": f"softphone/{__version__}",
                "Accept": "application/json",
            },
            timeout=timeout,
            transport=transport,
            verify=verify if verify is not None else trust(),
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return f"SyncClient({self.server_url!r})"

    # -- API ---------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        """GET /health: status, version, api, database (the token is not checked)."""
        response = self._send("GET", "/health")
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict) or body.get("status") != "ok":
            raise self._incompatible("/health", "no health status in the answer")
        return body

    def post_events(self, batch: EventBatch) -> BatchResult:
        content = batch.model_dump_json(exclude_defaults=False).encode()
        response = self._send(
            "POST", "/events", content=content, headers={"Content-Type": "application/json"}
        )
        return self._parse(response, BatchResult, "/events")

    def changes(self, since: str, limit: int = limits.DEFAULT_PAGE) -> ChangesPage:
        response = self._send("GET", "/changes", params={"since": since, "limit": limit})
        return self._parse(response, ChangesPage, "/changes")

    def lookup(
        self,
        phone: str,
        history: int = limits.DEFAULT_HISTORY,
        timeout: httpx.Timeout | float = LOOKUP_TIMEOUT,
    ) -> LookupResult:
        response = self._send(
            "GET",
            "/customers/lookup",
            params={"phone": phone, "history": history},
            timeout=timeout,
        )
        return self._parse(response, LookupResult, "/customers/lookup")

    def customer(
        self,
        customer_id: str,
        history: int = limits.DEFAULT_HISTORY,
        timeout: httpx.Timeout | float = LOOKUP_TIMEOUT,
    ) -> CustomerCard | None:
        """One card; None when the server does not know the customer."""
        try:
            response = self._send(
                "GET", f"/customers/{customer_id}", params={"history": history}, timeout=timeout
            )
        except RequestRejected as exc:
            if exc.status in (404, 422):
                return None
            raise
        return self._parse(response, CustomerCard, "/customers/{id}")

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- internals ---------------------------------------------------------------------
    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise ServerUnreachable(
                f"The sync server at {self.server_url} did not answer in time ({_kind(exc)})."
            ) from None
        except httpx.TransportError as exc:
            untrusted = _certificate_problem(exc)
            if untrusted:
                raise ServerUnreachable(
                    f"The sync server at {self.server_url} presented a certificate this "
                    f"desk does not trust ({untrusted}). Install the company CA in the "
                    "system's trust store, or name it in general.server_ca_file."
                ) from None
            raise ServerUnreachable(
                f"The sync server at {self.server_url} cannot be reached ({_kind(exc)})."
            ) from None
        if response.is_success:
            return response
        raise self._error(response, path)

    def _error(self, response: httpx.Response, path: str) -> SyncError:
        status = response.status_code
        code, message, details = _error_body(response)
        said = f": {message}" if message else ""
        if status == 401:
            return TokenRejected(TOKEN_REJECTED, 401)
        if status == 403:
            return TokenRejected(
                f"The sync server refused this token{said}. Enter an agent token "
                "(token revoked or wrong: enter a new one).",
                403,
            )
        if status in (404, 405) and code != "not_found":
            # Not our API's own "no such thing" answer: the URL is not a sync server.
            return self._incompatible(path, f"HTTP {status}")
        if status == 413:
            return RequestTooLarge(f"The sync server refused a request as too large{said}.")
        if status == 429 or status >= 500:
            return ServerFailed(
                f"The sync server failed (HTTP {status}{said}); retrying later.", status
            )
        return RequestRejected(
            f"The sync server refused the request (HTTP {status}{said}).", status, code, details
        )

    def _incompatible(self, path: str, why: str) -> ServerIncompatible:
        return ServerIncompatible(
            f"{self.server_url} does not answer like a softphone sync server with API "
            f"{limits.API_VERSION} ({path}: {why}). Check the server address."
        )

    def _parse(self, response: httpx.Response, model: type[M], path: str) -> M:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise self._incompatible(path, f"unexpected answer: {exc.errors()[0]['msg']}") from None


ENROLMENT_REFUSALS = {
    "enrolment_code_unknown": "the enrolment code is unknown (mistyped, or from another server)",
    "enrolment_code_expired": "the enrolment code has expired",
    "enrolment_code_used": "the enrolment code has been used already",
    "enrolment_code_revoked": "the enrolment code was revoked",
    "agent_exists": "an agent of this name already has a token",
}


class EnrolmentClient(SyncClient):
    """Tokenless client for POST /enrol: trades IT's enrolment code for an agent token.

    Neither the code nor the token it returns is ever logged or put in a message.
    """

    def __init__(
        self,
        server_url: str,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        verify: ssl.SSLContext | None = None,
    ) -> None:
        self.server_url = normalise_url(server_url)
        self._http = httpx.Client(
            base_url=self.server_url + limits.API_PREFIX,
            headers={"User-Agent": f"softphone/{__version__}", "Accept": "application/json"},
            timeout=timeout,
            transport=transport,
            verify=verify if verify is not None else trust(),
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return f"EnrolmentClient({self.server_url!r})"

    def enrol(self, code: str, agent_name: str, desk: str) -> EnrolResult:
        """The new agent token; EnrolmentRefused when the code or name is refused."""
        try:
            request = EnrolRequest(code=code.strip(), agent_name=agent_name, desk=desk)
        except ValidationError as exc:  # its text would quote the code: name the fields only
            fields = sorted({str(e["loc"][0]) for e in exc.errors() if e.get("loc")})
            raise EnrolmentRefused(
                f"Cannot enrol: not a valid {' or '.join(fields) or 'request'} "
                "(the enrolment code is letters, digits and dashes; the agent name 1-64 "
                "letters, digits, '.', '_', '@' or '-').",
                0,
                "invalid",
            ) from None
        response = self._send(
            "POST",
            "/enrol",
            content=request.model_dump_json().encode(),
            headers={"Content-Type": "application/json"},
        )
        return self._parse(response, EnrolResult, "/enrol")

    def _error(self, response: httpx.Response, path: str) -> SyncError:
        status = response.status_code
        code, message, _details = _error_body(response)
        if path == "/enrol" and code in ENROLMENT_REFUSALS:
            return EnrolmentRefused(
                f"The sync server refused the enrolment: {message or ENROLMENT_REFUSALS[code]}.",
                status,
                code,
            )
        if path == "/enrol" and status == 422:
            return EnrolmentRefused(
                "The sync server refused the enrolment request (HTTP 422: the enrolment code "
                "or the agent name is not valid).",
                status,
                code,
            )
        if path == "/enrol" and status == 404 and code != "not_found":
            return self._incompatible(path, "HTTP 404: the server is too old to enrol desks")
        return super()._error(response, path)


def _kind(exc: httpx.HTTPError) -> str:
    """A short, token-free description of a transport failure."""
    text = str(exc).strip()
    name = type(exc).__name__
    return f"{name}: {text[:160]}" if text else name


def _error_body(response: httpx.Response) -> tuple[str, str, str]:
    """(code, message, details) of an ErrorBody answer; empty strings when it is not one."""
    try:
        body = ErrorBody.model_validate_json(response.content)
    except ValidationError:
        return "", "", ""
    details = "; ".join(f"{d.loc}: {d.message}" for d in body.error.details[:5])
    return body.error.code, body.error.message[:300], details[:500]


def _certificate_problem(exc: BaseException) -> str:
    """OpenSSL's reason when a TLS handshake failed on certificate verification, else ""."""
    seen: BaseException | None = exc
    for _ in range(6):  # httpx -> httpcore -> ssl: a short chain
        if seen is None:
            break
        if isinstance(seen, ssl.SSLCertVerificationError):
            return str(seen.verify_message or seen.reason or "verification failed")
        seen = seen.__cause__ or seen.__context__
    text = str(exc)
    return "verification failed" if "CERTIFICATE_VERIFY_FAILED" in text else ""
