"""The real app (gui.start) on a temporary desk, with FakeSip: for tests that drive the app
against a real sync server. The caller stops it (DeskApp.stop) in its fixture."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from softphone.app import gui, logging_setup
from softphone.app.cli import Options
from softphone.app.paths import AppPaths
from softphone.core.records import Customer
from softphone.sip.fake import FakeSip
from softphone.store.localstore import DATABASE_NAME, LocalStore
from tests.helpers.memory_secrets import MemorySecrets


@dataclass
class DeskApp:
    running: gui.Running
    sip: FakeSip
    secrets: MemorySecrets
    paths: AppPaths
    logs: logging_setup.LogSetup

    @property
    def store_path(self) -> Path:
        return self.paths.data_dir / DATABASE_NAME

    def stop(self) -> None:
        self.running.stop()
        self.logs.close()


def start_desk(
    qtbot: QtBot,
    root: Path,
    *,
    settings: dict[str, Any],
    secrets: MemorySecrets,
    provisioning: str = "",
    customers: Sequence[Customer] = (),
) -> DeskApp:
    """The agent's own `settings`, IT's `provisioning` (TOML text), `customers` cached."""
    paths = AppPaths(root / "config", root / "data", root / "log")
    paths.create()
    paths.settings_file.write_text(json.dumps({"version": 1, "settings": settings}), "utf-8")
    if customers:
        with LocalStore.open(paths.data_dir / DATABASE_NAME, default_region="IT") as store:
            store.put_customers(list(customers))
    provisioning_file = root / "provisioning.toml"
    provisioning_file.write_text(provisioning, "utf-8")
    logs = logging_setup.setup(paths.log_dir, logging.DEBUG, console=False)
    engines: list[FakeSip] = []

    def factory() -> FakeSip:
        engines.append(FakeSip())
        return engines[-1]

    running = gui.start(
        Options(provisioning=provisioning_file),
        paths,
        logs,
        secrets=secrets,
        engine_factory=factory,
    )
    qtbot.addWidget(running.window)
    return DeskApp(running, engines[0], secrets, paths, logs)


def end_critically(qtbot: QtBot, desk: DeskApp, number: str) -> None:
    """A call from `number` rings, is answered and ended with Critical situation."""
    features = desk.running.features
    assert features is not None
    call_id = desk.sip.simulate_incoming(number, "Mario")
    desk.sip.answer(call_id)
    bar = features.presenter.bar
    qtbot.waitUntil(bar.critical_button.isEnabled, timeout=3000)
    bar.critical_action.trigger()
    qtbot.waitUntil(lambda: bool(desk.sip.commands_named("hangup")), timeout=5000)
