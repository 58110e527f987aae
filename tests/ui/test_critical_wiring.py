"""The critical-situation feature as wired by the app: FakeSip, the real store and card."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from softphone.app import gui, logging_setup
from softphone.app.cli import Options
from softphone.app.paths import AppPaths
from softphone.demo.seed import seed_demo
from softphone.sip.fake import FakeSip
from softphone.store.localstore import DATABASE_NAME, LocalStore


class Secrets:
    def get(self, key: str) -> str | None:
        return "pw"

    def set(self, key: str, value: str) -> None:
        pass

    def delete(self, key: str) -> None:
        pass

    def available(self) -> tuple[bool, str]:
        return True, "memory"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "log")
    paths.create()
    settings = {
        "sip.username": "1001",
        "sip.domain": "pbx.example.com",
        "critical.recovery_seconds": 30,
        "general.agent_name": "anna",
    }
    paths.settings_file.write_text(json.dumps({"version": 1, "settings": settings}), "utf-8")
    return paths


@pytest.fixture
def numbers(paths: AppPaths) -> list[str]:
    store = LocalStore.open(paths.data_dir / DATABASE_NAME, default_region="IT")
    try:
        return seed_demo(store)
    finally:
        store.close()


@pytest.fixture
def running(qtbot: QtBot, paths: AppPaths, tmp_path: Path) -> Iterator[tuple[gui.Running, FakeSip]]:
    logs = logging_setup.setup(paths.log_dir, logging.DEBUG, console=False)
    engines: list[FakeSip] = []

    def factory() -> FakeSip:
        engines.append(FakeSip())
        engines[-1].prompt_ms = None  # the test ends prompts itself
        return engines[-1]

    empty = tmp_path / "provisioning.toml"
    empty.write_text("", "utf-8")
    running = gui.start(
        Options(provisioning=empty), paths, logs, secrets=Secrets(), engine_factory=factory
    )
    qtbot.addWidget(running.window)
    yield running, engines[0]
    running.stop()
    logs.close()


def notes(paths: AppPaths, call_id: str) -> list[dict[str, object]]:
    with sqlite3.connect(paths.data_dir / DATABASE_NAME) as db:
        db.row_factory = sqlite3.Row
        sql = "SELECT * FROM notes WHERE kind = 'critical' AND call_id = ?"
        return [dict(r) for r in db.execute(sql, [call_id])]


def test_ring_card_answer_critical_note_recovery(
    qtbot: QtBot, running: tuple[gui.Running, FakeSip], numbers: list[str], paths: AppPaths
) -> None:
    app, sip = running
    features = app.features
    assert features is not None
    bar = features.presenter.bar
    # A German-speaking customer rings: the card knows the language before the answer.
    german = next(
        n
        for n in numbers
        if (c := features.store.directory.lookup_phone(n)) and c[0].language == "de"
    )
    identified: list[tuple[str, str, str]] = []
    features.screen_pop.customer_identified.connect(lambda *a: identified.append(a))
    call_id = sip.simulate_incoming(german, "Kunde")
    qtbot.waitUntil(lambda: bool(identified), timeout=3000)
    assert identified[0][2] == "de"
    assert not bar.critical_button.isEnabled()  # ringing: nothing to end yet

    sip.answer(call_id)
    qtbot.waitUntil(bar.critical_button.isEnabled, timeout=3000)
    qtbot.mouseClick(bar.critical_button, Qt.MouseButton.LeftButton)

    # Write-ahead: the note is on disk when the prompt command goes out.
    plays = sip.commands_named("play_prompt")
    assert len(plays) == 1
    _, played_call, path, _token, mute = plays[0]
    assert (played_call, Path(path).parent.name, Path(path).name, mute) == (
        call_id, "de", "farewell.wav", True,
    )  # fmt: skip
    started = notes(paths, call_id)
    assert len(started) == 1 and started[0]["state"] == "started"

    # A second click while ending is ignored.
    bar.critical_action.trigger()
    assert len(sip.commands_named("play_prompt")) == 1

    sip.simulate_prompt_end(call_id)
    qtbot.waitUntil(lambda: bool(sip.commands_named("hangup")), timeout=3000)
    qtbot.waitUntil(lambda: notes(paths, call_id)[0]["state"] == "completed", timeout=3000)
    assert features.presenter.editor.isVisible()
    assert features.presenter.recovery.active
    assert sip.commands_named("set_options")[-1][1].busy is True

    # The agent describes it; the note keeps the words.
    editor = features.presenter.editor
    editor.text.setPlainText("Shouted and insulted after two warnings.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert notes(paths, call_id)[0]["text"] == "Shouted and insulted after two warnings."

    # Recovery ends early on request: calls are taken again.
    qtbot.mouseClick(features.presenter.recovery.end_button, Qt.MouseButton.LeftButton)
    assert sip.commands_named("set_options")[-1][1].busy is False
