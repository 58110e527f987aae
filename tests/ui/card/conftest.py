"""Screen-pop test kit: an in-memory CustomerDirectory, seeded customers, a ScreenPop."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from softphone.config.settings import Settings
from softphone.core.records import Customer, Flag, FlagKind, HistoryEntry
from softphone.ui.card.screen_pop import ScreenPop

ROME = "+390612345678"  # "+39 06 1234 5678", "0039 06 1234 5678", "06 1234 5678" in IT
SHARED = "+390698765432"
VIP_PHONE = "+390655501234"
BANNED_PHONE = "+4930123456"
UNKNOWN = "+390611112222"


class FakeDirectory:
    """Thread-safe in-memory directory that records every call and the thread it ran on.

    `gate`: when set to an Event, lookups wait for it (to hold an answer back).
    `fail`: operation names that raise.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.customers: dict[str, Customer] = {}
        self.histories: dict[str, list[HistoryEntry]] = {}
        self.calls: list[tuple[str, tuple[object, ...]]] = []
        self.threads: set[int] = set()
        self.reveals: list[tuple[str, str, tuple[str, ...], str]] = []
        self.gate: threading.Event | None = None
        self.gated_numbers: set[str] = set()
        self.fail: set[str] = set()
        self.closed_in: int | None = None
        self._next = 1

    def _record(self, name: str, *args: object) -> None:
        with self.lock:
            self.calls.append((name, args))
            self.threads.add(threading.get_ident())
        if name in self.fail:
            raise RuntimeError(f"{name} exploded")

    def count(self, name: str) -> int:
        with self.lock:
            return sum(1 for call, _args in self.calls if call == name)

    def add(self, customer: Customer, history: list[HistoryEntry] | None = None) -> Customer:
        self.customers[customer.id] = customer
        self.histories[customer.id] = sorted(history or [], key=lambda e: e.when, reverse=True)
        return customer

    # -- CustomerDirectory --------------------------------------------------------
    def lookup_phone(self, e164: str) -> list[Customer]:
        self._record("lookup_phone", e164)
        if self.gate is not None and (not self.gated_numbers or e164 in self.gated_numbers):
            assert self.gate.wait(10), "test gate never opened"
        with self.lock:
            return [c for c in self.customers.values() if e164 in c.phones]

    def get(self, customer_id: str) -> Customer | None:
        self._record("get", customer_id)
        with self.lock:
            return self.customers.get(customer_id)

    def search(self, text: str, limit: int = 50) -> list[Customer]:
        self._record("search", text)
        needle = text.casefold()
        with self.lock:
            found = [
                c
                for c in self.customers.values()
                if needle in c.name.casefold() or needle in c.number or text in c.phones
            ]
        return found[:limit]

    def _filtered(self, customer_id: str, search: str) -> list[HistoryEntry]:
        entries = self.histories.get(customer_id, [])
        if not search:
            return entries
        needle = search.casefold()
        return [e for e in entries if needle in f"{e.text} {e.agent} {e.outcome}".casefold()]

    def history(
        self, customer_id: str, *, offset: int = 0, limit: int = 50, search: str = ""
    ) -> list[HistoryEntry]:
        self._record("history", customer_id, offset, limit, search)
        with self.lock:
            return self._filtered(customer_id, search)[offset : offset + limit]

    def history_count(self, customer_id: str, *, search: str = "") -> int:
        self._record("history_count", customer_id, search)
        with self.lock:
            return len(self._filtered(customer_id, search))

    def create_customer(self, name: str, phone_e164: str, language: str = "") -> Customer:
        self._record("create_customer", name, phone_e164, language)
        with self.lock:
            customer_id = f"new-{self._next}"
            self._next += 1
            customer = Customer(id=customer_id, name=name, language=language, phones=(phone_e164,))
            self.customers[customer_id] = customer
            self.histories[customer_id] = []
        return customer

    def link_phone(self, customer_id: str, phone_e164: str) -> None:
        self._record("link_phone", customer_id, phone_e164)
        with self.lock:
            customer = self.customers[customer_id]
            self.customers[customer_id] = replace(customer, phones=(*customer.phones, phone_e164))

    def record_reveal(
        self, customer_id: str, agent: str, fields: tuple[str, ...], reason: str
    ) -> None:
        self._record("record_reveal", customer_id, agent, fields, reason)
        with self.lock:
            self.reveals.append((customer_id, agent, fields, reason))

    def close(self) -> None:
        self.closed_in = threading.get_ident()


