"""A keyboard-friendly list of customers (chooser, search results): Enter picks one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from softphone.core.records import Customer
from softphone.ui.card.badges import summary
from softphone.ui.card.formatting import language_text
from softphone.ui.card.plain import one_line


def customer_line(customer: Customer) -> str:
    """'Mario Rossi · no. 100234 · Italian — Italiano (it) · ⚠ ABUSIVE BEFORE'."""
    name = one_line(customer.name, 80) or QCoreApplication.translate(
        "CustomerList", "(no name on file)"
    )
    parts = [name]
    if customer.number:
        parts.append(
            QCoreApplication.translate("CustomerList", "no. {0}").format(
                one_line(customer.number, 30)
            )
        )
    if customer.language:
        parts.append(language_text(one_line(customer.language, 16)))
    if customer.flags:
        parts.append(summary(customer.flags))
    return " · ".join(parts)


class CustomerList(QListWidget):
    """Items are plain text (the default delegate never renders markup)."""

    picked = Signal(object)  # Customer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerList")
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(60)
        self.itemActivated.connect(self._activated)
        self._customers: list[Customer] = []

    def set_customers(self, customers: list[Customer]) -> None:
        self.clear()
        self._customers = list(customers)
        for customer in self._customers:
            line = customer_line(customer)
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, line)
            item.setToolTip("")
            self.addItem(item)
        if self._customers:
            self.setCurrentRow(0)

    def customers(self) -> list[Customer]:
        return list(self._customers)

    def current_customer(self) -> Customer | None:
        row = self.currentRow()
        return self._customers[row] if 0 <= row < len(self._customers) else None

    def pick_current(self) -> None:
        customer = self.current_customer()
        if customer is not None:
            self.picked.emit(customer)

    def _activated(self, item: QListWidgetItem) -> None:
        self.setCurrentItem(item)
        self.pick_current()
