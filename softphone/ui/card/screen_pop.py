"""The side panel beside the call: lookup on ring, card, history and wrap-up, per call."""

from __future__ import annotations

import getpass
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from softphone.core.events import CallStateChanged, IncomingCall, OutgoingCallStarted, SipEvent
from softphone.core.models import CallState
from softphone.core.records import Customer, HistoryEntry
from softphone.numbers import normalise
from softphone.ui.card.card_area import CardArea
from softphone.ui.card.card_view import CustomerCardView
from softphone.ui.card.chooser import MatchChooser
from softphone.ui.card.history_view import HistoryView
from softphone.ui.card.lookup_worker import DirectoryClient, DirectoryFactory
from softphone.ui.card.paint_probe import PaintProbe
from softphone.ui.card.plain import one_line
from softphone.ui.card.status_view import StatusView
from softphone.ui.card.unknown_view import UnknownCallerView
from softphone.ui.card.wrapup import WrapUpPanel

log = logging.getLogger("softphone.ui")

Normaliser = Callable[[str, str], str | None]
REMEMBERED_CALLS = 50


class SettingsReader(Protocol):
    """What the panel reads from softphone.config.settings.Settings."""

    def get(self, key: str) -> Any: ...


@dataclass
class _Call:
    call_id: str
    raw: str
    display_name: str
    e164: str | None
    anonymous: bool
    outgoing: bool
    answered: bool = False
    lookup_id: int = 0


