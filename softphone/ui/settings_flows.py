"""Opens the account, preferences and audio dialogs and applies what the agent saved."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from softphone.config.settings import Settings
from softphone.core.events import AudioDevicesChanged
from softphone.core.models import EngineOptions
from softphone.core.ports import SecretStore, SipControl
from softphone.ui.account_dialog import AccountDialog
from softphone.ui.audio_dialog import AudioDialog
from softphone.ui.message_bar import Level
from softphone.ui.settings_dialog import ENGINE_KEYS, SettingsDialog


class SettingsFlows(QObject):
    """Dialogs open window-modal but never block: engine events keep flowing meanwhile."""

    account_saved = Signal(object)  # the typed password (str) or None: keep the stored one
    message_posted = Signal(str, object)  # agent-facing text, ui.message_bar.Level

    def __init__(
        self,
        sip: SipControl,
        settings: Settings,
        secrets: SecretStore,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._sip = sip
        self._settings = settings
        self._secrets = secrets
        self._window = window
        self.engine_options = settings.engine_options()
        self.audio_event: AudioDevicesChanged | None = None
        self._audio_dialog: AudioDialog | None = None

    def open_account(self) -> AccountDialog:
        dialog = AccountDialog(self._settings, self._secrets, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._account_saved(dialog))
        dialog.open()
        return dialog

    def open_preferences(self) -> SettingsDialog:
        dialog = SettingsDialog(self._settings, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._preferences_saved(dialog))
        dialog.open()
        return dialog

    def open_audio(self) -> AudioDialog:
        dialog = AudioDialog(self._settings, self.audio_event, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.refresh_requested.connect(self._sip.refresh_devices)
        dialog.accepted.connect(lambda: self._audio_saved(dialog))
        dialog.finished.connect(self._audio_closed)
        self._audio_dialog = dialog
        dialog.open()
        return dialog

    def devices_changed(self, event: AudioDevicesChanged) -> None:
        """The engine's device list changed: remember it, show it if the dialog is open."""
        old, self.audio_event = self.audio_event, event
        if self._audio_dialog is not None:
            self._audio_dialog.update_devices(event)
        if event.warning and (old is None or old.warning != event.warning):
            self.message_posted.emit(event.warning, Level.INFO)

    def set_engine_options(self, options: EngineOptions) -> None:
        self.engine_options = options

    # -- internals ---------------------------------------------------------------------
    def _warn(self, warnings: list[str]) -> None:
        for warning in warnings:
            self.message_posted.emit(warning, Level.WARNING)

    def _account_saved(self, dialog: AccountDialog) -> None:
        self._warn(dialog.warnings)
        self.account_saved.emit(dialog.password)

    def _preferences_saved(self, dialog: SettingsDialog) -> None:
        self._warn(dialog.warnings)
        if dialog.changed & ENGINE_KEYS:
            self.engine_options = dataclasses.replace(
                self.engine_options,
                auto_answer=self._settings.get("calls.auto_answer"),
                auto_answer_delay=self._settings.get("calls.auto_answer_delay"),
                sip_trace=self._settings.get("sip.trace"),
            )
            self._sip.set_options(self.engine_options)
        if "general.language" in dialog.changed:
            self.message_posted.emit(
                self.tr("The new language is used from the next start."), Level.INFO
            )

    def _audio_saved(self, dialog: AudioDialog) -> None:
        self._warn(dialog.warnings)
        if dialog.changed:
            self._sip.set_audio(self._settings.audio())

    def _audio_closed(self, _result: int) -> None:
        self._audio_dialog = None
