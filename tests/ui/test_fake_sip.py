"""FakeSip behaves like the engine: queued events in order, plausible call progress."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from softphone.core.events import (
    CallMediaChanged,
    CallStateChanged,
    CommandFailed,
    IncomingCall,
    OutgoingCallStarted,
    PromptFinished,
    RegistrationChanged,
    SipEvent,
    TransferProgress,
)
from softphone.core.models import AccountConfig, CallState, EndedBy, RegState
from softphone.core.ports import SipControl
from softphone.sip.fake import FakeSip


def collect(fake: FakeSip) -> list[SipEvent]:
    seen: list[SipEvent] = []
    fake.subscribe(seen.append)
    return seen


def states(events: list[SipEvent], call_id: str) -> list[CallState]:
    return [e.state for e in events if isinstance(e, CallStateChanged) and e.call_id == call_id]


def test_is_a_sip_control() -> None:
    port: SipControl = FakeSip()  # mypy checks the Protocol; this checks it at runtime too
    for name in SipControl.__dict__:
        if not name.startswith("_"):
            assert callable(getattr(port, name)), name


def test_events_are_queued_never_delivered_inside_the_command(qtbot: QtBot) -> None:
    fake = FakeSip()
    seen = collect(fake)
    fake.configure_account(AccountConfig(domain="pbx", username="1001"), "pw")
    assert seen == []
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert [e.state for e in seen if isinstance(e, RegistrationChanged)] == [
        RegState.REGISTERING,
        RegState.REGISTERED,
    ]


def test_wrong_password_gives_auth_failed(qtbot: QtBot) -> None:
    fake = FakeSip()
    fake.accept_password = "right"
    seen = collect(fake)
    fake.configure_account(AccountConfig(domain="pbx", username="1001"), "wrong")
    qtbot.waitUntil(lambda: len(seen) == 2)
    last = seen[-1]
    assert isinstance(last, RegistrationChanged)
    assert (last.state, last.code) == (RegState.AUTH_FAILED, 401)


def test_incoming_answer_hangup(qtbot: QtBot) -> None:
    fake = FakeSip()
    seen = collect(fake)
    call_id = fake.simulate_incoming("+390612345678", "Maria")
    fake.answer(call_id)
    fake.hangup(call_id)
    qtbot.waitUntil(lambda: states(seen, call_id)[-1:] == [CallState.DISCONNECTED])
    assert isinstance(seen[0], IncomingCall)
    assert states(seen, call_id) == [
        CallState.INCOMING,
        CallState.CONNECTING,
        CallState.CONNECTED,
        CallState.DISCONNECTED,
    ]
    assert any(isinstance(e, CallMediaChanged) and e.active for e in seen)
    end = [e for e in seen if isinstance(e, CallStateChanged)][-1]
    assert end.ended_by is EndedBy.LOCAL
    assert fake.commands == [("answer", call_id), ("hangup", call_id)]


def test_outgoing_rings_then_remote_answers(qtbot: QtBot) -> None:
    fake = FakeSip()
    seen = collect(fake)
    fake.make_call("sip:1002@pbx")
    qtbot.waitUntil(lambda: len(seen) >= 3)
    started = seen[0]
    assert isinstance(started, OutgoingCallStarted)
    assert states(seen, started.call_id) == [CallState.CALLING, CallState.EARLY]
    fake.simulate_remote_answer(started.call_id)
    qtbot.waitUntil(lambda: fake.call_state(started.call_id) is CallState.CONNECTED)


def test_transfer_progress_then_our_leg_ends(qtbot: QtBot) -> None:
    fake = FakeSip()
    seen = collect(fake)
    call_id = fake.simulate_incoming("1", "A")
    fake.answer(call_id)
    fake.transfer(call_id, "sip:2000@pbx")
    qtbot.waitUntil(lambda: CallState.DISCONNECTED in states(seen, call_id))
    progress = [e for e in seen if isinstance(e, TransferProgress)]
    assert [(p.code, p.final) for p in progress] == [(100, False), (200, True)]


def test_commands_on_unknown_calls_fail_politely(qtbot: QtBot) -> None:
    fake = FakeSip()
    seen = collect(fake)
    fake.hangup("nope")
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], CommandFailed)
    assert seen[0].command == "hangup"


def test_auto_answer_after_delay(qtbot: QtBot) -> None:
    fake = FakeSip()
    call_id = fake.simulate_incoming("1", "A", auto_answer_after=0.05)
    qtbot.waitUntil(lambda: fake.call_state(call_id) is CallState.CONNECTED)


def test_prompt_finishes_or_is_stopped_by_hangup(qtbot: QtBot) -> None:
    fake = FakeSip()
    fake.prompt_ms = None
    seen = collect(fake)
    call_id = fake.simulate_incoming("1", "A")
    fake.answer(call_id)
    qtbot.waitUntil(lambda: fake.call_state(call_id) is CallState.CONNECTED)
    fake.play_prompt(call_id, "farewell.wav", "t1")
    fake.simulate_remote_hangup(call_id)
    qtbot.waitUntil(lambda: any(isinstance(e, PromptFinished) for e in seen))
    finished = next(e for e in seen if isinstance(e, PromptFinished))
    assert (finished.token, finished.completed) == ("t1", False)
