"""Real SipEngine, Kamailio and peer processes: incoming, outgoing, hold, DTMF, hang-ups."""

from __future__ import annotations

import pytest

from softphone.core.events import (
    CallMediaChanged,
    CallStateChanged,
    CommandFailed,
    DtmfReceived,
    IncomingCall,
    OutgoingCallStarted,
)
from softphone.core.models import CallState, Direction, EndedBy
from tests.helpers.kamailio import Kamailio
from tests.helpers.sip_engine import CALLER_NUMBER, Desk, EngineHarness, Peers

pytestmark = pytest.mark.integration


def test_incoming_call_answer_hold_dtmf_hangup(desk: Desk) -> None:
    events, engine, customer = desk.engine.events, desk.engine.engine, desk.customer
    call = desk.incoming_from_customer()
    assert call.number == CALLER_NUMBER  # from P-Asserted-Identity, not From
    assert call.display_name == "Mario Rossi"
    assert not call.anonymous
    assert call.auto_answer_after is None
    assert call.sip_call_id
    assert ("p-asserted-identity", f'"Mario Rossi" <sip:{CALLER_NUMBER}@127.0.0.1>') in call.headers
    assert not any(name == "authorization" for name, _ in call.headers)
    customer.wait_for("call_state", state="EARLY", code=180)  # we sent 180 Ringing

    engine.answer(call.call_id)
    connected = events.wait_for(CallStateChanged, call_id=call.call_id, state=CallState.CONNECTED)
    assert connected.direction is Direction.INBOUND
    media = events.wait_for(CallMediaChanged, call_id=call.call_id, active=True)
    assert media.codec
    customer.wait_for("call_state", state="CONFIRMED")
    customer.wait_for("media_state", status="active")

    mark = customer.mark()
    engine.set_hold(call.call_id, True)
    customer.wait_for("media_state", after=mark, status="remote_hold")
    events.wait_for(CallMediaChanged, call_id=call.call_id, local_hold=True, active=False)
    mark = customer.mark()
    engine.set_hold(call.call_id, False)
    customer.wait_for("media_state", after=mark, status="active")
    hold_mark = len(events.find(CallMediaChanged)) - 1
    events.wait_for(CallMediaChanged, call_id=call.call_id, local_hold=False, active=True)
    assert hold_mark >= 1

    engine.send_dtmf(call.call_id, "159#")
    digits = [customer.wait_for("dtmf", digit=d)["digit"] for d in "159#"]
    assert digits == list("159#")

    engine.hangup(call.call_id)
    customer.wait_for("call_state", state="DISCONNECTED")
    ended = events.wait_for(CallStateChanged, call_id=call.call_id, state=CallState.DISCONNECTED)
    assert ended.ended_by is EndedBy.LOCAL
    assert ended.duration > 0


def test_hangup_by_the_caller_is_remote(desk: Desk) -> None:
    call_id = desk.connected_call()
    desk.customer.command("hangup")
    ended = desk.engine.events.wait_for(
        CallStateChanged, call_id=call_id, state=CallState.DISCONNECTED
    )
    assert ended.ended_by is EndedBy.REMOTE
    assert ended.duration >= 0


def test_caller_hangs_up_while_ringing(desk: Desk) -> None:
    call = desk.incoming_from_customer()
    desk.customer.wait_for("call_state", state="EARLY")
    desk.customer.command("hangup")
    ended = desk.engine.events.wait_for(
        CallStateChanged, call_id=call.call_id, state=CallState.DISCONNECTED
    )
    assert ended.ended_by is EndedBy.REMOTE
    assert ended.code == 487
    assert ended.duration == 0


def test_reject_with_486_is_seen_by_the_caller(desk: Desk) -> None:
    call = desk.incoming_from_customer()
    desk.engine.engine.reject(call.call_id, 486)
    state = desk.customer.wait_for("call_state", state="DISCONNECTED")
    assert state["code"] == 486
    ended = desk.engine.events.wait_for(
        CallStateChanged, call_id=call.call_id, state=CallState.DISCONNECTED
    )
    assert ended.ended_by is EndedBy.LOCAL


def test_busy_option_rejects_with_486(desk: Desk) -> None:
    desk.engine.set_options(busy=True)
    call = desk.incoming_from_customer()
    assert call.number == CALLER_NUMBER  # still reported, for the missed-calls list
    ended = desk.engine.events.wait_for(
        CallStateChanged, call_id=call.call_id, state=CallState.DISCONNECTED
    )
    assert (ended.code, ended.ended_by) == (486, EndedBy.LOCAL)
    assert desk.customer.wait_for("call_state", state="DISCONNECTED")["code"] == 486
    assert not desk.engine.events.find(CallStateChanged, state=CallState.CONNECTED)


