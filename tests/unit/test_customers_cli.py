"""`softphone customers import FILE.csv`: good rows import, bad ones are named by line/column."""

from __future__ import annotations

from pathlib import Path

import pytest

from softphone.app.cli import main
from softphone.store.localstore import DATABASE_NAME, LocalStore

CSV = """customer_number,name,language,segment,phones,email,address,notes,flags
A1,Mario Rossi,it,gold,+39 06 1234 5678,m@x.it,,,vip
A2,,de,,+4930123456,,,,
A3,Li Wei,zh,,not-a-number,,,,
"""


def test_import_reports_and_keeps_good_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SOFTPHONE_HOME", str(tmp_path / "home"))
    csv = tmp_path / "customers.csv"
    csv.write_text(CSV, "utf-8")
    assert main(["customers", "import", str(csv), "--provisioning", str(tmp_path / "none")]) == 1
    out, err = capsys.readouterr()
    assert "1 of 3 rows imported" in out
    assert "line 3, column 'name'" in err and "line 4, column 'phones'" in err
    store = LocalStore.open(tmp_path / "home" / "data" / DATABASE_NAME, default_region="IT")
    try:
        found = store.directory.lookup_phone("+390612345678")
        assert [c.name for c in found] == ["Mario Rossi"]
    finally:
        store.close()
