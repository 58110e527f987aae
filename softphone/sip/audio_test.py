"""The audio test: a tone or the microphone looped back to the speaker, with level meters."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import pjsua2 as pj

from softphone.core import audio_texts
from softphone.core.events import AudioTestLevels, SipEvent
from softphone.sip.devices import AudioService
from softphone.sip.pj_call import CommandError

log = logging.getLogger("softphone.sip.media")

MODES = ("tone", "loopback")
LEVEL_INTERVAL = 0.1  # s between AudioTestLevels
TONE_HZ = 440
TONE_RATE = 16000
NO_DEVICE = audio_texts.TEST_NO_DEVICE
DURING_CALL = audio_texts.TEST_DURING_CALL
CALL_ARRIVED = audio_texts.TEST_CALL_ARRIVED


# pjmedia's conference level is the u-law code of a frame's mean absolute sample: about
# one step per dB (a 440 Hz sine peaking at -6 dBFS: 39, -20: 25, -40: 8, -60: 1; a full
# scale sine ~45). So value / 45 is a meter linear in dB over the top 45 dB.
FULL_SCALE_LEVEL = 45


def level(value: int) -> float:
    """pjmedia's signal level as 0.0-1.0 (linear in dB: 0.0 at about -45 dBFS)."""
    return max(0.0, min(1.0, value / FULL_SCALE_LEVEL))


class AudioTest:
    """At most one test at a time; SIP thread only (poll() runs from the pump).

    Objects are linked on the conference bridge: tone generator → speaker, or microphone
    → speaker; nothing opens a device of its own (pjsua opens the chosen sound device on
    the first link). Everything is dropped on the SIP thread through `discard`.
    """

    def __init__(
        self,
        *,
        audio: AudioService,
        emit: Callable[[SipEvent], None],
        discard: Callable[[Any], None],
        in_call: Callable[[], bool],
    ) -> None:
        self._audio = audio
        self._emit = emit
        self._discard = discard
        self._in_call = in_call
        self.mode = ""
        self._tone: Any = None
        self._next = 0.0

    @property
    def running(self) -> bool:
        return bool(self.mode)

    def start(self, mode: str) -> None:
        if mode not in MODES:
            raise CommandError(f"Unknown audio test {mode!r}.")
        if self.running:
            self._teardown()
        if self._audio.choice.null:
            self._emit(AudioTestLevels("", 0.0, 0.0, NO_DEVICE))
            return
        if self._in_call():
            self._emit(AudioTestLevels("", 0.0, 0.0, DURING_CALL))
            return
        playback = self._audio.playback()
        try:
            if mode == "tone":
                tone = pj.ToneGenerator()
                tone.createToneGenerator(TONE_RATE, 1)
                desc = pj.ToneDesc()
                desc.freq1, desc.freq2 = TONE_HZ, 0
                desc.on_msec, desc.off_msec = 1000, 0
                tones = pj.ToneDescVector()
                tones.append(desc)
                tone.play(tones, True)
                self._tone = tone
                tone.startTransmit(playback)
            else:
                self._audio.capture().startTransmit(playback)
        except pj.Error as exc:
            log.warning("audio test %s failed: %s", mode, exc.info())
            self._teardown()
            self._emit(
                AudioTestLevels("", 0.0, 0.0, audio_texts.TEST_FAILED.format(reason=exc.reason))
            )
            return
        self.mode = mode
        self._next = time.monotonic()
        log.info("audio test %s started", mode)

    def stop(self, message: str = "") -> None:
        """End the test (if running) and say so once with AudioTestLevels("", 0, 0, ...)."""
        if not self.running:
            return
        mode = self.mode
        self._teardown()
        log.info("audio test %s stopped%s", mode, f" ({message})" if message else "")
        self._emit(AudioTestLevels("", 0.0, 0.0, message))

    def poll(self) -> None:
        if not self.running:
            return
        now = time.monotonic()
        if now < self._next:
            return
        self._next = now + LEVEL_INTERVAL
        try:
            # port 0: Tx = what the microphone sends into the bridge (only while linked),
            # Rx = what the bridge sends to the speaker
            mic = level(int(self._audio.capture().getTxLevel()))
            speaker = level(int(self._audio.playback().getRxLevel()))
        except pj.Error as exc:
            log.info("audio test levels: %s", exc.info())
            return
        self._emit(AudioTestLevels(self.mode, mic, speaker))

    def _teardown(self) -> None:
        mode, self.mode = self.mode, ""
        tone, self._tone = self._tone, None
        if tone is not None:
            try:
                tone.stopTransmit(self._audio.playback())
            except pj.Error as exc:
                log.info("audio test: %s", exc.info())
            self._discard(tone)  # dropped on the next pump tick, on the SIP thread
        if mode == "loopback":
            try:
                self._audio.capture().stopTransmit(self._audio.playback())
            except pj.Error as exc:
                log.info("audio test: %s", exc.info())
