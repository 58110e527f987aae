"""The inline 'why do you reveal this VIP's data?' prompt: a reason is required, and audited."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from softphone.ui.card.plain import WrappedText, plain_label, wrapped

MIN_REASON = 4  # characters: "x" is not a reason
MAX_REASON = 500


class RevealPrompt(QFrame):
    """Inline rather than a modal dialog: a modal would block the call shortcuts
    (Critical situation included) while the caller is on the line."""

    confirmed = Signal(str)  # the reason
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revealPrompt")
        self.setStyleSheet(
            "#revealPrompt { background: #fff6d6; border: 2px solid #6b4e00; border-radius: 4px; }"
        )
        self.question = WrappedText("")
        self.question.setStyleSheet("font-weight: 600; background: transparent;")
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setAccessibleName(self.tr("Reason for revealing personal data (required)"))
        self.reason.setPlaceholderText(self.tr("e.g. caller asks to update their address"))
        self.reason.textChanged.connect(self._update)
        self.reason.returnPressed.connect(self._confirm)
        label = plain_label(self.tr("Reason (re&quired):"))
        label.setBuddy(self.reason)
        self.status = wrapped("", object_name="revealStatus")
        self.status.hide()
        self.reveal_button = QPushButton(self.tr("Reveal"))
        self.reveal_button.setObjectName("revealConfirm")
        self.reveal_button.setAccessibleName(self.tr("Reveal now and record the reason"))
        self.reveal_button.clicked.connect(self._confirm)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel: keep the data masked"))
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.reason, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.reveal_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setTabOrder(self.reason, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.reveal_button)
        self.hide()
        self._update()

    def ask(self, fields_text: str) -> None:
        self.question.set_full_text(
            self.tr(
                "Reveal {0}? Your name, the time and your reason are recorded for the"
                " privacy audit."
            ).format(fields_text)
        )
        self.reason.clear()
        self.reason.setEnabled(True)
        self.status.hide()
        self.show()
        self.reason.setFocus()
        self._update()

    def reason_ok(self) -> bool:
        return len(self.reason.text().strip()) >= MIN_REASON

    def waiting(self) -> None:
        """The audit record is being written: nothing is shown until it is."""
        self.reason.setEnabled(False)
        self.reveal_button.setEnabled(False)
        self.status.setText(self.tr("Recording…"))
        self.status.setStyleSheet("")
        self.status.show()

    def failed(self, message: str) -> None:
        self.reason.setEnabled(True)
        self.status.setText(
            self.tr("Could not record the reveal, so the data stays masked: {0}").format(message)
        )
        self.status.setStyleSheet("color: #a1261d; font-weight: 600;")
        self.status.show()
        self._update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._cancel()
            return
        super().keyPressEvent(event)

    def _update(self) -> None:
        self.reveal_button.setEnabled(self.reason_ok() and self.reason.isEnabled())
        hint = "" if self.reason_ok() else self.tr("A reason of at least 4 characters is required")
        self.reveal_button.setToolTip(hint)

    def _confirm(self) -> None:
        if not self.reason_ok() or not self.reason.isEnabled():
            return
        self.confirmed.emit(" ".join(self.reason.text().split()))

    def _cancel(self) -> None:
        self.hide()
        self.cancelled.emit()
