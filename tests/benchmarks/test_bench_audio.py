"""Benchmarks with real audio (marker benchmark): mouth-to-ear latency per codec and
direction, CPU of an Opus call on a real (virtual) sound device, wheel build time/size.

Figures are printed (run with -s); only sanity is asserted, the goals are reported:
mouth-to-ear <= 80 ms each way, CPU <= 3 % of a core during an Opus call.

Method (one CLOCK_MONOTONIC timeline across processes):
- caller -> headset speaker: the caller (null sound device) plays a WAV with chirp
  markers at known offsets; mouth = its `play_started` time + offset + 10 ms (its first
  frame leaves at the next 20 ms tick of the null device: +-10 ms); ear = when the
  marker appears in the timestamped recording of the headset speaker's monitor.
- headset mic -> caller: the markers are played into the virtual mic; mouth = when they
  appear in the timestamped recording of the mic feed's monitor (what the agent's
  capture reads); ear = the caller's `record_started` + 10 ms + the marker's position in
  the caller's recording of the call (written frame by frame on its 20 ms ticks: +-10 ms).
The caller is an ideal far end (no sound card), so the figures are the agent side's
latency plus the network (loopback) and the caller's jitter buffer.

Decomposition (printed): `test_rig_overhead` times the virtual mic itself (the remap
source delivers what the feed sink's monitor delivered ~8-10 ms later), so mic -> caller
is also printed without it; `test_null_path` is the same call with the agent on the
null device (codec, packetisation, loopback, both bridges and jitter buffers, no sound
card): what the sound device and the rig add is the difference.
"""

from __future__ import annotations

import json
import os
import statistics
from pathlib import Path

import pytest

from softphone.sip.echo import EC_TAIL_MS
from tests.audio.gate import gate_module

gate_module()

from tests.audio import analysis  # noqa: E402  (numpy: only after the gate)
from tests.audio.harness import CallResult, run_call  # noqa: E402
from tests.helpers.pulseaudio import (  # noqa: E402
    MIC,
    MIC_FEED,
    MIC_FEED_MONITOR,
    PulseAudio,
)

pytestmark = [pytest.mark.benchmark, pytest.mark.audio, pytest.mark.timeout(300)]

RATE = 16000
# A chirp every second for 9 s: "early" = the first two (jitter buffers still settling
# after the call-start burst), "steady" = the last three.
OFFSETS = [0.6 + k for k in range(9)]
EARLY, STEADY = OFFSETS[:2], OFFSETS[-3:]
TICK = 0.010  # half of a 20 ms null-device tick: the expected phase offset
ROOT = Path(__file__).resolve().parents[2]


def _engine_args(*, agent: bool) -> list[str]:
    """pjpeer arguments equal to the engine's MediaTuning (no pjsua2 import here)."""
    from softphone.sip.tuning import MediaTuning

    t = MediaTuning()
    jb = [str(v) for v in (t.jb_init_ms, t.jb_min_pre_ms, t.jb_max_pre_ms, t.jb_max_ms)]
    args = ["--frame-ptime", str(t.frame_ptime_ms), "--jb", *jb]
    args += ["--opus-rate", str(t.opus_rate), "--opus-complexity", str(t.opus_complexity)]
    if agent:
        args += ["--snd-rec-latency", str(t.snd_rec_latency_ms)]
        args += ["--snd-play-latency", str(t.snd_play_latency_ms)]
    return args


def _engine_discard() -> str:
    from softphone.sip.tuning import MediaTuning

    return MediaTuning().jb_discard


