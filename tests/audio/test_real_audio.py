"""Real audio through a virtual headset, both ways, with the softphone's pjsua2 build.

An agent pjsua2 process uses the ALSA ``pulse`` device, routed by PULSE_SINK/PULSE_SOURCE
to a private PulseAudio daemon's virtual headset (tests/helpers/pulseaudio.py). A caller
pjsua2 process on the null device calls in and plays a prompt: the recording of the
headset speaker's monitor must correlate with it (>= 0.8). Meanwhile another prompt is
played into the virtual headset mic: the caller's recording must correlate with that.
PCMU, G.722 and Opus over UDP; Opus again with TLS signalling and mandatory SRTP.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.audio.gate import gate_module

gate_module()

from tests.audio import analysis  # noqa: E402  (numpy: only after the gate)
from tests.audio.analysis import Similarity  # noqa: E402
from tests.audio.harness import CallResult, TlsFiles, make_tls, run_call  # noqa: E402
from tests.helpers.pulseaudio import PulseAudio  # noqa: E402

pytestmark = [pytest.mark.audio, pytest.mark.timeout(120)]

PROMPTS = Path(__file__).resolve().parents[2] / "resources" / "prompts"
TO_AGENT = PROMPTS / "en" / "farewell.wav"  # the caller speaks (4.2 s)
FROM_AGENT = PROMPTS / "de" / "farewell.wav"  # the agent speaks into the headset (4.9 s)
THRESHOLD = 0.8


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_tls(tmp_path_factory.mktemp("tls"))


def check_both_ways(result: CallResult, codec: str) -> tuple[Similarity, Similarity]:
    """(caller -> headset speaker, headset mic -> caller) similarities.

    The mic direction is judged against what the virtual mic actually delivered (the
    recording of the mic feed's monitor, i.e. what the agent's capture read), so a
    scheduling hiccup of the injecting `paplay` on a busy machine is not blamed on the
    softphone; that the prompt was injected at all is checked separately (>= 0.5).
    """
    ref, ref_rate = analysis.read_wav(TO_AGENT)
    heard = analysis.from_pcm(result.speaker.data)
    to_agent = analysis.similarity(ref, ref_rate, heard, result.speaker.rate)

    assert result.mic_feed is not None
    fed = analysis.from_pcm(result.mic_feed.data)
    ref2, ref2_rate = analysis.read_wav(FROM_AGENT)
    injected = analysis.similarity(ref2, ref2_rate, fed, result.mic_feed.rate)
    received, rec_rate = analysis.read_wav(result.caller_recording)
    from_agent = analysis.similarity(fed, result.mic_feed.rate, received, rec_rate)
    print(f"\n{codec}: caller -> headset speaker {to_agent}")
    print(f"{codec}: headset mic -> caller   {from_agent}")
    print(f"{codec}: (prompt -> virtual mic   {injected})")
    assert injected.score >= 0.5, f"the prompt did not reach the virtual mic: {injected}"
    return to_agent, from_agent


@pytest.mark.parametrize("codec", ["PCMU", "G722", "opus"])
def test_audio_both_ways(pulseaudio: PulseAudio, tmp_path: Path, codec: str) -> None:
    result = run_call(
        pulseaudio,
        tmp_path,
        codec=codec,
        caller_wav=TO_AGENT,
        mic_wav=FROM_AGENT,
        duration=5.0,
    )
    media = result.agent.event("media")
    assert media is not None
    assert media["codec"].lower().startswith(codec.lower()), media
    to_agent, from_agent = check_both_ways(result, codec)
    assert to_agent.score >= THRESHOLD, f"caller -> headset: {to_agent}"
    assert from_agent.score >= THRESHOLD, f"headset -> caller: {from_agent}"


def test_audio_tls_and_mandatory_srtp(
    pulseaudio: PulseAudio, tmp_path: Path, tls_files: TlsFiles
) -> None:
    result = run_call(
        pulseaudio,
        tmp_path,
        codec="opus",
        caller_wav=TO_AGENT,
        mic_wav=FROM_AGENT,
        duration=5.0,
        transport="tls",
        srtp="mandatory",
        tls=tls_files,
        agent_args=["--stats"],
        caller_args=["--stats"],
    )
    media = result.caller.event("media")
    assert media is not None
    assert "transport=tls" in media["remote_contact"].lower(), media  # SIP over TLS
    stats = result.caller.event("stats")
    assert stats is not None
    assert "SRTP status: Active" in stats["dump"], stats["dump"]
    to_agent, from_agent = check_both_ways(result, "opus+TLS+SRTP")
    assert to_agent.score >= THRESHOLD, f"caller -> headset: {to_agent}"
    assert from_agent.score >= THRESHOLD, f"headset -> caller: {from_agent}"


def test_farewell_heard_by_caller_and_agent_headset(pulseaudio: PulseAudio, tmp_path: Path) -> None:
    """The critical-situation ending through real devices: the prompt reaches the caller
    and the agent's headset speaker; the agent's mic (someone talking into the virtual
    headset during the prompt) does not reach the caller; BYE after the prompt + 0.5 s."""
    from tests.audio.harness import CODECS, PeerProcess, free_port

    env = pulseaudio.client_env()
    port = free_port()
    farewell = PROMPTS / "en" / "farewell.wav"
    common = ["--codec", CODECS["G722"], "--jb-discard", "none"]
    agent = PeerProcess(
        [
            "--name",
            "agent",
            "--dev",
            "pulse",
            "--sip-port",
            str(port),
            "--rtp-port",
            "41000",
            "--farewell",
            str(farewell),
            "--farewell-after",
            "1.0",
            "--hangup-after-eof",
            "0.5",
            *common,
        ],
        env,
        tmp_path / "agent.log",
    )
    agent.wait_for("ready", timeout=20)
    speaker = pulseaudio.record()
    received = tmp_path / "caller-received.wav"
    caller = PeerProcess(
        [
            "--name",
            "caller",
            "--dev",
            "null",
            "--sip-port",
            "0",
            "--rtp-port",
            "42000",
            "--call",
            f"sip:agent@127.0.0.1:{port}",
            "--record",
            str(received),
            *common,
        ],
        env,
        tmp_path / "caller.log",
    )
    player = None
    try:
        agent.wait_for("farewell_started", timeout=20)
        player = pulseaudio.play(FROM_AGENT)  # the agent keeps talking: must not go out
        agent.wait_for("farewell_eof", timeout=15)
        caller.wait_for("done", timeout=15)
        agent.wait_for("done", timeout=15)
    finally:
        caller.finish()
        agent.finish()
        if player is not None:
            player.kill()
            player.wait(timeout=5)
            if player.stderr is not None:
                player.stderr.close()
        speaker.stop()
    disconnected = [e for e in caller.events if e["ev"] == "state" and e["state"] == "DISCONNCTD"]
    assert disconnected, caller.events
    eof = agent.wait_for("farewell_eof")["t"]
    ref, ref_rate = analysis.read_wav(farewell)
    heard = analysis.from_pcm(speaker.data)
    at_headset = analysis.similarity(ref, ref_rate, heard, speaker.rate)
    got, got_rate = analysis.read_wav(received)
    at_caller = analysis.similarity(ref, ref_rate, got, got_rate)
    mic, mic_rate = analysis.read_wav(FROM_AGENT)
    leaked = analysis.similarity(mic, mic_rate, got, got_rate)
    print(f"\nfarewell at the caller: {at_caller}\nfarewell in the headset: {at_headset}")
    print(f"agent's mic at the caller during the farewell: {leaked}")
    bye_after = disconnected[-1]["t"] - eof
    print(f"caller disconnected {bye_after:.3f} s after the prompt's EOF")
    assert at_caller.score >= THRESHOLD, at_caller
    assert at_headset.score >= THRESHOLD, at_headset
    assert leaked.score < 0.3, f"the agent's mic reached the caller: {leaked}"
    assert 0.4 <= bye_after < 2.0, bye_after
