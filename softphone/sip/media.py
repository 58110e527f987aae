"""Call audio: connect a call's stream to the sound device (again after every media change)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import pjsua2 as pj

log = logging.getLogger("softphone.sip.media")

_FLOWING = (pj.PJSUA_CALL_MEDIA_ACTIVE, pj.PJSUA_CALL_MEDIA_REMOTE_HOLD)


@dataclass(frozen=True)
class MediaStatus:
    active: bool  # audio flows both ways
    local_hold: bool
    remote_hold: bool
    codec: str
    streams: tuple[int, ...]  # indexes of audio streams we can connect


def media_status(call: Any) -> MediaStatus:
    """Summarise the call's audio media. getInfo() raises pj.Error once disconnected."""
    info = call.getInfo()
    streams: list[int] = []
    active = local_hold = remote_hold = False
    for media in info.media:
        if media.type != pj.PJMEDIA_TYPE_AUDIO:
            continue
        status = media.status
        if status == pj.PJSUA_CALL_MEDIA_ACTIVE:
            active = True
        elif status == pj.PJSUA_CALL_MEDIA_LOCAL_HOLD:
            local_hold = True
        elif status == pj.PJSUA_CALL_MEDIA_REMOTE_HOLD:
            remote_hold = True
        if status in _FLOWING:
            streams.append(int(media.index))
    codec = ""
    if streams:
        try:
            codec = str(call.getStreamInfo(streams[0]).codecName)
        except pj.Error:
            codec = ""
    return MediaStatus(active, local_hold, remote_hold, codec, tuple(streams))


def link_call_audio(
    call: Any, status: MediaStatus, capture: Any, playback: Any, muted: bool
) -> None:
    """Call → speaker always; microphone → call unless muted.

    pjsua recreates the stream on hold, re-INVITE and codec lock, dropping existing
    links, so this runs on every onCallMediaState (FIELD-NOTES).
    """
    for index in status.streams:
        audio = call.getAudioMedia(index)
        audio.startTransmit(playback)
        if muted:
            capture.stopTransmit(audio)
        else:
            capture.startTransmit(audio)


def set_capture(call: Any, status: MediaStatus, capture: Any, muted: bool) -> None:
    """Mute/unmute: cut or restore only the microphone → call link."""
    for index in status.streams:
        audio = call.getAudioMedia(index)
        if muted:
            capture.stopTransmit(audio)
        else:
            capture.startTransmit(audio)
