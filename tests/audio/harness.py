"""Drive one real-audio call: an agent pjsua2 on the virtual headset, a caller on the null
device, both tests/audio/pjpeer.py processes of this interpreter.

Timeline of `run_call()`: agent ready -> start recording the headset speaker (and the mic
feed) -> caller calls in, plays `caller_wav` into the call and records what it receives ->
when the agent reports media, `mic_wav` is played into the virtual headset mic -> the
caller hangs up after `duration` s of media -> both exit.
"""

from __future__ import annotations

import contextlib
import json
import queue
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.pulseaudio import (
    MIC_FEED_MONITOR,
    SPEAKER_MONITOR,
    PulseAudio,
    Recording,
    raise_priority,
)

PEER = Path(__file__).with_name("pjpeer.py")
CODECS = {"PCMU": "PCMU/8000", "G722": "G722/16000", "opus": "opus/48000"}


def free_port(kind: int = socket.SOCK_DGRAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PeerProcess:
    """A pjpeer.py subprocess; its JSON events collected by a reader thread."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        self.events: list[dict[str, Any]] = []
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._stderr = log.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, str(PEER), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env=env,
            text=True,
        )
        raise_priority(self.process.pid)
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            self.events.append(event)
            self._queue.put(event)
        self._queue.put(None)

    def wait_for(self, name: str, timeout: float = 15.0) -> dict[str, Any]:
        for event in self.events:
            if event["ev"] == name:
                return event
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                event = self._queue.get(timeout=remaining)
            except queue.Empty:
                break
            if event is None:
                break
            if event["ev"] == name:
                return event
            if event["ev"] == "error":
                pytest.fail(f"{self.log.stem}: {event['message']} ({self.tail()})")
        pytest.fail(
            f"{self.log.stem}: no {name!r} event in {timeout} s; {self.events[-5:]} {self.tail()}"
        )

    def event(self, name: str) -> dict[str, Any] | None:
        return next((e for e in self.events if e["ev"] == name), None)

    def tail(self) -> str:
        if not self._stderr.closed:
            self._stderr.flush()
        return self.log.read_text(errors="replace")[-1500:]

    def send(self, command: str) -> None:
        """A line on the peer's stdin: "hangup" or "quit"."""
        if self.process.stdin is not None and self.process.poll() is None:
            with contextlib.suppress(OSError):
                self.process.stdin.write(command + "\n")
                self.process.stdin.flush()

    def finish(self, timeout: float = 20.0) -> int:
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            if self.process.stdin is not None:
                try:
                    self.process.stdin.write("quit\n")
                    self.process.stdin.flush()
                except OSError:
                    pass
            try:
                return self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                return self.process.wait(timeout=5)
        finally:
            self._thread.join(timeout=5)
            if self.process.stdin is not None:
                with contextlib.suppress(OSError):
                    self.process.stdin.close()
            self._stderr.close()


@dataclass
class CallResult:
    agent: PeerProcess
    caller: PeerProcess
    speaker: Recording  # the headset speaker's monitor: what the agent heard
    mic_feed: Recording | None  # what was played into the headset mic
    caller_recording: Path  # what the caller received
    mic_started: float  # CLOCK_MONOTONIC when the mic playback was started
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class TlsFiles:
    cert: Path
    key: Path


def make_tls(directory: Path) -> TlsFiles:
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return TlsFiles(cert, key)


def run_call(
    pa: PulseAudio,
    workdir: Path,
    *,
    codec: str,
    caller_wav: Path,
    mic_wav: Path | None,
    duration: float,
    transport: str = "udp",
    srtp: str = "off",
    tls: TlsFiles | None = None,
    agent_args: list[str] = (),  # type: ignore[assignment]
    caller_args: list[str] = (),  # type: ignore[assignment]
    record_mic_feed: bool = True,
    jb_discard: str = "none",
    tail: float = 1.0,
) -> CallResult:
    """One call; `jb_discard` is the jitter-buffer discard algorithm of both peers.

    "none" by default: pjmedia's default (progressive, and static alike) shrinks the
    jitter buffer during the first seconds of a call by discarding frames, which
    time-compresses that audio by ~4 % with audible artefacts (xcorr 0.73-0.87 instead of
    0.96-0.99 here); see tests/benchmarks/test_bench_audio.py for its latency effect.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    env = pa.client_env()
    port = free_port(socket.SOCK_STREAM if transport == "tls" else socket.SOCK_DGRAM)
    common = ["--codec", CODECS[codec], "--transport", transport, "--srtp", srtp]
    common += ["--jb-discard", jb_discard]
    if transport == "tls":
        assert tls is not None
        common += [
            "--tls-cert",
            str(tls.cert),
            "--tls-key",
            str(tls.key),
            "--srtp-secure",
            "1" if srtp != "off" else "0",
        ]
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
            *common,
            *agent_args,
        ],
        env,
        workdir / "agent.log",
    )
    ready = agent.wait_for("ready", timeout=20)
    assert any(d.startswith("pulse(1/1)") for d in ready["devices"]), ready["devices"]
    speaker = pa.record(SPEAKER_MONITOR)
    mic_feed = pa.record(MIC_FEED_MONITOR) if record_mic_feed else None
    caller_recording = workdir / "caller-received.wav"
    uri = f"sip:agent@127.0.0.1:{port}" + (";transport=tls" if transport == "tls" else "")
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
            uri,
            "--play",
            str(caller_wav),
            "--record",
            str(caller_recording),
            "--timeout",
            str(duration + 40),
            *common,
            *caller_args,
        ],
        env,
        workdir / "caller.log",
    )
    mic_started = 0.0
    player = None
    try:
        agent.wait_for("media", timeout=20)
        caller.wait_for("media", timeout=10)
        if mic_wav is not None:
            mic_started = time.monotonic()
            player = pa.play(mic_wav)
        # Both directions finished (+ `tail` s for the jitter buffers and device buffers),
        # then the caller hangs up; `duration` is the shortest call.
        caller.wait_for("play_eof", timeout=duration + 20)
        if player is not None:
            player.wait(timeout=duration + 20)
        end = max(time.monotonic() + tail, caller.wait_for("media")["t"] + duration)
        time.sleep(max(0.0, end - time.monotonic()))
        caller.send("hangup")
        caller.wait_for("done", timeout=15)
        agent.wait_for("done", timeout=15)
    finally:
        caller.finish()
        agent.finish()
        if player is not None:
            try:
                player.wait(timeout=10)
            except subprocess.TimeoutExpired:
                player.kill()
                player.wait(timeout=5)
            if player.stderr is not None:
                player.stderr.close()
        speaker.stop()
        if mic_feed is not None:
            mic_feed.stop()
    speaker.save_wav(workdir / "agent-heard.wav")
    if mic_feed is not None:
        mic_feed.save_wav(workdir / "mic-feed.wav")
    return CallResult(agent, caller, speaker, mic_feed, caller_recording, mic_started)
