"""The side panel when there is no card to show: idle, looking up, or the lookup failed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from softphone.ui.card.plain import WrappedText, wrapped

STATUS_CSS = """
#popStatus { background: #ffffff; border: 1px solid #c4c7cc; border-radius: 8px; }
#statusTitle { font-size: 15pt; font-weight: 700; color: #1a1a1a; }
#statusTitle[failed="true"] { color: #a1261d; }
"""


class StatusView(QFrame):
    retry_requested = Signal()
    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("popStatus")
        self.setStyleSheet(STATUS_CSS)
        self.title = wrapped(object_name="statusTitle")
        self.detail = WrappedText()
        self.retry_button = QPushButton(self.tr("Try a&gain"))
        self.retry_button.setAccessibleName(self.tr("Look the caller up again"))
        self.retry_button.clicked.connect(self.retry_requested)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        layout.addStretch(1)
        self.show_idle()

    def _set(self, title: str, detail: str, *, failed: bool = False) -> None:
        self.title.setText(title)
        self.title.setProperty("failed", "true" if failed else "false")
        self.title.style().unpolish(self.title)
        self.title.style().polish(self.title)
        self.detail.set_full_text(detail)
        self.detail.setVisible(bool(detail))
        self.retry_button.setVisible(failed)
        self.setAccessibleName(f"{title}. {detail}")

    def show_idle(self) -> None:
        self._set(
            self.tr("No call"),
            self.tr("When a call rings, the caller's card and history appear here."),
        )

    def show_looking_up(self, number: str) -> None:
        self._set(self.tr("Looking up {0}…").format(number), "")

    def show_failed(self, number: str, message: str) -> None:
        self._set(
            self.tr("Could not look up {0}").format(number),
            self.tr("{0}. You can still answer the call as usual.").format(message.rstrip(".")),
            failed=True,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()
