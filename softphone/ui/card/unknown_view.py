"""The card when no single customer is known: unknown number, withheld or unreadable number."""

from __future__ import annotations

import enum

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from softphone.core.records import Customer
from softphone.ui.card.create_form import CreateCustomerForm
from softphone.ui.card.customer_search import CustomerSearch
from softphone.ui.card.plain import WrappedText, one_line, wrapped
from softphone.ui.text import ElidedLabel

UNKNOWN_CSS = """
#unknownCard { background: #ffffff; border: 1px solid #c4c7cc; border-radius: 8px; }
#unknownTitle { font-size: 17pt; font-weight: 700; color: #1a1a1a; }
#unknownNumber { font-size: 15pt; font-weight: 600; color: #1a1a1a; }
#unknownHint { color: #3c4043; }
"""


class NoMatch(enum.Enum):
    UNKNOWN = "unknown"  # a real number nobody has
    WITHHELD = "withheld"  # anonymous / restricted
    UNREADABLE = "unreadable"  # the number could not be normalised


class UnknownCallerView(QFrame):
    """Offers the next step: create a customer, link the number, or just find the card."""

    create_requested = Signal(str, str)  # name, language
    link_requested = Signal(object)  # Customer to link this number to
    show_requested = Signal(object)  # Customer to show without linking
    search_requested = Signal(str)
    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unknownCard")
        self.setStyleSheet(UNKNOWN_CSS)
        self.mode = NoMatch.UNKNOWN
        self.title = wrapped(object_name="unknownTitle")
        self.number = ElidedLabel()
        self.number.setObjectName("unknownNumber")
        self.hint = WrappedText()
        self.hint.setObjectName("unknownHint")
        self.create_button = QPushButton(self.tr("Re&gister new customer…"))
        self.create_button.setObjectName("createCustomerButton")
        self.create_button.setAccessibleName(self.tr("Create a customer with this number"))
        self.create_button.clicked.connect(self._start_create)
        self.link_button = QPushButton(self.tr("Link to e&xisting customer…"))
        self.link_button.setObjectName("linkCustomerButton")
        self.link_button.setAccessibleName(self.tr("Link this number to an existing customer"))
        self.link_button.clicked.connect(self._start_link)
        self.find_button = QPushButton(self.tr("&Find customer…"))
        self.find_button.setObjectName("findCustomerButton")
        self.find_button.setAccessibleName(self.tr("Find the caller's card by name"))
        self.find_button.clicked.connect(self._start_find)
        self.form = CreateCustomerForm()
        self.form.create_requested.connect(self.create_requested)
        self.form.cancelled.connect(self._close_tools)
        self.search = CustomerSearch(self.tr("Use this customer"))
        self.search.search_requested.connect(self.search_requested)
        self.search.picked.connect(self._picked)
        self.search.cancelled.connect(self._close_tools)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.find_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.number)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addWidget(self.search, 1)
        layout.addStretch(0)  # takes the room while the search is closed
        self.setTabOrder(self.create_button, self.link_button)
        self.setTabOrder(self.link_button, self.find_button)
        self._linking = False
        self._close_tools()

    def show_unknown(self, display_number: str, display_name: str = "") -> None:
        self.mode = NoMatch.UNKNOWN
        self.title.setText(self.tr("Unknown caller"))
        self._set_number(display_number, display_name)
        self.hint.set_full_text(self.tr("No customer has this number. Ask for their details."))
        self._set_buttons(create=True, link=True, find=False)

    def show_withheld(self, display_name: str = "") -> None:
        self.mode = NoMatch.WITHHELD
        self.title.setText(self.tr("Caller withheld their number"))
        self._set_number("", display_name)
        self.hint.set_full_text(
            self.tr("No number to look up. If the caller says who they are, find their card.")
        )
        self._set_buttons(create=False, link=False, find=True)

    def show_unreadable(self, raw: str, display_name: str = "") -> None:
        self.mode = NoMatch.UNREADABLE
        self.title.setText(self.tr("Number not recognised"))
        self._set_number(raw, display_name)
        self.hint.set_full_text(
            self.tr("This is not a phone number we can look up. Find the card by name instead.")
        )
        self._set_buttons(create=False, link=False, find=True)

    def _set_number(self, number: str, display_name: str) -> None:
        name = one_line(display_name, 80)
        text = f"{one_line(number, 40)}  ({name})" if number and name else one_line(number or name)
        self.number.set_full_text(text)
        self.number.setVisible(bool(text))
        self.number.setAccessibleName(text)

    def _set_buttons(self, *, create: bool, link: bool, find: bool) -> None:
        self._close_tools()
        self.create_button.setVisible(create)
        self.link_button.setVisible(link)
        self.find_button.setVisible(find)

    def _close_tools(self) -> None:
        self.form.hide()
        self.search.hide()
        self._linking = False

    def _start_create(self) -> None:
        self.search.hide()
        self.form.start()

    def _start_link(self) -> None:
        self.form.hide()
        self._linking = True
        self.search.pick_button.setText(self.tr("Link to this customer"))
        self.search.pick_button.setAccessibleName(
            self.tr("Link this number to the selected customer")
        )
        self.search.start()

    def _start_find(self) -> None:
        self.form.hide()
        self._linking = False
        self.search.pick_button.setText(self.tr("Show this customer"))
        self.search.pick_button.setAccessibleName(self.tr("Show the selected customer's card"))
        self.search.start()

    def _picked(self, customer: Customer) -> None:
        if self._linking:
            self.link_requested.emit(customer)
        else:
            self.show_requested.emit(customer)

    def failed(self, message: str) -> None:
        if self.form.isVisible():
            self.form.failed(message)
        else:
            self.search.status.setText(self.tr("Failed: {0}").format(message))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()
