"""The embedded demo: `softphone demo` — the real app, seeded data, a simulated customer."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from softphone import APP_ID

if TYPE_CHECKING:
    from softphone.app.gui import Running
    from softphone.app.logging_setup import LogSetup
    from softphone.demo.customer_simulator import CustomerSimulator

log = logging.getLogger("softphone.demo")

# The demo agent takes calls directly on loopback: no registrar, no server, no account.
DEMO_SETTINGS = {
    "sip.domain": "127.0.0.1",
    "sip.username": "agent",
    "sip.display_name": "Demo agent",
    "sip.register": False,
    "sip.bind_address": "127.0.0.1",
    "general.agent_name": "Demo agent",
    "calls.default_region": "IT",
    "critical.recovery_seconds": 15,
}


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="softphone demo",
        description="Start the softphone with seeded customers and a simulated caller on "
        "loopback: no PBX, no server and no account needed.",
    )
    parser.add_argument(
        "--home",
        type=Path,
        default=Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / "demo",
        help="where the demo keeps its settings, database and logs (default: %(default)s)",
    )
    parser.add_argument(
        "--first-call", type=float, default=3.0, help="seconds before the first call"
    )
    parser.add_argument("--pause", type=float, default=8.0, help="seconds between calls")
    parser.add_argument(
        "--log-level", default="info", choices=("debug", "info", "warning", "error")
    )
    parser.add_argument(
        "--auto-answer",
        type=float,
        default=None,
        metavar="S",
        help="answer each call automatically after S seconds (hands-free demo)",
    )
    parser.add_argument("--quit-after", type=float, default=0.0, help=argparse.SUPPRESS)
    return parser.parse_args(list(argv))


@dataclass
class Demo:
    running: Running
    simulator: CustomerSimulator
    logs: LogSetup

    def stop(self) -> None:
        self.simulator.stop()
        self.running.stop()
        self.logs.close()


def prepare_home(home: Path, auto_answer: float | None = None) -> tuple[Path, Path]:
    """Settings (merged over the agent's own demo settings) and an empty provisioning file:
    the demo ignores the machine's provisioning so it always works the same way."""
    from softphone.app.paths import AppPaths

    paths = AppPaths(home / "config", home / "data", home / "log")
    paths.create()
    current: dict[str, object] = {}
    if paths.settings_file.exists():
        try:
            current = json.loads(paths.settings_file.read_text("utf-8")).get("settings", {})
        except (OSError, ValueError):
            current = {}
    current.update(DEMO_SETTINGS)
    current["calls.auto_answer"] = auto_answer is not None
    if auto_answer is not None:
        current["calls.auto_answer_delay"] = auto_answer
    paths.settings_file.write_text(
        json.dumps({"version": 1, "settings": current}, ensure_ascii=False, indent=2), "utf-8"
    )
    provisioning = home / "demo-provisioning.toml"
    provisioning.write_text("# The demo ignores the machine-wide provisioning.\n", "utf-8")
    return home, provisioning


def seed_callers(data_dir: Path) -> list[tuple[str, str, str]]:
    """Seed the demo database (idempotent); (number, name, language) of the callers."""
    from softphone.demo.seed import seed_demo
    from softphone.store.localstore import DATABASE_NAME, LocalStore

    store = LocalStore.open(data_dir / DATABASE_NAME, default_region="IT")
    try:
        numbers = seed_demo(store)
        callers = []
        for number in numbers[:40]:
            found = store.directory.lookup_phone(number)
            name, language = (found[0].name, found[0].language) if found else ("Customer", "en")
            callers.append((number, name, language or "en"))
        return callers
    finally:
        store.close()


def build(args: argparse.Namespace) -> Demo:
    """Start the app and the simulated customer (the caller runs the Qt event loop)."""
    from softphone.app import gui, logging_setup
    from softphone.app.cli import Options
    from softphone.app.paths import AppPaths
    from softphone.core.events import EngineStarted, SipEvent
    from softphone.demo.customer_simulator import CustomerSimulator, DemoCaller

    home, provisioning = prepare_home(args.home, auto_answer=args.auto_answer)
    paths = AppPaths(home / "config", home / "data", home / "log")
    logs = logging_setup.setup(paths.log_dir, args.log_level.upper(), extra_loggers=("keyring",))
    callers = [DemoCaller(n, name, lang) for n, name, lang in seed_callers(paths.data_dir)]
    running = gui.start(Options(provisioning=provisioning, log_level=args.log_level), paths, logs)
    running.window.setWindowTitle(running.window.windowTitle() + " — demo")
    simulator = CustomerSimulator(
        callers, first_delay=args.first_call, pause=args.pause, parent=running.window
    )

    def on_engine(event: SipEvent) -> None:
        if isinstance(event, EngineStarted):
            simulator.start(f"sip:agent@{event.local_address}")

    def on_peer_ready(address: str) -> None:
        # "Escalate to supervisor" lands on the simulated customer's user agent, which
        # answers as the supervisor line.
        if not running.settings.is_locked("calls.supervisor_uri"):
            running.settings.set("calls.supervisor_uri", f"sip:supervisor@{address}")

    running.engine.subscribe(on_engine)
    simulator.peer_ready.connect(on_peer_ready)
    simulator.status_changed.connect(running.window.statusBar().showMessage)
    return Demo(running, simulator, logs)


def run(argv: Sequence[str]) -> int:
    """`softphone demo [options]`: returns the exit code."""
    args = parse_args(argv)
    from softphone.app.gui import has_display

    if not has_display():
        print("softphone demo: no display (DISPLAY/WAYLAND_DISPLAY unset).", file=sys.stderr)
        return 2
    demo = build(args)
    app = demo.running.app
    if args.quit_after > 0:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(args.quit_after * 1000), app.quit)
    try:
        return int(app.exec())
    finally:
        demo.stop()
