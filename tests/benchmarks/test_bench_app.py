"""The whole app: cold start to registered at Kamailio (median of 5), idle RSS (printed),
and what each part of the app adds to RSS when imported (tests/benchmarks/import_rss_probe)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.kamailio import USERS, Kamailio

pytestmark = pytest.mark.benchmark
REPO = Path(__file__).resolve().parents[2]
STARTS = 5


def prepare(home: Path, kamailio: Kamailio) -> None:
    (home / "config").mkdir(parents=True, exist_ok=True)
    settings = {
        "sip.domain": kamailio.domain,
        "sip.username": "agent",
        "sip.bind_address": "127.0.0.1",
        "general.agent_name": "anna",
    }
    (home / "config" / "settings.json").write_text(
        json.dumps({"version": 1, "settings": settings}), "utf-8"
    )
    (home / "provisioning.toml").write_text("", "utf-8")


def test_bench_app_cold_start_and_idle_rss(kamailio: Kamailio, tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    results = []
    for run in range(STARTS):
        home = tmp_path / f"home{run}"
        prepare(home, kamailio)
        t0 = time.monotonic()
        out = subprocess.run(
            [sys.executable, "-m", "tests.benchmarks.app_startup_probe", str(home),
             USERS["agent"], repr(t0)],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=True,
        )  # fmt: skip
        lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
        assert lines, out.stderr[-2000:]
        results.append(json.loads(lines[-1]))
    shown = [r["window_shown_s"] * 1000 for r in results]
    registered = [r["registered_s"] * 1000 for r in results]
    rss = [r["idle_rss_mb"] for r in results]
    print()
    print(f"app process start -> window shown: median {statistics.median(shown):.0f} ms")
    print(
        f"app process start -> registered at Kamailio: median "
        f"{statistics.median(registered):.0f} ms, max {max(registered):.0f} ms (n={STARTS})"
    )
    print(
        f"idle RSS, registered, window shown: median {statistics.median(rss):.1f} MB "
        f"(min {min(rss):.1f}, max {max(rss):.1f})"
    )
    print_import_breakdown(env)


def print_import_breakdown(env: dict[str, str]) -> None:
    """RSS after importing each part of the app in a fresh process: where the MB come from."""
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.import_rss_probe"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    rows = json.loads(out.stdout.strip().splitlines()[-1])
    print("RSS by import (fresh process, cumulative, in start()'s order):")
    previous = 0.0
    for label, mb in rows:
        print(f"  {label:<48} +{mb - previous:5.1f} MB  = {mb:6.1f} MB")
        previous = mb
