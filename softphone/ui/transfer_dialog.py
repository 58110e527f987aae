"""Asks where to transfer the current call (blind transfer)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from softphone.ui.dial_target import TYPING_PATTERN, is_valid, normalise
from softphone.ui.text import strip_mnemonic


class TransferDialog(QDialog):
    """`target()` after accept; OK is enabled only for a valid number or address."""

    def __init__(self, call_id: str, caller: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Transfer call"))
        self.call_id = call_id
        intro = QLabel(self.tr("Transfer {0} to:").format(caller))
        intro.setObjectName("transferIntro")
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the caller's name comes from the network
        intro.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("transferTarget")
        self.field.setAccessibleName(self.tr("Transfer to"))
        self.field.setAccessibleDescription(
            self.tr("Number, extension or sip: address to pass the caller to")
        )
        self.field.setPlaceholderText(self.tr("Number, extension or sip: address"))
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(TYPING_PATTERN), self.field)
        )
        intro.setBuddy(self.field)
        note = QLabel(self.tr("The caller is passed on at once; you leave the call."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Transfer"))
        for button in self.buttons.buttons():
            button.setAccessibleName(strip_mnemonic(button.text()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._changed)
        self._changed("")
        self.setMinimumWidth(380)

    def target(self) -> str:
        return normalise(self.field.text())

    def accept(self) -> None:
        if is_valid(self.field.text()):
            super().accept()

    def _changed(self, text: str) -> None:
        self.ok_button.setEnabled(is_valid(text))
