"""The main window: dial bar and call panel on the left, the customer side on the right."""

from __future__ import annotations

import logging
import time
import weakref

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from softphone.config.settings import Settings
from softphone.core.errors import KnownError
from softphone.core.events import (
    AudioDeviceLost,
    AudioDeviceReturned,
    AudioDevicesChanged,
    AudioTestLevels,
    CommandFailed,
    EngineFailed,
    EngineStarted,
    EngineStopped,
    IncomingCall,
    RegistrationChanged,
    SipEvent,
)
from softphone.core.models import EngineOptions, RegState
from softphone.core.ports import SecretStore, SipControl
from softphone.ui import style
from softphone.ui.account_dialog import AccountDialog, secret_key
from softphone.ui.audio_dialog import AudioDialog
from softphone.ui.call_controller import DTMF_KEYS, CallController
from softphone.ui.call_panel import CallPanel
from softphone.ui.calls import CallList
from softphone.ui.device_notices import DeviceNotices
from softphone.ui.dial_bar import DialBar
from softphone.ui.help_dialogs import AboutDialog, ShortcutsDialog
from softphone.ui.menus import WindowMenus
from softphone.ui.message_bar import Level, MessageBar
from softphone.ui.registration_status import RegistrationStatus
from softphone.ui.settings_dialog import SettingsDialog
from softphone.ui.settings_flows import SettingsFlows
from softphone.ui.side_panel import SidePlaceholder
from softphone.ui.text import safe_text
from softphone.ui.transfer_dialog import TransferDialog

log = logging.getLogger("softphone.ui")

MAX_PROBLEMS_SHOWN = 5
CLOSE_CONFIRM_SECONDS = 5.0


