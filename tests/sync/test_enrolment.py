"""Enrolment end to end against a real server (SQLite and PostgreSQL): a desk with IT's
code and an empty keychain gets its token, stores it in the keychain and syncs; refused
codes say why; the self-test never uses the code up; nothing secret reaches the logs."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

from softphone.app.selftest import SelfTest, check_sync_server
from softphone.config.provisioning import Provisioning
from softphone.config.settings import Settings
from softphone.server import enrolment as server_enrolment
from softphone.server.db import Database
from softphone.server.models import AuditEntry, EnrolmentCode
from softphone.store import LocalStore
from softphone.sync import Enrolment, EnrolmentRefused, SyncService, SyncState, token_key
from softphone.sync.client import EnrolmentClient
from softphone.sync.enrolment import agent_name, desk_name
from tests.helpers.memory_secrets import MemorySecrets
from tests.helpers.sync_server import ThreadedServer
from tests.sync.support import fast_backoff, wait_for, write_notes


def add_code(db_url: str, *, uses: int = 1) -> str:
    db = Database(db_url, pool_size=1)
    try:
        with db.writing() as session:
            code, _row = server_enrolment.add_enrolment(session, uses=uses)
        return code
    finally:
        db.dispose()


def change_codes(db_url: str, **values: Any) -> None:
    db = Database(db_url, pool_size=1)
    try:
        with db.writing() as session:
            for row in session.query(EnrolmentCode):
                for key, value in values.items():
                    setattr(row, key, value)
    finally:
        db.dispose()


def uses_left(db_url: str) -> list[int]:
    db = Database(db_url, pool_size=1)
    try:
        with db.reading() as session:
            return [r.uses_left for r in session.query(EnrolmentCode).order_by(EnrolmentCode.id)]
    finally:
        db.dispose()


def service(
    store_path: Path, url: str, secrets: MemorySecrets, code: str, name: str
) -> SyncService:
    return SyncService(
        store_path,
        url,
        secrets=cast(Any, secrets),
        idle_poll=0.05,
        backoff=fast_backoff,
        enrolment=Enrolment(code=code, agent_name=name, desk="desk-17"),
    )


def test_a_desk_enrols_once_stores_the_token_and_syncs(
    server: ThreadedServer,
    server_db_url: str,
    store_path: Path,
    server_notes: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    code = add_code(server_db_url)
    secrets = MemorySecrets()
    with LocalStore.open(store_path) as store:
        ids = write_notes(store, 2, agent="alice")
    sync = service(store_path, server.url, secrets, code, "alice")
    sync.start()
    try:
        wait_for(lambda: set(ids) <= set(server_notes()), timeout=20, what="notes on server")
        wait_for(lambda: sync.status().state is SyncState.SYNCED, what="synced")
    finally:
        assert sync.stop(10)
    token = secrets.items[token_key(server.url)]
    assert token.startswith("spa_") and sync.enrolment_failure == ""
    assert {n["agent"] for n in server_notes().values()} == {"alice"}
    assert uses_left(server_db_url) == [0]
    # Next start: the token is in the keychain, the (used) code is not sent again.
    again = service(store_path, server.url, secrets, code, "alice")
    again.start()
    try:
        wait_for(lambda: again.status().state is SyncState.SYNCED, what="synced again")
    finally:
        again.stop(10)
    assert again.enrolment_failure == "" and secrets.items[token_key(server.url)] == token
    logged = caplog.text + "".join(str(r.__dict__) for r in caplog.records)
    assert code not in logged and token not in logged
    assert "enrolled as alice" in caplog.text


def test_a_used_code_is_refused_and_a_token_entered_by_hand_still_works(
    server: ThreadedServer, server_db_url: str, store_path: Path, server_notes: Any
) -> None:
    code = add_code(server_db_url)
    first = MemorySecrets()
    with EnrolmentClient(server.url) as client:
        assert cast(EnrolmentClient, client).enrol(code, "alice", "desk-1").token
    with LocalStore.open(store_path) as store:
        ids = write_notes(store, 1, agent="bob")
    sync = service(store_path, server.url, first, code, "bob")
    sync.start()
    try:
        wait_for(lambda: sync.status().state is SyncState.AUTH_FAILED, what="refused")
        status = sync.status()
        assert "used" in status.last_error and "enter a token" in status.last_error
        assert "used" in sync.enrolment_failure and code not in status.last_error
        assert token_key(server.url) not in first.items
        from tests.helpers.sync_server import add_agent

        sync.set_token(add_agent(server_db_url, "bob"))  # Settings › Sync server token…
        wait_for(lambda: set(ids) <= set(server_notes()), timeout=20, what="notes on server")
    finally:
        sync.stop(10)


def test_unknown_expired_revoked_codes_say_why(server: ThreadedServer, server_db_url: str) -> None:
    def refusal(code: str, name: str = "alice") -> EnrolmentRefused:
        client = EnrolmentClient(server.url)
        try:
            with pytest.raises(EnrolmentRefused) as caught:
                client.enrol(code, name, "desk-1")
        finally:
            client.close()
        assert code not in str(caught.value)
        return caught.value

    unknown = refusal("SPE-AAAAA-BBBBB-CCCCC-DDDDD")
    assert unknown.code == "enrolment_code_unknown" and "unknown" in str(unknown)
    code = add_code(server_db_url)
    change_codes(server_db_url, expires_at=datetime.now(UTC) - timedelta(days=1))
    expired = refusal(code)
    assert expired.code == "enrolment_code_expired" and "expired" in str(expired)
    change_codes(server_db_url, revoked_at=datetime.now(UTC))
    revoked = refusal(code)
    assert revoked.code == "enrolment_code_revoked" and "revoked" in str(revoked)
    invalid = refusal("not/a code!")
    assert invalid.code == "invalid" and "not a valid code" in str(invalid)
    db = Database(server_db_url, pool_size=1)
    try:
        with db.reading() as session:
            failed = [e.detail for e in session.query(AuditEntry) if e.action == "enrol.failed"]
    finally:
        db.dispose()
    assert len(failed) == 3 and all("desk=desk-1" in d for d in failed)


def test_the_rate_limit_on_enrol(server_db_url: str, tmp_path: Path) -> None:
    live = ThreadedServer(server_db_url, tmp_path / "limited", enrol_max_failures_ip=2).start()
    try:
        client = EnrolmentClient(live.url)
        try:
            for _ in range(2):
                with pytest.raises(EnrolmentRefused):
                    client.enrol("SPE-AAAAA-BBBBB-CCCCC-DDDDD", "alice", "desk-1")
            code = add_code(server_db_url)
            with pytest.raises(Exception) as caught:
                client.enrol(code, "alice", "desk-1")
        finally:
            client.close()
        assert "429" in str(caught.value) and "too many" in str(caught.value)
        assert uses_left(server_db_url) == [1]
    finally:
        live.stop()


def selftest_desk(url: str, secrets: MemorySecrets, code: str) -> SelfTest:
    provisioning = Provisioning(source="test", extra={"enrolment.code": code} if code else {})
    settings = Settings(None, provisioning)
    settings.update({"general.server_url": url})
    return cast(SelfTest, SimpleNamespace(settings=settings, secrets=secrets))


def test_self_test_does_not_use_the_code(server: ThreadedServer, server_db_url: str) -> None:
    code = add_code(server_db_url)
    result = check_sync_server(selftest_desk(server.url, MemorySecrets(), code))
    assert result.ok, result.detail
    assert "an enrolment code is provisioned (enrols at first start)" in result.detail
    assert "no agent token stored" in result.detail and code not in result.detail
    assert uses_left(server_db_url) == [1]
    result = check_sync_server(selftest_desk(server.url, MemorySecrets(), ""))
    assert not result.ok and "Sync server token" in result.detail


def test_self_test_says_when_the_server_cannot_be_reached() -> None:
    from tests.helpers.ports import free_port

    url = f"http://127.0.0.1:{free_port()}"
    result = check_sync_server(selftest_desk(url, MemorySecrets(), "SPE-AAAAA-BBBBB-CCCCC-DDDDD"))
    assert not result.ok and "cannot be reached" in result.detail
    assert "enrols at first start" in result.detail and "SPE-AAAAA" not in result.detail


def test_agent_and_desk_names_are_made_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    assert agent_name("anna.b") == "anna.b"
    monkeypatch.setattr("getpass.getuser", lambda: "John Smith")
    assert agent_name("") == "John.Smith"
    monkeypatch.setattr("getpass.getuser", lambda: "???")
    assert agent_name("") == ""
    monkeypatch.setattr("socket.gethostname", lambda: "DESK 17 (floor 3)")
    assert desk_name() == "DESK-17-floor-3"
