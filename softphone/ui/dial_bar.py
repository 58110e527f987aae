"""The dial bar: a number field (Enter calls) and the Call button."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from softphone.ui.dial_target import TYPING_PATTERN, is_valid, normalise


class DialBar(QWidget):
    """Emits call_requested(text) with a valid number, extension or sip: address."""

    call_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialBar")
        self.label = QLabel(self.tr("&Number:"))
        self.field = QLineEdit()
        self.field.setObjectName("dialField")
        self.field.setPlaceholderText(self.tr("Number, extension or sip: address"))
        self.field.setAccessibleName(self.tr("Number to call"))
        self.field.setAccessibleDescription(
            self.tr("Type a phone number, an extension or a sip: address and press Enter")
        )
        self.field.setToolTip(self.tr("Digits, + * # or sip:user@host; Enter calls"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaxLength(200)
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(TYPING_PATTERN), self.field)
        )
        self.label.setBuddy(self.field)
        self.button = QPushButton(self.tr("&Call"))
        self.button.setObjectName("callButton")
        self.button.setAccessibleName(self.tr("Call"))
        self.button.setToolTip(self.tr("Call the number (Enter in the number field)"))
        self.button.setAutoDefault(False)
        self.hint = QLabel()
        self.hint.setObjectName("dialHint")
        self.hint.setAccessibleName(self.tr("Number field hint"))
        self.hint.setWordWrap(True)
        self.hint.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.hint)

        self.field.textChanged.connect(self._changed)
        self.field.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self._changed("")

    def text(self) -> str:
        return self.field.text()

    def set_text(self, text: str) -> None:
        self.field.setText(text)

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def submit(self) -> None:
        text = self.field.text()
        if not is_valid(text):
            if text.strip():
                self._show_hint(self.tr("Not a number or sip: address yet."))
            return
        self.call_requested.emit(normalise(text))

    def clear(self) -> None:
        self.field.clear()

    def _changed(self, text: str) -> None:
        self.button.setEnabled(is_valid(text))
        self.hint.hide()

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.show()
