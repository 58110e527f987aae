"""The app with a sync server configured: a critical note reaches the server, the window
shows the sync status, and the token is read from the keychain port."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from softphone.core.records import Customer
from tests.helpers.desk_app import DeskApp, end_critically, start_desk
from tests.helpers.memory_secrets import MemorySecrets
from tests.helpers.sync_server import ThreadedServer

NUMBER = "+390612345678"


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, server: ThreadedServer, token: str) -> Iterator[DeskApp]:
    desk = start_desk(
        qtbot,
        tmp_path,
        settings={
            "sip.domain": "pbx.example.com",
            "sip.username": "alice",
            "general.agent_name": "alice",
            "general.server_url": server.url,
            "critical.recovery_seconds": 0,
        },
        secrets=MemorySecrets(
            {f"server-token:{server.url}": token, "sip:alice@pbx.example.com": "pw"}
        ),
        customers=[Customer(id="", name="Mario", language="it", phones=(NUMBER,))],
    )
    yield desk
    desk.stop()


def test_critical_note_reaches_the_server_and_status_shows_synced(
    qtbot: QtBot,
    app: DeskApp,
    server_notes: Callable[[], dict[str, dict[str, Any]]],
) -> None:
    features = app.running.features
    assert features is not None and features.sync_ui is not None
    label = features.sync_ui.label
    end_critically(qtbot, app, NUMBER)
    qtbot.waitUntil(
        lambda: any(
            n["kind"] == "critical" and n["state"] == "completed" and n["agent"] == "alice"
            for n in server_notes().values()
        ),
        timeout=15_000,
    )
    qtbot.waitUntil(lambda: label.text() == "Synced", timeout=15_000)
