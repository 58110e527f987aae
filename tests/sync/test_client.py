"""The HTTP client: answers mapped to protocol models, failures to clear KnownErrors; and the
self-test's check_server."""

from __future__ import annotations

import logging

import httpx
import pytest

from softphone.core.errors import KnownError
from softphone.protocol.events import EventBatch
from softphone.sync import check_server
from softphone.sync.client import SyncClient
from softphone.sync.errors import (
    NoToken,
    RequestRejected,
    RequestTooLarge,
    ServerFailed,
    ServerIncompatible,
    ServerUnreachable,
    TokenRejected,
)
from tests.helpers.ports import free_port
from tests.helpers.sync_server import ThreadedServer, add_agent


def _mock(
    status: int, body: str = "", content_type: str = "application/json"
) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, text=body, headers={"Content-Type": content_type})

    return httpx.MockTransport(handler)


def _error(code: str, message: str) -> str:
    return f'{{"error": {{"code": "{code}", "message": "{message}", "details": []}}}}'


@pytest.mark.parametrize(
    ("status", "body", "error", "words"),
    [
        (
            401,
            _error("unauthorized", "the token is unknown or revoked"),
            TokenRejected,
            "token revoked or wrong: enter a new one",
        ),
        (
            403,
            _error("forbidden", "only agent tokens may post events"),
            TokenRejected,
            "only agent tokens",
        ),
        (
            413,
            _error("too_large", "the request body is larger than 10 bytes"),
            RequestTooLarge,
            "too large",
        ),
        (422, _error("validation_error", "the request is not valid"), RequestRejected, "HTTP 422"),
        (503, "<html>Service Unavailable</html>", ServerFailed, "HTTP 503"),
        (
            500,
            _error("internal_error", "the server failed; the error was logged"),
            ServerFailed,
            "retrying later",
        ),
        (
            404,
            "<html>nginx</html>",
            ServerIncompatible,
            "does not answer like a softphone sync server",
        ),
        (200, '{"something": "else"}', ServerIncompatible, "unexpected answer"),
    ],
)
def test_http_failures_become_known_errors(
    status: int, body: str, error: type[KnownError], words: str
) -> None:
    client = SyncClient(
        "http://sync.example:8080/", "spa_secret_token", transport=_mock(status, body)
    )
    with client, pytest.raises(error, match=words) as caught:
        client.post_events(EventBatch())
    assert "spa_secret_token" not in str(caught.value)


def test_unreachable_and_bad_settings() -> None:
    port = free_port()
    client = SyncClient(f"http://127.0.0.1:{port}", "spa_x", timeout=2)
    with client, pytest.raises(ServerUnreachable, match=f"127.0.0.1:{port} cannot be reached"):
        client.changes("")
    with pytest.raises(KnownError, match="not a sync server address"):
        SyncClient("sync.example.com", "spa_x")
    with pytest.raises(NoToken):
        SyncClient("http://sync.example.com", "  ")
    with pytest.raises(TokenRejected, match="invalid characters"):
        SyncClient("http://sync.example.com", "spa_ü\n")
    assert "spa_x" not in repr(SyncClient("http://sync.example.com", "spa_x"))


def test_real_server_answers_map_to_models(server: ThreadedServer, token: str, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    with SyncClient(server.url, token) as client:
        assert client.health()["status"] == "ok"
        result = client.post_events(EventBatch())
        assert result.results == [] and result.accepted == 0
        page = client.changes("")
        assert page.has_more is False and page.cursor == "0"
        assert client.lookup("+390612345678").customers == []
        assert client.customer("6f1b2c4e-8d0a-4c55-9a39-2f0e5b7d9c11") is None
        with pytest.raises(RequestRejected) as caught:
            client.changes("not-a-cursor")
        assert (caught.value.status, caught.value.code) == (400, "bad_cursor")
    with SyncClient(server.url, "spa_wrong") as client, pytest.raises(TokenRejected):
        client.changes("")
    assert token not in caplog.text and "spa_wrong" not in caplog.text


def test_check_server(server: ThreadedServer, server_db_url: str, token: str) -> None:
    ok, detail = check_server(server.url, token)
    assert ok, detail
    assert "API v1" in detail and "agent token accepted" in detail and token not in detail
    ok, detail = check_server(server.url, "spa_wrong")
    assert not ok and "token revoked or wrong: enter a new one" in detail
    reader = add_agent(server_db_url, "reports", role="integration")
    ok, detail = check_server(server.url, reader)
    assert not ok and "agent token" in detail and reader not in detail
    ok, detail = check_server(f"http://127.0.0.1:{free_port()}", token, timeout=2)
    assert not ok and "cannot be reached" in detail
    ok, detail = check_server("", token)
    assert not ok and "no sync server is configured" in detail


def test_check_server_against_something_else() -> None:
    def not_sync(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"hello": "world"})

    ok, detail = check_server(
        "http://intranet.example", "spa_x", transport=httpx.MockTransport(not_sync)
    )
    assert not ok and "does not answer like a softphone sync server" in detail
