"""Customers and phones: lookup by number (an index seek), several matches, search, flags."""

from __future__ import annotations

from datetime import timedelta

import pytest

from softphone.core.errors import KnownError
from softphone.core.records import Customer, Flag, FlagKind
from softphone.store import LocalStore
from softphone.store.db import iso
from tests.unit.store.store_clock import FakeClock

ROME = "+390612345678"
MOBILE = "+393331234567"


def _customers() -> list[Customer]:
    return [
        Customer(
            id="c-mario",
            number="C100",
            name="Mario Rossi",
            language="it",
            segment="consumer",
            phones=(ROME, MOBILE),
            email="mario@example.com",
            address="Via Roma 1",
            notes="prefers mornings",
            flags=(Flag(FlagKind.AT_RISK, "offer retention"), Flag(FlagKind.VIP)),
        ),
        Customer(id="c-anna", number="C101", name="Anna Rossi", phones=(ROME,)),
        Customer(id="c-ivan", number="C102", name="Иван Петров", phones=("+74951234567",)),
        Customer(id="c-wang", number="C103", name="王伟", phones=("+8613800138000",)),
    ]


@pytest.fixture
def filled(store: LocalStore) -> LocalStore:
    store.put_customers(_customers())
    return store


def test_get_returns_the_card(filled: LocalStore) -> None:
    mario = filled.directory.get("c-mario")
    assert mario is not None
    assert mario.phones == (ROME, MOBILE)
    assert mario.email == "mario@example.com"
    # card order: VIP before at-risk
    assert [f.kind for f in mario.flags] == [FlagKind.VIP, FlagKind.AT_RISK]
    assert mario.flag(FlagKind.AT_RISK) == Flag(FlagKind.AT_RISK, "offer retention")
    assert filled.directory.get("nobody") is None


def test_one_number_several_customers(filled: LocalStore) -> None:
    found = filled.directory.lookup_phone(ROME)
    assert [c.name for c in found] == ["Anna Rossi", "Mario Rossi"]
    assert [c.id for c in filled.directory.lookup_phone(MOBILE)] == ["c-mario"]
    assert filled.directory.lookup_phone("+390000000000") == []


def test_lookup_accepts_any_notation_of_the_number(filled: LocalStore) -> None:
    for raw in ("06 1234 5678", "0039 06 1234 5678", "sip:+390612345678@pbx"):
        assert len(filled.directory.lookup_phone(raw)) == 2
    assert filled.directory.lookup_phone("1001") == []
    assert filled.directory.lookup_phone("\x00" * 10) == []


def test_lookup_by_number_is_an_index_seek(filled: LocalStore) -> None:
    plan = filled.db.rows(
        "EXPLAIN QUERY PLAN SELECT customer_id FROM phones WHERE e164 = ? LIMIT 100", [ROME]
    )
    details = " ".join(r["detail"] for r in plan)
    assert "SEARCH phones USING PRIMARY KEY (e164=?)" in details
    assert "SCAN" not in details
    plan = filled.db.rows(
        "EXPLAIN QUERY PLAN SELECT * FROM customers WHERE id IN (?, ?)", ["a", "b"]
    )
    assert all(r["detail"].startswith("SEARCH customers") for r in plan)


def test_search(filled: LocalStore) -> None:
    names = lambda text: [c.name for c in filled.directory.search(text)]  # noqa: E731
    assert sorted(names("rossi")) == ["Anna Rossi", "Mario Rossi"]
    assert names("mario") == ["Mario Rossi"]  # prefix first
    assert names("ИВАН") == ["Иван Петров"]  # case-insensitive in Cyrillic
    assert names("петров") == ["Иван Петров"]  # substring
    assert names("王") == ["王伟"]
    assert names("C102") == ["Иван Петров"]  # customer number
    assert names("MARIO@example.com") == ["Mario Rossi"]
    assert names("333 123 4567") == ["Mario Rossi"]  # a phone in national notation
    assert names("") == []
    assert len(filled.directory.search("rossi", limit=1)) == 1


def test_upsert_replaces_phones_and_flags(filled: LocalStore) -> None:
    filled.put_customers([Customer(id="c-mario", name="Mario Rossi", phones=("+390611111111",))])
    mario = filled.directory.get("c-mario")
    assert mario is not None
    assert mario.phones == ("+390611111111",)
    assert mario.flags == ()
    assert [c.id for c in filled.directory.lookup_phone(ROME)] == ["c-anna"]


def test_create_customer_and_link_phone(store: LocalStore) -> None:
    created = store.directory.create_customer("Nuovo Cliente", ROME, "it")
    assert created.phones == (ROME,)
    assert created.language == "it"
    store.directory.link_phone(created.id, MOBILE)
    store.directory.link_phone(created.id, MOBILE)  # twice: kept once
    assert store.directory.get(created.id).phones == (ROME, MOBILE)  # type: ignore[union-attr]
    with pytest.raises(KnownError, match="international"):
        store.directory.link_phone(created.id, "06 1234")
    with pytest.raises(KnownError, match="no longer"):
        store.directory.link_phone("missing", MOBILE)
    with pytest.raises(KnownError):
        store.directory.create_customer("x", "1001")


def test_expired_flags_are_not_shown(store: LocalStore, clock: FakeClock) -> None:
    ban = Flag(
        FlagKind.BANNED,
        "Written contact only",
        expires_at=iso(clock.now + timedelta(days=1)),
        set_by="supervisor",
    )
    store.put_customers([Customer(id="c1", name="x", flags=(ban,))])
    assert store.directory.get("c1").flags == (ban,)  # type: ignore[union-attr]
    clock.advance(2 * 86400)
    assert store.directory.get("c1").flags == ()  # type: ignore[union-attr]


def test_set_and_clear_flag(store: LocalStore) -> None:
    store.put_customers([Customer(id="c1", name="x")])
    store.set_flag("c1", Flag(FlagKind.NEEDS_INTERPRETER, "ext. 2100"))
    assert store.directory.get("c1").flags[0].instruction == "ext. 2100"  # type: ignore[union-attr]
    store.clear_flag("c1", FlagKind.NEEDS_INTERPRETER)
    assert store.directory.get("c1").flags == ()  # type: ignore[union-attr]


def test_unknown_flag_kind_from_a_newer_server_is_ignored(store: LocalStore) -> None:
    store.put_customers([Customer(id="c1", name="x")])
    store.db.execute("INSERT INTO flags (customer_id, kind) VALUES ('c1', 'from_the_future')")
    assert store.directory.get("c1").flags == ()  # type: ignore[union-attr]
