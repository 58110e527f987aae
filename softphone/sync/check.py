"""check_server: the --self-test line for the sync server (reachable, API, token accepted)."""

from __future__ import annotations

import httpx

from softphone.core.errors import KnownError
from softphone.protocol import limits
from softphone.protocol.events import EventBatch
from softphone.sync.client import EnrolmentClient, SyncClient
from softphone.sync.tls import trust

CHECK_TIMEOUT = httpx.Timeout(5.0, connect=3.0)


def check_server(
    server_url: str,
    token: str,
    *,
    timeout: httpx.Timeout | float = CHECK_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
    ca_file: str = "",
) -> tuple[bool, str]:
    """(ok, one-line detail). GET /health, then an empty POST /events with the token.

    The empty batch stores nothing; it proves the token is an active *agent* token (the
    one kind that may push notes). The detail never contains the token.
    """
    if not server_url.strip():
        return False, "no sync server is configured (general.server_url)"
    try:
        verify = trust(ca_file)
        with SyncClient(
            server_url, token, timeout=timeout, transport=transport, verify=verify
        ) as client:
            health = client.health()
            api = str(health.get("api", ""))
            if api != limits.API_VERSION:
                return False, (
                    f"{client.server_url} speaks API {api or '?'}, this softphone needs "
                    f"{limits.API_VERSION}"
                )
            client.post_events(EventBatch())
    except KnownError as exc:
        return False, str(exc)
    version = health.get("version", "?")
    database = health.get("database", "?")
    return True, (
        f"{client.server_url}: server {version}, API {api}, database {database}; "
        "agent token accepted"
    )


def check_reachable(
    server_url: str,
    *,
    timeout: httpx.Timeout | float = CHECK_TIMEOUT,
    transport: httpx.BaseTransport | None = None,
    ca_file: str = "",
) -> tuple[bool, str]:
    """(ok, detail): GET /health only, without a token (a desk that has not enrolled yet).

    Nothing is sent that would use up an enrolment code.
    """
    try:
        verify = trust(ca_file)
        client = EnrolmentClient(server_url, timeout=timeout, transport=transport, verify=verify)
        try:
            health = client.health()
        finally:
            client.close()
    except KnownError as exc:
        return False, str(exc).rstrip(".")
    api = str(health.get("api", ""))
    if api != limits.API_VERSION:
        return False, (
            f"{client.server_url} speaks API {api or '?'}, "
            f"this softphone needs {limits.API_VERSION}"
        )
    return True, (
        f"{client.server_url}: server {health.get('version', '?')}, API {api}, "
        f"database {health.get('database', '?')}"
    )
