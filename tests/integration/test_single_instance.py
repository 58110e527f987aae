"""Two real `softphone` processes: the second start hands its tel: link to the first."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_second_start_forwards_the_link_and_exits(tmp_path: Path) -> None:
    home = tmp_path / "home"
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "SOFTPHONE_HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
    }
    log = home / "log" / "softphone.log"
    command = [sys.executable, "-m", "softphone", "--log-level", "debug"]
    first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for(lambda: any(runtime.iterdir()), 60, "the first instance to listen")
        started = time.monotonic()
        second = subprocess.run(
            [*command, "tel:+39-06-1234-5678"],
            env=env,
            capture_output=True,
            timeout=60,
            check=False,
        )
        handed_over_in = time.monotonic() - started
        assert second.returncode == 0, second.stderr.decode(errors="replace")
        wait_for(
            lambda: log.exists() and "+390612345678 in the dial field" in log.read_text("utf-8"),
            30,
            "the first instance to take the link",
        )
        assert first.poll() is None, "the first instance keeps running"
        text = log.read_text("utf-8")
        assert "handed over to the softphone already running" in text
        print(f"hand-over took {handed_over_in:.2f} s")  # a figure, not an assert
    finally:
        first.terminate()
        try:
            first.wait(timeout=30)
        except subprocess.TimeoutExpired:
            first.kill()
            first.wait()
