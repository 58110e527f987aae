"""The short, non-blocking editor that follows a critical ending: reason, text, medical?"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from softphone.core.records import Reason

MAX_TEXT = 10_000


class NoteEditor(QWidget):
    """Filled in after the call is already over: nothing here can delay the ending."""

    saved = Signal(str, str, str, object)  # note id, reason value, text, medical (bool|None)
    dismissed = Signal(str)  # note id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.note_id = ""
        self.heading = QLabel(self.tr("Critical situation — describe what happened"))
        self.heading.setObjectName("noteEditorHeading")
        self.heading.setStyleSheet("font-weight: 600; font-size: 14px;")

        reason_labels = {
            Reason.INSULTS: self.tr("Persistent &insults"),
            Reason.SHOUTING: self.tr("&Shouting"),
            Reason.REFUSES_TO_COOPERATE: self.tr("&Refuses to cooperate, ignores facts"),
            Reason.THREATS: self.tr("&Threats of violence"),
            Reason.OTHER: self.tr("&Other"),
        }
        self.reasons = QButtonGroup(self)
        self.reason_buttons: dict[Reason, QRadioButton] = {}
        reasons_box = QVBoxLayout()
        for reason, text in reason_labels.items():
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            self.reasons.addButton(button)
            self.reason_buttons[reason] = button
            reasons_box.addWidget(button)
        self.reason_buttons[Reason.INSULTS].setChecked(True)

        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("What happened"))
        self.text.setPlaceholderText(self.tr("What did the caller say or do? Facts, not feelings."))
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._limit_text)

        self.medical = QButtonGroup(self)
        medical_box = QHBoxLayout()
        self.medical_buttons: dict[str, QRadioButton] = {}
        for key, label in (
            ("unknown", self.tr("Don't &know")),
            ("yes", self.tr("&Yes")),
            ("no", self.tr("N&o")),
        ):
            button = QRadioButton(label)
            button.setAccessibleName(
                self.tr("Medical or disability condition: {0}").format(label.replace("&", ""))
            )
            self.medical.addButton(button)
            self.medical_buttons[key] = button
            medical_box.addWidget(button)
        self.medical_buttons["unknown"].setChecked(True)
        medical_question = QLabel(
            self.tr("Could this be a medical or disability condition (e.g. Tourette's)?")
        )
        medical_question.setWordWrap(True)

        self.save_button = QPushButton(self.tr("Sa&ve note"))
        self.save_button.setAccessibleName(self.tr("Save note"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        self.later_button = QPushButton(self.tr("&Later"))
        self.later_button.setAccessibleName(self.tr("Close the editor, keep the note as is"))
        self.later_button.clicked.connect(self._dismiss)

        form = QFormLayout()
        form.addRow(self.tr("Reason:"), reasons_box)
        form.addRow(self.tr("Note:"), self.text)
        form.addRow(medical_question)
        form.addRow(medical_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.hide()

    def open_for(self, note_id: str, caller: str = "") -> None:
        self.note_id = note_id
        self.text.clear()
        self.reason_buttons[Reason.INSULTS].setChecked(True)
        self.medical_buttons["unknown"].setChecked(True)
        if caller:
            self.heading.setText(
                self.tr("Critical situation with {0} — what happened?").format(caller)
            )
        self.show()
        self.text.setFocus()

    def reason(self) -> Reason:
        for reason, button in self.reason_buttons.items():
            if button.isChecked():
                return reason
        return Reason.OTHER

    def medical_possible(self) -> bool | None:
        if self.medical_buttons["yes"].isChecked():
            return True
        if self.medical_buttons["no"].isChecked():
            return False
        return None

    def _limit_text(self) -> None:
        text = self.text.toPlainText()
        if len(text) > MAX_TEXT:
            self.text.setPlainText(text[:MAX_TEXT])

    def _save(self) -> None:
        if self.note_id:
            self.saved.emit(
                self.note_id, self.reason().value, self.text.toPlainText(), self.medical_possible()
            )
        self.hide()

    def _dismiss(self) -> None:
        if self.note_id:
            self.dismissed.emit(self.note_id)
        self.hide()