def make_history(
    count: int, *, agent: str = "Luca B.", critical_every: int = 0
) -> list[HistoryEntry]:
    start = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    entries = []
    for i in range(count):
        critical = bool(critical_every) and i % critical_every == 0
        entries.append(
            HistoryEntry(
                id=f"h{i:05d}",
                when=(start - timedelta(hours=i * 7)).isoformat(),
                agent=agent if i % 3 else "Marta K.",
                kind="critical" if critical else ("call" if i % 2 else "wrapup"),
                direction="inbound" if i % 4 else "outbound",
                duration=0.0 if critical else 60.0 + i % 300,
                outcome="insults" if critical else ("resolved" if i % 5 else "callback"),
                text=f"entry {i}: " + ("refund asked" if i % 10 == 0 else "delivery question"),
                critical=critical,
            )
        )
    return entries


MARIO = Customer(
    id="c-mario",
    number="100234",
    name="Mario Rossi",
    language="it",
    segment="Residential",
    phones=(ROME,),
    email="mario.rossi@example.it",
    address="Via Appia Nuova 12, 00183 Roma",
    notes="Prefers calls after 14:00.",
    flags=(
        Flag(FlagKind.ABUSIVE, count=2, last_at="2026-04-02T10:22:00Z"),
        Flag(FlagKind.AT_RISK),
    ),
)
VIP = Customer(
    id="c-vip",
    number="900001",
    name="Giulia Bellini",
    language="it",
    segment="Premium",
    phones=(VIP_PHONE, "+393401234578"),
    email="giulia@bellini-management.it",
    address="Piazza Navona 1, Roma",
    notes="Manager: Paolo, only he may change the contract.",
    flags=(Flag(FlagKind.VIP, instruction="Public figure: never confirm she is a customer."),),
)
BANNED = Customer(
    id="c-banned",
    number="700777",
    name="Dieter Hoffmann",
    language="de",
    segment="Business",
    phones=(BANNED_PHONE,),
    flags=(
        Flag(
            FlagKind.BANNED,
            instruction="Written contact only. Politely end the call.",
            expires_at="2026-12-31T00:00:00Z",
            set_by="S. Weber (supervisor)",
        ),
        Flag(FlagKind.ABUSIVE, count=4, last_at="2026-05-20T16:40:00Z"),
        Flag(FlagKind.NEEDS_INTERPRETER),
        Flag(FlagKind.ACCESSIBILITY, instruction="Hearing impaired — speak slowly / use relay"),
    ),
)
TWIN_A = Customer(
    id="c-twin-a", number="3001", name="Anna Bianchi", language="it", phones=(SHARED,)
)
TWIN_B = Customer(
    id="c-twin-b", number="3002", name="Luca Bianchi", language="en", phones=(SHARED,)
)
TWIN_C = Customer(
    id="c-twin-c", number="3003", name="Chen Wei", language="zh", phones=(SHARED,),
    flags=(Flag(FlagKind.NEEDS_INTERPRETER),),
)  # fmt: skip


@pytest.fixture
def directory() -> FakeDirectory:
    fake = FakeDirectory()
    fake.add(MARIO, make_history(120, critical_every=17))
    fake.add(VIP, make_history(8))
    fake.add(BANNED, make_history(30, critical_every=6))
    for twin in (TWIN_A, TWIN_B, TWIN_C):
        fake.add(twin, make_history(3))
    return fake


@pytest.fixture
def settings() -> Settings:
    values = Settings(None)
    values.set("general.agent_name", "Anna Agent")
    values.set("calls.default_region", "IT")
    values.set("general.language", "en")
    return values


@pytest.fixture
def pop(qtbot: QtBot, directory: FakeDirectory, settings: Settings) -> Iterator[ScreenPop]:
    widget = ScreenPop(lambda: directory, settings)
    qtbot.addWidget(widget)
    widget.resize(560, 860)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()
