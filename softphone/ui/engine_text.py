"""The SIP engine's sound-device and audio-test messages (English, for the log) in the
agent's language; anything else the engine says is shown as it is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from softphone.core import audio_texts as t

# Literal strings, so that lupdate sees them; each equals its template in core.audio_texts
# (tests/unit/test_engine_text.py checks both ways).
TRANSLATED: dict[str, Callable[[], str]] = {
    t.NO_DEVICES: lambda: QCoreApplication.translate(
        "EngineText", "no audio devices in this pjsua2 build"
    ),
    t.MIC_NOT_FOUND: lambda: QCoreApplication.translate(
        "EngineText", "microphone '{name}' not found, using the system default"
    ),
    t.SPEAKER_NOT_FOUND: lambda: QCoreApplication.translate(
        "EngineText", "speaker '{name}' not found, using the system default"
    ),
    t.RINGER_NOT_FOUND: lambda: QCoreApplication.translate(
        "EngineText", "ringer '{name}' not found, ringing on the speaker"
    ),
    t.NO_PAIR: lambda: QCoreApplication.translate(
        "EngineText", "no usable microphone/speaker pair; running without sound"
    ),
    t.CANNOT_OPEN: lambda: QCoreApplication.translate(
        "EngineText", "cannot open the sound device ({reason}); no audio"
    ),
    t.TEST_NO_DEVICE: lambda: QCoreApplication.translate("EngineText", "No sound device to test"),
    t.TEST_DURING_CALL: lambda: QCoreApplication.translate("EngineText", "Not during a call"),
    t.TEST_CALL_ARRIVED: lambda: QCoreApplication.translate(
        "EngineText", "Stopped: a call started"
    ),
    t.TEST_FAILED: lambda: QCoreApplication.translate(
        "EngineText", "The audio test failed: {reason}"
    ),
}


def engine_text(text: str) -> str:
    """`text` in the agent's language when it is one of the engine's known messages."""
    found = t.match(text)
    if found is None:
        return text
    template, fields = found
    return TRANSLATED[template]().format(**fields)
