"""Blind transfer and "escalate to supervisor": the caller lands at a third registered UA."""

from __future__ import annotations

import pytest

from softphone.core.events import CallMediaChanged, CallStateChanged, TransferProgress
from softphone.core.models import CallState, EndedBy
from tests.helpers.sip_engine import Desk, Peers

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("target", ["supervisor", "configured-uri"])
def test_transfer_lands_at_the_supervisor(desk: Desk, peers: Peers, target: str) -> None:
    """`target`: an extension typed by the agent, or the full calls.supervisor_uri."""
    supervisor = peers.registered("supervisor", desk.kamailio)
    supervisor.command("auto_answer", mode="answer")
    events = desk.engine.events
    call_id = desk.connected_call()

    uri = "supervisor" if target == "supervisor" else desk.kamailio.uri("supervisor")
    desk.engine.engine.transfer(call_id, uri)

    request = desk.customer.wait_for("transfer_request")
    assert request["uri"].startswith(desk.kamailio.uri("supervisor"))
    incoming = supervisor.wait_for("incoming")
    assert "customer" in incoming["headers"]["from"]
    supervisor.wait_for("call_state", call=incoming["call"], state="CONFIRMED")
    desk.customer.wait_for("call_state", call=request["new_call"], state="CONFIRMED")

    final = events.wait_for(TransferProgress, call_id=call_id, final=True)
    assert 200 <= final.code < 300
    ended = events.wait_for(CallStateChanged, call_id=call_id, state=CallState.DISCONNECTED)
    assert ended.ended_by is EndedBy.LOCAL
    # The caller's original leg to the agent is gone; the one to the supervisor stays up.
    desk.customer.wait_for("call_state", call="c1", state="DISCONNECTED")
    assert not supervisor.find("call_state", call=incoming["call"], state="DISCONNECTED")


def test_failed_transfer_keeps_the_call(desk: Desk) -> None:
    events = desk.engine.events
    call_id = desk.connected_call()
    desk.engine.engine.transfer(call_id, "nobody")
    final = events.wait_for(TransferProgress, call_id=call_id, final=True)
    assert final.code == 404
    mark = events.mark()
    desk.engine.engine.set_mute(call_id, True)  # still ours and alive
    events.wait_for(CallMediaChanged, after=mark, call_id=call_id, muted=True)
    assert not events.find(CallStateChanged, call_id=call_id, state=CallState.DISCONNECTED)
