"""Headset buttons in the app: FakeSip calls drive the LEDs, button presses drive FakeSip."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from softphone.app.headset_wiring import HeadsetWiring, describe
from softphone.config.settings import Settings
from softphone.core.models import CallState
from softphone.headset.hid_backend import Problem, State, Status
from softphone.headset.reports import Button, LedState
from softphone.sip.fake import FakeSip
from softphone.ui.main_window import MainWindow
from tests.unit.headset.conftest import descriptor
from tests.unit.headset.fake_hid import FakeDevice, FakeHidModule


class FakeBackend:
    """Records what the wiring asks of the HID backend."""

    def __init__(self) -> None:
        self.leds: list[LedState] = []
        self.running = False
        self.device_names: list[str] = []

    def start(self) -> None:
        self.running = True

    def stop(self, timeout: float = 2.0) -> None:
        self.running = False

    def set_leds(self, leds: LedState) -> None:
        self.leds.append(leds)

    def set_device_name(self, name: str) -> None:
        self.device_names.append(name)


Wire = Callable[..., HeadsetWiring]


@pytest.fixture
def wire(window: MainWindow, fake_sip: FakeSip, settings: Settings) -> Iterator[Wire]:
    made: list[HeadsetWiring] = []

    def make(backend: FakeBackend | None = None, **kwargs: object) -> HeadsetWiring:
        wiring = HeadsetWiring(window, fake_sip, settings, backend, **kwargs)  # type: ignore[arg-type]
        made.append(wiring)
        return wiring

    yield make
    for wiring in made:
        wiring.shutdown()


def press(wiring: HeadsetWiring, *buttons: Button) -> None:
    """As the HID thread does: through the queued signal."""
    wiring._relay.buttons_pressed.emit(list(buttons))


def state_is(fake: FakeSip, call_id: str, state: CallState) -> Callable[[], bool]:
    return lambda: fake.call_state(call_id) is state


def test_ring_answer_mute_hold_hang_up_from_the_headset(
    qtbot: QtBot, wire: Wire, fake_sip: FakeSip, window: MainWindow
) -> None:
    backend = FakeBackend()
    wiring = wire(backend)
    assert backend.running
    call_id = fake_sip.simulate_incoming("+390612345678", "Maria Rossi")
    qtbot.waitUntil(lambda: backend.leds[-1] == LedState(ring=True))

    press(wiring, Button.HOOK_OFF)
    qtbot.waitUntil(state_is(fake_sip, call_id, CallState.CONNECTED))
    qtbot.waitUntil(lambda: backend.leds[-1] == LedState(off_hook=True))
    assert window.calls.focused is not None and window.calls.focused.call_id == call_id

    press(wiring, Button.HOOK_OFF)  # the headset echoing Off-Hook: nothing happens
    press(wiring, Button.MUTE_TOGGLE)
    qtbot.waitUntil(lambda: backend.leds[-1] == LedState(off_hook=True, mute=True))
    assert fake_sip.commands_named("set_mute") == [("set_mute", call_id, True)]
    assert fake_sip.commands_named("answer") == [("answer", call_id)]

    press(wiring, Button.FLASH)
    qtbot.waitUntil(lambda: backend.leds[-1] == LedState(off_hook=True, mute=True, hold=True))
    press(wiring, Button.FLASH)
    qtbot.waitUntil(lambda: backend.leds[-1] == LedState(off_hook=True, mute=True))

    press(wiring, Button.HOOK_ON)
    qtbot.waitUntil(state_is(fake_sip, call_id, CallState.DISCONNECTED))
    qtbot.waitUntil(lambda: backend.leds[-1] == LedState())


def test_remote_hang_up_echo_does_not_touch_the_next_call(
    qtbot: QtBot, wire: Wire, fake_sip: FakeSip
) -> None:
    backend = FakeBackend()
    wiring = wire(backend)
    call_id = fake_sip.simulate_incoming("+390612345678")
    qtbot.waitUntil(lambda: backend.leds[-1] == LedState(ring=True))
    press(wiring, Button.HOOK_OFF)
    qtbot.waitUntil(state_is(fake_sip, call_id, CallState.CONNECTED))
    fake_sip.simulate_remote_hangup(call_id)
    qtbot.waitUntil(lambda: backend.leds[-1] == LedState())
    press(wiring, Button.HOOK_ON)  # the headset follows the dark Off-Hook LED
    second = fake_sip.simulate_incoming("+390698765432")
    qtbot.waitUntil(lambda: backend.leds[-1] == LedState(ring=True))
    assert fake_sip.call_state(second) is CallState.INCOMING
    assert fake_sip.commands_named("hangup") == []


def test_status_label_is_accessible_and_translatable_text(
    qtbot: QtBot, wire: Wire, window: MainWindow
) -> None:
    wiring = wire(FakeBackend())
    label = wiring.label
    assert label.accessibleName() == "Headset buttons"
    assert label in window.statusBar().findChildren(type(label))
    wiring._relay.status_changed.emit(Status(State.CONNECTED, "Jabra Link 380"))
    qtbot.waitUntil(lambda: label.text() == "Headset: Jabra Link 380")
    wiring._relay.status_changed.emit(
        Status(State.UNAVAILABLE, "Jabra Link 380", Problem.OPEN_FAILED, "open failed")
    )
    qtbot.waitUntil(lambda: label.text().startswith("Headset buttons unavailable: Jabra"))
    assert "another program" in label.text()
    assert label.toolTip() == "open failed"


def test_every_problem_has_a_sentence() -> None:
    for problem in Problem:
        text = describe(Status(State.UNAVAILABLE, problem=problem))
        assert text.startswith("Headset buttons unavailable: ")
        assert "unknown problem" not in text
    assert describe(Status(State.SEARCHING)) == "Headset buttons: no headset"
    assert describe(Status(State.OFF)) == "Headset buttons off"


def test_disabled_in_settings_starts_nothing_until_enabled(
    qtbot: QtBot, wire: Wire, settings: Settings
) -> None:
    settings.update({"headset.hid_enabled": False})
    backend = FakeBackend()
    wiring = wire(backend)
    assert not backend.running
    assert not wiring.label.isVisibleTo(wiring.window)
    settings.update({"headset.hid_enabled": True, "headset.device": "Poly"})
    assert backend.running
    assert backend.device_names == ["Poly"]
    settings.update({"headset.hid_enabled": False})
    assert not backend.running


def test_real_backend_with_a_fake_device_answers_the_call(
    qtbot: QtBot, wire: Wire, fake_sip: FakeSip
) -> None:
    device = FakeDevice(
        b"/dev/hidraw3", "Anker PowerConf", descriptor("anker_powerconf_partly_reconstructed")
    )
    module = FakeHidModule(device)
    wiring = wire(hid_module=module)
    qtbot.waitUntil(lambda: wiring.label.text() == "Headset: Anker PowerConf")
    call_id = fake_sip.simulate_incoming("+390612345678")
    qtbot.waitUntil(lambda: bytes([2, 0b100]) in device.writes)  # Ring LED
    device.press(bytes([2, 0b001]))  # hook switch up: the agent answers
    qtbot.waitUntil(state_is(fake_sip, call_id, CallState.CONNECTED))
    qtbot.waitUntil(lambda: bytes([2, 0b001]) in device.writes)  # Off-Hook LED
    device.press(bytes([2, 0b101]), bytes([2, 0b001]))  # Phone Mute press and release
    qtbot.waitUntil(lambda: fake_sip.commands_named("set_mute") == [("set_mute", call_id, True)])
    qtbot.waitUntil(lambda: bytes([2, 0b1_0011]) in device.writes)  # Mute + Microphone LEDs
    wiring.shutdown()
    assert device.writes[-1] == bytes([2, 0])
