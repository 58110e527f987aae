"""Child process for the app benchmark: RSS after importing each part of the app, in the
order start() imports them, as one JSON line of [label, MB] pairs.

linecache is dropped after each step, as start() does (softphone.app.gui), so each row is
what the part costs in the app. The last rows are what the benchmark's app does not load:
the sync client (only with general.server_url set) and keyring (the probe's secrets are
in memory).

Usage: python -m tests.benchmarks.import_rss_probe
"""

from __future__ import annotations

import gc
import importlib
import json
import linecache
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Test-only packages the app's dependencies import when present (see app_startup_probe).
for _name in ("numpy", "rich", "pygments"):
    sys.modules[_name] = None  # type: ignore[assignment]

STEPS: list[tuple[str, tuple[str, ...]]] = [
    ("softphone.app.gui (config, logging)", ("softphone.app.gui",)),
    ("PySide6 QtCore/QtGui/QtWidgets", ("PySide6.QtWidgets",)),
    ("QApplication()", ()),
    ("pjsua2 (native module)", ("pjsua2",)),
    ("softphone.sip.engine", ("softphone.sip.engine",)),
    ("phonenumbers", ("phonenumbers",)),
    ("softphone.ui.main_window", ("softphone.ui.main_window",)),
    ("sqlite_utils (click, dateutil, pluggy)", ("sqlite_utils",)),
    ("softphone.store", ("softphone.store",)),
    ("softphone.ui.card", ("softphone.ui.card.screen_pop",)),
    ("softphone.app.features", ("softphone.app.features",)),
    ("hidapi + softphone.app.headset_wiring", ("hid", "softphone.app.headset_wiring")),
    ("[server only] httpx, pydantic, softphone.sync", ("httpx", "pydantic", "softphone.sync")),
    ("[real keychain] keyring", ("keyring", "softphone.secrets")),
]


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    rows: list[tuple[str, float]] = [("python", rss_mb())]
    app = None
    for label, modules in STEPS:
        for name in modules:
            importlib.import_module(name)
        if label == "QApplication()":
            from PySide6.QtWidgets import QApplication

            app = QApplication([sys.argv[0]])
        elif name == "pjsua2":
            sys.modules["pjsua2"].Endpoint  # noqa: B018  (the package loads it on first use)
        linecache.clearcache()
        gc.collect()
        rows.append((label, rss_mb()))
    print(json.dumps(rows), flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
