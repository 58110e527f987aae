"""import-customers: a customer CSV into the directory; bad rows are named, good rows import.

Columns (header row required; the same as the desktop importer):
customer_number,name,language,segment,phones,email,address,notes,flags
- phones: E.164 numbers separated by ';' (e.g. "+390612345678;+393471234567")
- flags: ';'-separated `kind[:count][=instruction]`, as the desktop importer reads them
  (e.g. "vip;banned=Written contact only;abusive:2"); kinds: abusive, banned, at_risk,
  needs_interpreter, accessibility, vip
A row with a customer_number already known updates that customer (its phones are replaced,
listed flags are set, others are left alone); rows without one always create a customer.
A new customer with a number gets the id the desktop importer gives it (core.ids), so one
file imported on both sides names the same customer.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from softphone.core import customer_csv
from softphone.core.customer_csv import COLUMNS
from softphone.core.ids import customer_id_for_number
from softphone.protocol.common import E164_PATTERN
from softphone.server import audit, changefeed
from softphone.server.db import Database
from softphone.server.models import Customer, CustomerPhone, Flag

REQUIRED = ("name", "phones")
LIMITS = {"customer_number": 64, "name": 200, "segment": 64, "email": 200, "address": 2000}
LIMITS |= {"notes": 10_000, "flags": 2000, "phones": 400, "language": 16}
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
CHUNK = 500


@dataclass(frozen=True)
class Problem:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column {self.column!r}" if self.column else "")
        return f"{where}: {self.message}"


ParsedFlag = customer_csv.FlagItem


@dataclass
class Row:
    line: int
    values: dict[str, str]
    phones: list[str]
    flags: list[ParsedFlag]


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    problems: list[Problem] = field(default_factory=list)


def _check_row(line: int, raw: dict[str, str]) -> tuple[Row | None, list[Problem]]:
    problems: list[Problem] = []
    values = {c: (raw.get(c) or "").strip() for c in COLUMNS}
    for column, value in values.items():
        if "\x00" in value:
            problems.append(Problem(line, column, "contains a NUL character"))
        elif len(value) > LIMITS[column]:
            problems.append(Problem(line, column, f"longer than {LIMITS[column]} characters"))
    if not values["name"]:
        problems.append(Problem(line, "name", "is empty"))
    if values["language"] and not LANGUAGE.match(values["language"]):
        problems.append(
            Problem(line, "language", f"{values['language']!r} is not like 'it' or 'pt-BR'")
        )
    if values["email"] and "@" not in values["email"]:
        problems.append(Problem(line, "email", f"{values['email']!r} is not an e-mail address"))
    phones = [p.strip() for p in values["phones"].split(";") if p.strip()]
    for phone in phones:
        if not re.match(E164_PATTERN, phone):
            problems.append(
                Problem(line, "phones", f"{phone!r} is not an E.164 number (+ and 7-15 digits)")
            )
    flags, flag_problem = parse_flags(values["flags"])
    if flag_problem:
        problems.append(Problem(line, "flags", flag_problem))
    if problems:
        return None, problems
    return Row(line, values, sorted(set(phones)), flags), []


def parse_flags(text: str) -> tuple[list[ParsedFlag], str]:
    """`kind[:count][=instruction]` items separated by ';' (core.customer_csv)."""
    return customer_csv.parse_flags(text)


def parse(text: str) -> tuple[list[Row], list[Problem]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in reader.fieldnames or []]
    reader.fieldnames = header
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return [], [Problem(1, c, "required column is missing from the header") for c in missing]
    problems = [Problem(1, c, "unknown column (ignored)") for c in header if c not in COLUMNS and c]
    rows: list[Row] = []
    seen: dict[str, int] = {}
    try:
        for raw in reader:
            line = reader.line_num
            if None in raw:
                problems.append(Problem(line, "", "more fields than columns in the header"))
                continue
            row, row_problems = _check_row(line, {k: v or "" for k, v in raw.items()})
            problems += row_problems
            if row is None:
                continue
            number = row.values["customer_number"]
            if number and number in seen:
                problems.append(
                    Problem(line, "customer_number", f"{number!r} already on line {seen[number]}")
                )
                continue
            if number:
                seen[number] = line
            rows.append(row)
    except csv.Error as exc:
        problems.append(Problem(reader.line_num, "", f"not valid CSV: {exc}"))
    return rows, problems


def _store(session: Session, rows: list[Row], actor: str, report: ImportReport) -> None:
    now = datetime.now(UTC)
    numbers = [r.values["customer_number"] for r in rows if r.values["customer_number"]]
    existing = (
        {c.number: c for c in session.scalars(select(Customer).where(Customer.number.in_(numbers)))}
        if numbers
        else {}
    )
    seqs = iter(changefeed.allocate(session, sum(1 + len(r.flags) for r in rows)))
    for row in rows:
        v = row.values
        number = v["customer_number"]
        customer = existing.get(number) if number else None
        if customer is None and number:  # its number was edited away: it gets it back
            customer = session.get(Customer, customer_id_for_number(number))
        if customer is None:
            new_id = customer_id_for_number(number) if number else uuid.uuid4()
            customer = Customer(id=new_id, created_at=now)
            session.add(customer)
            report.created += 1
        else:
            report.updated += 1
        customer.number, customer.name, customer.language = (
            v["customer_number"],
            v["name"],
            v["language"],
        )
        customer.segment, customer.email, customer.address = v["segment"], v["email"], v["address"]
        customer.notes, customer.updated_at = v["notes"], now
        customer.phones = [CustomerPhone(e164=p) for p in row.phones]
        customer.change_seq = next(seqs)
        session.flush()
        for parsed in row.flags:
            flag = session.scalars(
                select(Flag).where(Flag.customer_id == customer.id, Flag.kind == parsed.kind)
            ).one_or_none()
            if flag is None:
                default = 1 if parsed.kind == "abusive" else 0  # as the desktop importer
                flag = Flag(
                    customer_id=customer.id, kind=parsed.kind, created_at=now, count=default
                )
                session.add(flag)
            flag.instruction, flag.active, flag.set_by = parsed.instruction, True, actor
            if parsed.count is not None:
                flag.count = parsed.count
            flag.updated_at, flag.change_seq = now, next(seqs)
    session.flush()


def import_text(db: Database, text: str, *, source: str, actor: str = "cli") -> ImportReport:
    rows, problems = parse(text)
    report = ImportReport(problems=problems)
    for start in range(0, len(rows), CHUNK):
        with db.writing() as session:
            _store(session, rows[start : start + CHUNK], actor, report)
    with db.writing() as session:
        audit.record(
            session,
            actor,
            "customers.import",
            source[:200],
            detail=f"{report.created} created, {report.updated} updated, "
            f"{len(report.problems)} problems",
        )
    return report


def import_file(db: Database, path: Path, *, actor: str = "cli") -> ImportReport:
    """Read a UTF-8 CSV (a BOM is fine) and import its good rows."""
    text = path.read_text(encoding="utf-8-sig")
    return import_text(db, text, source=str(path), actor=actor)


def format_problems(problems: Iterable[Problem]) -> list[str]:
    return [str(p) for p in problems]
