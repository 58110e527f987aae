"""The real app in a child process for crash tests: answers, then ends the call critically.

Usage: python -m tests.end2end.app_process HOME
Prints JSON lines on stdout: {"event": "address", ...} once the engine is up, then
{"event": "critical"} when it pressed the button. The test kills it with SIGKILL.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def say(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, **fields}), flush=True)


def main(home: Path) -> int:
    from PySide6.QtCore import QTimer

    from softphone.app import gui, logging_setup
    from softphone.app.cli import Options
    from softphone.app.paths import AppPaths
    from softphone.core.events import CallStateChanged, EngineStarted, SipEvent
    from softphone.core.models import CallState

    paths = AppPaths(home / "config", home / "data", home / "log")
    logs = logging_setup.setup(paths.log_dir, logging.INFO, console=False)
    running = gui.start(Options(provisioning=home / "provisioning.toml"), paths, logs)
    features = running.features
    assert features is not None

    def on_event(event: SipEvent) -> None:
        if isinstance(event, EngineStarted):
            say("address", address=event.local_address)
        elif isinstance(event, CallStateChanged) and event.state is CallState.CONNECTED:
            QTimer.singleShot(300, press)

    def press() -> None:
        features.presenter.bar.critical_action.trigger()
        say("critical")

    running.engine.subscribe(on_event)
    return int(running.app.exec())


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
