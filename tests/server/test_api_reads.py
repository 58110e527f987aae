"""Card lookup, the changes feed (convergence, paging, cursors) and who may read the logs."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient

from softphone.server import directory
from softphone.server.db import Database
from softphone.server.models import Customer, CustomerPhone
from tests.server.factories import call, note

EVENTS = "/api/v1/events"


def add_customer(db: Database, name: str = "Mario Rossi", phone: str = "+390612345678") -> str:
    with db.writing() as session:
        from softphone.server import changefeed

        customer = Customer(id=uuid.uuid4(), number="C-1", name=name, language="it")
        customer.phones = [CustomerPhone(e164=phone)]
        customer.change_seq = changefeed.allocate(session, 1)[0]
        session.add(customer)
        session.flush()
        return str(customer.id)


def test_lookup_returns_card_flags_and_history_of_every_agent(
    client: TestClient, db: Database, make_agent: Callable[..., dict[str, str]]
) -> None:
    cid = add_customer(db)
    alice, bob = make_agent("alice"), make_agent("bob")
    client.post(EVENTS, json={"notes": [note(customer_id=cid, text="shouted")]}, headers=alice)
    client.post(EVENTS, json={"calls": [call(customer_id=None)]}, headers=bob)  # by number
    r = client.get("/api/v1/customers/lookup", params={"phone": "+390612345678"}, headers=bob)
    assert r.status_code == 200
    (card,) = r.json()["customers"]
    assert card["name"] == "Mario Rossi" and card["phones"] == ["+390612345678"]
    assert [f["kind"] for f in card["flags"]] == ["abusive"]
    assert {(h["kind"], h["agent"]) for h in card["history"]} == {
        ("critical", "alice"),
        ("call", "bob"),
    }
    assert client.get(f"/api/v1/customers/{cid}", headers=bob).json()["id"] == cid
    missing = client.get(f"/api/v1/customers/{uuid.uuid4()}", headers=bob)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    bad = client.get("/api/v1/customers/lookup", params={"phone": "12345"}, headers=bob)
    assert bad.status_code == 422
    assert (
        client.get("/api/v1/customers/lookup", params={"phone": "+390612345678"}).status_code == 401
    )


def pull_all(
    client: TestClient, headers: dict[str, str], since: str = "", limit: int = 3
) -> tuple[str, dict[str, Any]]:
    """Apply pages like the sync client does; returns (cursor, state by id)."""
    state: dict[str, Any] = {}
    cursors = []
    while True:
        page = client.get(
            "/api/v1/changes", params={"since": since, "limit": limit}, headers=headers
        ).json()
        for kind in ("customers", "notes"):
            for item in page[kind]:
                state[item["id"]] = item
        for flag in page["flags"]:
            state[f"{flag['customer_id']}/{flag['flag']['kind']}"] = flag
        cursors.append(int(page["cursor"]))
        since = page["cursor"]
        if not page["has_more"]:
            break
    assert cursors == sorted(cursors), "cursors only move forward"
    return since, state


def test_changes_feed_converges(
    client: TestClient, db: Database, make_agent: Callable[..., dict[str, str]]
) -> None:
    alice, bob = make_agent("alice"), make_agent("bob")
    cid = add_customer(db)
    notes = [note(customer_id=cid, state="started") for _ in range(5)]
    client.post(EVENTS, json={"notes": notes}, headers=alice)
    cursor_bob, seen = pull_all(client, bob)
    assert {n["id"] for n in notes} <= set(seen)
    assert seen[cid]["name"] == "Mario Rossi"
    assert seen[f"{cid}/abusive"]["flag"]["count"] == 5
    # Updates after the cursor: completions and a supervisor's ban.
    done = [{**n, "state": "completed"} for n in notes[:2]]
    client.post(EVENTS, json={"notes": done}, headers=alice)
    with db.writing() as session:
        directory.set_flag(
            session,
            uuid.UUID(cid),
            "banned",
            instruction="written contact only",
            expires_at=datetime.now(UTC) + timedelta(days=30),
            actor="sup",
        )
    cursor2, delta = pull_all(client, bob, cursor_bob)
    assert int(cursor2) > int(cursor_bob)
    assert {k for k in delta if "/" not in k} == {n["id"] for n in done}
    assert delta[f"{cid}/banned"]["flag"]["instruction"] == "written contact only"
    assert delta[f"{cid}/banned"]["active"] is True
    # Clearing is a change too; nothing else is repeated.
    with db.writing() as session:
        directory.clear_flag(session, uuid.UUID(cid), "banned", actor="sup")
    cursor3, delta = pull_all(client, bob, cursor2)
    assert list(delta) == [f"{cid}/banned"] and delta[f"{cid}/banned"]["active"] is False
    # A fresh agent pulling from zero ends in the same state as bob's incremental pulls.
    _, fresh = pull_all(client, make_agent("carol"), "", limit=2)
    _, again = pull_all(client, bob, "", limit=1000)
    assert fresh == again
    empty = client.get("/api/v1/changes", params={"since": cursor3}, headers=bob).json()
    assert empty["cursor"] == cursor3 and not empty["has_more"] and not empty["notes"]


def test_bad_cursor(client: TestClient, agent: dict[str, str]) -> None:
    r = client.get("/api/v1/changes", params={"since": "yesterday"}, headers=agent)
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_cursor"
    r = client.get("/api/v1/notes", params={"before": "garbage!"}, headers=agent)
    assert r.status_code == 400


def test_agent_reads_only_its_own_log(
    client: TestClient, make_agent: Callable[..., dict[str, str]]
) -> None:
    alice, bob = make_agent("alice"), make_agent("bob")
    client.post(EVENTS, json={"notes": [note(text="alice")], "calls": [call()]}, headers=alice)
    client.post(EVENTS, json={"notes": [note(text="bob")], "calls": [call()]}, headers=bob)
    for path in ("/api/v1/notes", "/api/v1/calls"):
        r = client.get(path, params={"agent": "alice"}, headers=bob)
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
        own = client.get(path, headers=bob).json()["items"]
        assert {i["agent"] for i in own} == {"bob"}
    crm = make_agent("crm", role="integration")
    everyone = client.get("/api/v1/notes", headers=crm).json()["items"]
    assert {n["text"] for n in everyone} == {"alice", "bob"}
    assert client.get("/api/v1/notes").status_code == 401


def test_supervisor_session_reads_all_with_filters_and_pages(
    supervisor_client: tuple[TestClient, str], make_agent: Callable[..., dict[str, str]]
) -> None:
    client, _csrf = supervisor_client
    alice = make_agent("alice")
    now = datetime.now(UTC)
    notes = [
        note(
            created_at=(now - timedelta(hours=i)).isoformat(),
            reason=("threats" if i % 2 else "insults"),
        )
        for i in range(7)
    ]
    client.post(EVENTS, json={"notes": notes}, headers=alice)
    got: list[str] = []
    params: dict[str, Any] = {"limit": 2, "reason": "insults"}
    while True:
        page = client.get("/api/v1/notes", params=params).json()
        got += [n["id"] for n in page["items"]]
        if not page["next"]:
            break
        params["before"] = page["next"]
    assert got == [n["id"] for i, n in enumerate(notes) if i % 2 == 0]
    since = (now - timedelta(hours=2, minutes=30)).isoformat()
    recent = client.get("/api/v1/notes", params={"since": since}).json()["items"]
    assert len(recent) == 3
    short = client.get("/api/v1/calls", params={"max_duration": 10}).json()["items"]
    assert short == []
