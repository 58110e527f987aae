"""Startup wiring (softphone.app.gui.start) with the real MainWindow and FakeSip."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from softphone.app import gui, logging_setup
from softphone.app.cli import Options
from softphone.app.paths import AppPaths
from softphone.sip.fake import FakeSip
from tests.helpers.memory_secrets import MemorySecrets

AOR = "sip:1001@pbx.example.com"
PASSWORD = "wiring-pw-123"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "log")
    paths.create()
    paths.settings_file.write_text(
        json.dumps({"version": 1, "settings": {"sip.username": "1001"}}), encoding="utf-8"
    )
    return paths


@pytest.fixture
def logs(paths: AppPaths) -> Iterator[logging_setup.LogSetup]:
    installed = logging_setup.setup(paths.log_dir, logging.DEBUG, console=False)
    yield installed
    installed.close()


@pytest.fixture
def provisioning(tmp_path: Path) -> Path:
    path = tmp_path / "provisioning.toml"
    path.write_text('[sip]\ndomain = "pbx.example.com"\n', encoding="utf-8")
    return path


def start(
    qtbot: QtBot,
    paths: AppPaths,
    logs: logging_setup.LogSetup,
    provisioning: Path,
    secrets: MemorySecrets,
) -> tuple[gui.Running, FakeSip]:
    engines: list[FakeSip] = []

    def factory() -> FakeSip:
        engines.append(FakeSip())
        return engines[-1]

    running = gui.start(
        Options(provisioning=provisioning), paths, logs, secrets=secrets, engine_factory=factory
    )
    qtbot.addWidget(running.window)
    return running, engines[0]


def test_starts_registers_with_the_stored_password_and_stops(
    qtbot: QtBot, paths: AppPaths, logs: logging_setup.LogSetup, provisioning: Path
) -> None:
    running, engine = start(qtbot, paths, logs, provisioning, MemorySecrets({AOR: PASSWORD}))
    assert running.window.isVisible()
    assert engine.commands_named("start")
    options = engine.commands_named("start")[0][1]
    assert options.log_dir == str(paths.log_dir)
    qtbot.waitUntil(lambda: bool(engine.commands_named("configure_account")))
    _, account, password = engine.commands_named("configure_account")[-1]
    assert (account.aor, password) == (AOR, PASSWORD)
    # The password read from the keychain is scrubbed from every log record from now on.
    assert PASSWORD not in logs.redactor.redact(f"oops {PASSWORD}")

    running.stop()
    running.stop()  # idempotent: aboutToQuit and the finally both call it
    assert len(engine.commands_named("shutdown")) == 1
    assert paths.settings_file.exists()


def test_the_ui_speaks_the_language_of_the_settings(
    qtbot: QtBot, paths: AppPaths, logs: logging_setup.LogSetup, provisioning: Path
) -> None:
    settings = {"sip.username": "1001", "general.language": "de"}
    paths.settings_file.write_text(
        json.dumps({"version": 1, "settings": settings}), encoding="utf-8"
    )
    running, _ = start(qtbot, paths, logs, provisioning, MemorySecrets({AOR: PASSWORD}))
    try:
        assert running.translators
        texts = {action.text() for action in running.window.findChildren(QAction)}
        assert "&Annehmen" in texts  # CallActions "&Answer"
    finally:
        running.stop()
    assert QCoreApplication.translate("CallActions", "&Answer") == "&Answer"


def test_no_keychain_still_starts(
    qtbot: QtBot, paths: AppPaths, logs: logging_setup.LogSetup, provisioning: Path
) -> None:
    running, engine = start(
        qtbot, paths, logs, provisioning, MemorySecrets(reason="No OS keychain is available.")
    )
    assert running.window.isVisible()
    assert engine.commands_named("start")
    assert any("No OS keychain" in line for line in logs.ring.lines())
    running.stop()


def test_provisioning_problems_do_not_stop_the_app(
    qtbot: QtBot, paths: AppPaths, logs: logging_setup.LogSetup, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[sip]\ndomain = "pbx.example.com"\nexpires = "soon"\n', encoding="utf-8")
    running, _ = start(qtbot, paths, logs, bad, MemorySecrets({AOR: PASSWORD}))
    assert [p.key for p in running.settings.problems] == ["sip.expires"]
    assert running.settings.get("sip.domain") == "pbx.example.com"
    assert any(f"{bad}, line 3, key 'sip.expires'" in line for line in logs.ring.lines())
    running.stop()


def test_sip_trace_flag_reaches_the_engine(
    qtbot: QtBot, paths: AppPaths, logs: logging_setup.LogSetup, provisioning: Path
) -> None:
    engines: list[FakeSip] = []

    def factory() -> FakeSip:
        engines.append(FakeSip())
        return engines[-1]

    running = gui.start(
        Options(provisioning=provisioning, sip_trace=True),
        paths,
        logs,
        secrets=MemorySecrets(),
        engine_factory=factory,
    )
    qtbot.addWidget(running.window)
    assert engines[0].commands_named("start")[0][1].sip_trace is True
    running.stop()


def test_no_display_is_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(gui.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert gui.run(Options()) == 2
    assert "no display" in capsys.readouterr().err
