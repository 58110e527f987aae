"""Import customers from CSV: streaming, batched, every problem named by line and column.

Columns (UTF-8, comma-separated, a header row naming them in any order; only `name` is
required, unknown columns are reported and ignored):

  customer_number  the company's customer number; rows with the same number update the
                   same customer (its id is derived from the number)
  name             the customer's name, in any script
  language         ISO 639-1 code of the preferred language (it, de, ru, zh, en, ...)
  segment          free text (e.g. "consumer", "business")
  phones           numbers separated by ';' in any notation ("+39 06 1234 5678",
                   "06 1234 5678" read in the default region); stored as E.164
  email            an address with an '@'
  address          free text (newlines allowed inside quotes)
  notes            free text shown on the card
  flags            ';'-separated `kind[:count][=instruction]`, kind one of abusive, banned,
                   at_risk, needs_interpreter, accessibility, vip; e.g.
                   "vip;banned=Written contact only;abusive:2"

A row with any problem is skipped whole and reported; the good rows still import.
"""

from __future__ import annotations

import csv
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from softphone.core import customer_csv
from softphone.core.customer_csv import COLUMNS
from softphone.core.errors import KnownError
from softphone.core.ids import customer_id_for_number
from softphone.core.records import Customer, Flag, FlagKind
from softphone.numbers import normalise
from softphone.store import customers
from softphone.store.db import iso

if TYPE_CHECKING:
    from softphone.store.localstore import LocalStore

REQUIRED = ("name",)
BATCH = 2000  # rows per transaction
MAX_PROBLEMS = 1000  # kept in the report; the rest are only counted
_LANGUAGE = re.compile(r"^[a-z]{2}$")
# Bytes that were not UTF-8, as errors="surrogateescape" decodes them.
_UNDECODABLE = re.compile("[\udc80-\udcff]")
_MAX_FIELD = 100_000  # characters; the csv module's own limit is 131,072


@dataclass(frozen=True)
class ImportProblem:
    line: int  # 1-based line of the file where the row starts
    column: str  # column name ("" for the whole row)
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column '{self.column}'" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class ImportReport:
    path: str
    rows: int = 0  # data rows read
    imported: int = 0
    skipped: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    problem_count: int = 0
    seconds: float = 0.0

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0

    def add(self, problem: ImportProblem) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)

    def summary(self) -> str:
        return (
            f"{self.path}: {self.imported} of {self.rows} rows imported, {self.skipped} "
            f"skipped, {self.problem_count} problems, {self.rows_per_second:,.0f} rows/s"
        )


def customer_id_for(number: str) -> str:
    """The id of the customer with this customer number (same on every desktop and on the
    server's importer)."""
    return str(customer_id_for_number(number))


def _parse_flags(text: str) -> tuple[list[Flag], str]:
    items, problem = customer_csv.parse_flags(text)
    default = {FlagKind.ABUSIVE: 1}  # "abusive" alone means one ending so far
    flags = [
        Flag(i.kind, i.instruction, i.count if i.count is not None else default.get(i.kind, 0))
        for i in items
    ]
    return flags, problem


def _row_customer(
    values: dict[str, str], line: int, region: str, now: str
) -> tuple[Customer | None, list[ImportProblem]]:
    problems: list[ImportProblem] = []

    def bad(column: str, message: str) -> None:
        problems.append(ImportProblem(line, column, message))

    for column, value in values.items():
        if _UNDECODABLE.search(value):
            bad(column, "not valid UTF-8 (save the file as UTF-8)")
        elif "\x00" in value:
            bad(column, "contains a NUL character")
        elif len(value) > _MAX_FIELD:
            bad(column, f"longer than {_MAX_FIELD:,} characters")
    if problems:
        return None, problems
    name = values.get("name", "").strip()
    if not name:
        bad("name", "is empty")
    language = values.get("language", "").strip().lower()
    if language and not _LANGUAGE.match(language):
        bad("language", f"{language[:20]!r} is not a two-letter ISO 639-1 code (it, de, ru...)")
    phones: list[str] = []
    for raw in (p.strip() for p in values.get("phones", "").split(";")):
        if not raw:
            continue
        e164 = normalise(raw, region)
        if e164 is None:
            bad("phones", f"{raw[:40]!r} is not a phone number (region {region or 'none'})")
        elif e164 not in phones:
            phones.append(e164)
    email = values.get("email", "").strip()
    if email and ("@" not in email or any(ch.isspace() for ch in email)):
        bad("email", f"{email[:60]!r} is not an e-mail address")
    flag_list, flag_error = _parse_flags(values.get("flags", ""))
    if flag_error:
        bad("flags", flag_error)
    if problems:
        return None, problems
    number = values.get("customer_number", "").strip()
    return (
        Customer(
            id=customer_id_for(number) if number else str(uuid.uuid4()),
            number=number,
            name=name,
            language=language,
            segment=values.get("segment", "").strip(),
            phones=tuple(phones),
            email=email,
            address=values.get("address", ""),
            notes=values.get("notes", ""),
            flags=tuple(flag_list),
            updated_at=now,
        ),
        [],
    )


def _records(
    reader: Iterator[list[str]], report: ImportReport, line: int
) -> Iterator[tuple[int, list[str]]]:
    """(first line, fields) of each record; csv errors become problems, reading goes on."""
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            report.rows += 1
            report.skipped += 1
            report.add(ImportProblem(line, "", f"unreadable CSV: {exc}"))
            line = getattr(reader, "line_num", line) + 1
            continue
        start, line = line, getattr(reader, "line_num", line) + 1
        if fields:  # a blank line is no record
            yield start, fields


def import_customers_csv(store: LocalStore, path: str | Path, default_region: str) -> ImportReport:
    """Import (insert or update) the customers in the CSV file at `path`.

    Reads as a stream and writes in transactions of BATCH rows, so a file of millions
    of rows needs little memory; a database error (full disk) stops the import with the
    earlier batches kept. Raises KnownError if the file cannot be read at all.
    """
    report = ImportReport(str(path))
    started = time.perf_counter()
    now = iso(store.clock())
    try:
        handle = open(path, encoding="utf-8-sig", errors="surrogateescape", newline="")  # noqa: SIM115
    except OSError as exc:
        raise KnownError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        reader = csv.reader(handle)
        try:
            header = [h.strip().lower() for h in next(reader)]
        except StopIteration:
            raise KnownError(
                f"{path} is empty: expected a header row ({', '.join(COLUMNS)})"
            ) from None
        except csv.Error as exc:
            raise KnownError(f"{path}, line 1: unreadable header: {exc}") from exc
        for index, name in enumerate(header):
            if name not in COLUMNS:
                report.add(ImportProblem(1, name, f"unknown column #{index + 1}; ignored"))
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise KnownError(f"{path}, line 1: the header has no column {', '.join(missing)}")
        batch: list[Customer] = []
        for line, fields in _records(reader, report, reader.line_num + 1):
            report.rows += 1
            if len(fields) != len(header):
                report.skipped += 1
                report.add(
                    ImportProblem(line, "", f"{len(fields)} fields, the header has {len(header)}")
                )
                continue
            values = {h: v for h, v in zip(header, fields, strict=True) if h in COLUMNS}
            customer, problems = _row_customer(values, line, default_region, now)
            if customer is None:
                report.skipped += 1
                for problem in problems:
                    report.add(problem)
                continue
            batch.append(customer)
            if len(batch) >= BATCH:
                report.imported += customers.upsert_many(store.db, batch)
                batch.clear()
        if batch:
            report.imported += customers.upsert_many(store.db, batch)
    report.seconds = time.perf_counter() - started
    return report
