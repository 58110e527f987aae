"""Signal comparison for the real-audio tests (numpy only).

`similarity()` is the pass criterion: both signals are brought to 8 kHz and band-limited
to 300-3400 Hz (so G.711 and wideband codecs are judged alike), aligned globally by
FFT cross-correlation, then compared in 250 ms chunks of the reference, each allowed to
shift +-20 ms from the fitted lag trajectory (adaptive jitter buffers move the stream
by a frame at times, and shrink it steadily when they run long). The score is the
energy-weighted mean of the chunks' normalised cross-correlations; near-silent chunks
are left out.

`find_marker()` locates a known marker (chirp) in a recording for latency figures.
"""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

Signal = NDArray[np.float64]
RATE = 8000


def read_wav(path: Path) -> tuple[Signal, int]:
    with wave.open(str(path), "rb") as w:
        rate, channels, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
        raw = w.readframes(w.getnframes())
    if width != 2:
        raise ValueError(f"{path}: only 16-bit PCM is supported")
    data = np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0
    if channels > 1:
        data = data.reshape(-1, channels).mean(axis=1)
    return data, rate


def from_pcm(pcm: bytes) -> Signal:
    return np.frombuffer(pcm[: len(pcm) // 2 * 2], dtype="<i2").astype(np.float64) / 32768.0


def resample(x: Signal, rate: int, new_rate: int) -> Signal:
    """FFT resampling (band-limited); fine for offline comparison."""
    if rate == new_rate or len(x) == 0:
        return x.copy()
    n_new = round(len(x) * new_rate / rate)
    spectrum = np.fft.rfft(x)
    keep = n_new // 2 + 1
    if keep <= len(spectrum):
        spectrum = spectrum[:keep]
    else:
        spectrum = np.concatenate([spectrum, np.zeros(keep - len(spectrum), complex)])
    return np.fft.irfft(spectrum, n_new) * (n_new / len(x))


def bandpass(x: Signal, rate: int, low: float = 300.0, high: float = 3400.0) -> Signal:
    spectrum = np.fft.rfft(x)
    freqs = np.fft.rfftfreq(len(x), 1.0 / rate)
    spectrum[(freqs < low) | (freqs > high)] = 0
    return np.fft.irfft(spectrum, len(x))


def prepare(x: Signal, rate: int) -> Signal:
    return bandpass(resample(x, rate, RATE), RATE)


def xcorr_lag(reference: Signal, recording: Signal) -> tuple[int, float]:
    """Lag (samples) of `reference` inside `recording` and the peak's normalised value."""
    n = len(reference) + len(recording)
    size = 1 << (n - 1).bit_length()
    corr = np.fft.irfft(np.fft.rfft(recording, size) * np.conj(np.fft.rfft(reference, size)), size)
    corr = np.concatenate([corr[-(len(reference) - 1) :], corr[: len(recording)]])
    lag = int(np.argmax(corr)) - (len(reference) - 1)
    norm = float(np.sqrt(np.sum(reference**2) * np.sum(recording**2))) or 1.0
    return lag, float(corr.max()) / norm


@dataclass
class Similarity:
    score: float  # energy-weighted mean chunk NCC
    worst: float  # lowest chunk NCC
    chunks: int
    lag_ms: float  # lag of the reference in the recording at its start
    drift_ms: float  # lag change over the reference (jitter buffer shrinking/stretching)
    per_chunk: list[float]
    resyncs: int = 0  # jumps > shift_ms the tracking had to re-find (jitter-buffer resets)

    def __str__(self) -> str:
        return (
            f"xcorr {self.score:.3f} (worst chunk {self.worst:.3f}, {self.chunks} chunks, "
            f"lag {self.lag_ms:.0f} ms, drift {self.drift_ms:+.0f} ms, "
            f"{self.resyncs} resyncs)"
        )


def ncc_scan(segment: Signal, recording: Signal, lo: int, hi: int) -> tuple[int, float]:
    """Best normalised cross-correlation of `segment` at positions lo..hi of `recording`."""
    n = len(segment)
    lo, hi = max(lo, 0), min(hi, len(recording) - n)
    if hi < lo:
        return lo, 0.0
    window = recording[lo : hi + n]
    size = 1 << (len(window) + n - 1).bit_length()
    corr = np.fft.irfft(np.fft.rfft(window, size) * np.conj(np.fft.rfft(segment, size)), size)
    corr = corr[: hi - lo + 1]
    cumulative = np.concatenate([[0.0], np.cumsum(window**2)])
    energy = cumulative[n : n + hi - lo + 1] - cumulative[: hi - lo + 1]
    denom = np.sqrt(np.maximum(energy, 1e-12) * float(np.sum(segment**2)))
    ncc = corr / denom
    best = int(np.argmax(ncc))
    return lo + best, float(ncc[best])


def similarity(
    reference: Signal,
    ref_rate: int,
    recording: Signal,
    rec_rate: int,
    *,
    chunk_ms: int = 250,
    shift_ms: int = 20,
    search_ms: int = 500,
) -> Similarity:
    """Chunked NCC of `reference` inside `recording` (see the module doc).

    The stream's lag is not constant: an adaptive jitter buffer discards or stretches
    frames (the lag drifts, a few % when the CPU is busy) and steps by a frame. Each
    chunk is scored at its best position within +-shift_ms of the previous chunk's lag
    (the first one anywhere within +-search_ms of the global lag). A chunk that matches
    nowhere there (< 0.5) but clearly (>= 0.8) within +-search_ms is a jitter-buffer
    re-synchronisation: it is scored there and counted in `resyncs`.
    """
    ref = prepare(reference, ref_rate)
    rec = prepare(recording, rec_rate)
    if len(rec) < len(ref) // 2 or not np.any(rec):
        return Similarity(0.0, 0.0, 0, 0.0, 0.0, [])
    lag, _ = xcorr_lag(ref, rec)
    chunk = RATE * chunk_ms // 1000
    shift = RATE * shift_ms // 1000
    search = RATE * search_ms // 1000
    starts = list(range(0, len(ref) - chunk + 1, chunk))
    energy = [float(np.sum(ref[i : i + chunk] ** 2)) for i in starts]
    loud = max(energy) if energy else 0.0
    chunks = [(i, e) for i, e in zip(starts, energy, strict=True) if e >= loud * 1e-3]
    if not chunks:
        return Similarity(0.0, 0.0, 0, lag * 1000 / RATE, 0.0, [])
    current: int | None = None
    scores, weights, lags = [], [], []
    resyncs = 0
    for i, e in chunks:
        segment = ref[i : i + chunk]
        if current is None:  # first chunk: find its own place near the global lag
            pos, value = ncc_scan(segment, rec, i + lag - search, i + lag + search)
        else:
            pos, value = ncc_scan(segment, rec, i + current - shift, i + current + shift)
            if value < 0.5:  # lost: the jitter buffer re-synchronised (a jump)?
                pos2, value2 = ncc_scan(segment, rec, i + current - search, i + current + search)
                if value2 >= 0.8:
                    pos, value = pos2, value2
                    resyncs += 1
        if value >= 0.5 or current is None:  # a spoiled chunk does not steer the tracking
            current = pos - i
        lags.append(pos - i)
        scores.append(max(value, 0.0))
        weights.append(e)
    score = float(np.average(scores, weights=weights))
    drift = (lags[-1] - lags[0]) * 1000 / RATE
    return Similarity(
        score, min(scores), len(scores), lags[0] * 1000 / RATE, drift, scores, resyncs
    )


def chirp(rate: int, ms: int = 60, f0: float = 500.0, f1: float = 3000.0) -> Signal:
    """A linear chirp marker (survives G.711, G.722 and Opus), Hann-windowed."""
    t = np.arange(rate * ms // 1000) / rate
    duration = ms / 1000
    phase = 2 * np.pi * (f0 * t + (f1 - f0) * t**2 / (2 * duration))
    return 0.7 * np.sin(phase) * np.hanning(len(t))


def marker_track(
    rate: int, offsets_s: list[float], total_s: float, ms: int = 60
) -> tuple[Signal, Signal]:
    """A signal of silence with a chirp at each offset; returns (signal, the chirp)."""
    marker = chirp(rate, ms)
    out = np.zeros(int(total_s * rate))
    for offset in offsets_s:
        start = int(offset * rate)
        out[start : start + len(marker)] += marker
    return out, marker


def find_marker(
    recording: Signal, rate: int, marker: Signal, after_s: float = 0.0, window_s: float = 1.0
) -> tuple[float, float]:
    """(time in s from the recording's start, normalised peak) of `marker` searched in
    [after_s, after_s + window_s)."""
    start = max(0, int(after_s * rate))
    segment = recording[start : start + int(window_s * rate)]
    if len(segment) < len(marker):
        return float("nan"), 0.0
    m = bandpass(marker, rate)
    seg = bandpass(segment, rate)
    lag, _ = xcorr_lag(m, seg)
    lag = max(0, min(lag, len(seg) - len(m)))
    piece = seg[lag : lag + len(m)]
    denom = float(np.sqrt(np.sum(m**2) * np.sum(piece**2))) or 1.0
    return (start + lag) / rate, float(np.dot(m, piece)) / denom


def to_pcm16(x: Signal) -> bytes:
    return (np.clip(x, -1.0, 1.0) * 32767).astype("<i2").tobytes()


def write_wav(path: Path, x: Signal, rate: int) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(to_pcm16(x))
    return path
