"""Enrolment codes: the CLI, POST /enrol (once per use, refusals, audit, rate limit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from softphone.server import accounts, enrolment
from softphone.server.app import create_app
from softphone.server.cli import main
from softphone.server.db import Database
from softphone.server.models import Agent, AuditEntry, EnrolmentCode
from softphone.server.settings import ServerSettings

ENROL = "/api/v1/enrol"


@pytest.fixture
def make_code(db: Database) -> Callable[..., str]:
    def make(**kwargs: object) -> str:
        with db.writing() as session:
            code, _row = enrolment.add_enrolment(session, **kwargs)  # type: ignore[arg-type]
        return code

    return make


def body(code: str, name: str = "alice", desk: str = "desk-17.example.com") -> dict[str, str]:
    return {"code": code, "agent_name": name, "desk": desk}


def error(response: object) -> tuple[int, str, str]:
    json = response.json()  # type: ignore[attr-defined]
    return response.status_code, json["error"]["code"], json["error"]["message"]  # type: ignore[attr-defined]


def test_a_code_works_once_per_use_and_the_token_is_an_agent_token(
    client: TestClient, db: Database, make_code: Callable[..., str]
) -> None:
    code = make_code(uses=2)
    first = client.post(ENROL, json=body(code, "alice"))
    assert first.status_code == 200, first.text
    result = first.json()
    assert result["agent_name"] == "alice" and result["role"] == "agent"
    token = result["token"]
    assert token.startswith("spa_")
    # Case, spaces and dashes do not matter; the second use works, the third does not.
    typed = code.lower().replace("-", " ")
    assert client.post(ENROL, json=body(typed, "bob")).status_code == 200
    status, kind, message = error(client.post(ENROL, json=body(code, "carol")))
    assert (status, kind) == (410, "enrolment_code_used") and "2 of 2 uses" in message
    # The token works like one from add-agent: it may push events.
    pushed = client.post("/api/v1/events", json={}, headers={"Authorization": f"Bearer {token}"})
    assert pushed.status_code == 200, pushed.text
    with db.reading() as session:
        row = session.query(EnrolmentCode).one()
        assert row.uses_left == 0 and row.code_hash == enrolment.code_hash(code)
        assert code not in row.code_hash and token not in {
            a.token_hash for a in session.query(Agent)
        }
        audit = [(e.actor, e.action, e.detail, e.ip) for e in session.query(AuditEntry)]
    enrolled = [a for a in audit if a[1] == "agent.enrol"]
    assert [a[0] for a in enrolled] == ["alice", "bob"]
    assert "desk=desk-17.example.com" in enrolled[0][2] and enrolled[0][3]
    assert any(a[1] == "enrol.failed" and "enrolment_code_used" in a[2] for a in audit)
    assert all(code not in a[2] and token not in a[2] for a in audit)


def test_unknown_expired_revoked_codes_are_refused_clearly(
    client: TestClient, db: Database, make_code: Callable[..., str]
) -> None:
    status, kind, message = error(client.post(ENROL, json=body("SPE-AAAAA-BBBBB-CCCCC-DDDDD")))
    assert (status, kind) == (401, "enrolment_code_unknown") and "unknown" in message
    expired = make_code()
    with db.writing() as session:
        row = session.query(EnrolmentCode).one()
        row.expires_at = datetime.now(UTC) - timedelta(minutes=1)
    status, kind, message = error(client.post(ENROL, json=body(expired)))
    assert (status, kind) == (410, "enrolment_code_expired") and "expired on" in message
    revoked = make_code()
    with db.writing() as session:
        number = max(r.id for r in session.query(EnrolmentCode))
        assert enrolment.revoke_enrolment(session, number)
        assert not enrolment.revoke_enrolment(session, number)
    status, kind, message = error(client.post(ENROL, json=body(revoked)))
    assert (status, kind) == (410, "enrolment_code_revoked") and "revoked" in message
    with db.reading() as session:
        assert session.query(Agent).count() == 0
        states = sorted(enrolment.state(r) for r in enrolment.list_enrolments(session))
    assert states == ["expired", "revoked"]


def test_an_existing_agent_is_not_taken_over(
    client: TestClient, db: Database, make_code: Callable[..., str]
) -> None:
    with db.writing() as session:
        accounts.add_agent(session, "alice")
        accounts.add_agent(session, "bob")
    with db.writing() as session:
        assert accounts.revoke_agent(session, "bob")
    code = make_code()
    status, kind, message = error(client.post(ENROL, json=body(code, "alice")))
    assert (status, kind) == (409, "agent_exists") and "already has a token" in message
    status, kind, message = error(client.post(ENROL, json=body(code, "bob")))
    assert (status, kind) == (409, "agent_exists") and "revoked" in message
    # Nothing was used up: the code still enrols a new agent.
    assert client.post(ENROL, json=body(code, "carol")).status_code == 200


def test_validation_and_size_limits(client: TestClient, make_code: Callable[..., str]) -> None:
    code = make_code()
    for bad in (
        {**body(code), "agent_name": "not a name"},
        {**body(code), "desk": "desk/../etc"},
        {**body(code), "desk": "x" * 254},
        {**body(code), "code": "c" * 65},
        {**body(code), "code": "SPE\u0000"},
        {**body(code), "extra": 1},
        {"code": code},
    ):
        response = client.post(ENROL, json=bad)
        assert response.status_code == 422, bad
        assert response.json()["error"]["code"] == "validation_error"
        assert code not in response.text
    too_big = client.post(
        ENROL,
        content=b"{" + b" " * (9 * 1024 * 1024) + b"}",
        headers={"Content-Type": "application/json"},
    )
    assert too_big.status_code == 413
    assert client.post(ENROL, json=body(code)).status_code == 200  # none of that used it


def test_refused_codes_are_rate_limited_per_address(
    db_url: str, tmp_path: object, db: Database, make_code: Callable[..., str]
) -> None:
    settings = ServerSettings(
        data_dir=tmp_path,  # type: ignore[arg-type]
        db=db_url,
        argon2_time_cost=1,
        argon2_memory_kib=8192,
        enrol_max_failures_ip=3,
    )
    good = make_code()
    with TestClient(create_app(settings, db)) as client:
        for i in range(3):
            guess = f"SPE-AAAAA-BBBBB-CCCCC-DDDD{i + 2}"
            assert client.post(ENROL, json=body(guess)).status_code == 401
        throttled = client.post(ENROL, json=body(good))
        assert throttled.status_code == 429
        assert throttled.json()["error"]["code"] == "too_many_requests"
        assert int(throttled.headers["Retry-After"]) == settings.login_window_s
    with db.reading() as session:
        assert session.query(Agent).count() == 0  # the good code was not even looked at
        assert session.query(EnrolmentCode).one().uses_left == 1


def test_cli_add_list_revoke(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def run(*args: str) -> int:
        return main(["--db", db_url, *args])

    assert run("add-enrolment", "--uses", "300", "--expires-in", "7", "--label", "floor 3") == 0
    out = capsys.readouterr().out
    code = out.strip().splitlines()[-1]
    assert code.startswith("SPE-") and len(code) == 27 and "#1" in out and "300 use(s)" in out
    assert run("add-enrolment", "--uses", "0") == 2
    assert "--uses" in capsys.readouterr().err
    assert run("add-enrolment", "--expires-in", "400") == 2
    capsys.readouterr()
    assert run("list-enrolments") == 0
    listing = capsys.readouterr().out
    assert "#1\tagent\t0/300 used" in listing and "active\tfloor 3" in listing
    assert code not in listing
    assert run("revoke-enrolment", "1") == 0
    assert run("revoke-enrolment", "1") == 2
    assert run("revoke-enrolment", "99") == 2
    capsys.readouterr()
    assert run("list-enrolments") == 0
    assert "revoked" in capsys.readouterr().out
    db = Database(db_url, pool_size=1)
    try:
        with db.reading() as session:
            stored = session.query(EnrolmentCode).one()
            assert stored.code_hash == enrolment.code_hash(code)
            actions = {e.action for e in session.query(AuditEntry)}
            assert {"enrolment.add", "enrolment.revoke"} <= actions
    finally:
        db.dispose()
