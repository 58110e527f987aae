"""Request bodies and form helpers shared by the server tests."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient


def login_csrf(client: TestClient) -> str:
    page = client.get("/login")
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, page.text
    return match.group(1)


def log_in(client: TestClient, name: str, password: str) -> str:
    """Log in through the form; returns the session's CSRF token for later form posts."""
    response = client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": login_csrf(client)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return session_csrf(client)


def session_csrf(client: TestClient) -> str:
    page = client.get("/dashboard")
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, page.text
    return match.group(1)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def note(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "kind": "critical",
        "created_at": iso(datetime.now(UTC) - timedelta(minutes=5)),
        "state": "completed",
        "reason": "insults",
    }
    return {**base, **fields}


def call(**fields: Any) -> dict[str, Any]:
    started = datetime.now(UTC) - timedelta(minutes=10)
    base: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "direction": "inbound",
        "started_at": iso(started),
        "answered_at": iso(started + timedelta(seconds=5)),
        "ended_at": iso(started + timedelta(seconds=65)),
        "number": "+390612345678",
        "ended_by": "remote",
    }
    return {**base, **fields}
