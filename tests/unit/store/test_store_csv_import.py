"""CSV import: documented columns, errors name line and column, good rows still import."""

from __future__ import annotations

from pathlib import Path

import pytest

from softphone.core.errors import KnownError
from softphone.core.records import Flag, FlagKind
from softphone.store import LocalStore
from softphone.store.csv_import import COLUMNS, customer_id_for

HEADER = ",".join(COLUMNS)


def _write(tmp_path: Path, text: str, name: str = "customers.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_file(store: LocalStore, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        f"{HEADER}\n"
        'C1,Mario Rossi,IT,consumer,"+39 06 1234 5678; 333 123 4567",mario@example.com,'
        '"Via Roma 1\n00184 Roma",likes mornings,"vip;banned=Written contact only;abusive:2"\n'
        "C2,王伟,zh,business,+86 138 0013 8000,,,,needs_interpreter=ext. 2100\n"
        "\n"
        "C3,Иван Петров,ru,,+7 495 123-45-67,,,,\n",
    )
    report = store.import_customers_csv(path, "IT")
    assert (report.rows, report.imported, report.skipped, report.problems) == (3, 3, 0, [])
    assert report.rows_per_second > 0 and "3 of 3 rows imported" in report.summary()
    mario = store.directory.get(customer_id_for("C1"))
    assert mario is not None
    assert mario.phones == ("+390612345678", "+393331234567")
    assert mario.language == "it" and mario.address == "Via Roma 1\n00184 Roma"
    assert mario.flags == (
        Flag(FlagKind.BANNED, "Written contact only"),
        Flag(FlagKind.ABUSIVE, count=2),
        Flag(FlagKind.VIP),
    )
    wang = store.directory.lookup_phone("+8613800138000")[0]
    assert wang.flags == (Flag(FlagKind.NEEDS_INTERPRETER, "ext. 2100"),)
    assert store.directory.lookup_phone("+74951234567")[0].name == "Иван Петров"


def test_errors_name_line_and_column_and_good_rows_import(
    store: LocalStore, tmp_path: Path
) -> None:
    path = _write(
        tmp_path,
        "name,phones,language,email,flags,customer_number,shoe_size\n"  # line 1
        "Good One,+390612345678,it,,,C1,42\n"  # line 2
        ",+390612345679,it,,,C2,1\n"  # line 3: no name
        "Bad Phone,12ab,it,,,C3,1\n"  # line 4
        '"Multi\nLine",+390612345670,italian,,,C4,1\n'  # lines 5-6: bad language
        "Bad Mail,,en,not-an-address,,C5,1\n"  # line 7
        "Bad Flag,,en,,rude,C6,1\n"  # line 8
        "Too,Few\n"  # line 9
        "Good Two,,de,a@b.example,at_risk=call back,C7,1\n",  # line 10
    )
    report = store.import_customers_csv(path, "IT")
    assert (report.rows, report.imported, report.skipped) == (8, 2, 6)
    problems = [(p.line, p.column) for p in report.problems]
    assert problems == [
        (1, "shoe_size"),
        (3, "name"),
        (4, "phones"),
        (5, "language"),
        (7, "email"),
        (8, "flags"),
        (9, ""),
    ]
    assert str(report.problems[2]) == (
        "line 4, column 'phones': '12ab' is not a phone number (region IT)"
    )
    assert "unknown flag 'rude'" in report.problems[5].message
    assert "2 fields, the header has 7" in report.problems[6].message
    assert {c.name for c in store.directory.search("good")} == {"Good One", "Good Two"}


def test_invalid_utf8_and_nul_are_reported(store: LocalStore, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"name,notes\nOk,fine\nBroken \xff\xfe,x\nNul,a\x00b\n")
    report = store.import_customers_csv(path, "IT")
    assert report.imported == 1
    assert [(p.line, p.column) for p in report.problems] == [(3, "name"), (4, "notes")]
    assert "UTF-8" in report.problems[0].message and "NUL" in report.problems[1].message


def test_bom_and_reimport_updates_by_customer_number(store: LocalStore, tmp_path: Path) -> None:
    first = tmp_path / "a.csv"
    first.write_text("name,customer_number,phones\nOld Name,C9,+390612345678\n", "utf-8-sig")
    store.import_customers_csv(first, "IT")
    second = _write(
        tmp_path,
        "name,customer_number,phones\nFirst,C9,+390612345671\nNew Name,C9,+390612345672\n",
        "b.csv",
    )
    report = store.import_customers_csv(second, "IT")
    assert report.imported == 2
    [customer] = store.directory.search("C9")
    assert customer.name == "New Name" and customer.phones == ("+390612345672",)
    assert store.directory.lookup_phone("+390612345678") == []


def test_header_problems_are_known_errors(store: LocalStore, tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="no column name"):
        store.import_customers_csv(_write(tmp_path, "phones,email\n1,2\n"), "IT")
    with pytest.raises(KnownError, match="empty"):
        store.import_customers_csv(_write(tmp_path, "", "empty.csv"), "IT")
    with pytest.raises(KnownError, match="Cannot read"):
        store.import_customers_csv(tmp_path / "missing.csv", "IT")


def test_streams_in_batches(store: LocalStore, tmp_path: Path) -> None:
    lines = [HEADER] + [
        f"N{i},Customer {i},en,,+44 20 7946 {i % 10000:04d},,,," for i in range(5000)
    ]
    report = store.import_customers_csv(_write(tmp_path, "\n".join(lines) + "\n"), "GB")
    assert report.imported == 5000 and report.problem_count == 0
    assert store.db.scalar("SELECT count(*) FROM customers") == 5000
    assert store.db.scalar("SELECT count(*) FROM phones") == 5000
