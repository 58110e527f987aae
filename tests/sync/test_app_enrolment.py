"""The app on a fresh desk: server URL and IT's enrolment code provisioned, empty keychain.
It enrols by itself, keeps the token only in the keychain, and a critical note syncs; the
code and the token are in no log and no settings file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from softphone.core.records import Customer
from softphone.server import enrolment
from softphone.server.db import Database
from softphone.sync import token_key
from tests.helpers.desk_app import DeskApp, end_critically, start_desk
from tests.helpers.memory_secrets import MemorySecrets
from tests.helpers.sync_server import ThreadedServer

NUMBER = "+390612345678"


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture
def code(server_db_url: str) -> str:
    db = Database(server_db_url, pool_size=1)
    try:
        with db.writing() as session:
            value, _row = enrolment.add_enrolment(session, uses=300)
        return value
    finally:
        db.dispose()


@pytest.fixture
def desk(qtbot: QtBot, tmp_path: Path, server: ThreadedServer, code: str) -> Iterator[DeskApp]:
    desk = start_desk(
        qtbot,
        tmp_path,
        settings={
            "sip.username": "anna",
            "general.agent_name": "anna",
            "critical.recovery_seconds": 0,
        },
        secrets=MemorySecrets({"sip:anna@pbx.example.com": "pw"}),
        provisioning=(
            f'[sip]\ndomain = "pbx.example.com"\n\n[general]\nserver_url = "{server.url}"\n\n'
            f'[enrolment]\ncode = "{code}"\n'
        ),
        customers=[Customer(id="", name="Mario", language="it", phones=(NUMBER,))],
    )
    yield desk
    desk.stop()


def test_a_fresh_desk_enrols_and_syncs_a_note(
    qtbot: QtBot,
    desk: DeskApp,
    server: ThreadedServer,
    code: str,
    server_notes: Callable[[], dict[str, dict[str, Any]]],
) -> None:
    secrets, paths, logs = desk.secrets, desk.paths, desk.logs
    features = desk.running.features
    assert features is not None and features.sync_ui is not None
    key = token_key(server.url)
    qtbot.waitUntil(lambda: key in secrets.items, timeout=15_000)
    end_critically(qtbot, desk, NUMBER)
    qtbot.waitUntil(
        lambda: any(
            n["kind"] == "critical" and n["state"] == "completed" and n["agent"] == "anna"
            for n in server_notes().values()
        ),
        timeout=15_000,
    )
    qtbot.waitUntil(lambda: features.sync_ui.label.text() == "Synced", timeout=15_000)
    token = secrets.items[key]
    assert token.startswith("spa_")
    for path in [*paths.log_dir.rglob("*"), *paths.config_dir.rglob("*")]:
        if path.is_file():
            text = path.read_text("utf-8", errors="replace")
            assert code not in text and token not in text, path
    ring = "\n".join(logs.ring.lines())
    assert "enrolled as anna" in ring and code not in ring and token not in ring
