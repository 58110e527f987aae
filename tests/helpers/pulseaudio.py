"""A private PulseAudio daemon with a virtual headset, for real-audio tests without hardware.

`pulseaudio_server` (session scope) starts
`pulseaudio -n --daemonize=no --exit-idle-time=-1 -F <cfg>` in a temporary directory with

- sink ``headset_speaker`` (module-null-sink): what the agent hears; record its monitor;
- source ``headset_mic`` (module-remap-source of the monitor of the null sink
  ``headset_mic_feed``): what the agent says; play audio into ``headset_mic_feed``;
- a silent loopback into both null sinks: an idle null sink renders nothing, so without
  it the monitors (and so the virtual mic) deliver no samples until something plays;

and kills it (by pid) at the end. ``.env`` is what a client process needs: the server
socket (``PULSE_SERVER``), ``PULSE_SINK``/``PULSE_SOURCE`` (which route ALSA's ``pulse`` and
``default`` PCMs to the virtual headset), a private client.conf (no autospawn) and a
private ALSA config (``ALSA_CONFIG_PATH``) whose only PCMs are ``default`` and ``pulse``,
both of the ALSA ``pulse`` plugin (libasound2-plugins), so pjsua2's ALSA backend lists
exactly those two devices. `pulseaudio` (function scope) also applies it to os.environ.

`Recording` timestamps what `parec` delivers on CLOCK_MONOTONIC (shared by every process
on the host), so a sample index maps to a time comparable with other processes' clocks.
Missing binaries skip, or fail under SOFTPHONE_REQUIRE_ALL=1.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
import time
import wave
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.helpers.requirements import missing, require_binary

SPEAKER = "headset_speaker"
SPEAKER_MONITOR = "headset_speaker.monitor"
MIC = "headset_mic"
MIC_FEED = "headset_mic_feed"
MIC_FEED_MONITOR = "headset_mic_feed.monitor"
START_TIMEOUT = 15.0

_DAEMON_SCRIPT = """\
load-module module-native-protocol-unix socket={socket} auth-anonymous=1
load-module module-null-sink sink_name={speaker} rate={rate} channels=1 norewinds=1 \
sink_properties=device.description=Headset_Speaker
load-module module-null-sink sink_name={mic_feed} rate={rate} channels=1 \
sink_properties=device.description=Headset_Mic_Feed
load-module module-remap-source source_name={mic} master={mic_feed}.monitor \
channels=1 master_channel_map=mono channel_map=mono \
source_properties=device.description=Headset_Mic
load-module module-null-source source_name=keepalive_silence rate={rate} channels=1
load-module module-loopback source=keepalive_silence sink={speaker} latency_msec=30 \
source_dont_move=true sink_dont_move=true
load-module module-loopback source=keepalive_silence sink={mic_feed} latency_msec=30 \
source_dont_move=true sink_dont_move=true
set-default-sink {speaker}
set-default-source {mic}
"""

_ALSA_CONFIG = """\
# Private ALSA configuration for tests: only the PulseAudio plugin's PCMs.
pcm.!default { type pulse hint { show on description "Default (PulseAudio)" } }
ctl.!default { type pulse }
pcm.pulse { type pulse hint { show on description "PulseAudio Sound Server" } }
ctl.pulse { type pulse }
"""


@dataclass
class PulseAudio:
    """Where the private daemon lives; `env` is what a client needs to reach it."""

    base: Path
    socket: Path
    pid: int
    rate: int
    alsa_config: Path
    client_config: Path
    log: Path

    @property
    def env(self) -> dict[str, str]:
        return {
            "PULSE_SERVER": f"unix:{self.socket}",
            "PULSE_SINK": SPEAKER,
            "PULSE_SOURCE": MIC,
            "PULSE_CLIENTCONFIG": str(self.client_config),
            "PULSE_COOKIE": str(self.base / "cookie"),
            "XDG_RUNTIME_DIR": str(self.base / "run"),
            "ALSA_CONFIG_PATH": str(self.alsa_config),
        }

    def client_env(self, **extra: str) -> dict[str, str]:
        """os.environ + `env` + `extra`: for subprocess.Popen(env=...)."""
        return {**os.environ, **self.env, **extra}

    def pactl(self, *args: str) -> str:
        pactl = require_binary("pactl", "pulseaudio-utils")
        return subprocess.run(
            [pactl, *args],
            env=self.client_env(),
            check=True,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout

    def record(self, device: str = SPEAKER_MONITOR, rate: int = 16000) -> Recording:
        """Start recording `device` (mono s16le) now; stop() returns the samples."""
        return Recording(self, device, rate)

    def play(self, wav: Path, device: str = MIC_FEED) -> subprocess.Popen[bytes]:
        """Play `wav` into `device` (by default: into the virtual headset mic)."""
        paplay = require_binary("paplay", "pulseaudio-utils")
        process = subprocess.Popen(
            [paplay, "--device", device, "--latency-msec=10", str(wav)],
            env=self.client_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        raise_priority(process.pid)
        return process

    def stream(self, device: str = MIC_FEED, rate: int = 16000) -> Playback:
        """Raw mono s16le writer into `device` with small buffers (see Playback)."""
        return Playback(self, device, rate)


@dataclass
class Recording:
    """`parec` of one source; every chunk's arrival is timestamped on CLOCK_MONOTONIC.

    `start_time` is the tightest upper bound on when sample 0 was captured:
    min over chunks of (arrival - samples_before_the_chunk_end / rate). Delivery can
    only be late, so this is accurate to the smallest delivery delay (a few ms; parec
    runs with --latency-msec=20: at 5 ms it overruns through a pipe and drops 2/3 of
    the samples).
    """

    server: PulseAudio
    device: str
    rate: int
    _chunks: list[tuple[float, bytes]] = field(default_factory=list)
    _process: subprocess.Popen[bytes] | None = None
    _thread: threading.Thread | None = None

    def __post_init__(self) -> None:
        parec = require_binary("parec", "pulseaudio-utils")
        self._process = subprocess.Popen(
            [
                parec,
                "--device",
                self.device,
                "--format=s16le",
                f"--rate={self.rate}",
                "--channels=1",
                "--latency-msec=20",
                "--process-time-msec=10",
                "--raw",
            ],
            env=self.server.client_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            bufsize=0,
        )
        raise_priority(self._process.pid)
        self._thread = threading.Thread(target=self._reader, daemon=True)
        self._thread.start()

    def _reader(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        fd = self._process.stdout.fileno()
        while True:
            data = os.read(fd, 4096)
            if not data:
                return
            self._chunks.append((time.monotonic(), data))

    @property
    def samples_so_far(self) -> int:
        return sum(len(d) for _, d in self._chunks) // 2

    def stop(self) -> bytes:
        """Stop parec; the recorded mono s16le bytes."""
        assert self._process is not None
        if self._process.poll() is None:
            self._process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=5)
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait(timeout=5)
        if self._thread is not None:
            self._thread.join(timeout=5)
        for stream in (self._process.stdout, self._process.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        return self.data

    @property
    def data(self) -> bytes:
        raw = b"".join(d for _, d in self._chunks)
        return raw[: len(raw) - len(raw) % 2]

    @property
    def start_time(self) -> float:
        """CLOCK_MONOTONIC time of sample 0 (see the class doc)."""
        best = float("inf")
        total = 0
        for arrival, data in self._chunks:
            total += len(data)
            best = min(best, arrival - (total // 2) / self.rate)
        return best

    def save_wav(self, path: Path) -> Path:
        write_wav(path, self.data, self.rate)
        return path


@dataclass
class Playback:
    """`pacat --playback` fed from Python: write() mono s16le; close() drains."""

    server: PulseAudio
    device: str
    rate: int
    _process: subprocess.Popen[bytes] | None = None

    def __post_init__(self) -> None:
        pacat = require_binary("pacat", "pulseaudio-utils")
        self._process = subprocess.Popen(
            [
                pacat,
                "--playback",
                "--device",
                self.device,
                "--format=s16le",
                f"--rate={self.rate}",
                "--channels=1",
                "--latency-msec=20",
                "--raw",
            ],
            env=self.server.client_env(),
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def write(self, pcm: bytes) -> None:
        assert self._process is not None and self._process.stdin is not None
        self._process.stdin.write(pcm)
        self._process.stdin.flush()

    def close(self) -> None:
        assert self._process is not None
        if self._process.stdin is not None:
            with contextlib.suppress(OSError):
                self._process.stdin.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=5)
        if self._process.stderr is not None:
            self._process.stderr.close()


def raise_priority(pid: int) -> None:
    """nice -10 for a started process where allowed (root in CI): audio processes starved
    by a busy machine glitch (the app would ask for the same); ignored otherwise."""
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, pid, -10)


def write_wav(path: Path, pcm: bytes, rate: int) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm)


def _connectable(socket: Path) -> bool:
    import socket as so

    with so.socket(so.AF_UNIX, so.SOCK_STREAM) as s:
        try:
            s.connect(str(socket))
        except OSError:
            return False
    return True


@contextlib.contextmanager
def running_pulseaudio(base: Path, rate: int = 48000) -> Iterator[PulseAudio]:
    """Start a private PulseAudio daemon under `base`; kill it (by pid) on exit."""
    daemon = require_binary("pulseaudio", "pulseaudio")
    require_binary("parec", "pulseaudio-utils")
    if not list(Path("/usr/lib").glob("*/alsa-lib/libasound_module_pcm_pulse.so")):
        missing("the ALSA pulse plugin is not installed (apt-get install libasound2-plugins)")
    base.mkdir(parents=True, exist_ok=True)
    run, home, state = base / "run", base / "home", base / "state"
    for directory in (run, home, state):
        directory.mkdir(mode=0o700, exist_ok=True)
    socket = run / "native"
    script = base / "daemon.pa"
    script.write_text(
        _DAEMON_SCRIPT.format(socket=socket, speaker=SPEAKER, mic=MIC, mic_feed=MIC_FEED, rate=rate)
    )
    client_config = base / "client.conf"
    client_config.write_text("autospawn = no\nenable-shm = yes\n")
    alsa_config = base / "asound.conf"
    alsa_config.write_text(_ALSA_CONFIG)
    log = base / "pulseaudio.log"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(run),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "PULSE_RUNTIME_PATH": str(run),
        "PULSE_STATE_PATH": str(state),
    }
    for name in ("PULSE_SERVER", "PULSE_SINK", "PULSE_SOURCE", "DBUS_SESSION_BUS_ADDRESS"):
        env.pop(name, None)
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [
                daemon,
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--use-pid-file=no",
                "--system=no",
                # real-time/high priority where allowed (root in CI): a starved daemon
                # glitches the virtual headset on a busy machine; ignored otherwise
                "--realtime=yes",
                "--high-priority=yes",
                "--disallow-exit",
                "--log-target=stderr",
                "-F",
                str(script),
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not _connectable(socket):
            if process.poll() is not None:
                pytest.fail(f"pulseaudio exited {process.returncode}: {log.read_text()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"pulseaudio did not listen in time: {log.read_text()[-2000:]}")
            time.sleep(0.05)
        server = PulseAudio(
            base=base,
            socket=socket,
            pid=process.pid,
            rate=rate,
            alsa_config=alsa_config,
            client_config=client_config,
            log=log,
        )
        sinks = server.pactl("list", "short", "sinks")
        if SPEAKER not in sinks:
            pytest.fail(f"pulseaudio has no {SPEAKER} sink: {sinks}")
        yield server
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)


def pytest_configure(config: pytest.Config) -> None:
    # Also belongs in pyproject's [tool.pytest.ini_options] markers; harmless twice.
    config.addinivalue_line(
        "markers", "audio: real audio through a private PulseAudio daemon (tests/audio)"
    )


@pytest.fixture(scope="session")
def pulseaudio_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseAudio]:
    with running_pulseaudio(tmp_path_factory.mktemp("pulse")) as server:
        yield server


@pytest.fixture
def pulseaudio(pulseaudio_server: PulseAudio, monkeypatch: pytest.MonkeyPatch) -> PulseAudio:
    """The session's virtual headset, also applied to this process's environment (for an
    in-process pjsua2: set before the Endpoint is created, ALSA reads it at first use)."""
    for name, value in pulseaudio_server.env.items():
        monkeypatch.setenv(name, value)
    return pulseaudio_server
