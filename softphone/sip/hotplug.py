"""Hot-plug: notice chosen sound devices vanish and return; the roles' state is pure."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

from softphone.core.models import AudioPrefs

log = logging.getLogger("softphone.sip.media")

POLL_SECONDS = 2.0
ROLES = ("input", "output", "ringer")
NameProbe = Callable[[], frozenset[str] | None]


def chosen(prefs: AudioPrefs) -> dict[str, str]:
    """The devices the agent chose by name, per role (system defaults left out)."""
    if prefs.null_device:
        return {}
    names = {"input": prefs.input_name, "output": prefs.output_name, "ringer": prefs.ringer_name}
    return {role: name for role, name in names.items() if name}


def present(name: str, names: Iterable[str]) -> bool:
    wanted = name.casefold()  # as devices.choose_devices matches names
    return any(n == name or n.casefold() == wanted for n in names)


def effective_prefs(prefs: AudioPrefs, lost: Mapping[str, str]) -> AudioPrefs:
    """The preferences with every lost role on its fallback: the system default for the
    microphone and speaker, the speaker for the ringer (empty names in choose_devices)."""
    if not lost:
        return prefs
    return replace(
        prefs,
        input_name="" if "input" in lost else prefs.input_name,
        output_name="" if "output" in lost else prefs.output_name,
        ringer_name="" if "ringer" in lost else prefs.ringer_name,
    )


@dataclass(frozen=True)
class RoleState:
    """Which chosen devices are gone (role → name), and which of those came back and
    were offered to the agent (not switched to until set_audio)."""

    lost: Mapping[str, str] = field(default_factory=dict)
    offered: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Step:
    state: RoleState
    vanished: tuple[tuple[str, str], ...] = ()  # (role, name) lost just now
    returned: tuple[tuple[str, str], ...] = ()  # (role, name) back just now


def initial_state(prefs: AudioPrefs, names: Iterable[str]) -> RoleState:
    """After set_audio: chosen devices that are absent already count as lost (quietly:
    AudioDevicesChanged warns), so their return is offered too."""
    names = tuple(names)
    return RoleState({r: n for r, n in chosen(prefs).items() if not present(n, names)})


def track(prefs: AudioPrefs, state: RoleState, names: Iterable[str]) -> Step:
    """Compare the chosen devices with the names present now (pure; unit-tested)."""
    names = tuple(names)
    lost = dict(state.lost)
    offered = set(state.offered)
    vanished: list[tuple[str, str]] = []
    returned: list[tuple[str, str]] = []
    wanted = chosen(prefs)
    for role in ROLES:
        name = wanted.get(role)
        if name is None or lost.get(role, name) != name:  # not chosen, or chosen anew
            lost.pop(role, None)
            offered.discard(role)
            if name is None:
                continue
        here = present(name, names)
        if role not in lost:
            if not here:
                lost[role] = name
                vanished.append((role, name))
        elif here and role not in offered:
            offered.add(role)
            returned.append((role, name))
        elif not here:
            offered.discard(role)  # gone again before the agent switched: offer it anew
    return Step(RoleState(lost, frozenset(offered)), tuple(vanished), tuple(returned))


# -- the cheap probe: ALSA's device-name hints, without opening any PCM ------------------


class _AlsaHints:
    """snd_device_name_hint() through ctypes: the PCM names pjmedia's ALSA backend lists
    (it re-reads changed config files), in ~0.2-6 ms, without touching open streams."""

    def __init__(self, lib: ctypes.CDLL, libc: ctypes.CDLL) -> None:
        self._lib, self._libc = lib, libc
        hint_list = ctypes.POINTER(ctypes.c_void_p)
        lib.snd_device_name_hint.argtypes = [
            ctypes.c_int,
            ctypes.c_char_p,
            ctypes.POINTER(hint_list),
        ]
        lib.snd_device_name_hint.restype = ctypes.c_int
        lib.snd_device_name_get_hint.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        lib.snd_device_name_get_hint.restype = ctypes.c_void_p
        lib.snd_device_name_free_hint.argtypes = [hint_list]
        libc.free.argtypes = [ctypes.c_void_p]

    def __call__(self) -> frozenset[str] | None:
        hints = ctypes.POINTER(ctypes.c_void_p)()
        if self._lib.snd_device_name_hint(-1, b"pcm", ctypes.byref(hints)) != 0:
            return None
        names: set[str] = set()
        try:
            i = 0
            while hints[i]:
                ptr = self._lib.snd_device_name_get_hint(hints[i], b"NAME")
                if ptr:
                    names.add(ctypes.string_at(ptr).decode("utf-8", "replace"))
                    self._libc.free(ptr)
                i += 1
        finally:
            self._lib.snd_device_name_free_hint(hints)
        names.discard("null")  # pjmedia skips it too
        return frozenset(names)


def alsa_probe() -> NameProbe | None:
    """The ALSA name probe, or None off Linux / without libasound."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("asound") or "libasound.so.2")
        libc = ctypes.CDLL(None)
        probe = _AlsaHints(lib, libc)
        probe()
    except (OSError, AttributeError) as exc:
        log.info("no ALSA name probe (%s): device changes are seen while idle only", exc)
        return None
    return probe


class HotplugWatcher:
    """Polls every POLL_SECONDS from the SIP thread's pump.

    pjmedia_aud_dev_refresh() while a sound stream is open is NOT safe in pjsip 2.12:
    when the list shrinks below the open device's index, closing that stream later aborts
    the process (audiodev.c make_global_index assertion; seen here). So the list is
    watched with a cheap probe (ALSA hints) and `rescan` (which closes streams around
    refreshDevs) runs only when the names changed; without a probe (Windows), refreshDevs
    runs only while no sound device is open.
    """

    def __init__(
        self,
        *,
        probe: NameProbe | None,
        rescan: Callable[[bool], None],
        idle: Callable[[], bool],
        interval: float = POLL_SECONDS,
    ) -> None:
        self._probe = probe
        self._rescan = rescan  # rescan(shrunk): refreshDevs safely, track, re-apply
        self._idle = idle
        self._interval = interval
        self._next = time.monotonic() + interval
        self._names: frozenset[str] | None = probe() if probe is not None else None

    def poll(self) -> None:
        now = time.monotonic()
        if now < self._next:
            return
        self._next = now + self._interval
        if self._probe is None:
            if self._idle():
                self._rescan(True)
            return
        names = self._probe()
        if names is None or names == self._names:
            return
        old, self._names = self._names, names
        shrunk = old is None or bool(old - names)
        log.info(
            "sound devices changed: +%s -%s",
            sorted(names - (old or frozenset())),
            sorted((old or frozenset()) - names),
        )
        self._rescan(shrunk)
