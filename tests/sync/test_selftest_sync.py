"""`softphone --self-test`'s sync-server line against a real server (SQLite and PostgreSQL)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from softphone.app.selftest import SelfTest, check_sync_server
from softphone.config.provisioning import Provisioning
from softphone.config.settings import Settings
from softphone.sync import save_token
from tests.helpers.memory_secrets import MemorySecrets
from tests.helpers.sync_server import ThreadedServer


def desk(url: str, secrets: MemorySecrets) -> SelfTest:
    settings = Settings(None, Provisioning(source="test"))
    settings.update({"general.server_url": url} if url else {})
    return cast(SelfTest, SimpleNamespace(settings=settings, secrets=secrets))


def test_standalone_desk_passes() -> None:
    result = check_sync_server(desk("", MemorySecrets()))
    assert result.ok and "standalone" in result.detail


def test_token_accepted(server: ThreadedServer, token: str) -> None:
    secrets = MemorySecrets()
    save_token(cast(Any, secrets), server.url, token)
    result = check_sync_server(desk(server.url, secrets))
    assert result.ok, result.detail
    assert "agent token accepted" in result.detail and token not in result.detail


def test_no_token_stored_says_where_to_enter_it(server: ThreadedServer) -> None:
    result = check_sync_server(desk(server.url, MemorySecrets()))
    assert not result.ok and "no agent token stored" in result.detail


def test_wrong_token_and_broken_keychain(server: ThreadedServer) -> None:
    secrets = MemorySecrets()
    save_token(cast(Any, secrets), server.url, "spa_wrong")
    result = check_sync_server(desk(server.url, secrets))
    assert not result.ok and "spa_wrong" not in result.detail
    result = check_sync_server(desk(server.url, MemorySecrets(reason="no keychain here")))
    assert not result.ok and "no keychain here" in result.detail
