"""Opens the account, preferences, audio and audio-test dialogs; applies what was saved."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from softphone.config.settings import Settings
from softphone.core.events import AudioDevicesChanged, AudioTestLevels
from softphone.core.models import EngineOptions
from softphone.core.ports import SecretStore, SipControl
from softphone.ui.account_dialog import AccountDialog
from softphone.ui.audio_dialog import AudioDialog
from softphone.ui.audio_test_dialog import AudioTestDialog
from softphone.ui.engine_text import engine_text
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
        self._test_dialog: AudioTestDialog | None = None
        self._call_active = False

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
        dialog.test_requested.connect(lambda: self.open_audio_test(dialog))
        dialog.accepted.connect(lambda: self._audio_saved(dialog))
        dialog.finished.connect(self._audio_closed)
        self._audio_dialog = dialog
        dialog.open()
        return dialog

    def open_audio_test(self, over: AudioDialog | None = None) -> AudioTestDialog:
        """The test dialog (one at a time), over the audio dialog when opened from it."""
        if self._test_dialog is not None:
            self._test_dialog.raise_()
            self._test_dialog.activateWindow()
            return self._test_dialog
        note = ""
        if over is not None and over.unsaved_device_changes():
            note = self.tr(
                "You chose other devices but have not saved them: the test uses the devices"
                " in use now. Press OK in Audio devices first to test the new ones."
            )
        dialog = AudioTestDialog(self._sip, note, over or self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._test_closed)
        dialog.set_blocked(self._test_blocked_reason())
        self._test_dialog = dialog
        dialog.open()
        return dialog

    def audio_test_levels(self, event: AudioTestLevels) -> None:
        if self._test_dialog is not None:
            self._test_dialog.show_levels(event)

    def set_call_active(self, active: bool) -> None:
        """A call rings or is connected: the audio test would take the headset from it."""
        if active != self._call_active:
            self._call_active = active
            self._update_test_dialog()

    def devices_changed(self, event: AudioDevicesChanged) -> None:
        """The engine's device list changed: remember it, show it if the dialog is open."""
        old, self.audio_event = self.audio_event, event
        if self._audio_dialog is not None:
            self._audio_dialog.update_devices(event)
        self._update_test_dialog()
        if event.warning and (old is None or old.warning != event.warning):
            self.message_posted.emit(self._device_warning(event), Level.INFO)

    def _device_warning(self, event: AudioDevicesChanged) -> str:
        if event.null_device and not event.devices:
            # The engine's words are for the log; the agent needs to know what it means.
            return QCoreApplication.translate(
                "SettingsFlows",
                "No sound devices: this pjsua2 build has none, so calls connect without "
                "audio. Install the softphone's own pjsua2 build for headset audio.",
            )
        return engine_text(event.warning)

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
        if self._test_dialog is not None and self._test_dialog.parent() is not self._window:
            # It is the closing audio dialog's child and dies with it: stop the test first.
            self._test_dialog.reject()

    def _test_closed(self, _result: int) -> None:
        self._test_dialog = None

    def _update_test_dialog(self) -> None:
        if self._test_dialog is not None:
            reason = self._test_blocked_reason()
            if reason != self._test_dialog.blocked():
                self._test_dialog.set_blocked(reason)

    def _test_blocked_reason(self) -> str:
        if self._call_active:
            return self.tr("The audio test is not available during a call.")
        event = self.audio_event
        if event is None:  # the engine has not said yet: trust the settings
            null = bool(self._settings.get("audio.null_device"))
            return self._null_reason() if null else ""
        if event.null_device:
            return self._null_reason()
        if not event.devices:
            return self.tr("No sound devices were found, so there is nothing to test.")
        return ""

    def _null_reason(self) -> str:
        return self.tr(
            "The phone uses no sound device (“No sound device” in Audio devices),"
            " so there is nothing to test."
        )
