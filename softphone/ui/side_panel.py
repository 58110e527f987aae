"""The right-hand placeholder: stands where the customer card goes until it is plugged in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class SidePlaceholder(QFrame):
    """Says plainly that there is no card yet; MainWindow.set_side_panel replaces it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidePlaceholder")
        self.setMinimumWidth(300)
        self.setAccessibleName(self.tr("Customer card"))
        self.label = QLabel()
        self.label.setObjectName("idleHint")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.follow("")

    @Slot(str)
    def follow(self, call_id: str) -> None:
        """The call the panel shows changed ("" = none)."""
        self.label.setText(
            self.tr("No customer card for this call.")
            if call_id
            else self.tr("No call\n\nThe customer's card and history appear here.")
        )
