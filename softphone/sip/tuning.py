"""Low-latency media: jitter buffer, sound-device buffers, frame size, codec order, Opus."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pjsua2 as pj

log = logging.getLogger("softphone.sip.media")

# Highest first; a codec id starts with one of these (e.g. "opus/48000/2"). Above
# pjmedia's speex/16000 (130), which otherwise wins negotiation (FIELD-NOTES).
CODEC_ORDER = ("opus/", "G722/", "PCMA/", "PCMU/")
TOP_PRIORITY = 250


@dataclass(frozen=True)
class MediaTuning:
    """Measured on loopback through the virtual headset (tests/benchmarks/test_bench_audio.py):
    pjsua's defaults (ALSA 100/140 ms buffers, jitter buffer up to 500 ms with progressive
    discard) gave 145-260 ms mouth-to-ear and time-compressed the first ~5 s of a call."""

    snd_rec_latency_ms: int = 10
    snd_play_latency_ms: int = 20
    frame_ptime_ms: int = 10  # conference bridge and device frames
    jb_init_ms: int = 10
    jb_min_pre_ms: int = 10
    jb_max_pre_ms: int = 30
    jb_max_ms: int = 120
    # "progressive" (pjmedia's default) shrinks the call-start burst back to the prefetch
    # within ~1 s; "none" keeps the burst's latency for the whole call (+50-90 ms here)
    jb_discard: str = "progressive"
    opus_rate: int = 16000  # voice: wideband is enough, ~half the CPU of 48 kHz
    opus_complexity: int = 5


def configure_media(med: Any, tuning: MediaTuning) -> None:
    """Fill an EpConfig.medConfig before libInit."""
    settings = {
        "sndRecLatency": tuning.snd_rec_latency_ms,
        "sndPlayLatency": tuning.snd_play_latency_ms,
        "audioFramePtime": tuning.frame_ptime_ms,
        "jbInit": tuning.jb_init_ms,
        "jbMinPre": tuning.jb_min_pre_ms,
        "jbMaxPre": tuning.jb_max_pre_ms,
        "jbMax": tuning.jb_max_ms,
    }
    for name, value in settings.items():
        setattr(med, name, value)
    algo = getattr(pj, f"PJMEDIA_JB_DISCARD_{tuning.jb_discard.upper()}", None)
    if algo is not None:
        try:  # settable in our build (patch 0004); an opaque SWIG type in the PyPI wheel
            med.jbDiscardAlgo = algo
        except (TypeError, AttributeError) as exc:
            log.info("jitter-buffer discard algorithm not settable: %s", exc)


def codec_priorities(codec_ids: Iterable[str]) -> dict[str, int]:
    """New priorities for the preferred codecs that exist (pure; unit-tested)."""
    out: dict[str, int] = {}
    ids = list(codec_ids)
    for rank, prefix in enumerate(CODEC_ORDER):
        for codec_id in ids:
            if codec_id.casefold().startswith(prefix.casefold()):
                out[codec_id] = TOP_PRIORITY - rank
    return out


def configure_codecs(endpoint: Any, tuning: MediaTuning) -> None:
    """After libInit: codec order Opus > G.722 > PCMA > PCMU, Opus at 16 kHz for voice."""
    ids = [str(c.codecId) for c in endpoint.codecEnum2()]
    for codec_id, priority in codec_priorities(ids).items():
        endpoint.codecSetPriority(codec_id, priority)
    if not any(i.casefold().startswith("opus/") for i in ids):
        return
    try:
        opus = endpoint.getCodecOpusConfig()
        opus.sample_rate = tuning.opus_rate
        opus.complexity = tuning.opus_complexity
        endpoint.setCodecOpusConfig(opus)
        log.info("Opus at %d Hz, complexity %d", tuning.opus_rate, tuning.opus_complexity)
    except (pj.Error, AttributeError) as exc:
        log.info("Opus configuration not available: %s", exc)
