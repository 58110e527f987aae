"""Prompts played into a call (the farewell): caller and agent hear it, the mic is cut."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pjsua2 as pj

from softphone.core.events import PromptFinished, SipEvent
from softphone.sip.devices import AudioService
from softphone.sip.media import MediaStatus, media_status, set_capture
from softphone.sip.pj_call import CallSession, CommandError, Sessions

log = logging.getLogger("softphone.sip.media")

# PromptFinished(completed) is reported at EOF (next 10 ms tick). The pad before the BYE
# that protects the caller's jitter buffer (FIELD-NOTES: 300-500 ms) is the scenario's
# `pad_after_ms`, applied by core.critical: one pad, in the data, not two.
EOF_PAD = 0.0


class PromptPlayer(pj.AudioMediaPlayer):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.eof_at: float | None = None

    def onEof2(self) -> None:
        # Runs on pjmedia's clock thread, not the SIP thread: record the time, nothing else.
        if self.eof_at is None:
            self.eof_at = time.monotonic()


@dataclass
class ActivePrompt:
    token: str
    path: str
    player: PromptPlayer
    mute_microphone: bool
    started: float = field(default_factory=time.monotonic)


class PromptService:
    """One prompt per call at most; SIP thread only (poll() runs from the pump)."""

    def __init__(
        self,
        *,
        sessions: Sessions,
        emit: Callable[[SipEvent], None],
        audio: AudioService,
        discard: Callable[[Any], None],
    ) -> None:
        self._sessions = sessions
        self._emit = emit
        self._audio = audio
        self._discard = discard
        self.active: dict[str, ActivePrompt] = {}

    def play(self, call_id: str, path: str, token: str, mute_microphone: bool) -> None:
        session = self._sessions.get_connected(call_id)
        if call_id in self.active:
            self._finish(call_id, completed=False)
        player = PromptPlayer()
        try:
            player.createPlayer(path, pj.PJMEDIA_FILE_NO_LOOP)
        except pj.Error as exc:
            raise CommandError(f"Cannot play {path}: {exc.reason}") from exc
        self.active[call_id] = ActivePrompt(token, path, player, mute_microphone)
        log.info("prompt %s (%s) into %s, mic %s", token, path, call_id,
                 "cut" if mute_microphone else "kept")  # fmt: skip
        status = media_status(session.call)
        self.link(session, status)
        set_capture(session.call, status, self._audio.capture(), self.mic_muted(session))

    def stop(self, call_id: str, token: str) -> None:
        prompt = self.active.get(call_id)
        if prompt is not None and prompt.token == token:
            self._finish(call_id, completed=False)

    def mic_muted(self, session: CallSession) -> bool:
        prompt = self.active.get(session.call_id)
        return session.muted or (prompt is not None and prompt.mute_microphone)

    def link(self, session: CallSession, status: MediaStatus) -> None:
        """Player → call and → the agent's ear; again after every media change."""
        prompt = self.active.get(session.call_id)
        if prompt is None:
            return
        for index in status.streams:
            prompt.player.startTransmit(session.call.getAudioMedia(index))
        prompt.player.startTransmit(self._audio.playback())

    def poll(self) -> None:
        now = time.monotonic()
        for call_id, prompt in list(self.active.items()):
            eof_at = prompt.player.eof_at
            if eof_at is not None and now - eof_at >= EOF_PAD:
                self._finish(call_id, completed=True, ended_at=eof_at)

    def call_ending(self, call_id: str) -> None:
        """The call is going: the prompt stops unfinished (reported before DISCONNECTED)."""
        if call_id in self.active:
            self._finish(call_id, completed=False, restore_mic=False)

    def close(self) -> None:
        for call_id in list(self.active):
            self._finish(call_id, completed=False, restore_mic=False)

    def _finish(
        self,
        call_id: str,
        *,
        completed: bool,
        ended_at: float | None = None,
        restore_mic: bool = True,
    ) -> None:
        prompt = self.active.pop(call_id)
        end = ended_at if ended_at is not None else time.monotonic()
        played_ms = max(0, round((end - prompt.started) * 1000))
        self._discard(prompt.player)  # dropped on the next pump tick, on the SIP thread
        session = self._sessions.get(call_id)
        if restore_mic and session is not None:
            try:
                status = media_status(session.call)
                set_capture(session.call, status, self._audio.capture(), session.muted)
            except pj.Error as exc:
                log.info("restoring the microphone of %s: %s", call_id, exc.info())
        log.info("prompt %s in %s finished after %d ms (completed %s)",
                 prompt.token, call_id, played_ms, completed)  # fmt: skip
        self._emit(PromptFinished(call_id, prompt.token, played_ms, completed))
