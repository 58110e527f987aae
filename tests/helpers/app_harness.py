"""The real app in this process (gui.start: real SipEngine, store, card, critical flow),
seeded with one customer per seed language, and helpers to ring it from a peer process."""

from __future__ import annotations

import json
import logging
import sqlite3
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from softphone.app import gui, logging_setup
from softphone.app.cli import Options
from softphone.app.paths import AppPaths
from softphone.core.events import EngineStarted
from softphone.core.records import Customer
from softphone.store.localstore import DATABASE_NAME, LocalStore
from tests.helpers.sip_engine import Peers

NUMBERS = {
    "en": "+442071234567",
    "it": "+390612345678",
    "de": "+4930123456",
    "ru": "+74951234567",
    "zh": "+861012345678",
}


@dataclass
class App:
    running: gui.Running
    paths: AppPaths
    address: str


@pytest.fixture
def app_under_test(qtbot: QtBot, tmp_path: Path) -> Iterator[App]:
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "log")
    paths.create()
    settings = {
        "sip.domain": "127.0.0.1",
        "sip.username": "agent",
        "sip.register": False,
        "sip.bind_address": "127.0.0.1",
        "general.agent_name": "anna",
        "general.language": "en",
        "critical.recovery_seconds": 0,
    }
    paths.settings_file.write_text(json.dumps({"version": 1, "settings": settings}), "utf-8")
    store = LocalStore.open(paths.data_dir / DATABASE_NAME, default_region="IT")
    store.put_customers(
        Customer(id=f"cust-{lang}", name=f"Caller {lang}", language=lang, phones=(number,))
        for lang, number in NUMBERS.items()
    )
    store.close()
    provisioning = tmp_path / "provisioning.toml"
    provisioning.write_text("", "utf-8")
    logs = logging_setup.setup(paths.log_dir, logging.DEBUG, console=False)
    started: list[EngineStarted] = []
    running = gui.start(Options(provisioning=provisioning), paths, logs)
    running.engine.subscribe(lambda e: started.append(e) if isinstance(e, EngineStarted) else None)
    qtbot.addWidget(running.window)
    qtbot.waitUntil(lambda: bool(started), timeout=10_000)
    yield App(running, paths, started[0].local_address)
    running.stop()
    logs.close()


def critical_notes(paths: AppPaths) -> list[dict[str, Any]]:
    with sqlite3.connect(paths.data_dir / DATABASE_NAME) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute("SELECT * FROM notes WHERE kind = 'critical'")]


def outbox_rows(paths: AppPaths, item_id: str) -> list[dict[str, Any]]:
    with sqlite3.connect(paths.data_dir / DATABASE_NAME) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute("SELECT * FROM outbox WHERE item_id = ?", [item_id])]


def wait_peer(qtbot: QtBot, peer: Any, event: str, timeout: float, **match: Any) -> Any:
    """Wait for a peer event while Qt keeps running (the app lives in this thread)."""
    qtbot.waitUntil(lambda: bool(peer.find(event, **match)), timeout=int(timeout * 1000))
    return peer.find(event, **match)[0]


def wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def ring_and_answer(
    qtbot: QtBot, app: App, peers: Peers, lang: str, tmp_path: Path
) -> tuple[Any, Path]:
    caller = peers.start(f"caller-{lang}")
    tmp_path.mkdir(parents=True, exist_ok=True)
    recording = tmp_path / f"heard-{lang}.wav"
    caller.send(
        "call",
        uri=f"sip:agent@{app.address}",
        headers={"P-Asserted-Identity": f"<sip:{NUMBERS[lang]}@127.0.0.1>"},
        record=str(recording),
    )
    window = app.running.window
    features = app.running.features
    assert features is not None
    qtbot.waitUntil(lambda: window.calls.ringing_call() is not None, timeout=10_000)
    ringing = window.calls.ringing_call()
    assert ringing is not None
    qtbot.waitUntil(lambda: features.screen_pop.customer_for_call(ringing.call_id) is not None)
    window.controller.actions.answer.trigger()
    wait_peer(qtbot, caller, "call_state", 10, state="CONFIRMED")
    qtbot.waitUntil(features.presenter.bar.critical_button.isEnabled, timeout=5000)
    return caller, recording
