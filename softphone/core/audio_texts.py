"""What the SIP engine says about sound devices and the audio test, in English (the log's
language); the UI matches these templates to show the agent a translation."""

from __future__ import annotations

import re
import string

NO_DEVICES = "no audio devices in this pjsua2 build"
MIC_NOT_FOUND = "microphone '{name}' not found, using the system default"
SPEAKER_NOT_FOUND = "speaker '{name}' not found, using the system default"
RINGER_NOT_FOUND = "ringer '{name}' not found, ringing on the speaker"
NO_PAIR = "no usable microphone/speaker pair; running without sound"
CANNOT_OPEN = "cannot open the sound device ({reason}); no audio"
TEST_NO_DEVICE = "No sound device to test"
TEST_DURING_CALL = "Not during a call"
TEST_CALL_ARRIVED = "Stopped: a call started"
TEST_FAILED = "The audio test failed: {reason}"

TEMPLATES = (
    NO_DEVICES,
    MIC_NOT_FOUND,
    SPEAKER_NOT_FOUND,
    RINGER_NOT_FOUND,
    NO_PAIR,
    CANNOT_OPEN,
    TEST_NO_DEVICE,
    TEST_DURING_CALL,
    TEST_CALL_ARRIVED,
    TEST_FAILED,
)


def _pattern(template: str) -> re.Pattern[str]:
    parts = []
    for literal, field, _spec, _conv in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if field:
            parts.append(f"(?P<{field}>.*)")
    return re.compile("".join(parts), re.DOTALL)


_PATTERNS = tuple((template, _pattern(template)) for template in TEMPLATES)


def match(text: str) -> tuple[str, dict[str, str]] | None:
    """(template, its fields) when `text` is one of ours, else None."""
    for template, pattern in _PATTERNS:
        found = pattern.fullmatch(text)
        if found:
            return template, found.groupdict()
    return None
