"""After hang-up: the wrap-up panel, a disposition (required) and a note for the history."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from softphone.ui.card.dispositions import Disposition, name
from softphone.ui.card.plain import one_line, plain_label, wrapped

MAX_TEXT = 10_000

WRAPUP_CSS = """
#wrapUp { background: #f4f7fb; border: 2px solid #1f4e99; border-radius: 8px; }
#wrapUpTitle { font-size: 12pt; font-weight: 700; color: #1a1a1a; }
QPushButton#wrapUpSave { background: #1f4e99; color: #ffffff; font-weight: 700; }
QPushButton#wrapUpSave:disabled { background: #e3e3e3; color: #6b6b6b; }
"""


class WrapUpPanel(QFrame):
    """Bound to one call: a new call may ring before the agent has saved this one."""

    saved = Signal(str, str, str, str, str)  # call id, customer id, disposition, text, note id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUp")
        self.setStyleSheet(WRAPUP_CSS)
        self.call_id = ""
        self.customer_id = ""
        self.title = wrapped(object_name="wrapUpTitle")
        self.group = QButtonGroup(self)
        self.buttons: dict[Disposition, QRadioButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        for number, disposition in enumerate(Disposition, start=1):
            button = QRadioButton(f"&{number} {name(disposition)}")
            button.setObjectName(f"disposition_{disposition.value}")
            button.setAccessibleName(self.tr("Disposition: {0}").format(name(disposition)))
            self.group.addButton(button)
            self.buttons[disposition] = button
            grid.addWidget(button, (number - 1) // 3, (number - 1) % 3)
        self.group.buttonToggled.connect(lambda *_args: self._update())
        self.text = QPlainTextEdit()
        self.text.setObjectName("wrapUpText")
        self.text.setAccessibleName(self.tr("Wrap-up note"))
        self.text.setPlaceholderText(self.tr("What was agreed, what happens next"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(64)
        self.text.textChanged.connect(self._limit_text)
        text_label = plain_label(self.tr("&Wrap-up note:"))
        text_label.setBuddy(self.text)
        self.hint = plain_label(self.tr("Pick a disposition (Alt+1…5) to save"))
        self.hint.setStyleSheet("color: #3c4043;")
        self.save_button = QPushButton(self.tr("Save wrap-&up"))
        self.save_button.setObjectName("wrapUpSave")
        self.save_button.setAccessibleName(self.tr("Save the wrap-up"))
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(text_label)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()
        self._update()

    def open_for(self, call_id: str, customer_id: str, caller: str) -> None:
        self.call_id = call_id
        self.customer_id = customer_id
        caller = one_line(caller, 80)
        self.title.setText(
            self.tr("Wrap-up — {0}").format(caller) if caller else self.tr("Wrap-up")
        )
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)
        self.text.clear()
        self.show()
        self._update()

    def set_customer(self, customer_id: str, caller: str) -> None:
        """The caller was identified after hang-up (e.g. created or linked during wrap-up)."""
        self.customer_id = customer_id
        self.title.setText(self.tr("Wrap-up — {0}").format(one_line(caller, 80)))

    def disposition(self) -> Disposition | None:
        for disposition, button in self.buttons.items():
            if button.isChecked():
                return disposition
        return None

    def _update(self) -> None:
        ready = self.disposition() is not None
        self.save_button.setEnabled(ready)
        self.hint.setVisible(not ready)

    def _limit_text(self) -> None:
        text = self.text.toPlainText()
        if len(text) > MAX_TEXT:
            self.text.setPlainText(text[:MAX_TEXT])

    def _save(self) -> None:
        disposition = self.disposition()
        if disposition is None or not self.call_id:
            return
        note_id = str(uuid.uuid4())
        call_id, customer_id = self.call_id, self.customer_id
        self.call_id = ""
        self.hide()
        self.saved.emit(call_id, customer_id, disposition.value, self.text.toPlainText(), note_id)
