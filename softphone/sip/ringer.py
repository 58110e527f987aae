"""The ringtone: a looping WAV player on the ringer device (or the playback device)."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

import pjsua2 as pj

from softphone.sip.devices import AudioService

log = logging.getLogger("softphone.sip.media")


class Ringer:
    """Plays while any call rings. SIP thread only; survives 0 sound devices (null device).

    A separate ringer device is opened as an ExtraAudioDevice, which opens capture too,
    so it is used only for devices that have both (FIELD-NOTES); otherwise the ringtone
    goes to the normal playback device.
    """

    def __init__(self, audio: AudioService, wav: Path) -> None:
        self._audio = audio
        self._wav = wav
        self._player: Any = None
        self._extra: Any = None

    @property
    def playing(self) -> bool:
        return self._player is not None

    def set_ringing(self, ringing: bool) -> None:
        if ringing and self._player is None:
            self._start()
        elif not ringing and self._player is not None:
            self.stop()

    def devices_changed(self) -> None:
        """Reopen on the newly chosen device if we are ringing."""
        was_playing = self.playing
        self.stop()
        self._close_extra()
        if was_playing:
            self._start()

    def _target(self) -> Any:
        index = self._audio.choice.ringer
        dev = self._audio.device(index)
        if index is None or dev is None or self._audio.choice.null:
            return self._audio.playback()
        if not hasattr(pj, "ExtraAudioDevice") or not dev.can_capture:
            log.info("ringer device %r cannot be opened on its own; using playback", dev.name)
            return self._audio.playback()
        if self._extra is None:
            try:
                extra = pj.ExtraAudioDevice(index, index)
                extra.open()
                self._extra = extra
            except pj.Error as exc:
                log.warning("cannot open ringer device %r: %s", dev.name, exc.info())
                return self._audio.playback()
        return self._extra

    def _start(self) -> None:
        if not self._wav.is_file():
            log.warning("ringtone %s missing; ringing silently", self._wav)
            return
        try:
            player = pj.AudioMediaPlayer()
            player.createPlayer(str(self._wav), 0)  # loops
            player.startTransmit(self._target())
            self._player = player
        except pj.Error as exc:
            log.warning("cannot play the ringtone: %s", exc.info())

    def stop(self) -> None:
        player, self._player = self._player, None
        if player is not None:
            log.debug("ringer stopped")
        # Dropping the player removes it from the conference bridge; done here, on the
        # SIP thread, never by a garbage collection elsewhere.
        del player

    def close(self) -> None:
        self.stop()
        self._close_extra()

    def _close_extra(self) -> None:
        extra, self._extra = self._extra, None
        if extra is not None:
            with contextlib.suppress(pj.Error):
                extra.close()
