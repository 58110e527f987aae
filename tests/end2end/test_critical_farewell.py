"""Critical situation end to end: what the caller actually heard, the BYE, the note.

The app is the real one (gui.start: real SipEngine, store, card, critical flow) in this
process; the caller is a second pjsua2 process that records what it hears.
"""

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
from softphone.resources import resource
from softphone.store.localstore import DATABASE_NAME, LocalStore
from tests.audio.analysis import read_wav, similarity
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
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[App]:
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


@pytest.mark.parametrize("lang", ["en", "it", "de", "ru", "zh"])
def test_caller_hears_the_farewell_in_their_language_then_bye(
    qtbot: QtBot, app: App, peers: Peers, lang: str, tmp_path: Path
) -> None:
    caller, recording = ring_and_answer(qtbot, app, peers, lang, tmp_path)
    features = app.running.features
    assert features is not None
    features.presenter.bar.critical_action.trigger()
    note = critical_notes(app.paths)
    assert len(note) == 1  # written ahead, before the audio
    bye = wait_peer(qtbot, caller, "call_state", 30, state="DISCONNECTED")
    wait_peer(qtbot, caller, "recorded", 10)

    prompt = resource("prompts", lang, "farewell.wav")
    heard, rate = read_wav(recording)
    reference, ref_rate = read_wav(prompt)
    score = similarity(reference, ref_rate, heard, rate)
    assert score.score >= 0.8, f"{lang}: {score}"
    # The BYE came after the whole prompt: the recording is at least as long as it.
    assert wav_seconds(recording) >= wav_seconds(prompt)
    assert bye["code"] in (200, 0) or bye["reason"]

    qtbot.waitUntil(lambda: critical_notes(app.paths)[0]["state"] == "completed", timeout=5000)
    done = critical_notes(app.paths)[0]
    details = json.loads(done["details"]) if isinstance(done["details"], str) else done["details"]
    assert details["prompt_language"] == lang
    assert details["hung_up_by"] == "agent"
    assert int(details["played_ms"]) >= int(wav_seconds(prompt) * 1000) - 50
    assert done["customer_id"] == f"cust-{lang}"
    assert len(outbox_rows(app.paths, done["id"])) >= 2  # started, then completed


def test_caller_hangs_up_during_the_prompt(
    qtbot: QtBot, app: App, peers: Peers, tmp_path: Path
) -> None:
    caller, _ = ring_and_answer(qtbot, app, peers, "zh", tmp_path)
    features = app.running.features
    assert features is not None
    features.presenter.bar.critical_action.trigger()
    qtbot.wait(1000)
    caller.send("hangup")
    wait_peer(qtbot, caller, "call_state", 10, state="DISCONNECTED")
    qtbot.waitUntil(lambda: critical_notes(app.paths)[0]["state"] == "completed", timeout=5000)
    details = critical_notes(app.paths)[0]["details"]
    details = json.loads(details) if isinstance(details, str) else details
    assert details["hung_up_by"] == "caller"
    assert 500 <= int(details["played_ms"]) < 5000
