"""The admin CLI: init, agents and their tokens, supervisors, customer import with errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from softphone.server import accounts
from softphone.server.cli import main
from softphone.server.db import Database
from softphone.server.models import AuditEntry, Customer, Flag, Supervisor
from softphone.server.security import token_hash

GOOD_AND_BAD = """customer_number,name,language,segment,phones,email,address,notes,flags
C-1,Mario Rossi,it,retail,+390612345678;+393471234567,m@example.com,"Via Roma 1",nice,vip
C-2,Anna Bianchi,it,,0612345678,,,,
C-3,,de,,+4930123456,,,,
C-4,Li Wei,zh,business,+8613800138000,li@example.com,,,banned=written contact only;at_risk;abusive:3
C-5,Bad Flag,en,,+441632960000,,,,grumpy
C-1,Mario Again,it,,+390612345679,,,,
"""


def run(db_url: str, *args: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--db", db_url, *args])


def test_agents_and_supervisors(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_url, "init", monkeypatch=monkeypatch) == 0
    assert run(db_url, "add-agent", "alice", monkeypatch=monkeypatch) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert token.startswith("spa_")
    db = Database(db_url, pool_size=1)
    try:
        with db.reading() as session:
            assert accounts.authenticate(session, token) is not None
            stored = [a.token_hash for a in accounts.list_agents(session)]
        assert stored == [token_hash(token)] and token not in stored  # only the hash is kept
        assert run(db_url, "add-agent", "alice", monkeypatch=monkeypatch) == 2
        assert "already exists" in capsys.readouterr().err
        assert run(db_url, "revoke-agent", "alice", monkeypatch=monkeypatch) == 0
        with db.reading() as session:
            assert accounts.authenticate(session, token) is None
        assert run(db_url, "revoke-agent", "nobody", monkeypatch=monkeypatch) == 2
        assert (
            run(
                db_url,
                "add-supervisor",
                "boss",
                "--password-stdin",
                stdin="short\n",
                monkeypatch=monkeypatch,
            )
            == 2
        )
        assert (
            run(
                db_url,
                "add-supervisor",
                "boss",
                "--password-stdin",
                stdin="a long enough password\n",
                monkeypatch=monkeypatch,
            )
            == 0
        )
        with db.reading() as session:
            boss = session.query(Supervisor).one()
            assert boss.password_hash.startswith("$argon2id$")
            assert {e.action for e in session.query(AuditEntry)} >= {
                "agent.add",
                "agent.revoke",
                "supervisor.add",
            }
        out = capsys.readouterr()
        assert "a long enough password" not in out.out + out.err
    finally:
        db.dispose()


def test_import_customers_names_line_and_column(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "customers.csv"
    path.write_text("\ufeff" + GOOD_AND_BAD, encoding="utf-8")
    assert run(db_url, "import-customers", str(path), monkeypatch=monkeypatch) == 1
    out = capsys.readouterr()
    assert "2 customers created, 0 updated, 4 problems" in out.out
    assert "line 3, column 'phones': '0612345678' is not an E.164 number" in out.err
    assert "line 4, column 'name': is empty" in out.err
    assert "line 6, column 'flags': unknown flag 'grumpy'" in out.err
    assert "line 7, column 'customer_number': 'C-1' already on line 2" in out.err
    db = Database(db_url, pool_size=1)
    try:
        with db.reading() as session:
            names = {c.number: c for c in session.query(Customer)}
            assert set(names) == {"C-1", "C-4"}
            assert [p.e164 for p in names["C-1"].phones] == ["+390612345678", "+393471234567"]
            flags = {(f.kind, f.count, f.instruction) for f in session.query(Flag)}
            assert flags == {
                ("vip", 0, ""),
                ("banned", 0, "written contact only"),
                ("at_risk", 0, ""),
                ("abusive", 3, ""),
            }
        # Re-importing updates by customer number instead of duplicating.
        path.write_text(
            GOOD_AND_BAD.splitlines()[0] + "\nC-1,Mario Rossi,it,vip,+390612345678,,,,\n",
            encoding="utf-8",
        )
        assert run(db_url, "import-customers", str(path), monkeypatch=monkeypatch) == 0
        assert "0 customers created, 1 updated, 0 problems" in capsys.readouterr().out
        with db.reading() as session:
            mario = session.query(Customer).filter_by(number="C-1").one()
            assert [p.e164 for p in mario.phones] == ["+390612345678"] and mario.segment == "vip"
    finally:
        db.dispose()
    missing = tmp_path / "missing-column.csv"
    missing.write_text("name,email\nX,x@example.com\n", encoding="utf-8")
    assert run(db_url, "import-customers", str(missing), monkeypatch=monkeypatch) == 1
    assert "line 1, column 'phones': required column is missing" in capsys.readouterr().err