def test_outgoing_call_to_a_registered_peer(desk: Desk) -> None:
    events, engine = desk.engine.events, desk.engine.engine
    desk.customer.command("auto_answer", mode="answer")
    engine.make_call("customer")  # a bare extension: sip:customer@<account domain>
    started = events.wait_for(OutgoingCallStarted)
    assert started.remote_uri == desk.kamailio.uri("customer")
    incoming = desk.customer.wait_for("incoming")
    assert incoming["sip_call_id"] == started.sip_call_id
    assert "Agent Smith" in incoming["headers"]["from"]
    states = [CallState.CALLING, CallState.CONNECTING, CallState.CONNECTED]
    events.wait_for(CallStateChanged, call_id=started.call_id, state=CallState.CONNECTED)
    seen = [e.state for e in events.find(CallStateChanged, call_id=started.call_id)]
    assert [s for s in seen if s in states] == states
    events.wait_for(CallMediaChanged, call_id=started.call_id, active=True)
    engine.hangup(started.call_id)
    ended = events.wait_for(CallStateChanged, call_id=started.call_id, state=CallState.DISCONNECTED)
    assert ended.ended_by is EndedBy.LOCAL
    assert ended.direction is Direction.OUTBOUND


def test_outgoing_call_to_an_unknown_user_fails(desk: Desk) -> None:
    events = desk.engine.events
    desk.engine.engine.make_call("nobody")
    started = events.wait_for(OutgoingCallStarted)
    ended = events.wait_for(CallStateChanged, call_id=started.call_id, state=CallState.DISCONNECTED)
    assert ended.code == 404
    assert ended.ended_by is EndedBy.REMOTE


def test_bad_commands_fail_politely(desk: Desk) -> None:
    events, engine = desk.engine.events, desk.engine.engine
    engine.make_call("not a number!")
    failed = events.wait_for(CommandFailed, command="make_call")
    assert "not a number" in failed.message
    engine.answer("no-such-call")
    assert events.wait_for(CommandFailed, command="answer").call_id == "no-such-call"
    call_id = desk.connected_call()
    engine.send_dtmf(call_id, "12x")
    assert "DTMF" in events.wait_for(CommandFailed, command="send_dtmf").message


def test_mute_and_remote_hold_are_reported(desk: Desk) -> None:
    events, engine = desk.engine.events, desk.engine.engine
    call_id = desk.connected_call()
    engine.set_mute(call_id, True)
    events.wait_for(CallMediaChanged, call_id=call_id, muted=True, active=True)
    engine.set_mute(call_id, False)
    events.wait_for(CallMediaChanged, call_id=call_id, muted=False, active=True, after=1)
    mark = events.mark()
    desk.customer.command("hold")
    events.wait_for(CallMediaChanged, after=mark, call_id=call_id, remote_hold=True)
    desk.customer.command("unhold")
    events.wait_for(CallMediaChanged, after=mark, call_id=call_id, remote_hold=False, active=True)


def test_dtmf_from_the_caller_is_received(desk: Desk) -> None:
    call_id = desk.connected_call()
    desk.customer.command("dtmf", digits="42*")
    got = [desk.engine.events.wait_for(DtmfReceived, call_id=call_id, digit=d) for d in "42*"]
    assert [g.digit for g in got] == ["4", "2", "*"]


def test_second_call_rings_while_one_is_connected(desk: Desk, peers: Peers) -> None:
    first = desk.connected_call()
    other = peers.registered("customer2", desk.kamailio)
    mark = desk.engine.events.mark()
    other.command("call", uri=desk.kamailio.uri("agent"))
    second = desk.engine.events.wait_for(IncomingCall, after=mark)
    assert second.call_id != first
    other.wait_for("call_state", state="EARLY", code=180)  # ringing, not auto-rejected
    desk.engine.engine.reject(second.call_id, 486)
    assert other.wait_for("call_state", state="DISCONNECTED")["code"] == 486
    assert not desk.engine.events.find(CallStateChanged, call_id=first,
                                       state=CallState.DISCONNECTED)  # fmt: skip


def test_calls_both_ways_over_tcp(
    sip_engine: EngineHarness, kamailio: Kamailio, peers: Peers
) -> None:
    sip_engine.start()
    sip_engine.register(kamailio, transport="tcp")
    customer = peers.registered("customer", kamailio, transport="tcp")
    events, engine = sip_engine.events, sip_engine.engine
    customer.command("call", uri=kamailio.uri("agent") + ";transport=tcp")
    incoming = events.wait_for(IncomingCall)
    engine.answer(incoming.call_id)
    customer.wait_for("call_state", state="CONFIRMED")
    engine.hangup(incoming.call_id)
    customer.wait_for("call_state", state="DISCONNECTED")

    customer.command("auto_answer", mode="answer")
    engine.make_call("customer")  # becomes sip:customer@...;transport=tcp
    started = events.wait_for(OutgoingCallStarted)
    assert started.remote_uri.endswith(";transport=tcp")
    events.wait_for(CallStateChanged, call_id=started.call_id, state=CallState.CONNECTED)
    engine.hangup(started.call_id)
    events.wait_for(CallStateChanged, call_id=started.call_id, state=CallState.DISCONNECTED)
