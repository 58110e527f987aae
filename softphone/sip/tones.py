"""Generate the tone WAV files the engine needs (ringtone) with the standard library only."""

from __future__ import annotations

import logging
import math
import os
import struct
import tempfile
import wave
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger("softphone.sip")

RINGTONE_NAME = "ringtone.wav"
SAMPLE_RATE = 16000


def tone_samples(
    freqs: Sequence[float], seconds: float, *, rate: int = SAMPLE_RATE, amplitude: float = 0.3
) -> list[int]:
    """16-bit samples of the sum of `freqs` for `seconds`, with 10 ms fades (no clicks)."""
    count = round(seconds * rate)
    fade = max(1, rate // 100)
    out: list[int] = []
    for i in range(count):
        value = sum(math.sin(2 * math.pi * f * i / rate) for f in freqs) / max(1, len(freqs))
        gain = min(1.0, i / fade, (count - 1 - i) / fade) if count > 2 * fade else 1.0
        out.append(round(value * gain * amplitude * 32767))
    return out


def write_wav(path: Path, samples: Sequence[int], *, rate: int = SAMPLE_RATE) -> None:
    """Write mono 16-bit PCM (the only format pjsua2's file player accepts) atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".wav")
    os.close(fd)
    try:
        with wave.open(tmp, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def ringtone_samples(rate: int = SAMPLE_RATE) -> list[int]:
    """A European-style ring cadence: two 0.4 s bursts of 425+480 Hz, then 2 s of silence."""
    burst = tone_samples((425.0, 480.0), 0.4, rate=rate)
    gap = [0] * round(0.2 * rate)
    tail = [0] * round(2.0 * rate)
    return [*burst, *gap, *burst, *tail]


def ensure_ringtone(cache_dir: Path) -> Path:
    """The ringtone WAV in `cache_dir`, generated the first time it is needed."""
    path = cache_dir / RINGTONE_NAME
    if not path.is_file() or path.stat().st_size < 1000:
        write_wav(path, ringtone_samples())
        log.info("generated ringtone %s", path)
    return path


def default_cache_dir() -> Path:
    """Per-user cache directory for generated sounds."""
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("softphone", appauthor=False)) / "sounds"
    except ImportError:  # pragma: no cover - platformdirs is a dependency
        return Path(tempfile.gettempdir()) / "softphone-sounds"
