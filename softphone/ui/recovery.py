"""'Not ready — recovery' after a critical ending: a countdown the agent can end early."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class RecoveryBanner(QWidget):
    """While shown, the app rejects new calls (busy); `finished` when the time is up."""

    started = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryBanner")
        self.setStyleSheet(
            "#recoveryBanner { background: #fff4e5; border: 1px solid #e0a030;"
            " border-radius: 4px; }"
        )
        self.label = QLabel()
        self.label.setObjectName("recoveryLabel")
        self.label.setAccessibleName(self.tr("Recovery time"))
        self.end_button = QPushButton(self.tr("I'm &ready"))
        self.end_button.setAccessibleName(self.tr("End recovery time now and take calls"))
        self.end_button.setToolTip(self.tr("End the recovery time now and take calls again"))
        self.end_button.clicked.connect(self.stop)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.end_button)
        self._until = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        self.hide()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self, seconds: float) -> None:
        if seconds <= 0:
            return
        self._until = time.monotonic() + seconds
        self._timer.start()
        self._tick()
        self.show()
        self.started.emit()

    def remaining(self) -> float:
        return max(0.0, self._until - time.monotonic()) if self.active else 0.0

    def stop(self) -> None:
        was_active = self.active
        self._timer.stop()
        self.hide()
        if was_active:
            self.finished.emit()

    def _tick(self) -> None:
        remaining = self.remaining()
        if remaining <= 0:
            self.stop()
            return
        minutes, seconds = divmod(int(remaining + 0.999), 60)
        self.label.setText(
            self.tr(
                "Not ready — recovery time. New calls get 'busy' for {0}:{1:02d}. Take a breath."
            ).format(minutes, seconds)
        )