# Agent: ALSA buffers 10 ms capture / 20 ms playback, 10 ms conference and device frames.
SMALL_AGENT = [
    *("--snd-rec-latency", "10", "--snd-play-latency", "20", "--frame-ptime", "10"),
]
SMALL_JB = ["--frame-ptime", "10", "--jb", "10", "10", "30", "100"]  # both ends
# (agent arguments, caller arguments, jitter-buffer discard algorithm of both peers)
TUNINGS: dict[str, tuple[list[str], list[str], str]] = {
    # pjsua defaults: ALSA capture 100 ms / playback 140 ms buffers, 20 ms frames, adaptive
    # jitter buffer (max 500 ms) with progressive discard. A burst at call start fills the
    # jitter buffer to ~400 ms; progressive discard then shrinks it by ~50 ms/s (null<->null
    # loopback: 264 ms at 0.6 s, 114 ms at 3.6 s, 44 ms at 8.6 s).
    "default": ([], [], "progressive"),
    # small ALSA buffers and 10 ms frames on the agent; jitter buffer init 10 ms, prefetch
    # 10-30 ms, capped at 100 ms on both ends (the far end's counts in mic -> caller).
    "tuned": ([*SMALL_AGENT, *SMALL_JB], SMALL_JB, "progressive"),
    # as tuned, without discard (no time-compression artefacts; latency never shrinks)
    "tuned-nodiscard": ([*SMALL_AGENT, *SMALL_JB], SMALL_JB, "none"),
    # what SipEngine ships (softphone.sip.tuning.MediaTuning), on both ends
    "engine": (_engine_args(agent=True), _engine_args(agent=False), _engine_discard()),
}


@pytest.fixture(scope="module")
def markers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    signal, _ = analysis.marker_track(RATE, OFFSETS, total_s=OFFSETS[-1] + 0.8)
    return analysis.write_wav(tmp_path_factory.mktemp("markers") / "markers.wav", signal, RATE)


def _latencies(result: CallResult) -> tuple[dict[float, float], dict[float, float]]:
    marker = analysis.chirp(RATE)
    # caller -> headset speaker
    played = result.caller.event("play_started")
    assert played is not None
    heard = analysis.from_pcm(result.speaker.data)
    to_agent: dict[float, float] = {}
    for offset in OFFSETS:
        mouth = played["t"] + TICK + offset
        expected = mouth - result.speaker.start_time
        at, peak = analysis.find_marker(heard, RATE, marker, after_s=expected - 0.05, window_s=0.9)
        if peak > 0.5:
            to_agent[offset] = (result.speaker.start_time + at - mouth) * 1000
    # headset mic -> caller
    assert result.mic_feed is not None
    fed = analysis.from_pcm(result.mic_feed.data)
    rec_started = result.caller.event("record_started")
    assert rec_started is not None
    received, rec_rate = analysis.read_wav(result.caller_recording)
    received = analysis.resample(received, rec_rate, RATE)
    to_caller: dict[float, float] = {}
    for offset in OFFSETS:
        approx = result.mic_started - result.mic_feed.start_time + offset
        at, peak = analysis.find_marker(fed, RATE, marker, after_s=approx - 0.1, window_s=0.8)
        if peak < 0.5:
            continue
        mouth = result.mic_feed.start_time + at
        expected = mouth - (rec_started["t"] + TICK)
        at2, peak2 = analysis.find_marker(
            received, RATE, marker, after_s=expected - 0.05, window_s=0.9
        )
        if peak2 > 0.5:
            to_caller[offset] = (rec_started["t"] + TICK + at2 - mouth) * 1000
    return to_agent, to_caller


def _marker_times(rec_data: bytes, start: float) -> list[float]:
    """CLOCK_MONOTONIC times of every marker in a timestamped recording."""
    signal, marker = analysis.from_pcm(rec_data), analysis.chirp(RATE)
    found, pos = [], 0.0
    while pos < len(signal) / RATE - 0.1:
        at, peak = analysis.find_marker(signal, RATE, marker, after_s=pos, window_s=1.1)
        if peak > 0.5:
            found.append(start + at)
            pos = at + 0.5
        else:
            pos += 1.0
    return found


_RIG: list[float] = []  # the rig's own mic latency (ms), measured once per session


def _rig_overhead(pa: PulseAudio, markers: Path) -> list[float]:
    """Markers played into the feed sink, recorded at once from its monitor (the
    benchmark's "mouth") and from the remapped source the agent captures (`headset_mic`),
    both with the same parec settings: the offset is what the rig adds before pjsua."""
    if not _RIG:
        for _ in range(2):
            monitor, mic = pa.record(MIC_FEED_MONITOR), pa.record(MIC)
            player = pa.play(markers, MIC_FEED)
            player.wait(timeout=30)
            if player.stderr is not None:
                player.stderr.close()
            monitor.stop()
            mic.stop()
            for mouth in _marker_times(monitor.data, monitor.start_time):
                heard = analysis.from_pcm(mic.data)
                at, peak = analysis.find_marker(
                    heard, RATE, analysis.chirp(RATE), mouth - mic.start_time - 0.05, 0.4
                )
                if peak > 0.5:
                    _RIG.append((mic.start_time + at - mouth) * 1000)
    return _RIG


