"""Audio through the real engine: prompts into a call (heard by the caller), peer playback."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

import pytest

from softphone.core.events import CallStateChanged, CommandFailed, PromptFinished
from softphone.core.models import CallState
from softphone.sip.tones import tone_samples, write_wav
from tests.helpers.sip_engine import Desk, Peers

pytestmark = pytest.mark.integration

TONE_HZ = 1000.0


def tone_file(path: Path, seconds: float, hz: float = TONE_HZ) -> Path:
    write_wav(path, tone_samples((hz,), seconds, amplitude=0.5))
    return path


def tone_level(path: Path, hz: float = TONE_HZ) -> tuple[float, float]:
    """(seconds of audio, relative power at `hz`) of a mono 16-bit WAV (Goertzel)."""
    with wave.open(str(path)) as wav:
        rate, count = wav.getframerate(), wav.getnframes()
        samples = struct.unpack(f"<{count}h", wav.readframes(count))
    if not samples:
        return 0.0, 0.0
    coeff = 2 * math.cos(2 * math.pi * hz / rate)
    s1 = s2 = 0.0
    for x in samples:
        s1, s2 = x + coeff * s1 - s2, s1
    power = s1 * s1 + s2 * s2 - coeff * s1 * s2
    energy = sum(x * x for x in samples) or 1
    return count / rate, power / (energy * len(samples) / 2)


def test_prompt_is_heard_by_the_caller(desk: Desk, tmp_path: Path) -> None:
    events = desk.engine.events
    call_id = desk.connected_call()
    recording = tmp_path / "caller-heard.wav"
    desk.customer.command("record", wav=str(recording))
    prompt = tone_file(tmp_path / "farewell.wav", 1.0)
    desk.engine.engine.play_prompt(call_id, str(prompt), "farewell-1")
    done = events.wait_for(PromptFinished, call_id=call_id, token="farewell-1", timeout=5)
    assert done.completed
    assert 950 <= done.played_ms <= 1500
    desk.customer.command("stop_record")
    recorded = desk.customer.wait_for("recorded", complete=True)
    seconds, level = tone_level(Path(recorded["wav"]))
    assert seconds >= 1.0
    assert level > 0.3, f"the caller did not hear the prompt (1 kHz share {level:.2f})"


def test_caller_hanging_up_stops_the_prompt_first(desk: Desk, tmp_path: Path) -> None:
    events = desk.engine.events
    call_id = desk.connected_call()
    desk.engine.engine.play_prompt(call_id, str(tone_file(tmp_path / "long.wav", 5.0)), "t")
    desk.customer.command("hangup")
    ended = events.wait_for(CallStateChanged, call_id=call_id, state=CallState.DISCONNECTED)
    finished = events.wait_for(PromptFinished, call_id=call_id)
    assert not finished.completed
    assert events.events.index(finished) < events.events.index(ended)


def test_stop_prompt_and_prompt_errors(desk: Desk, tmp_path: Path) -> None:
    events = desk.engine.events
    engine = desk.engine.engine
    call_id = desk.connected_call()
    engine.play_prompt(call_id, str(tone_file(tmp_path / "long.wav", 5.0)), "a")
    engine.stop_prompt(call_id, "a")
    stopped = events.wait_for(PromptFinished, call_id=call_id, token="a")
    assert not stopped.completed and stopped.played_ms < 2000
    engine.play_prompt(call_id, str(tmp_path / "missing.wav"), "b")
    assert "missing.wav" in events.wait_for(CommandFailed, command="play_prompt").message
    engine.play_prompt("no-such-call", str(tmp_path / "long.wav"), "c")
    events.wait_for(CommandFailed, command="play_prompt", call_id="no-such-call")


def test_peer_playback_reaches_another_peer(peers: Peers, tmp_path: Path) -> None:
    """The simulated customer's voice: a WAV played by one peer, recorded by another."""
    alice, bob = peers.start("alice"), peers.start("bob")
    bob.command("auto_answer", mode="answer", record=str(tmp_path / "bob-{call}.wav"))
    voice = tone_file(tmp_path / "voice.wav", 1.0, hz=700.0)
    alice.command("call", uri=bob.uri, play=str(voice))
    alice.wait_for("player_eof", timeout=5)
    alice.command("hangup")
    recorded = bob.wait_for("recorded", complete=True)
    seconds, level = tone_level(Path(recorded["wav"]), 700.0)
    assert seconds >= 1.0 and level > 0.3
