"""ASGI middleware: request size limit, NUL-free URLs, security headers on every answer."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from softphone.server.errors import ApiError, error_json

SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        b"frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    ),
]


class GuardMiddleware:
    """Refuses bodies over `max_body` bytes (413) and NUL bytes in the URL (400)."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = scope.get("query_string", b"").lower()
        if b"%00" in query or b"%00" in scope.get("raw_path", b"").lower():
            await error_json(400, "bad_request", "NUL characters are not allowed in URLs")(
                scope, receive, send
            )
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.max_body:
                await self._too_large(scope, receive, send)
                return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:  # a chunked body without Content-Length
                    raise ApiError(413, "too_large", self._too_large_message)
            return message

        async def tracking_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                if scope["path"].startswith(("/dashboard", "/login")):
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, limited_receive, tracking_send)

    @property
    def _too_large_message(self) -> str:
        return f"the request body is larger than {self.max_body} bytes"

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        await error_json(413, "too_large", self._too_large_message)(scope, receive, send)
