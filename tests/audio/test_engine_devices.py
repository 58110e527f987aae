"""The real SipEngine's device handling on virtual hardware: hot-plug, ringer, audio test.

A test-private ALSA configuration (ALSA_CONFIG_PATH) adds named PCMs of the ALSA pulse
plugin: ``test_headset`` (plays into the private daemon's ``headset_speaker``, records
``headset_mic``) and ``test_ringer`` (plays into a ``desk_speaker`` null sink loaded for
the test); ``default``/``pulse`` play into ``desk_speaker`` too (PULSE_SINK). "Unplugging"
the headset = replacing the configuration file by one without ``test_headset``: ALSA
re-reads changed files, so the engine's hot-plug probe sees the PCM vanish exactly as a
USB card's PCMs vanish from the hint list; the open stream itself keeps working (as a
real unplug would not), so what this proves is the engine's reaction: it moves the role
to the default device by name, mid-call, and the call's audio follows.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.audio.gate import gate_module

gate_module()

import numpy as np  # noqa: E402

from softphone.core.events import (  # noqa: E402
    AudioDeviceLost,
    AudioDeviceReturned,
    AudioDevicesChanged,
    AudioTestLevels,
    CallMediaChanged,
    CallStateChanged,
    IncomingCall,
)
from softphone.core.models import AudioPrefs, CallState  # noqa: E402
from tests.audio import analysis  # noqa: E402
from tests.helpers.pulseaudio import MIC_FEED, PulseAudio, Recording  # noqa: E402

pytestmark = [pytest.mark.audio, pytest.mark.integration, pytest.mark.timeout(120)]

PROMPTS = Path(__file__).resolve().parents[2] / "resources" / "prompts"
TO_AGENT = PROMPTS / "en" / "farewell.wav"
DESK = "desk_speaker"
HEADSET_PCM = """
pcm.test_headset {
    type asym
    playback.pcm { type pulse device headset_speaker }
    capture.pcm { type pulse device headset_mic }
    hint { show on description "Test Headset" }
}
"""
RINGER_PCM = """
pcm.test_ringer {
    type asym
    playback.pcm { type pulse device desk_speaker }
    capture.pcm { type pulse device headset_mic }
    hint { show on description "Test Ringer" }
}
"""


@dataclass
class Rig:
    pa: PulseAudio
    config: Path
    base: str

    def write(self, *pcms: str) -> None:
        """Replace the file (new inode: ALSA notices the change within the same second)."""
        tmp = self.config.with_suffix(".tmp")
        tmp.write_text(self.base + "".join(pcms))
        os.replace(tmp, self.config)

    def record(self, sink: str) -> Recording:
        return self.pa.record(f"{sink}.monitor")


@pytest.fixture
def rig(pulseaudio: PulseAudio, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Rig]:
    """Before `sip_engine` starts: a desk speaker sink, and the private ALSA config."""
    module = pulseaudio.pactl(
        "load-module", "module-null-sink", f"sink_name={DESK}", "rate=48000", "channels=1"
    ).strip()
    try:
        config = tmp_path / "asound.conf"
        rig = Rig(pulseaudio, config, pulseaudio.alsa_config.read_text())
        rig.write(HEADSET_PCM, RINGER_PCM)
        monkeypatch.setenv("ALSA_CONFIG_PATH", str(config))
        monkeypatch.setenv("PULSE_SINK", DESK)
        yield rig
    finally:
        pulseaudio.pactl("unload-module", module)


def _rms(recording: Recording, start: int, end: int | None = None) -> float:
    data = analysis.from_pcm(recording.data)[start:end]
    return float(np.sqrt(np.mean(data**2))) if len(data) else 0.0


def _set_audio(harness: Any, prefs: AudioPrefs, **match: Any) -> AudioDevicesChanged:
    mark = harness.events.mark()
    harness.engine.set_audio(prefs)
    return harness.events.wait_for(AudioDevicesChanged, after=mark, **match)


def test_headset_unplugged_mid_call_and_back(
    rig: Rig, sip_engine: Any, kamailio: Any, peers: Any, qtbot: Any
) -> None:
    engine, events = sip_engine.engine, sip_engine.events
    sip_engine.start()
    prefs = AudioPrefs("test_headset", "test_headset")
    _set_audio(sip_engine, prefs, output_name="test_headset", input_name="test_headset")
    sip_engine.register(kamailio)
    customer = peers.registered("customer", kamailio)
    headset, desk = rig.record("headset_speaker"), rig.record(DESK)
    try:
        customer.command("call", call="c1", uri=kamailio.uri("agent"))
        call = events.wait_for(IncomingCall)
        engine.answer(call.call_id)
        events.wait_for(CallMediaChanged, call_id=call.call_id, active=True)
        customer.command("play", call="c1", wav=str(TO_AGENT))
        qtbot.wait(1500)
        assert _rms(headset, -16000) > 0.01  # the customer is heard in the headset

        mark = events.mark()
        rig.write(RINGER_PCM)  # unplug
        lost = events.wait_for(AudioDeviceLost, after=mark, role="output", timeout=6)
        assert lost.name == "test_headset" and lost.fallback not in ("", "test_headset")
        events.wait_for(AudioDeviceLost, after=mark, role="input")
        changed = events.wait_for(AudioDevicesChanged, after=mark)
        assert changed.output_name != "test_headset"
        assert "test_headset" in changed.warning
        assert "test_headset" not in {d.name for d in changed.devices}
        qtbot.wait(1000)  # the switch leaves a gap; the jitter buffer then catches up
        switched = desk.samples_so_far
        customer.command("play", call="c1", wav=str(TO_AGENT))
        qtbot.wait(5000)
        heard = analysis.similarity(
            *analysis.read_wav(TO_AGENT), analysis.from_pcm(desk.data[switched * 2 :]), desk.rate
        )
        print(f"\nafter the unplug, customer -> default device: {heard}")
        assert heard.score >= 0.8, heard
        assert not events.find(CallStateChanged, call_id=call.call_id, state=CallState.DISCONNECTED)

        mark = events.mark()
        rig.write(HEADSET_PCM, RINGER_PCM)  # plugged back: offered, not switched
        back = events.wait_for(AudioDeviceReturned, after=mark, role="output", timeout=6)
        assert back.name == "test_headset"
        events.wait_for(AudioDeviceReturned, after=mark, role="input")
        qtbot.wait(2500)  # another poll: no second offer, no switch
        assert len(events.find(AudioDeviceReturned, after=mark)) == 2
        assert events.find(AudioDevicesChanged, after=mark)[-1].output_name != "test_headset"

        _set_audio(sip_engine, prefs, output_name="test_headset")  # the agent accepts
        again = headset.samples_so_far
        customer.command("play", call="c1", wav=str(TO_AGENT))
        qtbot.wait(5000)
        heard = analysis.similarity(
            *analysis.read_wav(TO_AGENT),
            analysis.from_pcm(headset.data[again * 2 :]),
            headset.rate,
        )
        print(f"switched back, customer -> headset: {heard}")
        assert heard.score >= 0.8, heard
        customer.command("hangup", all=True)
        events.wait_for(CallStateChanged, call_id=call.call_id, state=CallState.DISCONNECTED)
    finally:
        headset.stop()
        desk.stop()


def test_ring_on_the_ringer_and_the_headset(
    rig: Rig, sip_engine: Any, kamailio: Any, peers: Any, qtbot: Any
) -> None:
    engine, events = sip_engine.engine, sip_engine.events
    sip_engine.start()
    sip_engine.register(kamailio)
    customer = peers.registered("customer", kamailio)
    for both in (True, False):
        prefs = AudioPrefs("test_headset", "test_headset", "test_ringer", ring_on_headset_too=both)
        _set_audio(sip_engine, prefs, ringer_name="test_ringer")
        headset, desk = rig.record("headset_speaker"), rig.record(DESK)
        try:
            mark = events.mark()
            customer.command("call", call=f"ring{both}", uri=kamailio.uri("agent"))
            call = events.wait_for(IncomingCall, after=mark)
            qtbot.wait(2500)  # a whole ring cadence (2 x 0.4 s bursts, 2 s pause)
            engine.reject(call.call_id, 486)
            events.wait_for(CallStateChanged, call_id=call.call_id, state=CallState.DISCONNECTED)
        finally:
            headset.stop()
            desk.stop()
        ringer_rms, headset_rms = _rms(desk, 0), _rms(headset, 0)
        print(f"\nring_on_headset_too={both}: ringer rms {ringer_rms:.4f}", end="")
        print(f", headset rms {headset_rms:.4f}")
        assert ringer_rms > 0.01
        if both:
            assert headset_rms > 0.01
        else:
            assert headset_rms < 0.001


def _dominant_hz(recording: Recording) -> float:
    data = analysis.from_pcm(recording.data)[-8000:]
    spectrum = np.abs(np.fft.rfft(data * np.hanning(len(data))))
    return float(np.fft.rfftfreq(len(data), 1 / recording.rate)[int(np.argmax(spectrum))])


def test_audio_test_tone_and_loopback_levels(
    rig: Rig, sip_engine: Any, kamailio: Any, peers: Any, qtbot: Any
) -> None:
    engine, events = sip_engine.engine, sip_engine.events
    sip_engine.start()
    _set_audio(sip_engine, AudioPrefs("test_headset", "test_headset"), output_name="test_headset")

    headset = rig.record("headset_speaker")
    try:
        mark = events.mark()
        engine.start_audio_test("tone")
        qtbot.waitUntil(
            lambda: len(events.find(AudioTestLevels, after=mark, mode="tone")) >= 10, timeout=5000
        )
        engine.stop_audio_test()
        final = events.wait_for(AudioTestLevels, after=mark, mode="")
        assert (final.mic, final.speaker, final.message) == (0.0, 0.0, "")
    finally:
        headset.stop()
    levels = [e.speaker for e in events.find(AudioTestLevels, after=mark, mode="tone")]
    print(f"\ntone: speaker levels {[round(v, 2) for v in levels]}")
    assert max(levels) > 0.6 and all(0.0 <= v <= 1.0 for v in levels)
    assert abs(_dominant_hz(headset) - 440) < 10

    headset = rig.record("headset_speaker")
    feed = rig.pa.play(TO_AGENT, device=MIC_FEED)
    try:
        mark = events.mark()
        engine.start_audio_test("loopback")
        qtbot.wait(5000)  # the whole prompt, looped back
        sip_engine.register(kamailio)  # a call arriving ends the test
        customer = peers.registered("customer", kamailio)
        customer.command("call", call="c1", uri=kamailio.uri("agent"))
        call = events.wait_for(IncomingCall, after=mark)
        final = events.wait_for(AudioTestLevels, after=mark, mode="")
        assert final.message
        engine.reject(call.call_id, 486)
    finally:
        feed.wait(timeout=10)
        if feed.stderr is not None:
            feed.stderr.close()
        headset.stop()
    loop = events.find(AudioTestLevels, after=mark, mode="loopback")
    print(f"loopback: mic levels {[round(e.mic, 2) for e in loop]}")
    assert max(e.mic for e in loop) > 0.2 and max(e.speaker for e in loop) > 0.2
    heard = analysis.similarity(
        *analysis.read_wav(TO_AGENT), analysis.from_pcm(headset.data), headset.rate
    )
    print(f"loopback: mic -> headset speaker {heard}")
    assert heard.score >= 0.8, heard
