"""Supervisor pages: login and its rate limit, CSRF, review, flags, escaping, CSV export."""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Callable

from fastapi.testclient import TestClient

from softphone.server.db import Database
from softphone.server.models import AuditEntry, Note
from tests.server.factories import call, login_csrf, note

EVENTS = "/api/v1/events"
INJECTIONS = [
    "<script>alert('x')</script>",
    "'; DROP TABLE notes; --",
    '"><img src=x onerror=alert(1)>',
    '=HYPERLINK("http://evil","click")',
    "+SUM(1,2)",
    "-2+3",
    "@cmd",
    "Robert'); DELETE FROM agents;--",
    "</svg><svg onload=alert(1)>",
]


def test_pages_need_a_login(client: TestClient) -> None:
    for path in (
        "/dashboard",
        "/dashboard/review",
        "/dashboard/charts",
        "/dashboard/export/notes.csv",
    ):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")


def test_login_logout_and_open_redirect(client: TestClient, supervisor: tuple[str, str]) -> None:
    r = client.post(
        "/login",
        data={
            "name": supervisor[0],
            "password": supervisor[1],
            "csrf_token": login_csrf(client),
            "next": "//evil.example/phish",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == "/dashboard"
    assert "httponly" in r.headers["set-cookie"].lower()
    page = client.get("/dashboard")
    assert page.status_code == 200 and supervisor[0] in page.text
    assert "content-security-policy" in page.headers
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token
    assert client.post("/logout", data={}, follow_redirects=False).status_code == 403
    r = client.post("/logout", data={"csrf_token": token.group(1)}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/dashboard", follow_redirects=False).status_code == 303


def test_login_csrf_and_rate_limit(
    client: TestClient, supervisor: tuple[str, str], db: Database
) -> None:
    name, password = supervisor
    r = client.post("/login", data={"name": name, "password": password, "csrf_token": "forged"})
    assert r.status_code == 403
    for _ in range(5):
        r = client.post(
            "/login", data={"name": name, "password": "wrong", "csrf_token": login_csrf(client)}
        )
        assert r.status_code == 401 and "Wrong name or password" in r.text
    # Locked now, even with the right password.
    r = client.post(
        "/login", data={"name": name, "password": password, "csrf_token": login_csrf(client)}
    )
    assert r.status_code == 429 and "Too many failed attempts" in r.text
    assert int(r.headers["retry-after"]) > 0
    with db.reading() as session:
        actions = [e.action for e in session.query(AuditEntry).all()]
    assert actions.count("login.failed") == 5


def test_form_posts_need_the_session_csrf_token(
    supervisor_client: tuple[TestClient, str], agent: dict[str, str]
) -> None:
    client, csrf = supervisor_client
    n = note(customer_id=str(uuid.uuid4()))
    client.post(EVENTS, json={"notes": [n]}, headers=agent)
    targets = [
        (f"/dashboard/notes/{n['id']}/review", {"decision": "confirm"}),
        (f"/dashboard/customers/{n['customer_id']}/flags", {"kind": "banned"}),
        (f"/dashboard/customers/{n['customer_id']}/flags/abusive/clear", {}),
    ]
    for url, data in targets:
        assert client.post(url, data=data, follow_redirects=False).status_code == 403
        r = client.post(url, data={**data, "csrf_token": "x" + csrf}, follow_redirects=False)
        assert r.status_code == 403
        r = client.post(
            url,
            data={**data, "csrf_token": csrf},
            headers={"Origin": "http://evil.example"},
            follow_redirects=False,
        )
        assert r.status_code == 403


def test_review_and_flag_flow(
    supervisor_client: tuple[TestClient, str], agent: dict[str, str], db: Database
) -> None:
    client, csrf = supervisor_client
    cid = str(uuid.uuid4())
    n = note(customer_id=cid)
    client.post(EVENTS, json={"notes": [n]}, headers=agent)
    assert "1</span>" in client.get("/dashboard/review").text
    r = client.post(
        f"/dashboard/notes/{n['id']}/review",
        data={
            "decision": "overturn",
            "comment": "caller was calm",
            "csrf_token": csrf,
            "next": "/dashboard/review",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == "/dashboard/review?msg=reviewed"
    with db.reading() as session:
        stored = session.get(Note, uuid.UUID(n["id"]))
        assert stored is not None and stored.review_state == "overturned"
    # Overturned: the caller's "abusive" count drops back to 0 (and agents learn it).
    flags = client.get("/api/v1/changes", headers=agent).json()["flags"]
    assert [(f["flag"]["kind"], f["flag"]["count"], f["active"]) for f in flags] == [
        ("abusive", 0, False)
    ]
    r = client.post(
        f"/dashboard/customers/{cid}/flags",
        data={
            "kind": "banned",
            "instruction": "written contact only",
            "expires_days": "30",
            "csrf_token": csrf,
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    card_page = client.get(f"/dashboard/customers/{cid}")
    assert "written contact only" in card_page.text
    banned = [
        f
        for f in client.get("/api/v1/changes", headers=agent).json()["flags"]
        if f["flag"]["kind"] == "banned"
    ]
    assert banned and banned[0]["flag"]["expires_at"] and banned[0]["flag"]["set_by"] == "sup.anna"
    with db.reading() as session:
        actions = [e.action for e in session.query(AuditEntry).order_by(AuditEntry.id)]
    assert {"login", "note.review", "flag.set"} <= set(actions)


def test_injection_strings_are_stored_and_shown_as_text(
    supervisor_client: tuple[TestClient, str],
    make_agent: Callable[..., dict[str, str]],
    db: Database,
) -> None:
    client, csrf = supervisor_client
    agent = make_agent("alice")
    cid = str(uuid.uuid4())
    notes = [
        note(customer_id=cid, text=text, details={"who_hung_up": text, "sip_status": text})
        for text in INJECTIONS
    ]
    calls = [call(customer_id=cid, disposition=text, end_reason=text) for text in INJECTIONS]
    r = client.post(EVENTS, json={"notes": notes, "calls": calls}, headers=agent)
    assert r.json()["accepted"] == 2 * len(INJECTIONS)
    stored = {n["text"] for n in client.get("/api/v1/notes", params={"limit": 100}).json()["items"]}
    assert stored == set(INJECTIONS)  # byte for byte, nothing stripped or executed
    client.post(
        f"/dashboard/customers/{cid}/flags",
        data={"kind": "banned", "instruction": INJECTIONS[0], "csrf_token": csrf},
    )
    pages = [
        client.get("/dashboard").text,
        client.get("/dashboard/calls").text,
        client.get(f"/dashboard/notes/{notes[0]['id']}").text,
        client.get(f"/dashboard/notes/{notes[2]['id']}").text,
        client.get(f"/dashboard/customers/{cid}").text,
        client.get("/dashboard/review").text,
        client.get("/dashboard/audit").text,
    ]
    for html in pages:
        assert (
            "<script>alert" not in html and "<img src=x" not in html and "<svg onload" not in html
        )
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in pages[2]
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in pages[3]
    with db.reading() as session:
        assert session.query(Note).count() == len(INJECTIONS)


def test_csv_export_filters_and_neutralises_formulas(
    supervisor_client: tuple[TestClient, str], make_agent: Callable[..., dict[str, str]]
) -> None:
    client, _ = supervisor_client
    alice, bob = make_agent("alice"), make_agent("bob")
    client.post(EVENTS, json={"notes": [note(text=t) for t in INJECTIONS]}, headers=alice)
    client.post(
        EVENTS,
        json={"notes": [note(text="bob's", reason="threats")], "calls": [call(disposition="=1+1")]},
        headers=bob,
    )
    r = client.get("/dashboard/export/notes.csv", params={"agent": "alice"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert len(rows) == len(INJECTIONS) and {row["agent"] for row in rows} == {"alice"}
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
    texts = {row["text"] for row in rows}
    assert '\'=HYPERLINK("http://evil","click")' in texts and "<script>alert('x')</script>" in texts
    r = client.get("/dashboard/export/notes.csv", params={"reason": "threats"})
    assert [row["agent"] for row in csv.DictReader(io.StringIO(r.text.lstrip("\ufeff")))] == ["bob"]
    calls_csv = client.get("/dashboard/export/calls.csv").text
    assert "'=1+1" in calls_csv


def test_pages_render_with_filters(
    supervisor_client: tuple[TestClient, str], agent: dict[str, str]
) -> None:
    client, _ = supervisor_client
    client.post(EVENTS, json={"notes": [note()], "calls": [call(ended_by="local")]}, headers=agent)
    ok = [
        "/dashboard?agent=alice&reason=insults&review=pending&start=2020-01-01&end=2100-01-01",
        "/dashboard?kind=all&customer=Mario",
        "/dashboard?partial=1",
        "/dashboard/calls?ended_by=local&short=100",
        "/dashboard/customers?q=%25_",
        "/dashboard/charts?n=30",
        "/dashboard/audit?action=login",
    ]
    for url in ok:
        assert client.get(url).status_code == 200, url
    assert client.get("/dashboard?start=yesterday").status_code == 400
    assert client.get("/dashboard/charts?start=1900-01-01").status_code == 400
    assert client.get(f"/dashboard/notes/{uuid.uuid4()}").status_code == 404
    assert client.get("/dashboard?agent=%00").status_code == 400
