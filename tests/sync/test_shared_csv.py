"""One customer CSV for both importers: same flags format, same customer ids, one card each."""

from __future__ import annotations

from pathlib import Path

from softphone.core.records import FlagKind
from softphone.server.csv_import import import_text, parse
from softphone.server.db import Database
from softphone.server.models import Customer as ServerCustomer
from softphone.server.models import Flag as ServerFlag
from softphone.store import LocalStore
from softphone.sync.client import SyncClient
from softphone.sync.puller import ChangePuller
from tests.helpers.sync_server import ThreadedServer

CSV = """customer_number,name,language,segment,phones,email,address,notes,flags
C-1,Mario Rossi,it,retail,+390612345678,m@example.com,,,vip;banned=Written contact only
C-2,Li Wei,zh,business,+8613800138000,,,,abusive:2;at_risk
C-3,Anna Bianchi,it,,+390287654321,,,,abusive
"""


def test_one_file_imports_alike_on_server_and_desktop(
    server: ThreadedServer, server_db_url: str, token: str, desk: LocalStore, tmp_path: Path
) -> None:
    path = tmp_path / "customers.csv"
    path.write_text(CSV, encoding="utf-8")
    report = desk.import_customers_csv(path, "IT")
    assert (report.imported, report.problem_count) == (3, 0)
    db = Database(server_db_url, pool_size=1)
    try:
        server_report = import_text(db, CSV, source=str(path))
        assert (server_report.created, server_report.problems) == (3, [])
        with db.reading() as session:
            ids = {c.number: str(c.id) for c in session.query(ServerCustomer)}
            flags = {
                (str(f.customer_id), f.kind, f.count, f.instruction)
                for f in session.query(ServerFlag)
            }
    finally:
        db.dispose()
    local = {n: desk.directory.search(n)[0] for n in ("C-1", "C-2", "C-3")}
    assert {n: c.id for n, c in local.items()} == ids  # the same customer, the same id
    local_flags = {
        (c.id, f.kind.value, f.count, f.instruction) for c in local.values() for f in c.flags
    }
    assert local_flags == flags
    assert (ids["C-2"], "abusive", 2, "") in flags and (ids["C-3"], "abusive", 1, "") in flags
    # The changes feed then updates those same cards: one card per phone, flags kept.
    with SyncClient(server.url, token) as client:
        ChangePuller(server.url).pull_once(desk, client)
    (mario,) = desk.directory.lookup_phone("+390612345678")
    assert mario.id == ids["C-1"] and mario.flag(FlagKind.BANNED) is not None


def test_the_old_server_flag_format_is_named_as_a_problem() -> None:
    rows, problems = parse(
        "customer_number,name,phones,flags\nC-1,Mario,+390612345678,banned:written only\n"
    )
    assert rows == []
    assert [str(p) for p in problems] == [
        "line 2, column 'flags': 'banned:written only' is not kind[:count][=instruction]"
    ]
