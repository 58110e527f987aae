"""The app with a sync server configured: a critical note reaches the server, the window
shows the sync status, and the token is read from the keychain port."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from softphone.app import gui, logging_setup
from softphone.app.cli import Options
from softphone.app.paths import AppPaths
from softphone.core.records import Customer
from softphone.sip.fake import FakeSip
from softphone.store.localstore import DATABASE_NAME, LocalStore
from tests.helpers.sync_server import ThreadedServer

NUMBER = "+390612345678"


class Keychain:
    def __init__(self, items: dict[str, str]) -> None:
        self.items = items

    def get(self, key: str) -> str | None:
        return self.items.get(key)

    def set(self, key: str, value: str) -> None:
        self.items[key] = value

    def delete(self, key: str) -> None:
        self.items.pop(key, None)

    def available(self) -> tuple[bool, str]:
        return True, "memory"


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture
def app(
    qtbot: QtBot, tmp_path: Path, server: ThreadedServer, token: str
) -> Iterator[tuple[gui.Running, FakeSip]]:
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "log")
    paths.create()
    settings = {
        "sip.domain": "pbx.example.com",
        "sip.username": "alice",
        "general.agent_name": "alice",
        "general.server_url": server.url,
        "critical.recovery_seconds": 0,
    }
    paths.settings_file.write_text(json.dumps({"version": 1, "settings": settings}), "utf-8")
    store = LocalStore.open(paths.data_dir / DATABASE_NAME, default_region="IT")
    store.put_customers([Customer(id="", name="Mario", language="it", phones=(NUMBER,))])
    store.close()
    provisioning = tmp_path / "provisioning.toml"
    provisioning.write_text("", "utf-8")
    keychain = Keychain({f"server-token:{server.url}": token, "sip:alice@pbx.example.com": "pw"})
    logs = logging_setup.setup(paths.log_dir, logging.DEBUG, console=False)
    engines: list[FakeSip] = []

    def factory() -> FakeSip:
        engines.append(FakeSip())
        return engines[-1]

    running = gui.start(
        Options(provisioning=provisioning), paths, logs, secrets=keychain, engine_factory=factory
    )
    qtbot.addWidget(running.window)
    yield running, engines[0]
    running.stop()
    logs.close()


def test_critical_note_reaches_the_server_and_status_shows_synced(
    qtbot: QtBot,
    app: tuple[gui.Running, FakeSip],
    server_notes: Callable[[], dict[str, dict[str, Any]]],
) -> None:
    running, sip = app
    features = running.features
    assert features is not None and features.sync_ui is not None
    label = features.sync_ui.label
    call_id = sip.simulate_incoming(NUMBER, "Mario")
    sip.answer(call_id)
    bar = features.presenter.bar
    qtbot.waitUntil(bar.critical_button.isEnabled, timeout=3000)
    bar.critical_action.trigger()
    qtbot.waitUntil(lambda: bool(sip.commands_named("hangup")), timeout=5000)
    qtbot.waitUntil(
        lambda: any(
            n["kind"] == "critical" and n["state"] == "completed" and n["agent"] == "alice"
            for n in server_notes().values()
        ),
        timeout=15_000,
    )
    qtbot.waitUntil(lambda: label.text() == "Synced", timeout=15_000)
