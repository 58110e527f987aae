"""Sound devices: enumerate, pick by name with fallbacks, switch at runtime, null device."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pjsua2 as pj

from softphone.core.events import AudioDevicesChanged, SipEvent
from softphone.core.models import AudioDevice, AudioPrefs

log = logging.getLogger("softphone.sip.media")

DEFAULT_CAPTURE = -1  # PJMEDIA_AUD_DEFAULT_CAPTURE_DEV
DEFAULT_PLAYBACK = -2  # PJMEDIA_AUD_DEFAULT_PLAYBACK_DEV
NO_DEVICES_WARNING = "no audio devices in this pjsua2 build"


@dataclass(frozen=True)
class DeviceChoice:
    """Which devices to open. None means the system default; null=True means no device."""

    null: bool
    capture: int | None = None
    playback: int | None = None
    ringer: int | None = None  # a separate ringer device; None: ring on the playback device
    warnings: tuple[str, ...] = ()


def _find(devices: Sequence[AudioDevice], name: str, *, capture: bool) -> AudioDevice | None:
    for dev in devices:
        if dev.name == name and (dev.can_capture if capture else dev.can_play):
            return dev
    wanted = name.casefold()  # names from another session may differ in case only
    for dev in devices:
        if dev.name.casefold() == wanted and (dev.can_capture if capture else dev.can_play):
            return dev
    return None


def choose_devices(devices: Sequence[AudioDevice], prefs: AudioPrefs) -> DeviceChoice:
    """Resolve the agent's device names against what exists now (pure; unit-tested)."""
    if prefs.null_device:
        return DeviceChoice(null=True)
    if not devices:
        return DeviceChoice(null=True, warnings=(NO_DEVICES_WARNING,))
    warnings: list[str] = []
    capture = playback = ringer = None
    if prefs.input_name:
        found = _find(devices, prefs.input_name, capture=True)
        if found is None:
            warnings.append(f"microphone '{prefs.input_name}' not found, using the system default")
        else:
            capture = found.index
    if prefs.output_name:
        found = _find(devices, prefs.output_name, capture=False)
        if found is None:
            warnings.append(f"speaker '{prefs.output_name}' not found, using the system default")
        else:
            playback = found.index
    if prefs.ringer_name:
        found = _find(devices, prefs.ringer_name, capture=False)
        if found is None:
            warnings.append(f"ringer '{prefs.ringer_name}' not found, ringing on the speaker")
        elif found.index != playback:
            ringer = found.index
    if not any(d.can_capture for d in devices) or not any(d.can_play for d in devices):
        warnings.append("no usable microphone/speaker pair; running without sound")
        return DeviceChoice(null=True, warnings=tuple(warnings))
    return DeviceChoice(False, capture, playback, ringer, tuple(warnings))


def enumerate_devices(adm: Any) -> tuple[AudioDevice, ...]:
    out: list[AudioDevice] = []
    for index, info in enumerate(adm.enumDev2()):
        dev_id = int(getattr(info, "id", index))
        out.append(
            AudioDevice(
                dev_id,
                str(info.name),
                str(info.driver),
                int(info.inputCount),
                int(info.outputCount),
            )
        )
    return tuple(out)


class AudioService:
    """Applies a DeviceChoice to pjsua's AudDevManager; SIP thread only."""

    def __init__(self, ep: Callable[[], Any], emit: Callable[[SipEvent], None]) -> None:
        self._ep = ep  # a getter: never keep the Endpoint itself (see PjLib.destroy)
        self._emit = emit
        self.prefs = AudioPrefs()
        self.devices: tuple[AudioDevice, ...] = ()
        self.choice = DeviceChoice(null=True)
        self.on_changed: Callable[[], None] = lambda: None  # e.g. move the ringer

    @property
    def adm(self) -> Any:
        return self._ep().audDevManager()

    def apply(self, prefs: AudioPrefs) -> None:
        self.prefs = prefs
        self.devices = enumerate_devices(self.adm)
        choice = choose_devices(self.devices, prefs)
        warnings = list(choice.warnings)
        if choice.null:
            self.adm.setNullDev()
        else:
            try:
                self.adm.setCaptureDev(
                    DEFAULT_CAPTURE if choice.capture is None else choice.capture
                )
                self.adm.setPlaybackDev(
                    DEFAULT_PLAYBACK if choice.playback is None else choice.playback
                )
            except pj.Error as exc:
                log.warning("cannot open sound device: %s; using no device", exc.info())
                warnings.append(f"cannot open the sound device ({exc.reason}); no audio")
                self.adm.setNullDev()
                choice = DeviceChoice(null=True)
        self.choice = DeviceChoice(
            choice.null, choice.capture, choice.playback, choice.ringer, tuple(warnings)
        )
        for text in warnings:
            log.warning("audio: %s", text)
        self.on_changed()
        self._emit(
            AudioDevicesChanged(
                devices=self.devices,
                input_name=self._name(choice.capture, capture=True),
                output_name=self._name(choice.playback, capture=False),
                ringer_name=self._ringer_name(),
                null_device=choice.null,
                warning="; ".join(warnings),
            )
        )

    def refresh(self) -> None:
        try:
            self.adm.refreshDevs()
        except pj.Error as exc:
            log.warning("refreshing sound devices failed: %s", exc.info())
        self.apply(self.prefs)

    def capture(self) -> Any:
        return self.adm.getCaptureDevMedia()

    def playback(self) -> Any:
        return self.adm.getPlaybackDevMedia()

    def device(self, index: int | None) -> AudioDevice | None:
        return next((d for d in self.devices if d.index == index), None)

    def _name(self, index: int | None, *, capture: bool) -> str:
        if self.choice.null:
            return ""
        dev = self.device(index)
        if dev is not None:
            return dev.name
        try:  # resolve the system default to a name the agent recognises
            current = self.adm.getCaptureDev() if capture else self.adm.getPlaybackDev()
            return str(self.adm.getDevInfo(current).name)
        except pj.Error:
            return "System default"

    def _ringer_name(self) -> str:
        dev = self.device(self.choice.ringer)
        if dev is not None:
            return dev.name
        return self._name(self.choice.playback, capture=False)
