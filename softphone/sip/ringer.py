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
    goes to the normal playback device. With `ring_on_headset_too` it rings on both. The
    extra device is open only while ringing (an open stream costs CPU, holds the device
    and must be closed before pjmedia refreshes its device list).
    """

    def __init__(self, audio: AudioService, wav: Path) -> None:
        self._audio = audio
        self._wav = wav
        self._player: Any = None
        self._extra: Any = None
        self._wanted = False
        self._targets_now: tuple[str, ...] = ()

    @property
    def playing(self) -> bool:
        return self._player is not None

    @property
    def targets(self) -> tuple[str, ...]:
        """Where the ringtone goes now: "ringer" (the extra device) and/or "playback"."""
        return self._targets_now

    def set_ringing(self, ringing: bool) -> None:
        self._wanted = ringing
        if ringing and self._player is None:
            self._start()
        elif not ringing and self._player is not None:
            self.stop()

    def devices_changed(self) -> None:
        """Reopen on the newly chosen device if we are ringing."""
        self.release()
        if self._wanted:
            self._start()

    def release(self) -> None:
        """Close every stream of ours (before a device refresh); ringing resumes on
        devices_changed()."""
        self.stop()

    def _targets(self) -> list[tuple[str, Any]]:
        playback = ("playback", self._audio.playback())
        index = self._audio.choice.ringer
        dev = self._audio.device(index)
        if index is None or dev is None or self._audio.choice.null:
            return [playback]
        if not hasattr(pj, "ExtraAudioDevice") or not dev.can_capture:
            log.info("ringer device %r cannot be opened on its own; using playback", dev.name)
            return [playback]
        try:
            extra = pj.ExtraAudioDevice(index, index)
            extra.open()
            self._extra = extra
        except pj.Error as exc:
            log.warning("cannot open ringer device %r: %s", dev.name, exc.info())
            return [playback]
        targets = [("ringer", extra)]
        if self._audio.prefs.ring_on_headset_too:
            targets.append(playback)
        return targets

    def _start(self) -> None:
        self._targets_now = ()
        if not self._wav.is_file():
            log.warning("ringtone %s missing; ringing silently", self._wav)
            return
        try:
            player = pj.AudioMediaPlayer()
            player.createPlayer(str(self._wav), 0)  # loops
            targets = self._targets()
            for _, target in targets:
                player.startTransmit(target)
            self._player = player
            self._targets_now = tuple(name for name, _ in targets)
            log.debug("ringing on %s", ", ".join(self._targets_now))
        except pj.Error as exc:
            log.warning("cannot play the ringtone: %s", exc.info())
            self._close_extra()

    def stop(self) -> None:
        player, self._player = self._player, None
        self._targets_now = ()
        if player is not None:
            log.debug("ringer stopped")
        # Dropping the player removes it from the conference bridge; done here, on the
        # SIP thread, never by a garbage collection elsewhere.
        del player
        self._close_extra()

    def close(self) -> None:
        self._wanted = False
        self.stop()

    def _close_extra(self) -> None:
        extra, self._extra = self._extra, None
        if extra is not None:
            with contextlib.suppress(pj.Error):
                extra.close()
