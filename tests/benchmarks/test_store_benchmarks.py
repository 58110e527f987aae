"""Store benchmarks: lookup -> card, history pages, size on disk, CSV import, write-ahead note.

Figures are printed, not asserted. Scale with SOFTPHONE_BENCH_SCALE: a fraction of the
full size (1,000,000 customers, 1.3 phones each, 10,000,000 history rows); "full" = 1.
The default, 0.01, runs in about a minute. SOFTPHONE_BENCH_DB=path reuses (or creates
once) a generated database, e.g. one made by generate_store.py.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from softphone.store import LocalStore
from tests.benchmarks.generate_store import customer_id, generate

pytestmark = pytest.mark.benchmark

FULL_CUSTOMERS = 1_000_000
FULL_HISTORY = 10_000_000


def _scale() -> float:
    raw = os.environ.get("SOFTPHONE_BENCH_SCALE", "0.01").strip().lower()
    return 1.0 if raw == "full" else float(raw)


SCALE = _scale()
CUSTOMERS = max(1000, int(FULL_CUSTOMERS * SCALE))
HISTORY = max(10_000, int(FULL_HISTORY * SCALE))
HEAVY = max(5, int(100 * SCALE))


def _print(capsys: pytest.CaptureFixture[str], line: str) -> None:
    with capsys.disabled():
        print(f"\n[bench] {line}", end="")


def _percentiles(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    q = statistics.quantiles(ms, n=100, method="inclusive")
    return f"p50 {q[49]:.3f} ms, p99 {q[98]:.3f} ms, max {ms[-1]:.3f} ms (n={len(ms):,})"


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("SOFTPHONE_BENCH_DB")
    path = Path(given) if given else tmp_path_factory.mktemp("bench") / "big.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        result = generate(
            path, customers=CUSTOMERS, history=HISTORY, heavy=HEAVY, seed=7, log=False
        )
        print(f"\n[bench] generated {result} in {time.perf_counter() - started:.1f} s")
    return path


@pytest.fixture(scope="module")
def big_store(big_db: Path) -> Iterator[LocalStore]:
    store = LocalStore.open(big_db)
    yield store
    store.close()


def test_database_size(
    big_store: LocalStore, big_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = big_store.db
    counts = {
        t: db.scalar(f"SELECT count(*) FROM {t}") for t in ("customers", "phones", "calls", "notes")
    }
    size = sum(
        Path(f"{big_db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{big_db}{s}").exists()
    )
    rows = counts["calls"] + counts["notes"]
    _print(
        capsys,
        f"database {counts}: {size / 2**20:,.0f} MiB on disk, "
        f"{size / max(1, rows):.0f} bytes per history row",
    )


def test_lookup_by_number(big_store: LocalStore, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(11)
    numbers = []
    for i in rng.sample(range(CUSTOMERS), min(10_000, CUSTOMERS)):
        numbers.append(
            big_store.db.scalar("SELECT e164 FROM phones WHERE customer_id = ?", [customer_id(i)])
        )
    directory = big_store.directory
    samples = []
    found = 0
    for number in numbers:
        started = time.perf_counter()
        cards = directory.lookup_phone(number)
        samples.append(time.perf_counter() - started)
        found += bool(cards)
    assert found == len(numbers)
    _print(capsys, f"lookup by number -> Customer: {_percentiles(samples)} (goal p99 <= 5 ms)")
    # The store's part of a screen pop: the card and the first page of history.
    samples = []
    for number in numbers[:2000]:
        started = time.perf_counter()
        card = directory.lookup_phone(number)[0]
        directory.history(card.id, limit=50)
        samples.append(time.perf_counter() - started)
    _print(
        capsys,
        f"lookup + first history page (store part of the screen pop): {_percentiles(samples)}",
    )


def test_history_pages(big_store: LocalStore, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(12)
    directory = big_store.directory
    ordinary = [
        customer_id(i) for i in rng.sample(range(HEAVY, CUSTOMERS), min(2000, CUSTOMERS - HEAVY))
    ]
    heavy = [customer_id(i) for i in range(HEAVY)]
    first = [_timed(lambda c=c: directory.history(c, limit=50)) for c in ordinary]
    _print(capsys, f"history first page, typical customer: {_percentiles(first)}")
    first_heavy = [
        _timed(lambda c=c: directory.history(c, limit=50)) for c in heavy * (200 // len(heavy) + 1)
    ]
    entries = directory.history_count(heavy[0])
    _print(
        capsys,
        f"history first page, customer with {entries:,} entries: {_percentiles(first_heavy)}",
    )
    deep = [_timed(lambda c=c: directory.history(c, offset=2000, limit=50)) for c in heavy]
    _print(capsys, f"history page at offset 2,000 (heavy): {_percentiles(deep * 2)}")
    counted = [_timed(lambda c=c: directory.history_count(c)) for c in heavy]
    _print(capsys, f"history_count (heavy): {_percentiles(counted * 2)}")
    searched = [_timed(lambda c=c: directory.history(c, search="renewal", limit=50)) for c in heavy]
    _print(capsys, f"history search over {entries:,} entries: {_percentiles(searched * 2)}")
    names = [
        _timed(lambda t=t: directory.search(t, limit=20))
        for t in ("giulia", "王", "смирнов", "rossi 12")
    ]
    _print(
        capsys, f"customer search by name (prefix, then substring scan): {_percentiles(names * 3)}"
    )


def test_write_ahead_note(
    big_store: LocalStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for label, store in (
        ("big store", big_store),
        ("fresh store", LocalStore.open(tmp_path / "fresh.db")),
    ):
        begin, complete = [], []
        for i in range(200):
            started = time.perf_counter()
            note_id = store.begin_critical(
                call_id=f"bench-{i}",
                customer_id=customer_id(i % CUSTOMERS),
                agent="bench",
                step="farewell",
                wall="",
                monotonic=time.monotonic(),
            )
            begin.append(time.perf_counter() - started)
            started = time.perf_counter()
            store.complete_critical(
                note_id,
                played_ms=4000,
                hung_up_by="agent",
                sip_status=200,
                farewell_missing=False,
                details={"outcome": "critical_ending"},
            )
            complete.append(time.perf_counter() - started)
        _print(capsys, f"write-ahead begin_critical durable ({label}): {_percentiles(begin)}")
        _print(capsys, f"complete_critical + abusive flag ({label}): {_percentiles(complete)}")
        if store is not big_store:
            store.close()


def test_csv_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = max(10_000, int(200_000 * SCALE))
    path = tmp_path / "customers.csv"
    rng = random.Random(13)
    with path.open("w", encoding="utf-8") as out:
        out.write("customer_number,name,language,segment,phones,email,address,notes,flags\n")
        for i in range(rows):
            phones = ";".join(f"+39 3{rng.randrange(10**9):09d}" for _ in range(1 + (i % 3 == 0)))
            out.write(
                f'K{i},Cliente {i} Rossi,it,consumer,"{phones}",k{i}@example.com,'
                f'"Via Roma {i % 200}, Roma",,{"vip" if i % 100 == 0 else ""}\n'
            )
    with LocalStore.open(tmp_path / "import.db") as store:
        report = store.import_customers_csv(path, "IT")
    assert report.imported == rows, report.problems[:3]
    size = path.stat().st_size
    _print(capsys, f"CSV import: {report.summary()} ({size / 2**20:.1f} MiB file)")
