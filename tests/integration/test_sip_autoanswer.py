"""Auto-answer: headers that ask for it, honoured only when the setting is on."""

from __future__ import annotations

import time
from typing import Any

import pytest

from softphone.core.events import CallStateChanged, IncomingCall
from softphone.core.models import CallState
from tests.helpers.sip_engine import Desk

pytestmark = pytest.mark.integration

ASKING_HEADERS = {
    "answer-mode": ({"Answer-Mode": "Auto"}, 0.0),
    "call-info": ({"Call-Info": "<sip:127.0.0.1>;answer-after=1"}, 1.0),
    "alert-info": ({"Alert-Info": "<http://127.0.0.1/ring>;info=alert-autoanswer"}, 0.0),
    "alert-info-text": ({"Alert-Info": "Auto Answer"}, 0.0),
}


@pytest.mark.parametrize("name", sorted(ASKING_HEADERS))
def test_header_asking_for_auto_answer_is_honoured(desk: Desk, name: str) -> None:
    headers, delay = ASKING_HEADERS[name]
    desk.engine.set_options(auto_answer=True, auto_answer_delay=5.0)
    started = time.monotonic()
    call = desk.incoming_from_customer(headers)
    assert call.auto_answer_after == delay  # the header's delay wins over the setting
    desk.engine.events.wait_for(
        CallStateChanged, call_id=call.call_id, state=CallState.CONNECTED, timeout=5
    )
    desk.customer.wait_for("call_state", state="CONFIRMED")
    elapsed = time.monotonic() - started
    assert delay <= elapsed < delay + 2.0


@pytest.mark.parametrize("name", sorted(ASKING_HEADERS))
def test_header_is_ignored_when_auto_answer_is_off(desk: Desk, name: str, qtbot: Any) -> None:
    headers, delay = ASKING_HEADERS[name]
    call = desk.incoming_from_customer(headers)
    assert call.auto_answer_after is None
    qtbot.wait(int(delay * 1000) + 700)  # past when it would have been answered
    assert not desk.engine.events.find(CallStateChanged, call_id=call.call_id,
                                       state=CallState.CONNECTED)  # fmt: skip
    assert not desk.customer.find("call_state", state="CONFIRMED")
    desk.engine.engine.reject(call.call_id, 486)
    desk.customer.wait_for("call_state", state="DISCONNECTED", code=486)


def test_setting_alone_answers_after_the_configured_delay(desk: Desk) -> None:
    desk.engine.set_options(auto_answer=True, auto_answer_delay=0.5)
    started = time.monotonic()
    call = desk.incoming_from_customer()
    assert call.auto_answer_after == 0.5
    desk.engine.events.wait_for(CallStateChanged, call_id=call.call_id, state=CallState.CONNECTED)
    assert time.monotonic() - started >= 0.5


def test_manual_answer_before_the_delay_cancels_auto_answer(desk: Desk, qtbot: Any) -> None:
    desk.engine.set_options(auto_answer=True, auto_answer_delay=1.0)
    call = desk.incoming_from_customer()
    desk.engine.engine.answer(call.call_id)
    desk.engine.events.wait_for(CallStateChanged, call_id=call.call_id, state=CallState.CONNECTED)
    qtbot.wait(1300)
    assert len(desk.engine.events.find(IncomingCall)) == 1
    connected = desk.engine.events.find(CallStateChanged, state=CallState.CONNECTED)
    assert len(connected) == 1  # answered once, no second answer attempt
