"""Several customers share the ringing number: the agent picks the one who is calling."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from softphone.core.records import Customer
from softphone.ui.card.customer_list import CustomerList
from softphone.ui.card.formatting import numerus
from softphone.ui.card.plain import plain_label, wrapped
from softphone.ui.text import ElidedLabel

CHOOSER_CSS = """
#matchChooser { background: #ffffff; border: 1px solid #c4c7cc; border-radius: 8px; }
#chooserTitle { font-size: 15pt; font-weight: 700; color: #1a1a1a; }
"""


class MatchChooser(QFrame):
    picked = Signal(object)  # Customer
    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matchChooser")
        self.setStyleSheet(CHOOSER_CSS)
        self.title = wrapped(object_name="chooserTitle")
        self.number = ElidedLabel()
        self.question = plain_label(self.tr("Wh&ich of them is calling? Ask, then pick:"))
        self.list = CustomerList()
        self.list.setAccessibleName(self.tr("Customers sharing this number"))
        self.list.picked.connect(self.picked)
        self.question.setBuddy(self.list)
        self.pick_button = QPushButton(self.tr("Show this customer"))
        self.pick_button.setObjectName("chooserPick")
        self.pick_button.setAccessibleName(self.tr("Show the selected customer's card"))
        self.pick_button.clicked.connect(self.list.pick_current)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pick_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.number)
        layout.addWidget(self.question)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.setTabOrder(self.list, self.pick_button)

    def show_matches(self, display_number: str, customers: list[Customer]) -> None:
        self.title.setText(
            numerus(self.tr("%n customers share this number", "", len(customers)), len(customers))
        )
        self.number.set_full_text(display_number)
        self.list.set_customers(customers)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()
