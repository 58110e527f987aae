"""The engine's own behaviour: SIP trace switched live, audio settings, shutdown, misuse."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from softphone.core.events import (
    AudioDevicesChanged,
    CallStateChanged,
    CommandFailed,
    EngineStopped,
    RegistrationChanged,
    SipEvent,
)
from softphone.core.models import AudioPrefs, CallState, EndedBy, RegState
from tests.helpers.kamailio import USERS, Kamailio
from tests.helpers.sip_engine import Desk, EngineHarness

pytestmark = pytest.mark.integration


def test_sip_trace_switches_live_and_hides_credentials(
    sip_engine: EngineHarness, kamailio: Kamailio, tmp_path: Path
) -> None:
    trace = tmp_path / "softphone-sip.log"
    sip_engine.start()
    sip_engine.register(kamailio)
    assert not trace.exists()

    sip_engine.set_options(sip_trace=True)
    sip_engine.register(kamailio)  # a fresh REGISTER with its digest challenge
    text = trace.read_text()
    assert "REGISTER sip:" in text and "SIP/2.0 200 OK" in text
    assert "Authorization: <redacted>" in text
    assert "response=" not in text and USERS["agent"] not in text

    sip_engine.set_options(sip_trace=False)
    size = trace.stat().st_size
    sip_engine.register(kamailio)
    assert trace.stat().st_size == size


def test_audio_settings_fall_back_to_the_null_device(sip_engine: EngineHarness) -> None:
    started = sip_engine.start()
    mark = sip_engine.events.mark()
    sip_engine.engine.set_audio(AudioPrefs("Jabra Evolve", "Jabra Evolve", "USB Ringer"))
    changed = sip_engine.events.wait_for(AudioDevicesChanged, after=mark)
    if started.sound_devices == 0:
        assert changed.null_device and changed.warning == "no audio devices in this pjsua2 build"
    else:
        assert "not found" in changed.warning
    mark = sip_engine.events.mark()
    sip_engine.engine.refresh_devices()
    sip_engine.events.wait_for(AudioDevicesChanged, after=mark)
    mark = sip_engine.events.mark()
    sip_engine.engine.set_audio(AudioPrefs(null_device=True))
    explicit = sip_engine.events.wait_for(AudioDevicesChanged, after=mark)
    assert explicit.null_device and explicit.warning == ""


def test_ringing_call_survives_device_changes(desk: Desk) -> None:
    """The ringer plays (on the null device here) while a call rings; switching devices
    mid-ring reopens it; answering stops it. Nothing may crash with 0 devices."""
    call = desk.incoming_from_customer()
    desk.engine.engine.set_audio(AudioPrefs(output_name="Headset"))
    desk.engine.events.wait_for(AudioDevicesChanged, after=2)
    desk.engine.engine.answer(call.call_id)
    desk.engine.events.wait_for(CallStateChanged, call_id=call.call_id, state=CallState.CONNECTED)


def test_shutdown_during_a_call_hangs_up_and_reports_in_order(desk: Desk) -> None:
    call_id = desk.connected_call()
    desk.engine.engine.shutdown()  # blocks until libDestroy is done
    events = desk.engine.events.events
    ended = [e for e in events if isinstance(e, CallStateChanged) and e.call_id == call_id][-1]
    assert ended.state is CallState.DISCONNECTED and ended.ended_by is EndedBy.LOCAL
    assert isinstance(events[-1], EngineStopped)
    offline = [e for e in events if isinstance(e, RegistrationChanged)][-1]
    assert offline.state is RegState.OFFLINE
    desk.customer.wait_for("call_state", state="DISCONNECTED")  # the BYE went out


def test_commands_before_start_fail_politely(sip_engine: EngineHarness) -> None:
    sip_engine.engine.make_call("101")
    failed = sip_engine.events.find(CommandFailed)
    assert failed and failed[0].command == "make_call"


def test_a_failing_subscriber_does_not_stop_delivery(
    sip_engine: EngineHarness, caplog: Any
) -> None:
    seen: list[SipEvent] = []

    def broken(event: SipEvent) -> None:
        raise RuntimeError("UI bug")

    sip_engine.engine.subscribe(broken)
    sip_engine.engine.subscribe(seen.append)
    sip_engine.start()
    assert seen  # the later subscriber still got everything
    assert "UI bug" in caplog.text


def test_events_arrive_on_the_gui_thread(sip_engine: EngineHarness) -> None:
    threads: set[int] = set()
    sip_engine.engine.subscribe(lambda _event: threads.add(threading.get_ident()))
    sip_engine.start()
    assert threads == {threading.get_ident()}


def test_buildinfo_describes_the_wheel_without_qt() -> None:
    from softphone.sip.buildinfo import describe_build

    info = describe_build()
    assert info.version.startswith("2.")
    assert "PCMU/8000/1" in info.codecs
    assert info.sound_devices == len(info.device_names)
    assert info.module_path.endswith("__init__.py")


def test_build_summary_names_the_loaded_wheel() -> None:
    """What --self-test prints: which pjsua2 build, its version and its TLS library."""
    import importlib.metadata

    from softphone.sip.buildinfo import build_summary

    summary = build_summary()
    if _has_dist("pjsua2-softphone"):
        assert summary.startswith("pjsua2-softphone ") and "sound alsa" in summary
        assert "TLS OpenSSL 3." in summary
    else:
        version = importlib.metadata.version("pjsua2-python")
        assert summary.startswith(f"pjsua2-python {version} (PyPI wheel")
        assert "OpenSSL" in summary


def _has_dist(name: str) -> bool:
    import importlib.metadata

    try:
        importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def test_buildinfo_refuses_while_the_engine_runs(sip_engine: EngineHarness) -> None:
    from softphone.sip.buildinfo import EndpointInUse, describe_build

    sip_engine.start()
    with pytest.raises(EndpointInUse):
        describe_build()
