"""Child process for the app benchmarks: the whole app (window, store, card, engine),
registered to a registrar, then prints timings and its RSS as one JSON line.

Usage: python -m tests.benchmarks.app_startup_probe HOME PASSWORD T0
(T0 = the parent's time.monotonic() just before it started this process.)
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# numpy is a test dependency, not the app's: sqlite-utils imports it when present (+34 MB
# RSS). rich and pygments (test dependencies too) are what httpx imports for its CLI when
# present. Hide them so the figures are those of an agent's install.
for _name in ("numpy", "rich", "pygments"):
    sys.modules[_name] = None  # type: ignore[assignment]


class Secrets:
    def __init__(self, password: str) -> None:
        self.password = password

    def get(self, key: str) -> str | None:
        return self.password

    def set(self, key: str, value: str) -> None:
        pass

    def delete(self, key: str) -> None:
        pass

    def available(self) -> tuple[bool, str]:
        return True, "memory"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main(home: Path, password: str, t0: float) -> int:
    from PySide6.QtCore import QTimer

    from softphone.app import gui, logging_setup
    from softphone.app.cli import Options
    from softphone.app.paths import AppPaths
    from softphone.core.events import RegistrationChanged, SipEvent
    from softphone.core.models import RegState

    paths = AppPaths(home / "config", home / "data", home / "log")
    logs = logging_setup.setup(paths.log_dir, logging.WARNING, console=False)
    running = gui.start(
        Options(provisioning=home / "provisioning.toml"), paths, logs, secrets=Secrets(password)
    )
    shown = time.monotonic()
    result: dict[str, float] = {"window_shown_s": shown - t0}

    def on_event(event: SipEvent) -> None:
        registered = isinstance(event, RegistrationChanged) and (event.state is RegState.REGISTERED)
        if registered and "registered_s" not in result:
            result["registered_s"] = time.monotonic() - t0
            # Idle for 3 s, registered, window shown: then measure.
            QTimer.singleShot(3000, finish)

    def finish() -> None:
        result["idle_rss_mb"] = rss_mb()
        print(json.dumps(result), flush=True)
        running.app.quit()

    running.engine.subscribe(on_event)
    QTimer.singleShot(20_000, running.app.quit)
    try:
        running.app.exec()
    finally:
        running.stop()
        logs.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])))