class _EventRelay:
    """Engine -> window without keeping a closed window alive (no unsubscribe exists)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = weakref.ref(window)
        self.alive = True

    def detach(self, *_args: object) -> None:
        self.alive = False

    def __call__(self, event: SipEvent) -> None:
        window = self._window()
        if self.alive and window is not None:
            window.handle_event(event)


class MainWindow(QMainWindow):
    """The agent's window; gets its ports by constructor injection (see softphone.app)."""

    current_call_changed = Signal(str)  # call id the panel shows, "" for none
    account_applied = Signal()

    side_panel: QWidget
    splitter: QSplitter
    registration_status: RegistrationStatus

    def __init__(
        self,
        sip: SipControl,
        settings: Settings,
        secrets: SecretStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Softphone"))
        self.setMinimumSize(900, 600)
        self.resize(1100, 720)
        self.setStyleSheet(style.WINDOW_CSS)
        self._sip = sip
        self._settings = settings
        self._secrets = secrets
        self._session_passwords: dict[str, str] = {}
        self._account_applied = False
        self._close_asked_at = 0.0
        self._last_reg_state = RegState.UNCONFIGURED

        self.settings_flows = SettingsFlows(sip, settings, secrets, self)
        self.calls = CallList(self)
        self.controller = CallController(sip, self.calls, settings, self)
        self.message_bar = MessageBar()
        self.dial_bar = DialBar()
        self.call_panel = CallPanel(self.calls, self.controller.actions)
        self.device_notices = DeviceNotices(
            self.message_bar, sip, settings, self._call_live, parent=self
        )
        self._build_layout()
        self._build_menus()
        self._build_status_bar()
        self._connect()

        self._relay = _EventRelay(self)
        self.destroyed.connect(self._relay.detach)
        sip.subscribe(self._relay)
        self.registration_status.set_account(settings.account())
        self._show_config_problems()

    # -- public API (the app layer and other features) ----------------------------------
    def apply_account(self, password: str | None = None) -> None:
        """Register with the account in settings. `password`: None = the one remembered
        this session, else the keychain's; the app layer calls this once at startup."""
        account = self._settings.account()
        self.registration_status.set_account(account)
        key = secret_key(account.username, account.domain)
        if password is None:
            password = self._session_passwords.get(key)
        if password is None and account.is_complete and account.register:
            # Direct mode (no registrar) needs no password: don't touch the keychain.
            password = self._stored_password(key)
        if password is not None and account.is_complete:
            self._session_passwords[key] = password
        if not account.is_complete:
            if self._account_applied:
                self._sip.unregister()
            self._account_applied = False
            self.registration_status.apply(RegistrationChanged(RegState.UNCONFIGURED))
            return
        self._sip.configure_account(account, password or "")
        self._account_applied = True
        self.account_applied.emit()

    def set_side_panel(self, widget: QWidget) -> None:
        """Replace the right-hand area (the customer card and history go there)."""
        old = self.side_panel
        self.splitter.replaceWidget(1, widget)
        old.hide()
        old.deleteLater()
        self.side_panel = widget
        self.splitter.setStretchFactor(1, 1)

    def add_call_tool(self, widget: QWidget) -> None:
        """Put a feature's controls under the call buttons (e.g. the critical bar)."""
        self.call_panel.add_tool(widget)

    def set_engine_options(self, options: EngineOptions) -> None:
        """The options the app started the engine with (log dir, ports...); preference
        changes are applied on top of these and sent with SipControl.set_options."""
        self.settings_flows.set_engine_options(options)

    def show_message(self, text: str, level: Level = Level.INFO) -> None:
        self.message_bar.show_message(text, level)

    def all_actions(self) -> list[QAction]:
        return [*self.controller.actions.all(), *self.menus.all()]

    def handle_event(self, event: SipEvent) -> None:
        """One engine event (delivered on the GUI thread)."""
        try:
            self._handle(event)
        except Exception:  # a bad event must not take the window down mid-call
            log.exception("UI failed to handle %r", event)

    # -- building ----------------------------------------------------------------------------
    def _build_layout(self) -> None:
        left = QWidget()
        left.setObjectName("callArea")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(10)
        left_layout.addWidget(self.dial_bar)
        left_layout.addWidget(self.call_panel, 1)

        self.side_panel = self._placeholder()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 540])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(8)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.dial_bar.field, self.dial_bar.button)

    def _placeholder(self) -> QWidget:
        placeholder = SidePlaceholder()
        self.calls.focus_changed.connect(placeholder.follow)
        return placeholder

    def _build_menus(self) -> None:
        self.menus = WindowMenus(self)
        self.menus.populate(self.menuBar(), self.controller.actions)
        self.menus.quit.triggered.connect(self.close)
        for action in self.all_actions():
            self.addAction(action)  # shortcuts work even with the menu bar hidden

    def _build_status_bar(self) -> None:
        self.registration_status = RegistrationStatus()
        self.engine_label = QLabel()
        self.engine_label.setObjectName("engineInfo")
        self.engine_label.setTextFormat(Qt.TextFormat.PlainText)
        self.engine_label.setAccessibleName(self.tr("Phone engine"))
        status = self.statusBar()
        status.addWidget(self.registration_status, 1)
        status.addPermanentWidget(self.engine_label)

    def _connect(self) -> None:
        c = self.controller
        self.dial_bar.call_requested.connect(self._dial)
        c.problem_reported.connect(lambda text: self.show_message(text, Level.WARNING))
        c.transfer_requested.connect(self._open_transfer)
        c.escalation_requested.connect(self._escalated)
        c.dial_focus_requested.connect(self.dial_bar.focus_field)
        self.call_panel.dialpad.digit_pressed.connect(c.send_dtmf)
        self.calls.focus_changed.connect(self.current_call_changed)
        for signal in (self.calls.focus_changed, self.calls.call_changed, self.calls.call_removed):
            signal.connect(self._update_title)
        for signal in (self.calls.call_added, self.calls.call_changed, self.calls.call_removed):
            signal.connect(self._calls_changed)
        c.actions.answer.triggered.connect(self._focus_panel_after_answer)
        self.calls.transfer_finished.connect(self._transfer_finished)
        self.registration_status.account_settings_requested.connect(self.open_account_dialog)
        self.settings_flows.account_saved.connect(self.apply_account)
        self.settings_flows.message_posted.connect(self.show_message)
        self.menus.account.triggered.connect(self.open_account_dialog)
        self.menus.audio.triggered.connect(self.open_audio_dialog)
        self.menus.preferences.triggered.connect(self.open_settings_dialog)
        self.menus.shortcuts.triggered.connect(self._open_shortcuts)
        self.menus.about.triggered.connect(lambda: AboutDialog(self).open())

    # -- dialogs --------------------------------------------------------------------------------
    def open_account_dialog(self) -> AccountDialog:
        return self.settings_flows.open_account()

    def open_settings_dialog(self) -> SettingsDialog:
        return self.settings_flows.open_preferences()

    def open_audio_dialog(self) -> AudioDialog:
        return self.settings_flows.open_audio()

    def _open_transfer(self, call_id: str) -> None:
        call = self.calls.get(call_id)
        if call is None:
            return
        name, number = self.call_panel.caller_lines(call)
        dialog = TransferDialog(call_id, f"{name} {number}".strip(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.controller.transfer(call_id, dialog.target()))
        dialog.open()

    def _open_shortcuts(self) -> None:
        ShortcutsDialog(self.all_actions(), self).open()

    # -- reacting -------------------------------------------------------------------------------
    def _handle(self, event: SipEvent) -> None:
        self.calls.apply(event)
        if isinstance(event, RegistrationChanged):
            self.registration_status.apply(event)
            self._registration_message(event)
        elif isinstance(event, IncomingCall):
            QApplication.alert(self)  # flash the taskbar; never steal the focus
        elif isinstance(event, CommandFailed):
            self.show_message(safe_text(event.message, 500), Level.WARNING)
        elif isinstance(event, EngineFailed):
            self.show_message(safe_text(event.message, 500), Level.ERROR)
        elif isinstance(event, EngineStarted):
            self.engine_label.setText(
                self.tr("Engine {0} · {1}").format(
                    safe_text(event.version, 40), event.local_address
                )
            )
        elif isinstance(event, EngineStopped):
            self.engine_label.setText(self.tr("Engine stopped"))
        elif isinstance(event, AudioDevicesChanged):
            self.settings_flows.devices_changed(event)
        elif isinstance(event, AudioTestLevels):
            self.settings_flows.audio_test_levels(event)
        elif isinstance(event, AudioDeviceLost):
            self.device_notices.lost(event)
        elif isinstance(event, AudioDeviceReturned):
            self.device_notices.returned(event)

    def _registration_message(self, event: RegistrationChanged) -> None:
        previous, self._last_reg_state = self._last_reg_state, event.state
        if event.state is previous:
            return
        if event.state is RegState.AUTH_FAILED:
            self.show_message(
                self.tr("The registrar refused your password. Check it in Settings › Account."),
                Level.ERROR,
            )

    def _update_title(self, *_args: object) -> None:
        """The title names a ringing caller: the taskbar shows it when the window is behind."""
        ringing = self.calls.ringing_call()
        if ringing is None:
            self.setWindowTitle(self.tr("Softphone"))
            return
        name, _number = self.call_panel.caller_lines(ringing)
        self.setWindowTitle(self.tr("☎ {0} — Softphone").format(name))

    def _call_live(self) -> bool:
        return any(call.live for call in self.calls.calls())

    def _calls_changed(self, *_args: object) -> None:
        self.settings_flows.set_call_active(self._call_live())

    def _focus_panel_after_answer(self) -> None:
        # The Answer button is about to be disabled; Qt would pass the focus on to the
        # next button, Hang up, where a stray Space would end the call just answered.
        focus = QApplication.focusWidget()
        if focus is None or self.call_panel.isAncestorOf(focus):
            self.call_panel.setFocus()

    def _dial(self, text: str) -> None:
        if self.controller.dial(text):
            self.dial_bar.clear()
            self.call_panel.setFocus()

    def _escalated(self, _call_id: str, uri: str) -> None:
        self.show_message(self.tr("Passing the caller to your supervisor ({0})…").format(uri))

    def _transfer_finished(self, _call_id: str, ok: bool, reason: str) -> None:
        if not ok:
            self.show_message(
                self.tr("Transfer failed ({0}). The caller is still with you.").format(reason),
                Level.WARNING,
            )

    def _stored_password(self, key: str) -> str | None:
        try:
            return self._secrets.get(key)
        except KnownError as exc:
            self.show_message(
                self.tr("The saved password can't be read: {0}").format(exc), Level.WARNING
            )
            return None

    def _show_config_problems(self) -> None:
        problems = self._settings.problems
        if not problems:
            return
        lines = [safe_text(str(problem), 300) for problem in problems[:MAX_PROBLEMS_SHOWN]]
        if len(problems) > MAX_PROBLEMS_SHOWN:
            lines.append(
                self.tr("…and {0} more (see the log)").format(len(problems) - MAX_PROBLEMS_SHOWN)
            )
        heading = self.tr("Configuration problems — the app uses defaults for these. Tell IT:")
        self.show_message("\n".join([heading, *lines]), Level.WARNING)
        for problem in problems:
            log.warning("configuration problem: %s", problem)

    # -- keyboard and closing --------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits typed outside text fields become tones in the connected call."""
        text = event.text()
        plain_key = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if len(text) == 1 and text in DTMF_KEYS and plain_key and self.controller.send_dtmf(text):
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        live = [c for c in self.calls.calls() if c.live]
        now = time.monotonic()
        if live and now - self._close_asked_at > CLOSE_CONFIRM_SECONDS:
            # Not a modal question: a stray Ctrl+Q must not drop a customer either way.
            self._close_asked_at = now
            self.show_message(
                self.tr("A call is in progress. Quit again within 5 seconds to hang up and quit."),
                Level.WARNING,
            )
            event.ignore()
            return
        for call in live:
            self._sip.hangup(call.call_id)
        self._relay.detach()
        super().closeEvent(event)