class ScreenPop(QWidget):
    """Everything the agent needs about the caller, before they answer.

    Follows the newest call: a second call ringing replaces the card (an answer still on
    its way for the first call is dropped), while a pending wrap-up stays until saved.
    """

    customer_identified = Signal(str, str, str)  # call id, customer id, language (ISO 639-1)
    wrapup_saved = Signal(str, str, str, str, str)  # call, customer, disposition, text, note id
    card_painted = Signal(str, float)  # call id, ms from the ring to card + history painted

    def __init__(
        self,
        directory_factory: DirectoryFactory,
        settings: SettingsReader,
        *,
        normaliser: Normaliser = normalise,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screenPop")
        self.setAccessibleName(self.tr("Caller card and history"))
        self._settings = settings
        self._normalise = normaliser
        self.client = DirectoryClient(directory_factory, self)
        self._call: _Call | None = None
        self._customers: OrderedDict[str, Customer] = OrderedDict()
        self._wrapups: list[tuple[str, str, str]] = []  # ended calls waiting for a wrap-up
        self._action_id = 0  # the create/link/reveal request we wait for

        self.status = StatusView()
        self.card = CustomerCardView()
        self.unknown = UnknownCallerView()
        self.chooser = MatchChooser()
        self.area = CardArea()
        for page in (self.status, self.card, self.unknown, self.chooser):
            self.area.add_page(page)
        self.history = HistoryView(self.client)
        self.history.hide()
        self.wrapup = WrapUpPanel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.area)
        layout.addWidget(self.history, 1)
        layout.addStretch(0)  # below a short page when there is no history to show
        layout.addWidget(self.wrapup)

        self.probe = PaintProbe(self)
        self.probe.measured.connect(self.card_painted)
        self.card.painted.connect(lambda: self.probe.painted("card"))
        self.history.painted.connect(lambda: self.probe.painted("history"))
        self.history.first_page_shown.connect(self._history_ready)
        self.history.model.failed.connect(lambda _message: self._history_ready())
        self.unknown.painted.connect(lambda: self.probe.painted("unknown"))
        self.chooser.painted.connect(lambda: self.probe.painted("chooser"))
        self.status.painted.connect(lambda: self.probe.painted("status"))

        client = self.client
        client.looked_up.connect(self._on_looked_up)
        client.customer_loaded.connect(self._on_customer_loaded)
        client.searched.connect(self._on_searched)
        client.customer_created.connect(self._on_linked_or_created)
        client.phone_linked.connect(self._on_linked_or_created)
        client.reveal_recorded.connect(self._on_reveal_recorded)
        client.failed.connect(self._on_failed)
        self.card.reveal_requested.connect(self._reveal)
        self.chooser.picked.connect(self._identify)
        self.unknown.show_requested.connect(self._identify)
        self.unknown.search_requested.connect(client.search)
        self.unknown.create_requested.connect(self._create)
        self.unknown.link_requested.connect(self._link)
        self.status.retry_requested.connect(self._lookup_again)
        self.wrapup.saved.connect(self._on_wrapup_saved)
        self._show_page(self.status)

    # -- the lead's API ----------------------------------------------------------
    def call_ringing(
        self, call_id: str, number_raw: str, display_name: str = "", anonymous: bool = False
    ) -> None:
        """An incoming call rings: look the caller up at once, before it is answered."""
        self._start(call_id, number_raw, display_name, anonymous, outgoing=False)

    def outgoing_call(self, call_id: str, number_raw: str) -> None:
        """The agent dials: show the card of the dialled number."""
        self._start(call_id, number_raw, "", False, outgoing=True)

    def call_answered(self, call_id: str) -> None:
        if self._call is not None and self._call.call_id == call_id:
            self._call.answered = True

    def call_ended(self, call_id: str, answered: bool = True) -> None:
        """The call is over: the card stays and (for a conversation) the wrap-up opens."""
        call = self._call if self._call and self._call.call_id == call_id else None
        if call is not None:
            answered = answered or call.answered
        if not answered:
            return
        customer = self._customers.get(call_id)
        if customer is not None:
            caller = customer.name
        elif call is not None:
            caller = call.e164 or call.display_name or call.raw
        else:
            caller = ""
        self._wrapups.append((call_id, customer.id if customer else "", caller))
        if not self.wrapup.call_id:
            self._next_wrapup()

    def refresh_customer(self, customer_id: str) -> None:
        """Flags or notes changed (e.g. after a critical ending): read the card again."""
        shown = self.card.customer
        on_card = self.area.current() is self.card
        if on_card and shown is not None and shown.id == customer_id:
            self.client.get(customer_id)

    def on_sip_event(self, event: SipEvent) -> None:
        """Convenience for the lead: feed every engine event here."""
        if isinstance(event, IncomingCall):
            self.call_ringing(event.call_id, event.number, event.display_name, event.anonymous)
        elif isinstance(event, OutgoingCallStarted):
            self.outgoing_call(event.call_id, event.remote_uri)
        elif isinstance(event, CallStateChanged):
            if event.state is CallState.CONNECTED:
                self.call_answered(event.call_id)
            elif event.state is CallState.DISCONNECTED:
                self.call_ended(event.call_id, answered=event.duration > 0)

    def customer_for_call(self, call_id: str) -> Customer | None:
        return self._customers.get(call_id)

    def current_call_id(self) -> str:
        return self._call.call_id if self._call else ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.area.set_height_limit(event.size().height())

    def shutdown(self) -> None:
        """Stop the lookup thread (closing its directory there). Call before exit."""
        self.client.shutdown()

    # -- looking up --------------------------------------------------------------
    def _start(
        self, call_id: str, raw: str, display_name: str, anonymous: bool, *, outgoing: bool
    ) -> None:
        started = time.perf_counter()
        self.probe.start(call_id, started)
        region = str(self._settings.get("calls.default_region") or "")
        e164 = None if anonymous else self._normalise(raw, region)
        self._call = _Call(call_id, raw, display_name, e164, anonymous, outgoing)
        self._action_id = 0
        self.card.forget()
        # Cleared, but left in place while the number is looked up: hiding and showing
        # it again relaid and repainted the whole panel on every ring.
        self.history.clear()
        self.history.setVisible(e164 is not None)
        if anonymous:
            self.unknown.show_withheld(display_name)
            self._show_page(self.unknown, "unknown")
        elif e164 is None:
            self.unknown.show_unreadable(raw, display_name)
            self._show_page(self.unknown, "unknown")
        else:
            self.status.show_looking_up(e164)
            self._show_page(self.status)
            self._call.lookup_id = self.client.lookup(e164)

    def _lookup_again(self) -> None:
        call = self._call
        if call is not None and call.e164:
            self.status.show_looking_up(call.e164)
            call.lookup_id = self.client.lookup(call.e164)

    def _show_page(self, page: QWidget, probe_part: str = "") -> None:
        self.area.show_page(page)
        self._relayout()
        if probe_part:
            self.probe.expect(probe_part)
            self.probe.ready(probe_part)

    def _on_looked_up(self, request_id: int, e164: str, customers: list[Customer]) -> None:
        call = self._call
        if call is None or request_id != call.lookup_id:
            return  # the answer for a call that is no longer shown
        if len(customers) != 1:
            self.history.hide()
        if not customers:
            self.unknown.show_unknown(e164, call.display_name)
            self._show_page(self.unknown, "unknown")
        elif len(customers) == 1:
            self._identify(customers[0])
        else:
            self.chooser.show_matches(e164, customers)
            self._show_page(self.chooser, "chooser")

    def _identify(self, customer: Customer) -> None:
        """The caller is known: card, first history page, and tell the lead the language."""
        call = self._call
        if call is None:
            return
        self.card.set_customer(customer, agent_language=self._agent_language())
        self.probe.expect("card", "history")
        self._show_page(self.card)
        self.probe.ready("card")
        self.history.show_customer(customer.id)  # shown when its first page is in
        self._remember(call.call_id, customer)
        if self.wrapup.call_id == call.call_id:
            self.wrapup.set_customer(customer.id, customer.name)
        self.customer_identified.emit(call.call_id, customer.id, customer.language)

    def _history_ready(self) -> None:
        if self.area.current() is self.card:
            if not self.history.isVisible():
                self.history.show()  # after an unknown caller or a withheld number
                self._relayout()
            self.probe.ready("history")

    def _relayout(self) -> None:
        """Apply the new geometry now: the scroll area would otherwise learn of its page's
        new height an event-loop turn later, after a paint of the old layout."""
        layout = self.layout()
        if layout is not None:
            self.area.updateGeometry()
            layout.activate()

    def _remember(self, call_id: str, customer: Customer) -> None:
        self._customers[call_id] = customer
        self._customers.move_to_end(call_id)
        while len(self._customers) > REMEMBERED_CALLS:
            self._customers.popitem(last=False)

    def _agent_language(self) -> str:
        return str(self._settings.get("general.language") or "")

    def agent_name(self) -> str:
        for key in ("general.agent_name", "sip.username"):
            value = str(self._settings.get(key) or "").strip()
            if value:
                return value
        return getpass.getuser()

    # -- actions on the card -----------------------------------------------------
    def _create(self, name: str, language: str) -> None:
        if self._call is not None and self._call.e164:
            self._action_id = self.client.create_customer(name, self._call.e164, language)

    def _link(self, customer: Customer) -> None:
        if self._call is not None and self._call.e164:
            self._action_id = self.client.link_phone(customer.id, self._call.e164)

    def _on_linked_or_created(self, request_id: int, customer: Customer) -> None:
        if request_id == self._action_id:
            self._identify(customer)

    def _reveal(self, customer_id: str, fields: tuple[str, ...], reason: str) -> None:
        self._action_id = self.client.record_reveal(customer_id, self.agent_name(), fields, reason)

    def _on_reveal_recorded(self, request_id: int, customer_id: str) -> None:
        if request_id == self._action_id:
            self.card.reveal_recorded(customer_id)
            self._relayout()

    def _on_customer_loaded(self, _request_id: int, customer_id: str, customer: object) -> None:
        shown = self.card.customer
        if not isinstance(customer, Customer) or shown is None or shown.id != customer_id:
            return
        self.card.set_customer(customer, agent_language=self._agent_language())
        if self._call is not None:
            self._remember(self._call.call_id, customer)
        self.history.reload()

    def _on_searched(self, _request_id: int, text: str, customers: list[Customer]) -> None:
        self.unknown.search.set_results(text, customers)

    def _on_failed(self, request_id: int, channel: str, message: str) -> None:
        call = self._call
        if channel == "lookup" and call is not None and request_id == call.lookup_id:
            self.history.hide()
            self.status.show_failed(call.e164 or call.raw, message)
            self._show_page(self.status, "status")
        elif channel == "reveal" and request_id == self._action_id:
            self.card.reveal_failed(message)
        elif channel in ("create", "link", "search"):
            self.unknown.failed(message)

    # -- wrap-up -----------------------------------------------------------------
    def _next_wrapup(self) -> None:
        if self._wrapups:
            call_id, customer_id, caller = self._wrapups.pop(0)
            self.wrapup.open_for(call_id, customer_id, caller)

    def _on_wrapup_saved(
        self, call_id: str, customer_id: str, disposition: str, text: str, note_id: str
    ) -> None:
        if customer_id and self.history.model.customer_id == customer_id:
            self.history.add_local(
                HistoryEntry(
                    id=note_id,
                    when=datetime.now(UTC).isoformat(timespec="seconds"),
                    agent=one_line(self.agent_name(), 60),
                    kind="wrapup",
                    outcome=disposition,
                    text=text,
                )
            )
        self.wrapup_saved.emit(call_id, customer_id, disposition, text, note_id)
        self._next_wrapup()
