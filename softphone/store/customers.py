"""Customers cache and their phone numbers (E.164): lookup by number, search, upsert."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from softphone.core.errors import KnownError
from softphone.core.records import Customer
from softphone.numbers import is_e164
from softphone.store import flags
from softphone.store.db import Db, canonical_time, clean, fold, iso

CUSTOMER_UPSERT_SQL = (
    "INSERT INTO customers (id, number, name, language, segment, email, address, notes, "
    "updated_at, name_fold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET number = excluded.number, name = excluded.name, "
    "language = excluded.language, segment = excluded.segment, email = excluded.email, "
    "address = excluded.address, notes = excluded.notes, updated_at = excluded.updated_at, "
    "name_fold = excluded.name_fold"
)
PHONE_INSERT_SQL = "INSERT OR IGNORE INTO phones (e164, customer_id, position) VALUES (?, ?, ?)"


def customer_row(c: Customer) -> tuple[str, ...]:
    name = clean(c.name)
    return (
        clean(c.id),
        clean(c.number),
        name,
        clean(c.language),
        clean(c.segment),
        clean(c.email),
        clean(c.address),
        clean(c.notes),
        canonical_time(c.updated_at),
        fold(name),
    )


def check_e164(phone: str) -> str:
    if not is_e164(phone):
        raise KnownError(
            f"{clean(phone)[:40]!r} is not a phone number in international form (+39...)."
        )
    return phone


def upsert(db: Db, customer: Customer) -> None:
    """Insert or replace a customer with exactly its phones and flags."""
    upsert_many(db, [customer])


def upsert_many(db: Db, customers: Iterable[Customer]) -> int:
    """Batch upsert in one transaction (the sync puller, the seed, the CSV importer)."""
    given = list(customers)
    # One id twice in a batch (a CSV listing a customer twice): the last one wins whole.
    batch = list({clean(c.id): c for c in given}.values())
    for c in batch:
        for phone in c.phones:
            check_e164(phone)
    ids = [clean(c.id) for c in batch]
    with db.transaction():
        db.executemany(CUSTOMER_UPSERT_SQL, [customer_row(c) for c in batch])
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            db.execute(f"DELETE FROM phones WHERE customer_id IN ({marks})", chunk)
            db.execute(f"DELETE FROM flags WHERE customer_id IN ({marks})", chunk)
        db.executemany(
            PHONE_INSERT_SQL,
            [
                (p, cid, i)
                for cid, c in zip(ids, batch, strict=True)
                for i, p in enumerate(c.phones)
            ],
        )
        db.executemany(
            flags.UPSERT_SQL,
            [flags.flag_row(cid, f) for cid, c in zip(ids, batch, strict=True) for f in c.flags],
        )
    return len(given)


def _customer(row: dict[str, Any], phones: tuple[str, ...], flag_set: Any) -> Customer:
    return Customer(
        id=row["id"],
        number=row["number"],
        name=row["name"],
        language=row["language"],
        segment=row["segment"],
        phones=phones,
        email=row["email"],
        address=row["address"],
        notes=row["notes"],
        flags=flag_set,
        updated_at=row["updated_at"],
    )


_COLUMNS = "id, number, name, language, segment, email, address, notes, updated_at"


def get_many(db: Db, ids: list[str], now: datetime) -> list[Customer]:
    """The customers with these ids, in the order given (missing ones left out)."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {
        r["id"]: r for r in db.rows(f"SELECT {_COLUMNS} FROM customers WHERE id IN ({marks})", ids)
    }
    phones: dict[str, list[str]] = {}
    for r in db.rows(
        f"SELECT customer_id, e164 FROM phones WHERE customer_id IN ({marks}) "
        "ORDER BY customer_id, position",
        ids,
    ):
        phones.setdefault(r["customer_id"], []).append(r["e164"])
    flag_sets = flags.for_customers(db, list(rows), now)
    return [
        _customer(rows[i], tuple(phones.get(i, ())), flag_sets.get(i, ())) for i in ids if i in rows
    ]


def get(db: Db, customer_id: str, now: datetime) -> Customer | None:
    found = get_many(db, [customer_id], now)
    return found[0] if found else None


def ids_by_phone(db: Db, e164: str) -> list[str]:
    return [
        r["customer_id"]
        for r in db.rows("SELECT customer_id FROM phones WHERE e164 = ? LIMIT 100", [e164])
    ]


def lookup_phone(db: Db, e164: str, now: datetime) -> list[Customer]:
    """Every customer with this number (a family or company line may have several)."""
    found = get_many(db, ids_by_phone(db, e164), now)
    return sorted(found, key=lambda c: (fold(c.name), c.id))


def search(
    db: Db, text: str, limit: int, now: datetime, *, phone: str | None = None
) -> list[Customer]:
    """Customers by phone (`phone`, already E.164), customer number, e-mail or name.

    Exact matches first, then names starting with the text, then names containing it.
    """
    text = clean(text).strip()
    if not text or limit <= 0:
        return []
    ids: list[str] = []
    if phone:
        ids += ids_by_phone(db, phone)
    ids += [
        r["id"] for r in db.rows("SELECT id FROM customers WHERE number = ? LIMIT ?", [text, limit])
    ]
    if "@" in text:  # e-mail is not indexed: only scan for what looks like an address
        ids += [
            r["id"]
            for r in db.rows(
                "SELECT id FROM customers WHERE email = ? COLLATE NOCASE LIMIT ?", [text, limit]
            )
        ]
    needle = fold(text)
    # Prefix: a range scan on the name_fold index.
    ids += [
        r["id"]
        for r in db.rows(
            "SELECT id FROM customers WHERE name_fold >= ? AND name_fold < ? "
            "ORDER BY name_fold LIMIT ?",
            [needle, needle + "\U0010ffff", limit],
        )
    ]
    if len(dict.fromkeys(ids)) < limit:
        ids += [
            r["id"]
            for r in db.rows(
                "SELECT id FROM customers WHERE instr(name_fold, ?) > 0 LIMIT ?",
                [needle, limit],
            )
        ]
    return get_many(db, list(dict.fromkeys(ids))[:limit], now)


def create(db: Db, name: str, phone_e164: str, language: str, now: datetime) -> Customer:
    """A new local customer (for an unknown caller) with one phone number."""
    customer = Customer(
        id=str(uuid.uuid4()),
        name=name,
        language=language,
        phones=(check_e164(phone_e164),) if phone_e164 else (),
        updated_at=iso(now),
    )
    upsert(db, customer)
    created = get(db, customer.id, now)
    assert created is not None
    return created


def link_phone(db: Db, customer_id: str, phone_e164: str) -> None:
    """Add a number to an existing customer (kept if it is already there)."""
    check_e164(phone_e164)
    with db.transaction():
        if not db.scalar("SELECT count(*) FROM customers WHERE id = ?", [customer_id]):
            raise KnownError("That customer is no longer in the local directory.")
        position = db.scalar(
            "SELECT coalesce(max(position) + 1, 0) FROM phones WHERE customer_id = ?",
            [customer_id],
        )
        db.execute(PHONE_INSERT_SQL, [phone_e164, customer_id, position])


def delete(db: Db, customer_id: str) -> None:
    """Forget a customer (their phones and flags go too; history stays)."""
    with db.transaction():
        db.execute("DELETE FROM customers WHERE id = ?", [customer_id])


def count(db: Db) -> int:
    return int(db.scalar("SELECT count(*) FROM customers"))
