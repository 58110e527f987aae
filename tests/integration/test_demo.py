"""The demo for real: the app's pjsua2 engine, the customer peer process, seeded data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from softphone import demo
from softphone.core.models import CallState


@pytest.fixture
def running_demo(qtbot: QtBot, tmp_path: Path) -> Iterator[demo.Demo]:
    args = demo.parse_args(
        ["--home", str(tmp_path / "demo"), "--first-call", "0.5", "--pause", "60"]
    )
    built = demo.build(args)
    qtbot.addWidget(built.running.window)
    yield built
    built.stop()


def test_a_customer_rings_with_card_and_can_be_answered_and_hung_up(
    qtbot: QtBot, running_demo: demo.Demo
) -> None:
    window = running_demo.running.window
    peer_events: list[dict[str, Any]] = []
    running_demo.simulator.event_received.connect(peer_events.append)

    qtbot.waitUntil(lambda: window.calls.ringing_call() is not None, timeout=15_000)
    ringing = window.calls.ringing_call()
    assert ringing is not None
    caller = running_demo.simulator.current_caller
    assert caller is not None
    # The screen pop shows the seeded customer before the answer.
    features = running_demo.running.features
    assert features is not None
    qtbot.waitUntil(lambda: features.screen_pop.customer_for_call(ringing.call_id) is not None)
    customer = features.screen_pop.customer_for_call(ringing.call_id)
    assert customer is not None and customer.name == caller.display_name

    window.controller.actions.answer.trigger()
    qtbot.waitUntil(lambda: any(e.get("state") == "CONFIRMED" for e in peer_events), timeout=10_000)
    qtbot.waitUntil(lambda: (c := window.calls.get(ringing.call_id)) is not None and c.connected)

    window.controller.actions.hangup.trigger()
    qtbot.waitUntil(
        lambda: any(e.get("state") == "DISCONNECTED" for e in peer_events), timeout=10_000
    )
    call = window.calls.get(ringing.call_id)
    assert call is None or call.state is CallState.DISCONNECTED
