"""The real SipEngine on the virtual headset: audio both ways through Kamailio.

The engine (this process, pjsua2 = the softphone build) uses the system-default sound
device, which the `pulseaudio` fixture routes to the private PulseAudio daemon's virtual
headset; the customer is `python -m softphone.sip.peer` (null sound device) registered at
Kamailio. The customer calls the agent and plays a prompt: the headset speaker must
carry it; a prompt played into the headset mic must reach the customer's recording.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from tests.audio.gate import gate_module

gate_module()

from softphone.core.events import CallMediaChanged, CallStateChanged  # noqa: E402
from softphone.core.models import CallState  # noqa: E402
from tests.audio import analysis  # noqa: E402
from tests.helpers.pulseaudio import PulseAudio  # noqa: E402

pytestmark = [pytest.mark.audio, pytest.mark.integration, pytest.mark.timeout(120)]

PROMPTS = Path(__file__).resolve().parents[2] / "resources" / "prompts"
TO_AGENT = PROMPTS / "en" / "farewell.wav"
FROM_AGENT = PROMPTS / "de" / "farewell.wav"


# At call start too: the engine caps the jitter buffer and never discards
# (softphone.sip.tuning); pjmedia's defaults time-compressed the first ~5 s (xcorr 0.68-0.74).
@pytest.mark.parametrize(
    "settle", [pytest.param(0.0, id="call-start"), pytest.param(5.0, id="steady")]
)
def test_engine_audio_both_ways(
    pulseaudio: PulseAudio, desk: Any, qtbot: Any, tmp_path: Path, settle: float
) -> None:
    """`settle` s after media both prompts start (0: at call start, 5: steady state)."""
    # `pulseaudio` comes first: the environment is set before `desk` starts the engine.
    from softphone.core.events import IncomingCall

    engine = desk.engine
    speaker = pulseaudio.record()
    received = tmp_path / "customer-received.wav"
    mark = desk.customer.mark()
    desk.customer.command("call", call="c1", uri=desk.kamailio.uri("agent"), record=str(received))
    call = engine.events.wait_for(IncomingCall)
    engine.engine.answer(call.call_id)
    engine.events.wait_for(CallStateChanged, call_id=call.call_id, state=CallState.CONNECTED)
    engine.events.wait_for(CallMediaChanged, call_id=call.call_id, active=True)
    qtbot.wait(int(settle * 1000))
    desk.customer.command("play", call="c1", wav=str(TO_AGENT))
    player = pulseaudio.play(FROM_AGENT)
    try:
        deadline = time.monotonic() + 6.5
        while time.monotonic() < deadline:
            qtbot.wait(100)
        desk.customer.command("hangup", all=True)
        desk.customer.wait_for("recorded", after=mark, timeout=10)
    finally:
        player.kill()
        player.wait(timeout=5)
        if player.stderr is not None:
            player.stderr.close()
        speaker.stop()
    ref, ref_rate = analysis.read_wav(TO_AGENT)
    heard = analysis.similarity(ref, ref_rate, analysis.from_pcm(speaker.data), speaker.rate)
    ref2, ref2_rate = analysis.read_wav(FROM_AGENT)
    got, got_rate = analysis.read_wav(received)
    sent = analysis.similarity(ref2, ref2_rate, got, got_rate)
    print(f"\nSipEngine, prompts {settle:.0f} s after media: customer -> headset {heard}")
    print(f"SipEngine, prompts {settle:.0f} s after media: headset mic -> customer {sent}")
    assert heard.score >= 0.8, heard
    assert sent.score >= 0.8, sent
