"""Echo cancellation and noise suppression: decide them per device class (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# pjmedia/echo.h values (stable across 2.x; the PyPI wheel exports the same names)
ECHO_DEFAULT = 0  # pjmedia's default algorithm: speex where compiled in
ECHO_USE_NOISE_SUPPRESSOR = 128  # honoured by the WebRTC AEC; speex always denoises
EC_TAIL_MS = 128  # room echo of desk speakers; 0 = echo canceller off

# Words in a device name that mean "worn on the head": no acoustic echo path, and the
# speex canceller then only costs CPU and slips 20 ms at times (FIELD-NOTES).
_HEADSET_WORDS = (
    "headset",
    "headphone",
    "earphone",
    "earbud",
    "usb",
    "bluetooth",
    "bluez",
    "jabra",
    "plantronics",
    "poly",
    "polycom",
    "logitech",
    "sennheiser",
    "epos",
    "yealink",
    "evolve",
    "blackwire",
    "voyager",
    "airpods",
)
_SPLIT = re.compile(r"[^a-z0-9]+")


def is_headset(name: str) -> bool:
    """Judge a device by its name: a headset (True) or speakers/built-in (False)."""
    text = name.casefold()
    words = set(_SPLIT.split(text))
    return any(w in words or (len(w) > 4 and w in text) for w in _HEADSET_WORDS)


@dataclass(frozen=True)
class EchoSettings:
    """What to pass to AudDevManager.setEcOptions(tail_ms, options)."""

    tail_ms: int
    options: int

    @property
    def enabled(self) -> bool:
        return self.tail_ms > 0

    @property
    def noise_suppression(self) -> bool:
        return self.enabled and bool(self.options & ECHO_USE_NOISE_SUPPRESSOR)


def echo_settings(
    mode: str, noise_suppression: bool, output_name: str, input_name: str
) -> EchoSettings:
    """`mode` "on"/"off", or "auto": off when the speaker or the microphone in use is a
    headset, on otherwise (speakers, built-in, unknown "default"). Noise suppression runs
    inside pjmedia's echo canceller, so it needs the canceller on."""
    if mode == "on":
        enabled = True
    elif mode == "off":
        enabled = False
    else:
        enabled = not (is_headset(output_name) or is_headset(input_name))
    if not enabled:
        return EchoSettings(0, ECHO_DEFAULT)
    options = ECHO_DEFAULT | (ECHO_USE_NOISE_SUPPRESSOR if noise_suppression else 0)
    return EchoSettings(EC_TAIL_MS, options)
