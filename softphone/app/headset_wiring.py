"""Wires the headset's call buttons and LEDs to the SIP engine and the window's status bar."""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from softphone.config.settings import Settings
from softphone.core.events import SipEvent
from softphone.core.ports import SipControl
from softphone.headset.controller import Answer, Hangup, HeadsetController, Intent, SetHold, SetMute
from softphone.headset.hid_backend import HidBackend, Problem, State, Status
from softphone.headset.reports import Button, LedState
from softphone.ui.main_window import MainWindow

log = logging.getLogger("softphone.headset")


class Backend(Protocol):
    """What the wiring needs of HidBackend (tests pass one with a fake `hid` module)."""

    def start(self) -> None: ...

    def stop(self, timeout: float = 2.0) -> None: ...

    def set_leds(self, leds: LedState) -> None: ...

    def set_device_name(self, name: str) -> None: ...


class _Relay(QObject):
    """The HID thread reports here; queued signals bring it to the GUI thread."""

    buttons_pressed = Signal(object)  # list[Button]
    status_changed = Signal(object)  # Status


def _reason(problem: Problem | None) -> str:
    reasons = {
        Problem.HIDAPI_MISSING: QCoreApplication.translate("Headset", "hidapi is not installed"),
        Problem.LIST_FAILED: QCoreApplication.translate("Headset", "cannot list the USB devices"),
        Problem.OPEN_FAILED: QCoreApplication.translate(
            "Headset", "in use by another program, or no permission (see the README's udev rule)"
        ),
        Problem.NO_DESCRIPTOR: QCoreApplication.translate(
            "Headset", "its description cannot be read"
        ),
        Problem.BAD_DESCRIPTOR: QCoreApplication.translate(
            "Headset", "its description is not valid"
        ),
        Problem.NO_BUTTONS: QCoreApplication.translate("Headset", "it has no call buttons"),
        Problem.INTERNAL: QCoreApplication.translate("Headset", "internal error (see the log)"),
    }
    return (
        reasons.get(problem, QCoreApplication.translate("Headset", "unknown problem"))
        if problem
        else QCoreApplication.translate("Headset", "unknown problem")
    )


def describe(status: Status) -> str:
    """The status bar text for `status` (translated)."""
    if status.state is State.CONNECTED:
        return QCoreApplication.translate("Headset", "Headset: {0}").format(status.device)
    if status.state is State.SEARCHING:
        return QCoreApplication.translate("Headset", "Headset buttons: no headset")
    if status.state is State.UNAVAILABLE:
        reason = _reason(status.problem)
        if status.device:
            reason = f"{status.device}: {reason}"
        return QCoreApplication.translate("Headset", "Headset buttons unavailable: {0}").format(
            reason
        )
    return QCoreApplication.translate("Headset", "Headset buttons off")


class HeadsetWiring:
    """Engine events -> LEDs; button presses -> answer/hang up/mute/hold on the engine."""

    def __init__(
        self,
        window: MainWindow,
        engine: SipControl,
        settings: Settings,
        backend: Backend | None = None,
        *,
        hid_module: Any = None,  # tests: a fake hidapi module for the real HidBackend
    ) -> None:
        self.window = window
        self.engine = engine
        self.settings = settings
        self.controller = HeadsetController()
        self.active = True
        self._relay = _Relay(window)
        self._relay.buttons_pressed.connect(self.on_buttons, Qt.ConnectionType.QueuedConnection)
        self._relay.status_changed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.backend: Backend = backend or HidBackend(
            self._relay.buttons_pressed.emit,
            self._relay.status_changed.emit,
            device_name=str(settings.get("headset.device") or ""),
            hid_module=hid_module,
        )
        self.label = QLabel(describe(Status(State.OFF)))
        self.label.setObjectName("headsetStatus")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(QCoreApplication.translate("Headset", "Headset buttons"))
        window.statusBar().addPermanentWidget(self.label)
        self.started = False
        engine.subscribe(self.on_event)
        settings.on_change(self._setting_changed)
        if settings.get("headset.hid_enabled"):
            self.start()
        else:
            self.label.hide()

    # -- lifecycle ----------------------------------------------------------------------
    def start(self) -> None:
        if self.started:
            return
        self.started = True
        self.label.show()
        self.backend.start()
        self.backend.set_leds(self.controller.leds)

    def stop(self) -> None:
        """Turns the LEDs off and closes the device; late events are dropped."""
        if not self.started:
            return
        self.started = False
        self.backend.stop()

    def shutdown(self) -> None:
        self.active = False
        self.stop()

    def _setting_changed(self, key: str) -> None:
        if key == "headset.device":
            self.backend.set_device_name(str(self.settings.get(key) or ""))
        elif key == "headset.hid_enabled":
            if self.settings.get(key):
                self.start()
            else:
                self.stop()
                self.label.hide()

    # -- the two directions ---------------------------------------------------------------
    def on_event(self, event: SipEvent) -> None:
        if not self.active:
            return
        try:
            leds = self.controller.handle_event(event)
        except Exception:
            log.exception("headset failed to handle %r", event)
            return
        if leds is not None and self.started:
            self.backend.set_leds(leds)

    def on_buttons(self, buttons: list[Button]) -> None:
        if not self.active or not self.started:
            return
        for button in buttons:
            intents = self.controller.handle_button(button)
            log.info("headset %s -> %s", button, intents or "nothing")
            for intent in intents:
                self._apply(intent)

    def _apply(self, intent: Intent) -> None:
        if isinstance(intent, Answer):
            self.window.calls.set_focus(intent.call_id)
            self.engine.answer(intent.call_id)
        elif isinstance(intent, Hangup):
            self.engine.hangup(intent.call_id)
        elif isinstance(intent, SetMute):
            self.engine.set_mute(intent.call_id, intent.muted)
        elif isinstance(intent, SetHold):
            self.engine.set_hold(intent.call_id, intent.on_hold)

    def _show(self, status: Status) -> None:
        self.label.setText(describe(status))
        self.label.setToolTip(
            QCoreApplication.translate(
                "Headset", "Call buttons of the USB headset: answer, hang up, mute, hold"
            )
            if status.state is State.CONNECTED
            else status.detail
        )


def install(window: MainWindow, engine: SipControl, settings: Settings) -> HeadsetWiring:
    """Start the headset buttons for `window` (idle when disabled in the settings)."""
    return HeadsetWiring(window, engine, settings)
