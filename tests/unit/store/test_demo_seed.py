"""The demo seed: deterministic, multilingual, with every interesting kind of caller."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import phonenumbers

from softphone.core.records import FlagKind
from softphone.demo.seed import UNKNOWN_NUMBER, seed_demo
from softphone.store import LocalStore

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _dump(store: LocalStore) -> list[object]:
    return [
        store.db.rows(f"SELECT * FROM {table} ORDER BY 1, 2")
        for table in ("customers", "phones", "flags", "calls", "notes")
    ]


def test_seed_is_deterministic_and_idempotent(tmp_path: Path) -> None:
    with LocalStore.open(tmp_path / "a.db") as a, LocalStore.open(tmp_path / "b.db") as b:
        numbers = seed_demo(a, now=NOW)
        assert seed_demo(b, now=NOW) == numbers
        assert _dump(a) == _dump(b)
        seed_demo(a, now=NOW)  # again: updated in place, nothing doubled
        assert _dump(a) == _dump(b)
        assert a.pending() == []  # cached history is not pushed back to the server


def test_seed_content(store: LocalStore) -> None:
    numbers = seed_demo(store, now=NOW)
    d = store.directory
    assert store.db.scalar("SELECT count(*) FROM customers") == 200
    assert len(numbers) == len(set(numbers)) >= 190
    for number in numbers:
        assert phonenumbers.is_valid_number(phonenumbers.parse(number))
    assert d.lookup_phone(UNKNOWN_NUMBER) == []

    cards = [d.lookup_phone(n) for n in numbers[:10]]
    first = [c[0] for c in cards]
    assert first[0].flag(FlagKind.VIP) is not None and first[0].notes
    ban = first[1].flag(FlagKind.BANNED)
    assert ban is not None and ban.instruction == "Written contact only" and ban.expires_at
    assert first[2].name == "Иван Петров"
    assert first[2].flag(FlagKind.ABUSIVE).count == 2  # type: ignore[union-attr]
    assert sum(e.critical for e in d.history(first[2].id)) == 2
    assert first[3].flag(FlagKind.AT_RISK) is not None
    assert first[4].name == "王伟" and first[4].flag(FlagKind.NEEDS_INTERPRETER) is not None
    assert first[5].flag(FlagKind.ACCESSIBILITY) is not None
    assert first[6].name == "<img src=x onerror=alert(1)>"
    assert max(len(e.text) for e in d.history(first[6].id)) == 10_240
    assert first[7].name == "مريم الحسيني"
    assert len(cards[8]) == 2  # a family line: the chooser
    assert d.history_count(first[9].id) >= 1200  # lazy loading

    languages = {r["language"] for r in store.db.rows("SELECT language FROM customers")}
    assert languages == {"it", "de", "ru", "zh", "en"}
    agents = {r["agent"] for r in store.db.rows("SELECT DISTINCT agent FROM calls")}
    assert len(agents) >= 4
    scripts = "".join(r["name"] for r in store.db.rows("SELECT name FROM customers"))
    assert any("\u0400" <= ch <= "\u04ff" for ch in scripts)  # Cyrillic
    assert any("\u4e00" <= ch <= "\u9fff" for ch in scripts)  # Chinese