def _fmt(values: dict[float, float]) -> str:
    def part(name: str, offsets: list[float]) -> str:
        got = [values[o] for o in offsets if o in values]
        if not got:
            return f"{name} -"
        return f"{name} {statistics.median(got):4.0f} ms ({min(got):.0f}-{max(got):.0f})"

    return f"{part('early', EARLY)}   {part('steady', STEADY)}   n={len(values)}/{len(OFFSETS)}"


@pytest.mark.parametrize("tuning", list(TUNINGS))
@pytest.mark.parametrize("codec", ["PCMU", "G722", "opus"])
def test_mouth_to_ear(
    pulseaudio: PulseAudio, tmp_path: Path, markers: Path, codec: str, tuning: str
) -> None:
    result = run_call(
        pulseaudio,
        tmp_path,
        codec=codec,
        caller_wav=markers,
        mic_wav=markers,
        duration=OFFSETS[-1] + 1.0,
        agent_args=TUNINGS[tuning][0],
        caller_args=TUNINGS[tuning][1],
        jb_discard=TUNINGS[tuning][2],
        record_mic_feed=True,
    )
    to_agent, to_caller = _latencies(result)
    cpu = result.agent.event("cpu")
    cpu_pct = 100 * cpu["steady_cpu"] / cpu["steady_wall"] if cpu else float("nan")
    rig = _rig_overhead(pulseaudio, markers)
    rig_ms = statistics.median(rig) if rig else 0.0
    print(
        f"\nmouth-to-ear {codec:5s} {tuning:8s} caller -> headset speaker: {_fmt(to_agent)}"
        f"\nmouth-to-ear {codec:5s} {tuning:8s} headset mic -> caller:     {_fmt(to_caller)}"
        f"\nmouth-to-ear {codec:5s} {tuning:8s} mic -> caller w/o rig:     "
        f"{_fmt({o: v - rig_ms for o, v in to_caller.items()})}  (rig {rig_ms:.0f} ms)"
        f"\nagent CPU    {codec:5s} {tuning:8s} {cpu_pct:.1f} % of a core while the call was up"
    )
    if tuning != "default":  # default: progressive discard may smear a chirp (see TUNINGS)
        assert any(o in to_agent for o in STEADY), "no marker found at the headset speaker"
        assert any(o in to_caller for o in STEADY), "no marker found at the caller"
    for value in [*to_agent.values(), *to_caller.values()]:
        assert 0 < value < 1000, value


def test_rig_overhead(pulseaudio: PulseAudio, markers: Path) -> None:
    """The virtual mic's own latency: feed sink monitor -> remapped source, as delivered
    to a plain PulseAudio client (parec, 20 ms). A real headset's ALSA source has its own
    capture latency instead; this part belongs to the rig, not to the agent's path."""
    _RIG.clear()
    rig = _rig_overhead(pulseaudio, markers)
    assert rig, "no marker found in the remapped source"
    print(
        f"\nrig overhead (headset_mic_feed.monitor -> headset_mic): median "
        f"{statistics.median(rig):.1f} ms ({min(rig):.1f}-{max(rig):.1f}), n={len(rig)}"
    )
    assert 0 <= statistics.median(rig) < 200


def test_null_path(pulseaudio: PulseAudio, tmp_path: Path, markers: Path) -> None:
    """The engine's tuning with the agent on the NULL device (both ends play the markers
    and record the other's): mouth-to-ear without any sound card or rig, i.e. Opus
    packetisation, loopback, bridges and jitter buffers. Subtract it from the
    mouth-to-ear rows to see what the sound device path adds."""
    agent_received = tmp_path / "agent-received.wav"
    result = run_call(
        pulseaudio,
        tmp_path,
        codec="opus",
        caller_wav=markers,
        mic_wav=None,
        duration=OFFSETS[-1] + 1.0,
        agent_args=[
            *_engine_args(agent=True),
            *("--dev", "null", "--play", str(markers), "--record", str(agent_received)),
        ],
        caller_args=_engine_args(agent=False),
        jb_discard=_engine_discard(),
        record_mic_feed=False,
    )
    marker = analysis.chirp(RATE)
    lines = []
    for label, src, dst, wav in (
        ("agent(null) -> caller", result.agent, result.caller, result.caller_recording),
        ("caller -> agent(null)", result.caller, result.agent, agent_received),
    ):
        played, rec0 = src.event("play_started"), dst.event("record_started")
        assert played is not None and rec0 is not None
        received, rate = analysis.read_wav(wav)
        received = analysis.resample(received, rate, RATE)
        got: dict[float, float] = {}
        for offset in OFFSETS:
            mouth = played["t"] + TICK + offset
            at, peak = analysis.find_marker(
                received, RATE, marker, after_s=mouth - rec0["t"] - TICK - 0.05, window_s=0.9
            )
            if peak > 0.5:
                got[offset] = (rec0["t"] + TICK + at - mouth) * 1000
        lines.append(f"\nmouth-to-ear opus  null-path {label}: {_fmt(got)}")
        assert any(o in got for o in STEADY), f"no marker found ({label})"
    print("".join(lines))


