"""The inline 'create a customer for this number' form: name (required) and language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from softphone.config.options import LANGUAGES
from softphone.ui.card.formatting import language_text
from softphone.ui.card.plain import plain_label, wrapped

MAX_NAME = 200


class CreateCustomerForm(QWidget):
    create_requested = Signal(str, str)  # name, language code ("" = not known)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setObjectName("newCustomerName")
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(self.tr("Customer name (required)"))
        self.name.textChanged.connect(self._update)
        self.name.returnPressed.connect(self._create)
        self.language = QComboBox()
        self.language.setObjectName("newCustomerLanguage")
        self.language.setAccessibleName(self.tr("Language the customer speaks"))
        self.language.addItem(self.tr("Not known"), "")
        for code in LANGUAGES:
            self.language.addItem(language_text(code), code)
        self.status = wrapped("", object_name="createStatus")
        self.status.hide()
        self.create_button = QPushButton(self.tr("Create"))
        self.create_button.setObjectName("createConfirm")
        self.create_button.setAccessibleName(self.tr("Create the customer with this number"))
        self.create_button.clicked.connect(self._create)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel creating a customer"))
        self.cancel_button.clicked.connect(self.cancelled)
        name_label = plain_label(self.tr("&Full name:"))
        name_label.setBuddy(self.name)
        language_label = plain_label(self.tr("Lan&guage:"))
        language_label.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(name_label, self.name)
        form.addRow(language_label, self.language)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setTabOrder(self.name, self.language)
        self.setTabOrder(self.language, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.create_button)
        self._busy = False
        self._update()

    def start(self, language: str = "") -> None:
        self.name.clear()
        index = self.language.findData(language)
        self.language.setCurrentIndex(max(index, 0))
        self.status.hide()
        self._busy = False
        self.show()
        self.name.setFocus()
        self._update()

    def name_ok(self) -> bool:
        return bool(self.name.text().strip())

    def _update(self) -> None:
        self.create_button.setEnabled(self.name_ok() and not self._busy)

    def _create(self) -> None:
        if not self.name_ok() or self._busy:
            return
        self._busy = True
        self.status.setText(self.tr("Creating…"))
        self.status.setStyleSheet("")
        self.status.show()
        self._update()
        self.create_requested.emit(" ".join(self.name.text().split()), self.language.currentData())

    def failed(self, message: str) -> None:
        self._busy = False
        self.status.setText(self.tr("Could not create the customer: {0}").format(message))
        self.status.setStyleSheet("color: #a1261d; font-weight: 600;")
        self.status.show()
        self._update()
