"""POST /api/v1/events: idempotency, state rules, per-item authorisation, strict validation."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable

from fastapi.testclient import TestClient

from softphone.protocol import limits
from softphone.server import accounts
from softphone.server.db import Database
from tests.server.factories import call, note

URL = "/api/v1/events"


def statuses(response_json: dict[str, object]) -> list[tuple[str, int]]:
    results = response_json["results"]
    assert isinstance(results, list)
    return [(r["status"], r["code"]) for r in results]


def test_same_note_twice_is_duplicate(client: TestClient, agent: dict[str, str]) -> None:
    body = {"notes": [note()], "calls": [call()]}
    first = client.post(URL, json=body, headers=agent)
    assert first.status_code == 200
    assert statuses(first.json()) == [("accepted", 201), ("accepted", 201)]
    again = client.post(URL, json=body, headers=agent)
    assert statuses(again.json()) == [("duplicate", 200), ("duplicate", 200)]
    notes = client.get("/api/v1/notes", headers=agent).json()["items"]
    assert len(notes) == 1


def test_state_advances_and_never_reverts(client: TestClient, agent: dict[str, str]) -> None:
    started = note(state="started", steps=["farewell@2026-01-01T10:00:00+00:00"])
    assert statuses(client.post(URL, json={"notes": [started]}, headers=agent).json()) == [
        ("accepted", 201)
    ]
    completed = {**started, "state": "completed", "details": {"hung_up_by": "agent"}}
    r = client.post(URL, json={"notes": [completed]}, headers=agent)
    assert statuses(r.json()) == [("updated", 200)]
    # A late resend of the write-ahead copy must not undo the completion.
    r = client.post(URL, json={"notes": [started]}, headers=agent)
    assert statuses(r.json()) == [("duplicate", 200)]
    interrupted = {**started, "state": "interrupted"}
    r = client.post(URL, json={"notes": [interrupted]}, headers=agent)
    assert statuses(r.json()) == [("duplicate", 200)]
    stored = client.get("/api/v1/notes", headers=agent).json()["items"][0]
    assert stored["state"] == "completed"
    assert stored["details"] == {"hung_up_by": "agent"}


def test_text_edit_needs_a_higher_revision(client: TestClient, agent: dict[str, str]) -> None:
    first = note(text="first words")
    client.post(URL, json={"notes": [first]}, headers=agent)
    same_revision = {**first, "text": "changed without a revision"}
    assert statuses(client.post(URL, json={"notes": [same_revision]}, headers=agent).json()) == [
        ("duplicate", 200)
    ]
    edited = {**first, "text": "edited", "revision": 1}
    assert statuses(client.post(URL, json={"notes": [edited]}, headers=agent).json()) == [
        ("updated", 200)
    ]
    assert client.get("/api/v1/notes", headers=agent).json()["items"][0]["text"] == "edited"


def test_one_uuid_twice_in_one_batch(client: TestClient, agent: dict[str, str]) -> None:
    started = note(state="started")
    completed = {**started, "state": "completed", "text": "done"}
    r = client.post(URL, json={"notes": [started, completed, started]}, headers=agent)
    assert statuses(r.json()) == [("accepted", 201), ("updated", 200), ("duplicate", 200)]
    stored = client.get("/api/v1/notes", headers=agent).json()["items"]
    assert [(n["state"], n["text"]) for n in stored] == [("completed", "done")]


def test_agent_cannot_alter_another_agents_items(
    client: TestClient, make_agent: Callable[..., dict[str, str]]
) -> None:
    alice, mallory = make_agent("alice"), make_agent("mallory")
    n, c = note(text="alice's words"), call(ended_at=None)
    client.post(URL, json={"notes": [n], "calls": [c]}, headers=alice)
    forged_note = {**n, "revision": 5, "text": "mallory was here", "state": "completed"}
    forged_call = {**c, "ended_at": c["answered_at"], "disposition": "forged"}
    r = client.post(URL, json={"notes": [forged_note], "calls": [forged_call]}, headers=mallory)
    assert r.status_code == 200
    assert statuses(r.json()) == [("rejected", 403), ("rejected", 403)]
    impersonation = note(agent="alice")
    r = client.post(URL, json={"notes": [impersonation]}, headers=mallory)
    assert statuses(r.json()) == [("rejected", 403)]
    stored = client.get("/api/v1/notes", headers=alice).json()["items"]
    assert [s["text"] for s in stored] == ["alice's words"]


def test_note_kind_cannot_change(client: TestClient, agent: dict[str, str]) -> None:
    n = note(kind="wrapup", reason=None)
    client.post(URL, json={"notes": [n]}, headers=agent)
    r = client.post(URL, json={"notes": [{**n, "kind": "critical", "revision": 2}]}, headers=agent)
    assert statuses(r.json()) == [("rejected", 409)]


def test_call_fills_in_but_never_rewrites(client: TestClient, agent: dict[str, str]) -> None:
    c = call(ended_at=None, ended_by="")
    client.post(URL, json={"calls": [c]}, headers=agent)
    ended = {**c, "ended_at": c["answered_at"], "ended_by": "local"}
    assert statuses(client.post(URL, json={"calls": [ended]}, headers=agent).json()) == [
        ("updated", 200)
    ]
    rewrite = {**ended, "ended_by": "remote"}
    assert statuses(client.post(URL, json={"calls": [rewrite]}, headers=agent).json()) == [
        ("duplicate", 200)
    ]
    stored = client.get("/api/v1/calls", headers=agent).json()["items"][0]
    assert stored["ended_by"] == "local"
    assert stored["duration"] == 0.0


def test_reveals_are_stored_once(client: TestClient, agent: dict[str, str]) -> None:
    reveal = {
        "id": str(uuid.uuid4()),
        "customer_id": str(uuid.uuid4()),
        "at": "2026-01-01T10:00:00Z",
        "fields": ["phones", "address"],
        "reason": "caller asked to confirm the address",
    }
    r1 = client.post(URL, json={"reveals": [reveal]}, headers=agent)
    r2 = client.post(URL, json={"reveals": [reveal]}, headers=agent)
    assert statuses(r1.json()) == [("accepted", 201)]
    assert statuses(r2.json()) == [("duplicate", 200)]


def error_locs(response_json: dict[str, object]) -> list[str]:
    error = response_json["error"]
    assert isinstance(error, dict)
    return [d["loc"] for d in error["details"]]


def test_far_offsets_and_big_batches_are_stored(client: TestClient, agent: dict[str, str]) -> None:
    # Times are stored in UTC whatever offset they carry (PostgreSQL refuses +16:00 as is),
    # and a full batch of first sends is one insert per table.
    odd = note(created_at="2000-01-01T00:00:00+16:00")
    leg = call(started_at="2026-01-01T00:00:00-15:59", answered_at=None, ended_at=None)
    many = [note(kind="wrapup", reason=None) for _ in range(limits.MAX_BATCH_ITEMS - 2)]
    response = client.post(URL, json={"notes": [odd, *many], "calls": [leg]}, headers=agent)
    assert response.status_code == 200, response.text
    assert response.json()["accepted"] == limits.MAX_BATCH_ITEMS
    stored = client.get("/api/v1/notes", params={"limit": 1000}, headers=agent).json()["items"]
    by_id = {n["id"]: n for n in stored}
    assert by_id[odd["id"]]["created_at"].startswith("1999-12-31T08:00:00")
    assert len(stored) == limits.MAX_BATCH_ITEMS - 1


def test_validation_is_strict_and_explained(client: TestClient, agent: dict[str, str]) -> None:
    bad = [
        ({"notes": [note(id="not-a-uuid")]}, "body.notes.0.id"),
        ({"notes": [note(created_at="2026-01-01T10:00:00")]}, "body.notes.0.created_at"),
        ({"notes": [note(kind="gossip")]}, "body.notes.0.kind"),
        ({"notes": [note(reason="bad mood")]}, "body.notes.0.reason"),
        ({"notes": [note(revision="1")]}, "body.notes.0.revision"),
        ({"notes": [note(text="x" * (limits.MAX_TEXT_CHARS + 1))]}, "body.notes.0.text"),
        ({"notes": [note(text="nul \x00 byte")]}, "body.notes.0.text"),
        ({"notes": [note(steps=["s"] * (limits.MAX_STEPS + 1))]}, "body.notes.0.steps"),
        ({"notes": [note(surprise=1)]}, "body.notes.0.surprise"),
        ({"calls": [call(number="0612345678")]}, "body.calls.0.number"),
        ({"calls": [call(ended_at="2000-01-01T00:00:00Z")]}, "body.calls.0"),
        ({"gossip": []}, "body.gossip"),
    ]
    for body, loc in bad:
        r = client.post(URL, json=body, headers=agent)
        assert r.status_code == 422, (body, r.text)
        assert r.json()["error"]["code"] == "validation_error"
        assert any(found.startswith(loc) for found in error_locs(r.json())), (loc, r.json())
    assert client.get("/api/v1/notes", headers=agent).json()["items"] == []


def test_size_limits(client: TestClient, agent: dict[str, str]) -> None:
    too_many = {"notes": [note() for _ in range(limits.MAX_BATCH_ITEMS + 1)]}
    r = client.post(URL, json=too_many, headers=agent)
    assert r.status_code == 422
    assert "at most" in r.json()["error"]["message"] + json.dumps(r.json())
    huge = b'{"notes": [' + b" " * (limits.MAX_BODY_BYTES + 10) + b"]}"
    r = client.post(URL, content=huge, headers={**agent, "Content-Type": "application/json"})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "too_large"
    r = client.post(
        URL, content=b"{not json", headers={**agent, "Content-Type": "application/json"}
    )
    assert r.status_code == 422


def test_tokens(
    client: TestClient, db: Database, make_agent: Callable[..., dict[str, str]]
) -> None:
    body = {"notes": [note()]}
    assert client.post(URL, json=body).status_code == 401
    r = client.post(URL, json=body, headers={"Authorization": "Bearer spa_wrong"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    assert r.json()["error"]["code"] == "unauthorized"
    bob = make_agent("bob")
    assert client.post(URL, json=body, headers=bob).status_code == 200
    with db.writing() as session:
        assert accounts.revoke_agent(session, "bob")
    assert client.post(URL, json={"notes": [note()]}, headers=bob).status_code == 401
    assert client.get("/api/v1/changes", headers=bob).status_code == 401
    integration = make_agent("crm", role="integration")
    assert client.post(URL, json={"notes": [note()]}, headers=integration).status_code == 403
