"""Sync errors: each a KnownError with a sentence for the agent or IT, sorted by what to do."""

from __future__ import annotations

from softphone.core.errors import KnownError


class SyncError(KnownError):
    """Talking to the sync server failed."""

    transient = False  # True: the same request may succeed later (retry with backoff)


class ServerUnreachable(SyncError):
    """No answer: network down, server stopped, DNS, TLS, timeout."""

    transient = True


class ServerFailed(SyncError):
    """The server answered 5xx (or a load balancer did for it)."""

    transient = True

    def __init__(self, message: str, status: int = 500) -> None:
        super().__init__(message)
        self.status = status


class ServerIncompatible(SyncError):
    """The URL answers, but not as a softphone sync server of this API version."""

    transient = True  # a wrong URL gets fixed in the settings; keep trying slowly


class TokenRejected(SyncError):
    """401: the token is unknown or revoked; 403 here: not an agent token."""

    def __init__(self, message: str, status: int = 401) -> None:
        super().__init__(message)
        self.status = status


class NoToken(TokenRejected):
    """No agent token is stored for this server yet."""


class RequestTooLarge(SyncError):
    """413: the body is over the server's limit; send less at once."""


class RequestRejected(SyncError):
    """Another 4xx: the server refused the request as sent (e.g. 422 validation)."""

    def __init__(self, message: str, status: int, code: str = "", details: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.details = details


class MappingError(SyncError):
    """An outbox row cannot be turned into a valid wire event (it is parked, not sent)."""


class EnrolmentRefused(SyncError):
    """The server refused the enrolment code (unknown, expired, used up, revoked) or the
    agent name (it exists already): trying again with the same code will not help."""

    def __init__(self, message: str, status: int, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code
