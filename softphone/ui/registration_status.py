"""Status-bar widget: the registration state in plain words, a shape and a colour."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from softphone.core.events import RegistrationChanged
from softphone.core.models import AccountConfig, RegState
from softphone.ui import style
from softphone.ui.text import safe_text

_TONES = {
    RegState.REGISTERED: style.OK,
    RegState.DIRECT: style.OK,
    RegState.REGISTERING: style.PROGRESS,
    RegState.RETRY_WAIT: style.WARNING,
    RegState.AUTH_FAILED: style.ERROR,
    RegState.FAILED: style.ERROR,
    RegState.UNCONFIGURED: style.NEUTRAL,
    RegState.OFFLINE: style.NEUTRAL,
}


class RegistrationStatus(QWidget):
    """Always visible; a click (or Enter when focused) asks for the account settings."""

    account_settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registrationStatus")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.badge = QLabel()
        self.badge.setObjectName("registrationBadge")
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        self.badge.setAccessibleName(self.tr("Registration state symbol"))
        self.label = QLabel()
        self.label.setObjectName("registrationText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.badge)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.state = RegState.UNCONFIGURED
        self._event = RegistrationChanged(RegState.UNCONFIGURED)
        self._account = AccountConfig()
        self._retry_at: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._render)
        self._render()

    def set_account(self, account: AccountConfig) -> None:
        self._account = account
        self._render()

    def apply(self, event: RegistrationChanged) -> None:
        self._event = event
        self.state = event.state
        if event.state is RegState.RETRY_WAIT and event.retry_in is not None:
            self._retry_at = time.monotonic() + max(0.0, event.retry_in)
            self._timer.start()
        else:
            self._retry_at = None
            self._timer.stop()
        self._render()

    def text(self) -> str:
        return self.label.text()

    def retry_remaining(self) -> int | None:
        if self._retry_at is None:
            return None
        return math.ceil(max(0.0, self._retry_at - time.monotonic()))

    # -- internals ---------------------------------------------------------------------
    def _describe(self) -> str:
        event, account = self._event, self._account
        who = safe_text(f"{account.username}@{account.domain}", 80) if account.is_complete else ""
        reason = safe_text(f"{event.code} {event.reason}".strip() if event.code else event.reason)
        state = event.state
        if state is RegState.REGISTERED:
            return self.tr("Registered as {0}").format(who) if who else self.tr("Registered")
        if state is RegState.REGISTERING:
            return self.tr("Registering as {0}…").format(who) if who else self.tr("Registering…")
        if state is RegState.RETRY_WAIT:
            if event.code in (0, 408, 503):
                what = self.tr("Registrar unreachable")
            else:
                what = self.tr("Registration failed ({0})").format(reason)
            remaining = self.retry_remaining()
            if remaining is None:
                return self.tr("{0} — will retry").format(what)
            if remaining <= 0:
                return self.tr("{0} — retrying now…").format(what)
            return self.tr("{0} — retrying in {1} s").format(what, remaining)
        if state is RegState.AUTH_FAILED:
            return self.tr("Authentication failed — check your password")
        if state is RegState.FAILED:
            detail = f" ({reason})" if reason else ""
            return self.tr("Registration refused{0} — check the account settings").format(detail)
        if state is RegState.DIRECT:
            return self.tr("Direct mode (no registrar)")
        if state is RegState.OFFLINE:
            return self.tr("Offline")
        return self.tr("Not configured — Settings › Account")

    def _render(self) -> None:
        tone = _TONES[self._event.state]
        text = self._describe()
        self.badge.setText(tone.glyph)
        self.badge.setStyleSheet(style.badge_css(tone))
        self.label.setText(text)
        self.setAccessibleName(self.tr("Registration: {0}").format(text))
        self.setToolTip(self.tr("Registration state. Click to open the account settings."))
        if self._retry_at is not None and time.monotonic() > self._retry_at + 1:
            self._timer.stop()  # the engine's next event will say what happened

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self.account_settings_requested.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.account_settings_requested.emit()
            return
        super().keyPressEvent(event)
