"""The sync client over HTTPS with a company's private CA: untrusted is said plainly,
trusted through general.server_ca_file or the system store (SSL_CERT_FILE), never certifi
alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from softphone.core.errors import KnownError
from softphone.sync import check_server
from softphone.sync.service import SyncService
from softphone.sync.tls import trust
from tests.helpers.private_ca import PrivateCa, make_private_ca
from tests.helpers.sync_server import ThreadedServer, add_agent
from tests.sync.conftest import make_db_url


@pytest.fixture
def private_ca(tmp_path: Path) -> PrivateCa:
    return make_private_ca(tmp_path / "pki")


@pytest.fixture
def https_server(
    private_ca: PrivateCa, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[ThreadedServer, str]]:
    db_url = make_db_url("sqlite", tmp_path, request)
    server = ThreadedServer(
        db_url, tmp_path / "server", tls=(private_ca.cert_file, private_ca.key_file)
    ).start()
    try:
        yield server, add_agent(db_url, "alice")
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def fresh_trust() -> Iterator[None]:
    trust.cache_clear()
    yield
    trust.cache_clear()


def test_a_private_ca_is_untrusted_until_it_is_named(
    https_server: tuple[ThreadedServer, str], private_ca: PrivateCa
) -> None:
    server, token = https_server
    assert server.url.startswith("https://127.0.0.1:")
    ok, detail = check_server(server.url, token, timeout=5)
    assert not ok
    assert "certificate this desk does not trust" in detail and "general.server_ca_file" in detail
    ok, detail = check_server(server.url, token, timeout=5, ca_file=str(private_ca.ca_file))
    assert ok, detail
    assert token not in detail


def test_the_system_store_is_used(
    https_server: tuple[ThreadedServer, str],
    private_ca: PrivateCa,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """IT deploying the CA to the desks' trust store is enough (OpenSSL's SSL_CERT_FILE here
    stands in for /etc/ssl/certs or the Windows certificate store)."""
    server, token = https_server
    monkeypatch.setenv("SSL_CERT_FILE", str(private_ca.ca_file))
    ok, detail = check_server(server.url, token, timeout=5)
    assert ok, detail


def test_a_bad_ca_file_is_a_clear_error(tmp_path: Path, private_ca: PrivateCa) -> None:
    with pytest.raises(KnownError, match=r"missing\.pem \(general\.server_ca_file\) cannot be"):
        trust(str(tmp_path / "missing.pem"))
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate", encoding="utf-8")
    with pytest.raises(KnownError, match="cannot be used"):
        trust(str(garbage))
    ok, detail = check_server("https://127.0.0.1:9", "spa_x", ca_file=str(garbage))
    assert not ok and "cannot be used" in detail


def test_the_service_is_disabled_with_the_reason(tmp_path: Path) -> None:
    service = SyncService(
        tmp_path / "desk.sqlite3",
        "https://sync.example.com",
        token="spa_x",
        ca_file=str(tmp_path / "missing.pem"),
    )
    assert "general.server_ca_file" in service.status().last_error