@pytest.mark.parametrize(
    "opus_args",
    [
        [],
        ["--opus-rate", "16000"],
        ["--opus-rate", "16000", "--opus-complexity", "2"],
        ["--opus-rate", "16000", "--ec-tail", str(EC_TAIL_MS)],
        ["--opus-rate", "16000", "--frame-ptime", "20"],
    ],
    ids=["opus48k-c5", "opus16k-c5", "opus16k-c2", "opus16k-c5-aec", "opus16k-c5-ptime20"],
)
def test_cpu_opus_call(pulseaudio: PulseAudio, tmp_path: Path, opus_args: list[str]) -> None:
    """CPU of the agent process (pjsua2 on the ALSA pulse device) during a 10 s Opus call
    with audio both ways; goal <= 3 % of a core. Includes this script's Python event
    loop (libHandleEvents every 10 ms), as in the app.

    Echo canceller OFF unless `--ec-tail` is given (pjpeer's default ecTailLen 0): that is
    what a headset agent runs (softphone.sip.echo "auto" turns it off for headsets), so
    the rows without "aec" are the headline. "-aec" = speex AEC with the engine's tail, as
    on speakers or an unknown "default" device; "-ptime20" = 20 ms bridge/device frames."""
    prompt = ROOT / "resources" / "prompts" / "en" / "warning1.wav"
    result = run_call(
        pulseaudio,
        tmp_path,
        codec="opus",
        caller_wav=prompt,
        mic_wav=prompt,
        duration=10.0,
        agent_args=[*TUNINGS["tuned"][0], *opus_args],
        caller_args=[*TUNINGS["tuned"][1], *opus_args],
    )
    cpu = result.agent.event("cpu")
    assert cpu is not None
    pct = 100 * cpu["cpu"] / cpu["wall"]
    steady = 100 * cpu["steady_cpu"] / cpu["steady_wall"]
    media = result.agent.event("media")
    aec = "AEC on" if "--ec-tail" in opus_args else "AEC off"
    print(
        f"\nagent CPU, {cpu['wall']:.1f} s Opus call {' '.join(opus_args) or '(defaults)'} "
        f"({aec}, load {os.getloadavg()[0]:.1f}) "
        f"[{media['codec'] if media else '?'}]: {steady:.1f} % of one core in steady state, "
        f"{pct:.1f} % including the sound-device opening; goal <= 3 %"
    )
    assert steady < 100


def test_wheel_build_figures() -> None:
    """Build time and size of the wheel, from build-wheel.sh's pjsua2-build.json."""
    path = Path(os.environ.get("PJSUA2_BUILD_INFO", ROOT / "dist" / "pjsua2" / "pjsua2-build.json"))
    if not path.exists():
        pytest.skip(f"no build log at {path} (set PJSUA2_BUILD_INFO)")
    info = json.loads(path.read_text())
    steps = ", ".join(f"{k} {v:.0f} s" for k, v in info["steps_seconds"].items())
    print(
        f"\nwheel {info['wheel']}: {info['wheel_bytes'] / 1e6:.2f} MB; built in "
        f"{info['build_seconds']:.0f} s with -j{info['jobs']} ({steps})"
        + (
            f"; this run reused the cache in {info['this_run_seconds']:.1f} s"
            if info.get("cache_hit")
            else ""
        )
    )
    assert info["wheel_bytes"] > 100_000
