"""Sound devices: enumerate, pick by name with fallbacks, switch at runtime, null device."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pjsua2 as pj

from softphone.core import audio_texts
from softphone.core.events import (
    AudioDeviceLost,
    AudioDeviceReturned,
    AudioDevicesChanged,
    SipEvent,
)
from softphone.core.models import AudioDevice, AudioPrefs
from softphone.sip.echo import EchoSettings, echo_settings
from softphone.sip.hotplug import RoleState, effective_prefs, initial_state, track

log = logging.getLogger("softphone.sip.media")

DEFAULT_CAPTURE = -1  # PJMEDIA_AUD_DEFAULT_CAPTURE_DEV
DEFAULT_PLAYBACK = -2  # PJMEDIA_AUD_DEFAULT_PLAYBACK_DEV
NO_DEVICES_WARNING = audio_texts.NO_DEVICES


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
            warnings.append(audio_texts.MIC_NOT_FOUND.format(name=prefs.input_name))
        else:
            capture = found.index
    if prefs.output_name:
        found = _find(devices, prefs.output_name, capture=False)
        if found is None:
            warnings.append(audio_texts.SPEAKER_NOT_FOUND.format(name=prefs.output_name))
        else:
            playback = found.index
    if prefs.ringer_name:
        found = _find(devices, prefs.ringer_name, capture=False)
        if found is None:
            warnings.append(audio_texts.RINGER_NOT_FOUND.format(name=prefs.ringer_name))
        elif found.index != playback:
            ringer = found.index
    if not any(d.can_capture for d in devices) or not any(d.can_play for d in devices):
        warnings.append(audio_texts.NO_PAIR)
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
    """Applies the agent's devices to pjsua's AudDevManager; SIP thread only.

    Hot-plug (softphone.sip.hotplug): a chosen device that vanishes moves its role to the
    fallback without touching any call (the conference bridge keeps its links when the
    sound device behind port 0 changes); its return is offered, not switched to, until
    apply() is called again with the agent's preferences.
    """

    def __init__(self, ep: Callable[[], Any], emit: Callable[[SipEvent], None]) -> None:
        self._ep = ep  # a getter: never keep the Endpoint itself (see PjLib.destroy)
        self._emit = emit
        self.prefs = AudioPrefs()
        self.roles = RoleState()
        self.devices: tuple[AudioDevice, ...] = ()
        self.choice = DeviceChoice(null=True)
        self.echo: EchoSettings | None = None
        self._opened: tuple[str, str] | None = None  # names behind the open indexes
        self.on_changed: Callable[[], None] = lambda: None  # e.g. move the ringer
        self.on_release: Callable[[], None] = lambda: None  # close extra sound streams

    @property
    def adm(self) -> Any:
        return self._ep().audDevManager()

    def apply(self, prefs: AudioPrefs) -> None:
        """The agent's choice (start, set_audio): every chosen device that exists is used."""
        self.prefs = prefs
        self.devices = enumerate_devices(self.adm)
        self.roles = initial_state(prefs, (d.name for d in self.devices))
        self._apply()

    def refresh(self) -> None:
        """The refresh_devices command: re-read the list now (safely), track, re-apply."""
        self.rescan(True, announce=True)

    def rescan(self, shrunk: bool, *, announce: bool = False) -> None:
        """refreshDevs without the abort: an open stream whose device index is beyond the
        refreshed list aborts pjmedia when closed, so close them all first if the list
        may have shrunk (a ~50 ms gap in the call audio, only when devices change)."""
        adm = self.adm
        before = (self.devices, self.choice)
        self.on_release()
        if shrunk and not self.choice.null and adm.sndIsActive():
            adm.setNullDev()  # calls keep their bridge links; port 0 becomes a null port
            self._opened = None
        try:
            adm.refreshDevs()
        except pj.Error as exc:
            log.warning("refreshing sound devices failed: %s", exc.info())
        self.devices = enumerate_devices(adm)
        step = track(self.prefs, self.roles, (d.name for d in self.devices))
        self.roles = step.state
        for role, name in step.vanished:
            log.warning("audio: %s device %r disconnected", role, name)
        self._apply(quiet=True)
        for role, name in step.vanished:
            self._emit(AudioDeviceLost(role, name, self._role_device(role)))
        for role, name in step.returned:
            log.info("audio: %s device %r is back (offered)", role, name)
            self._emit(AudioDeviceReturned(role, name))
        if announce or step.vanished or step.returned or before != (self.devices, self.choice):
            self._emit_devices()

    def uses_alsa(self) -> bool:
        """pjmedia lists ALSA devices (our Linux build; the PyPI wheel has no backend)."""
        if any(d.driver == "ALSA" for d in self.devices):
            return True
        build = getattr(pj, "SOFTPHONE_BUILD", None)
        return isinstance(build, dict) and build.get("sound_backend") == "alsa"

    def idle(self) -> bool:
        """No sound device open (pjmedia may refresh its list without any risk)."""
        return self.choice.null or not self.adm.sndIsActive()

    def _apply(self, *, quiet: bool = False) -> None:
        wanted = effective_prefs(self.prefs, self.roles.lost)
        choice = choose_devices(self.devices, wanted)
        warnings = list(choose_devices(self.devices, self.prefs).warnings)
        warnings += [w for w in choice.warnings if w not in warnings]
        if choice.null:
            self.adm.setNullDev()
            self._opened = None
        else:
            try:
                self._open(choice)
            except pj.Error as exc:
                log.warning("cannot open sound device: %s; using no device", exc.info())
                warnings.append(audio_texts.CANNOT_OPEN.format(reason=exc.reason))
                self.adm.setNullDev()
                self._opened = None
                choice = DeviceChoice(null=True)
        said = set(self.choice.warnings)  # the hot-plug poll re-applies every few seconds
        self.choice = DeviceChoice(
            choice.null, choice.capture, choice.playback, choice.ringer, tuple(warnings)
        )
        for text in warnings:
            if text not in said:
                log.warning("audio: %s", text)
        self._apply_echo()
        self.on_changed()
        if not quiet:
            self._emit_devices()

    def _open(self, choice: DeviceChoice) -> None:
        capture = DEFAULT_CAPTURE if choice.capture is None else choice.capture
        playback = DEFAULT_PLAYBACK if choice.playback is None else choice.playback
        names = (self._dev_name(capture), self._dev_name(playback))
        adm = self.adm
        if (
            self._opened is not None
            and names != self._opened
            and (int(adm.getCaptureDev()), int(adm.getPlaybackDev())) == (capture, playback)
            and adm.sndIsActive()
        ):
            # After a refresh the same index may name another device; pjsua sees "no
            # change" and would keep the old stream open: force a reopen.
            adm.setNullDev()
        adm.setCaptureDev(capture)
        adm.setPlaybackDev(playback)
        self._opened = names

    def _apply_echo(self) -> None:
        if self.choice.null:
            return
        settings = echo_settings(
            self.prefs.echo_cancellation,
            self.prefs.noise_suppression,
            self._name(self.choice.playback, capture=False),
            self._name(self.choice.capture, capture=True),
        )
        if settings == self.echo:
            return  # setEcOptions resets the canceller (a glitch mid-call): only on change
        try:
            self.adm.setEcOptions(settings.tail_ms, settings.options)
            self.echo = settings
            log.info(
                "echo canceller %s (tail %d ms, noise suppression %s)",
                "on" if settings.enabled else "off",
                settings.tail_ms,
                "on" if settings.noise_suppression else "off",
            )
        except pj.Error as exc:
            log.warning("cannot set the echo canceller: %s", exc.info())

    def _emit_devices(self) -> None:
        choice = self.choice
        self._emit(
            AudioDevicesChanged(
                devices=self.devices,
                input_name=self._name(choice.capture, capture=True),
                output_name=self._name(choice.playback, capture=False),
                ringer_name=self._ringer_name(),
                null_device=choice.null,
                warning="; ".join(choice.warnings),
            )
        )

    def _role_device(self, role: str) -> str:
        """The device now serving `role` ("" = the system default)."""
        if role == "input":
            return self._name(self.choice.capture, capture=True)
        if role == "output":
            return self._name(self.choice.playback, capture=False)
        return self._ringer_name()

    def _dev_name(self, index: int) -> str:
        dev = self.device(index)
        return dev.name if dev is not None else f"#{index}"

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
