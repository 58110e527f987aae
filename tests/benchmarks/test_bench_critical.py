"""Critical situation timings: click -> farewell heard by the caller, prompt end -> BYE,
and the write-ahead note's durable write. Figures are printed, not asserted.

Runs: SOFTPHONE_BENCH_RUNS (default 3; the issue's figure is over 50). All clocks are
CLOCK_MONOTONIC, shared by this process and the caller's, so times compare directly.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from softphone.core.events import PromptFinished, SipEvent
from tests.audio.analysis import read_wav
from tests.helpers.app_harness import App, ring_and_answer, wait_peer
from tests.helpers.sip_engine import Peers

pytestmark = pytest.mark.benchmark
RUNS = int(os.environ.get("SOFTPHONE_BENCH_RUNS", "3"))


def onset_seconds(path: Path, threshold: float = 0.02) -> float:
    """Seconds from the start of a recording to the first clearly audible sample."""
    signal, rate = read_wav(path)
    loud = np.flatnonzero(np.abs(signal) > threshold)
    return float(loud[0]) / rate if loud.size else float("nan")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def test_bench_click_to_farewell_and_eof_to_bye(
    qtbot: QtBot, app_under_test: App, peers: Peers, tmp_path: Path
) -> None:
    features = app_under_test.running.features
    assert features is not None
    eofs: list[float] = []

    def on_event(event: SipEvent) -> None:
        if isinstance(event, PromptFinished) and event.completed:
            eofs.append(time.monotonic())

    app_under_test.running.engine.subscribe(on_event)
    click_to_audio: list[float] = []
    eof_to_bye: list[float] = []
    journal_ms: list[float] = []
    pad = features.presenter.flow.scenario.pad_after_ms / 1000
    for run in range(RUNS):
        caller, recording = ring_and_answer(
            qtbot, app_under_test, peers, "en", tmp_path / f"run{run}"
        )
        media = caller.find("media_state", status="active")[0]
        clicked = time.monotonic()
        features.presenter.bar.critical_action.trigger()
        journal_ms.append((time.monotonic() - clicked) * 1000)  # write-ahead + play command
        bye = wait_peer(qtbot, caller, "call_state", 30, state="DISCONNECTED")
        wait_peer(qtbot, caller, "recorded", 10)
        heard = float(media["t"]) + onset_seconds(recording)
        click_to_audio.append((heard - clicked) * 1000)
        eof_to_bye.append((float(bye["t"]) - eofs[-1] - pad) * 1000)
        caller.stop()
        qtbot.waitUntil(lambda: not app_under_test.running.window.calls.calls(), timeout=10_000)

    def line(name: str, values: list[float]) -> str:
        return (
            f"{name}: median {statistics.median(values):.1f} ms, "
            f"p95 {percentile(values, 95):.1f} ms, max {max(values):.1f} ms (n={len(values)})"
        )

    print()
    print(line("click -> write-ahead note durable + play command sent", journal_ms))
    print(line("click -> farewell audible at the caller (jitter buffer included)", click_to_audio))
    print(line(f"prompt EOF -> BYE at the caller, minus the {pad * 1000:.0f} ms pad", eof_to_bye))
