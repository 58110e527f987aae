"""Hot-plug notices: a chosen device went away (the call goes on) or is back (switch back?)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton

from softphone.config.settings import Settings
from softphone.core.events import AudioDeviceLost, AudioDeviceReturned
from softphone.core.ports import SipControl
from softphone.ui.message_bar import Level, Message, MessageBar
from softphone.ui.text import safe_text

NAME_SHOWN = 60  # characters of a device name in a message (names come from drivers)
_ORDER = ("output", "input", "ringer")  # a headset is lost as output and input: say "Headset"


def _headline(roles: Collection[str]) -> str:
    return next((role for role in _ORDER if role in roles), "output")


class DeviceNotices(QObject):
    """One notice per device name in the message bar; never modal, never steals focus.

    A device lost in several roles at once (a USB headset: microphone and earpiece) gives
    one warning. When it returns the warning becomes an offer to switch back, which goes
    away if the device is lost again.
    """

    switched_back = Signal(str)  # the device name

    def __init__(
        self,
        bar: MessageBar,
        sip: SipControl,
        settings: Settings,
        call_live: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bar = bar
        self._sip = sip
        self._settings = settings
        self._call_live = call_live
        self._lost: dict[str, dict[str, str]] = {}  # name -> role -> fallback
        self._back: dict[str, set[str]] = {}  # name -> roles back
        self._warnings: dict[str, Message] = {}
        self._offers: dict[str, Message] = {}

    def lost(self, event: AudioDeviceLost) -> None:
        name = event.name
        self._drop(self._offers, name)
        self._back.pop(name, None)
        roles = self._lost.setdefault(name, {})
        roles[event.role] = event.fallback
        self._drop(self._warnings, name)
        text = self._lost_text(name, roles)
        if self._call_live():
            continues = self.tr("The call continues.")
            text = f"{text} {continues}"
        self._warnings[name] = self._bar.show_message(text, Level.WARNING)

    def returned(self, event: AudioDeviceReturned) -> None:
        name = event.name
        self._drop(self._warnings, name)
        self._lost.pop(name, None)
        roles = self._back.setdefault(name, set())
        roles.add(event.role)
        self._drop(self._offers, name)
        message = self._bar.show_message(self._back_text(name, roles), Level.INFO)
        if message.findChild(QPushButton, "switchBackButton") is None:  # not a repeat
            button = message.add_action(self.tr("Switch &back"))
            button.setObjectName("switchBackButton")
            button.setToolTip(self.tr("Use the devices chosen in Settings › Audio devices again"))
            button.clicked.connect(lambda: self.switch_back(name))
        self._offers[name] = message

    def switch_back(self, name: str) -> None:
        """Send the agent's unchanged preferences: the engine picks the device up again."""
        self._drop(self._offers, name)
        self._back.pop(name, None)
        self._sip.set_audio(self._settings.audio())
        self.switched_back.emit(name)

    def offers(self) -> list[str]:
        shown = self._bar.messages()
        return [n for n, m in self._offers.items() if any(s is m for s in shown)]

    def offer(self, name: str) -> Message | None:
        message = self._offers.get(name)
        return message if message is not None and name in self.offers() else None

    # -- internals -----------------------------------------------------------------------
    def _drop(self, messages: dict[str, Message], name: str) -> None:
        message = messages.pop(name, None)
        if message is not None:
            self._bar.dismiss(message)

    def _lost_text(self, name: str, roles: dict[str, str]) -> str:
        role = _headline(roles)
        shown = safe_text(name, NAME_SHOWN)
        fallback = safe_text(roles[role], NAME_SHOWN)
        if role == "ringer":
            if fallback:
                return self.tr("Ringer “{0}” disconnected — calls now ring on “{1}”.").format(
                    shown, fallback
                )
            return self.tr(
                "Ringer “{0}” disconnected — calls now ring on the system default."
            ).format(shown)
        if role == "input":
            if fallback:
                return self.tr("Microphone “{0}” disconnected — now using “{1}”.").format(
                    shown, fallback
                )
            return self.tr(
                "Microphone “{0}” disconnected — now using the system default microphone."
            ).format(shown)
        if fallback:
            return self.tr("Headset “{0}” disconnected — audio moved to “{1}”.").format(
                shown, fallback
            )
        return self.tr("Headset “{0}” disconnected — audio moved to the system default.").format(
            shown
        )

    def _back_text(self, name: str, roles: set[str]) -> str:
        shown = safe_text(name, NAME_SHOWN)
        role = _headline(roles)
        if role == "ringer":
            return self.tr("Ringer “{0}” is back.").format(shown)
        if role == "input":
            return self.tr("Microphone “{0}” is back.").format(shown)
        return self.tr("Headset “{0}” is back.").format(shown)
