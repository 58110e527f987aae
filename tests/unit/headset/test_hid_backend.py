"""HidBackend with a fake hidapi module: choosing, claimed devices, unplug/replug, LEDs."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator

import pytest

from softphone.headset import hid_backend
from softphone.headset.hid_backend import (
    KNOWN_DESCRIPTORS,
    DeviceInfo,
    HidBackend,
    Problem,
    State,
    Status,
    choose,
)
from softphone.headset.reports import Button, LedState
from tests.unit.headset.conftest import descriptor
from tests.unit.headset.fake_hid import FakeDevice, FakeHidModule

WAIT = 10.0  # generous bound for a failing test, never a timing assertion


class Recorder:
    """Collects what the backend reports from its thread; tests wait on conditions."""

    def __init__(self) -> None:
        self.statuses: list[Status] = []
        self.buttons: list[Button] = []
        self._seen = 0  # statuses already matched by wait_state
        self._changed = threading.Condition()

    def status(self, status: Status) -> None:
        with self._changed:
            self.statuses.append(status)
            self._changed.notify_all()

    def pressed(self, buttons: list[Button]) -> None:
        with self._changed:
            self.buttons.extend(buttons)
            self._changed.notify_all()

    def wait(self, predicate: Callable[[], bool]) -> None:
        with self._changed:
            assert self._changed.wait_for(predicate, WAIT), (self.statuses, self.buttons)

    def wait_state(self, state: State, device: str = "") -> Status:
        """The next status (after the last one waited for) in `state` naming `device`."""

        def index() -> int | None:
            for i in range(self._seen, len(self.statuses)):
                if self.statuses[i].state is state and device in self.statuses[i].device:
                    return i
            return None

        self.wait(lambda: index() is not None)
        found = index()
        assert found is not None
        self._seen = found + 1
        return self.statuses[found]


def powerconf(path: bytes = b"/dev/hidraw3", product: str = "Anker PowerConf") -> FakeDevice:
    return FakeDevice(path, product, descriptor("anker_powerconf_partly_reconstructed"))


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def make_backend(recorder: Recorder) -> Iterator[Callable[..., HidBackend]]:
    started: list[HidBackend] = []

    def make(module: FakeHidModule | None, device_name: str = "") -> HidBackend:
        backend = HidBackend(
            recorder.pressed,
            recorder.status,
            device_name=device_name,
            hid_module=module,
            rescan_seconds=0.01,
        )
        started.append(backend)
        return backend

    yield make
    for backend in started:
        backend.stop()


def test_hidapi_missing_reports_unavailable(
    monkeypatch: pytest.MonkeyPatch, make_backend: Callable[..., HidBackend], recorder: Recorder
) -> None:
    def missing() -> None:
        raise ImportError("No module named 'hid'")

    monkeypatch.setattr(hid_backend, "load_hid", missing)
    backend = make_backend(None)
    backend.start()
    assert not backend.running
    assert recorder.statuses == [
        Status(State.UNAVAILABLE, problem=Problem.HIDAPI_MISSING, detail="No module named 'hid'")
    ]


def test_connects_reads_buttons_and_writes_leds(
    make_backend: Callable[..., HidBackend], recorder: Recorder
) -> None:
    device = powerconf()
    module = FakeHidModule(device)
    backend = make_backend(module)
    backend.set_leds(LedState(ring=True))
    backend.start()
    recorder.wait_state(State.CONNECTED, "Anker PowerConf")
    assert module.wait_for_write(device, bytes([2, 0b100]))  # the state set before connecting
    device.press(bytes([2, 1]), bytes([2, 1]), bytes([2, 0b101]), bytes([2, 1]))
    recorder.wait(lambda: len(recorder.buttons) >= 2)
    assert recorder.buttons == [Button.HOOK_OFF, Button.MUTE_TOGGLE]
    backend.set_leds(LedState(off_hook=True, mute=True))
    assert module.wait_for_write(device, bytes([2, 0b1_0011]))
    backend.stop()
    assert device.writes[-1] == bytes([2, 0])  # left dark on exit
    assert device.closed == 1
    assert recorder.statuses[-1] == Status(State.OFF)


def test_descriptor_is_logged_as_hex_at_debug(
    make_backend: Callable[..., HidBackend], recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="softphone.headset")
    make_backend(FakeHidModule(powerconf())).start()
    recorder.wait_state(State.CONNECTED)
    lines = [r.getMessage() for r in caplog.records if "report descriptor" in r.getMessage()]
    assert lines and "05 0C 09 01 A1 01 85 01" in lines[0]


def test_several_devices_picks_the_configured_one(
    make_backend: Callable[..., HidBackend], recorder: Recorder
) -> None:
    keyboard = FakeDevice(b"/dev/hidraw0", "Keyboard", b"", usage_page=0x01)
    first = powerconf(b"/dev/hidraw1", "Jabra Link 380")
    wanted = powerconf(b"/dev/hidraw2", "Anker PowerConf")
    make_backend(FakeHidModule(keyboard, first, wanted), device_name="powerconf").start()
    recorder.wait_state(State.CONNECTED, "Anker PowerConf")
    assert (keyboard.opened, first.opened, wanted.opened) == (0, 0, 1)


def test_choose_prefers_exact_then_substring_then_first() -> None:
    devices = [
        DeviceInfo(b"1", 1, 1, "Jabra Link 380", ""),
        DeviceInfo(b"2", 1, 2, "Jabra Link 380 MS", ""),
        DeviceInfo(b"3", 2, 3, "", ""),
    ]
    assert choose(devices, "jabra link 380 ms") is devices[1]
    assert choose(devices, "link") is devices[0]
    assert choose(devices, "Poly") is devices[0]
    assert choose(devices, "") is devices[0]
    assert choose([], "x") is None
    assert devices[2].name == "0002:0003"


def test_claimed_device_reports_then_connects_when_released(
    make_backend: Callable[..., HidBackend], recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    device = powerconf()
    device.claimed = True
    module = FakeHidModule(device)
    make_backend(module).start()
    status = recorder.wait_state(State.UNAVAILABLE, "Anker PowerConf")
    assert status.problem is Problem.OPEN_FAILED
    # It keeps trying (quietly: one warning however often it retries).
    enumerations = module.enumerations
    assert module.wait_for_enumerations(enumerations + 3)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    device.claimed = False
    recorder.wait_state(State.CONNECTED, "Anker PowerConf")


def test_unplug_mid_read_then_replug_reconnects_and_restores_leds(
    make_backend: Callable[..., HidBackend], recorder: Recorder
) -> None:
    device = powerconf()
    module = FakeHidModule(device)
    backend = make_backend(module)
    backend.start()
    recorder.wait_state(State.CONNECTED)
    backend.set_leds(LedState(off_hook=True))
    assert module.wait_for_write(device, bytes([2, 1]))
    device.unplug()
    status = recorder.wait_state(State.SEARCHING, "Anker PowerConf")
    assert "disconnected" in status.detail
    assert device.closed == 1
    replugged = powerconf()
    module.devices = [replugged]
    recorder.wait_state(State.CONNECTED)
    assert module.wait_for_write(replugged, bytes([2, 1]))  # the call is still on


def test_no_telephony_device_is_searching(
    make_backend: Callable[..., HidBackend], recorder: Recorder
) -> None:
    module = FakeHidModule(FakeDevice(b"/dev/hidraw0", "Mouse", b"", usage_page=0x01))
    make_backend(module).start()
    assert recorder.wait_state(State.SEARCHING) == Status(State.SEARCHING)


def test_old_hidapi_without_descriptor_uses_the_known_table(
    make_backend: Callable[..., HidBackend], recorder: Recorder
) -> None:
    known = FakeDevice(
        b"/dev/hidraw5", "HS-100B", b"", vendor_id=0x0D8C, product_id=0x0014, usage_page=0x0C
    )
    known.has_descriptor_call = False
    assert (0x0D8C, 0x0014) in KNOWN_DESCRIPTORS
    make_backend(FakeHidModule(known)).start()
    recorder.wait_state(State.CONNECTED, "HS-100B")
    known.press(bytes([0x10, 0, 0, 0]))
    recorder.wait(lambda: recorder.buttons == [Button.HOOK_TOGGLE])


def test_unknown_device_without_descriptor_is_unavailable(
    make_backend: Callable[..., HidBackend], recorder: Recorder
) -> None:
    unknown = powerconf()
    unknown.has_descriptor_call = False
    make_backend(FakeHidModule(unknown)).start()
    assert recorder.wait_state(State.UNAVAILABLE).problem is Problem.NO_DESCRIPTOR


def test_broken_descriptor_and_no_buttons_are_unavailable(
    make_backend: Callable[..., HidBackend], recorder: Recorder
) -> None:
    broken = FakeDevice(b"/dev/hidraw1", "Broken", bytes.fromhex("05 0B 09"))
    make_backend(FakeHidModule(broken)).start()
    assert recorder.wait_state(State.UNAVAILABLE).problem is Problem.BAD_DESCRIPTOR


def test_descriptor_without_telephony_controls_is_unavailable(
    make_backend: Callable[..., HidBackend], recorder: Recorder
) -> None:
    plain = FakeDevice(b"/dev/hidraw1", "Speaker", bytes.fromhex("05 0B 09 05 A1 01 C0"))
    make_backend(FakeHidModule(plain)).start()
    assert recorder.wait_state(State.UNAVAILABLE).problem is Problem.NO_BUTTONS


def test_enumerate_failing_is_unavailable_not_a_crash(
    make_backend: Callable[..., HidBackend], recorder: Recorder
) -> None:
    module = FakeHidModule()

    def broken(*_args: object) -> list[dict[str, object]]:
        raise OSError("hid_init failed")

    module.enumerate = broken  # type: ignore[method-assign]
    make_backend(module).start()
    assert recorder.wait_state(State.UNAVAILABLE).problem is Problem.LIST_FAILED


def test_changing_the_preferred_device_switches(
    make_backend: Callable[..., HidBackend], recorder: Recorder
) -> None:
    first = powerconf(b"/dev/hidraw1", "Jabra Link 380")
    second = powerconf(b"/dev/hidraw2", "Poly Blackwire")
    backend = make_backend(FakeHidModule(first, second))
    backend.start()
    recorder.wait_state(State.CONNECTED, "Jabra Link 380")
    backend.set_device_name("Poly Blackwire")
    recorder.wait_state(State.CONNECTED, "Poly Blackwire")
    assert first.closed == 1
