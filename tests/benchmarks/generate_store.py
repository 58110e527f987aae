"""Generate a big local store for benchmarks (not committed data): customers, phones, history.

    python tests/benchmarks/generate_store.py OUT.sqlite3 \\
        --customers 1000000 --phones-per-customer 1.3 --history 10000000

The schema comes from the real migrations; rows go in with executemany in big
transactions, secondary indexes are dropped during the load and rebuilt after, and the
file is left in WAL mode like the app's. Deterministic for a given --seed.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from softphone.store import LocalStore
from softphone.store.db import iso

FIRST = (
    "Giulia", "Marco", "Anna", "Lukas", "Ольга", "Дмитрий", "Oliver", "Emma", "Sofia",
    "Jonas", "Мария", "Алексей", "James", "Charlotte", "Matteo", "Lena",
)  # fmt: skip
LAST = (
    "Rossi", "Bianchi", "Müller", "Schmidt", "Смирнов", "Кузнецов", "Smith", "Jones",
    "Esposito", "Weber", "Попов", "Taylor", "Romano", "Fischer", "Brown", "Greco",
)  # fmt: skip
CHINESE = ("王伟", "李娜", "张敏", "刘洋", "陈静", "杨磊", "赵强", "黄丽")
LANGS = ("it", "de", "ru", "zh", "en")
PREFIXES = {"it": "+393", "de": "+49151", "ru": "+7916", "zh": "+86138", "en": "+447"}
DIGITS = {"it": 9, "de": 8, "ru": 7, "zh": 8, "en": 9}
AGENTS = tuple(f"agent{i:03d}" for i in range(60))
DISPOSITIONS = ("resolved", "callback promised", "escalated", "information given", "")
TEXTS = (
    "Invoice question answered; sent a copy by e-mail.",
    "Router replaced, customer confirmed the line works.",
    "Wants a call back next week about the contract renewal.",
    "Complaint about waiting time; apologised and logged it.",
)
BATCH = 50_000


def customer_id(i: int) -> str:
    """Sequential UUID-shaped ids: the load appends to the B-trees instead of splitting."""
    return f"00000000-0000-4000-8000-{i:012d}"


def _phone(rng: random.Random, lang: str) -> str:
    return PREFIXES[lang] + str(rng.randrange(10 ** DIGITS[lang])).zfill(DIGITS[lang])


def _times(now: datetime, count: int = 200_000) -> list[str]:
    """A sorted pool of timestamps over the past year (formatting 30 M of them is slow)."""
    step = timedelta(days=365) / count
    start = now - timedelta(days=365)
    return [iso(start + step * k) for k in range(count)]


def generate(
    path: Path,
    *,
    customers: int,
    phones_per_customer: float = 1.3,
    history: int,
    heavy: int = 100,
    heavy_entries: int = 5000,
    seed: int = 1,
    now: datetime | None = None,
    log: bool = True,
) -> dict[str, float]:
    """Write the database at `path` (replacing it); returns counts and seconds."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    LocalStore.open(path).close()  # the real schema, via the migrations
    rng = random.Random(seed)
    times = _times(now or datetime.now(UTC))
    started = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-1000000")
    conn.execute("PRAGMA temp_store=MEMORY")
    indexes = [
        (name, sql)
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
        )
    ]
    for name, _ in indexes:
        conn.execute(f"DROP INDEX {name}")

    def say(message: str) -> None:
        if log:
            print(f"[{time.perf_counter() - started:7.1f}s] {message}", file=sys.stderr)

    extra_phone = phones_per_customer - 1.0
    heavy = min(heavy, customers)
    rest = max(0, history - heavy * heavy_entries)
    mean = rest / max(1, customers - heavy)
    counts = {"customers": 0, "phones": 0, "calls": 0, "notes": 0}
    cust_rows: list[tuple[object, ...]] = []
    phone_rows: list[tuple[object, ...]] = []
    call_rows: list[tuple[object, ...]] = []
    note_rows: list[tuple[object, ...]] = []

    def flush(final: bool = False) -> None:
        if not final and len(call_rows) + len(note_rows) + len(cust_rows) < BATCH:
            return
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO customers (id, number, name, language, segment, email, address, "
            "notes, updated_at, name_fold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            cust_rows,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO phones (e164, customer_id, position) VALUES (?, ?, ?)",
            phone_rows,
        )
        conn.executemany(
            "INSERT INTO calls (id, sip_call_id, direction, agent, remote_uri, number, "
            "customer_id, started_at, answered_at, ended_at, end_reason, ended_by, disposition)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            call_rows,
        )
        conn.executemany(
            "INSERT INTO notes (id, kind, state, agent, customer_id, call_id, created_at, "
            "text, reason, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            note_rows,
        )
        conn.execute("COMMIT")
        for key, rows in (
            ("customers", cust_rows),
            ("phones", phone_rows),
            ("calls", call_rows),
            ("notes", note_rows),
        ):
            counts[key] += len(rows)
            rows.clear()

    serial = 0
    last_report = 0
    pool = len(times) - 10
    for i in range(customers):
        cid = customer_id(i)
        lang = LANGS[i % 5]
        name = (
            rng.choice(CHINESE) if lang == "zh" else f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        )
        cust_rows.append(
            (cid, f"N{i:07d}", name, lang, "consumer", f"c{i}@example.com", "", "",
             times[-1], name.casefold())
        )  # fmt: skip
        phone_rows.append((_phone(rng, lang), cid, 0))
        if rng.random() < extra_phone:
            phone_rows.append((_phone(rng, lang), cid, 1))
        entries = heavy_entries if i < heavy else int(rng.random() * 2 * mean + 0.5)
        number = phone_rows[-1][0]
        for _ in range(entries):
            serial += 1
            at = rng.randrange(pool)
            agent = AGENTS[serial % 60]
            item_id = f"{serial:08x}-0000-4000-9000-000000000000"
            if serial % 10 < 7:
                answered = serial % 7 != 0
                call_rows.append(
                    (item_id, f"{serial:x}@pbx.example.com", "inbound" if serial % 4 else
                     "outbound", agent, f"sip:{number}@pbx.example.com", number, cid, times[at],
                     times[at + 1] if answered else "", times[at + 3],
                     "200 OK" if answered else "487", "remote",
                     DISPOSITIONS[serial % 5] if answered else "")
                )  # fmt: skip
            else:
                critical = serial % 97 == 0
                note_rows.append(
                    (item_id, "critical" if critical else "wrapup", "completed", agent, cid,
                     "", times[at], TEXTS[serial % 4], "insults" if critical else "",
                     '{"disposition": "resolved"}')
                )  # fmt: skip
        flush()
        if counts["calls"] + counts["notes"] - last_report >= 1_000_000:
            last_report = counts["calls"] + counts["notes"]
            say(f"{i + 1:,} customers, {last_report:,} history rows")
    flush(final=True)
    say(f"loaded {counts}; rebuilding {len(indexes)} indexes")
    for name, sql in indexes:
        conn.execute(sql)
        say(f"index {name}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    seconds = time.perf_counter() - started
    say(f"done in {seconds:.0f} s")
    return {**{k: float(v) for k, v in counts.items()}, "seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--phones-per-customer", type=float, default=1.3)
    parser.add_argument("--history", type=int, default=10_000_000)
    parser.add_argument("--heavy", type=int, default=100, help="customers with many entries")
    parser.add_argument("--heavy-entries", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    result = generate(
        args.out,
        customers=args.customers,
        phones_per_customer=args.phones_per_customer,
        history=args.history,
        heavy=args.heavy,
        heavy_entries=args.heavy_entries,
        seed=args.seed,
    )
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
