"""Find an existing customer by name, number or customer number (debounced, off-thread)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from softphone.core.records import Customer
from softphone.ui.card.customer_list import CustomerList
from softphone.ui.card.formatting import numerus
from softphone.ui.card.plain import one_line, plain_label

DEBOUNCE_MS = 250
MIN_CHARS = 2


class CustomerSearch(QWidget):
    """Emits search_requested as the agent types; set_results() fills the list."""

    search_requested = Signal(str)
    picked = Signal(object)  # Customer
    cancelled = Signal()

    def __init__(self, pick_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QLineEdit()
        self.query.setObjectName("customerQuery")
        self.query.setAccessibleName(self.tr("Find customer by name or number"))
        self.query.setPlaceholderText(self.tr("Name, phone or customer number"))
        self.query.setClearButtonEnabled(True)
        label = plain_label(self.tr("Fin&d customer:"))
        label.setBuddy(self.query)
        self.results = CustomerList()
        self.results.setAccessibleName(self.tr("Matching customers"))
        self.results.picked.connect(self.picked)
        self.results.currentRowChanged.connect(self._update)
        self.status = plain_label("", object_name="searchStatus")
        self.pick_button = QPushButton(pick_text)
        self.pick_button.setAccessibleName(pick_text.replace("&", ""))
        self.pick_button.clicked.connect(self.results.pick_current)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the search"))
        self.cancel_button.clicked.connect(self.cancelled)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search_now)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self._return_pressed)

        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.query, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.pick_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.query, self.results)
        self.setTabOrder(self.results, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.pick_button)
        self._update()

    def start(self, text: str = "") -> None:
        self.query.setText(text)
        self.results.set_customers([])
        self.status.setText("")
        self.show()
        self.query.setFocus()
        self._update()

    def _search_now(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        if len(text) < MIN_CHARS:
            self.results.set_customers([])
            self.status.setText(self.tr("Type at least 2 characters"))
            self._update()
            return
        self.status.setText(self.tr("Searching…"))
        self.search_requested.emit(text)

    def _return_pressed(self) -> None:
        if self._timer.isActive() or not self.results.count():
            self._search_now()
        else:
            self.results.setFocus()

    def set_results(self, text: str, customers: list[Customer]) -> None:
        if text != self.query.text().strip():
            return  # the agent kept typing; a newer search is on its way
        self.results.set_customers(customers)
        if customers:
            self.status.setText(
                numerus(self.tr("%n match(es)", "", len(customers)), len(customers))
            )
        else:
            self.status.setText(self.tr("No customer matches “{0}”").format(one_line(text, 40)))
        self._update()

    def _update(self) -> None:
        self.pick_button.setEnabled(self.results.current_customer() is not None)
