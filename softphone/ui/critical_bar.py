"""The critical-situation controls: two warning buttons and the big one-click ending."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

WARNING_SHORTCUTS = {"warning1": "Ctrl+Shift+1", "warning2": "Ctrl+Shift+2"}


class CriticalBar(QWidget):
    """Buttons only: what happens on a click is the flow's business (core.critical).

    Enabled while the current call is connected and not already ending; the guard
    interval after answering keeps the big button disabled with a visible countdown so
    a slip of the hand right after pick-up does not end a call.
    """

    warning_requested = Signal(str)  # step id
    critical_requested = Signal()

    def __init__(
        self,
        shortcut: str = "Ctrl+Shift+X",
        guard_seconds: float = 0.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("criticalBar")
        self._guard_seconds = guard_seconds
        self._connected_at: float | None = None
        self._ending = False
        self._warnings_played: set[str] = set()

        self.warning_buttons: dict[str, QPushButton] = {}
        self.actions_by_id: dict[str, QAction] = {}
        warnings = QHBoxLayout()
        labels = {
            "warning1": self.tr("Warning &1: language does not help"),
            "warning2": self.tr("Warning &2: call will end"),
        }
        for step_id, text in labels.items():
            action = QAction(text, self)
            action.setShortcut(QKeySequence(WARNING_SHORTCUTS[step_id]))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _=False, s=step_id: self._warn(s))
            self.addAction(action)
            self.actions_by_id[step_id] = action
            button = QPushButton(text)
            button.setObjectName(f"{step_id}Button")
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(
                self.tr("Plays the scripted warning into the call in the caller's language")
            )
            button.clicked.connect(action.trigger)
            warnings.addWidget(button)
            self.warning_buttons[step_id] = button

        self.critical_action = QAction(self.tr("Critical situation"), self)
        self.critical_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.critical_action.triggered.connect(self._critical)
        self.addAction(self.critical_action)
        self.critical_button = QPushButton(
            self.tr("⚠ &Critical situation — say goodbye and hang up")
        )
        self.critical_button.setObjectName("criticalButton")
        self.critical_button.setAccessibleName(self.tr("Critical situation"))
        self.critical_button.setAccessibleDescription(
            self.tr("Plays the farewell to the caller, hangs up and writes the note")
        )
        self.critical_button.setMinimumHeight(56)
        self.critical_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.critical_button.clicked.connect(self.critical_action.trigger)
        self.critical_button.setStyleSheet(
            "#criticalButton { background: #b00020; color: white; font-size: 15px;"
            " font-weight: 600; border-radius: 6px; padding: 8px; }"
            "#criticalButton:disabled { background: #e7c6cc; color: #5f4047; }"
            "#criticalButton:focus { outline: 3px solid #ffb300; }"
        )
        self.set_shortcut(shortcut)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(warnings)
        layout.addWidget(self.critical_button)

        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._refresh)
        self._refresh()

    # -- configuration -------------------------------------------------------
    def set_shortcut(self, shortcut: str) -> None:
        sequence = QKeySequence(shortcut or "Ctrl+Shift+X")
        self.critical_action.setShortcut(sequence)
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        self.critical_button.setToolTip(
            self.tr(
                "End the call with the scripted farewell in the caller's language ({0})"
            ).format(text)
        )
        for step_id, action in self.actions_by_id.items():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.warning_buttons[step_id].setToolTip(
                self.tr("Play this warning into the call ({0})").format(keys)
            )

    def set_guard_seconds(self, seconds: float) -> None:
        self._guard_seconds = max(0.0, seconds)
        self._refresh()

    # -- call state ------------------------------------------------------------
    def call_connected(self, connected_at: float | None = None) -> None:
        """The current call is connected (connected_at: time.monotonic() of the answer)."""
        self._connected_at = time.monotonic() if connected_at is None else connected_at
        self._ending = False
        self._tick.start()
        self._refresh()

    def call_not_connected(self) -> None:
        """No current call, or it is ringing / on the way / gone."""
        self._connected_at = None
        self._ending = False
        self._warnings_played.clear()
        self._tick.stop()
        self._refresh()

    def ending_started(self) -> None:
        self._ending = True
        self._refresh()

    def guard_remaining(self) -> float:
        if self._connected_at is None:
            return 0.0
        return max(0.0, self._guard_seconds - (time.monotonic() - self._connected_at))

    # -- internals -------------------------------------------------------------
    def _warn(self, step_id: str) -> None:
        if self.warning_buttons[step_id].isEnabled():
            self._warnings_played.add(step_id)
            self.warning_requested.emit(step_id)

    def _critical(self) -> None:
        if self.critical_button.isEnabled():
            self.ending_started()
            self.critical_requested.emit()

    def _refresh(self) -> None:
        live = self._connected_at is not None and not self._ending
        remaining = self.guard_remaining()
        for button in self.warning_buttons.values():
            button.setEnabled(live)
        for action in self.actions_by_id.values():
            action.setEnabled(live)
        allowed = live and remaining <= 0
        self.critical_button.setEnabled(allowed)
        self.critical_action.setEnabled(allowed)
        if live and remaining > 0:
            label = self.tr("⚠ Critical situation — available in {0} s").format(
                int(remaining + 0.999)
            )
        elif self._ending:
            label = self.tr("Ending the call…")
        else:
            label = self.tr("⚠ &Critical situation — say goodbye and hang up")
        self.critical_button.setText(label)
        if remaining <= 0:
            self._tick.stop()  # the countdown is over; nothing left to refresh
