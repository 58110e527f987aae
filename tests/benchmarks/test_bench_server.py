"""Server benchmarks on a real PostgreSQL (figures printed, not asserted).

- ingest: events/s with 50 concurrent agents posting batches to a real uvicorn (2 workers)
- visibility: time from an agent's POST until another client reads the note (p50/p99)
- supervisor list query (last 24 h, filtered, 50 rows) p50/p95 over N generated notes
Scale with SOFTPHONE_BENCH_SCALE (default 0.01: 100,000 notes; 1: 10,000,000 notes, made
with INSERT … SELECT generate_series). Run: pytest tests/benchmarks/test_bench_server.py -s
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from tests.helpers.ports import free_port
from tests.helpers.postgres import PgCluster, start_cluster
from tests.helpers.requirements import require_module

pytestmark = pytest.mark.benchmark

SCALE = float(os.environ.get("SOFTPHONE_BENCH_SCALE", "0.01"))
AGENTS = 50
BATCH = 50  # events per POST: 25 calls + 25 notes
BATCHES_PER_AGENT = max(4, int(40 * min(1.0, SCALE * 10)))
LIST_NOTES = int(10_000_000 * SCALE)


@dataclass
class Bench:
    cluster: PgCluster
    url: str  # http base of the running server
    db_url: str
    tokens: list[str]
    reader: str  # integration token


def _cli(env: dict[str, str], *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "softphone.server.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    )
    return out.stdout


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bench]:
    require_module("fastapi", "softphone[server]")
    import httpx

    cluster = start_cluster(fast=False)  # durable settings: fsync and synchronous commit on
    server: subprocess.Popen[bytes] | None = None
    try:
        cluster.sql("CREATE DATABASE bench")
        db_url = cluster.url("bench")
        env = {
            **os.environ,
            "SOFTPHONE_SERVER_DB": db_url,
            "SOFTPHONE_SERVER_DATA_DIR": str(tmp_path_factory.mktemp("bench")),
            "SOFTPHONE_SERVER_DB_POOL_SIZE": "20",
        }
        _cli(env, "init")
        tokens = [_cli(env, "add-agent", f"agent{i:02d}").split()[-1] for i in range(AGENTS)]
        reader = _cli(env, "add-agent", "reports", "--role", "integration").split()[-1]
        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "softphone.server.cli",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--workers",
                "2",
                "--no-migrate",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        yield Bench(cluster, url, db_url, tokens, reader)
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        cluster.stop()


def _batch(now: datetime) -> dict[str, list[dict[str, object]]]:
    calls, notes = [], []
    for _ in range(BATCH // 2):
        call_id = str(uuid.uuid4())
        calls.append(
            {
                "id": call_id,
                "direction": "inbound",
                "started_at": now.isoformat(),
                "answered_at": (now + timedelta(seconds=3)).isoformat(),
                "ended_at": (now + timedelta(seconds=95)).isoformat(),
                "number": "+390612345678",
                "ended_by": "remote",
            }
        )
        notes.append(
            {
                "id": str(uuid.uuid4()),
                "kind": "wrapup",
                "created_at": now.isoformat(),
                "call_id": call_id,
                "text": "Customer asked about the invoice; resolved.",
            }
        )
    return {"calls": calls, "notes": notes}


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def test_ingest_events_per_second(bench: Bench) -> None:
    import httpx

    async def agent(client: httpx.AsyncClient, token: str, latencies: list[float]) -> int:
        sent = 0
        headers = {"Authorization": f"Bearer {token}"}
        for _ in range(BATCHES_PER_AGENT):
            body = _batch(datetime.now(UTC))
            started = time.perf_counter()
            r = await client.post("/api/v1/events", json=body, headers=headers)
            latencies.append(time.perf_counter() - started)
            assert r.status_code == 200 and r.json()["accepted"] == BATCH, r.text
            sent += BATCH
        return sent

    async def run() -> tuple[int, float, list[float]]:
        latencies: list[float] = []
        limits = httpx.Limits(max_connections=AGENTS)
        async with httpx.AsyncClient(base_url=bench.url, timeout=120, limits=limits) as client:
            await agent(client, bench.tokens[0], [])  # warm-up: connections, plans
            started = time.perf_counter()
            counts = await asyncio.gather(*(agent(client, t, latencies) for t in bench.tokens))
            return sum(counts), time.perf_counter() - started, latencies

    events, seconds, latencies = asyncio.run(run())
    print(
        f"\n[bench] ingest: {events} events from {AGENTS} concurrent agents "
        f"({BATCH}/batch, 2 uvicorn workers, PostgreSQL fsync on) in {seconds:.2f} s = "
        f"{events / seconds:,.0f} events/s; batch latency p50 {pct(latencies, 0.5) * 1000:.0f} ms, "
        f"p95 {pct(latencies, 0.95) * 1000:.0f} ms"
    )


def test_note_visible_after_post(bench: Bench) -> None:
    import httpx

    waits: list[float] = []
    agent = {"Authorization": f"Bearer {bench.tokens[1]}"}
    reader = {"Authorization": f"Bearer {bench.reader}"}
    with (
        httpx.Client(base_url=bench.url, timeout=30) as a,
        httpx.Client(base_url=bench.url, timeout=30) as r,
    ):
        for i in range(200):
            note_id = str(uuid.uuid4())
            body = {
                "notes": [
                    {
                        "id": note_id,
                        "kind": "critical",
                        "state": "completed",
                        "reason": "insults",
                        "created_at": datetime.now(UTC).isoformat(),
                        "text": f"visibility probe {i}",
                    }
                ]
            }
            started = time.perf_counter()
            assert a.post("/api/v1/events", json=body, headers=agent).status_code == 200
            while True:
                items = r.get(
                    "/api/v1/notes", params={"agent": "agent01", "limit": 1}, headers=reader
                ).json()["items"]
                if items and items[0]["id"] == note_id:
                    break
            waits.append(time.perf_counter() - started)
    print(
        f"\n[bench] note visible to another client after the agent's POST: "
        f"p50 {pct(waits, 0.5) * 1000:.1f} ms, p99 {pct(waits, 0.99) * 1000:.1f} ms, "
        f"max {max(waits) * 1000:.1f} ms (200 notes)"
    )


REASONS_SQL = "ARRAY['insults','shouting','refuses_to_cooperate','threats','other']"
GENERATE = f"""
INSERT INTO notes (id, agent, kind, state, revision, reason, text, customer_id, call_id,
    created_at, received_at, updated_at, steps, details, medical_possible, review_state,
    reviewed_by, review_comment, change_seq)
SELECT gen_random_uuid(), 'gen' || (g %% 200),
    CASE WHEN g %% 10 = 0 THEN 'critical' ELSE 'wrapup' END, 'completed', 0,
    CASE WHEN g %% 10 = 0 THEN ({REASONS_SQL})[1 + (g / 10) %% 5] END,
    'generated note ' || g, NULL, '', now() - (g::float8 / %(n)s) * interval '365 days',
    now(), now(), '[]'::jsonb, '{{}}'::jsonb, NULL,
    CASE WHEN g %% 10 = 0 THEN 'confirmed' ELSE 'none' END, '', '', 0
FROM generate_series(%(start)s, %(stop)s) AS g
"""


def test_supervisor_list_query(bench: Bench) -> None:
    import psycopg
    from sqlalchemy.orm import Session

    from softphone.server import logs
    from softphone.server.db import Database

    started = time.perf_counter()
    dsn = f"host=127.0.0.1 port={bench.cluster.port} user=postgres dbname=bench"
    with psycopg.connect(dsn, autocommit=True) as conn:
        chunk = 1_000_000
        for start in range(1, LIST_NOTES + 1, chunk):
            stop = min(LIST_NOTES, start + chunk - 1)
            conn.execute(GENERATE, {"n": LIST_NOTES, "start": start, "stop": stop})  # type: ignore[arg-type]
        conn.execute("ANALYZE notes")
        total = conn.execute("SELECT count(*) FROM notes").fetchone()
    print(
        f"\n[bench] generated {LIST_NOTES:,} notes in {time.perf_counter() - started:.1f} s "
        f"(table now {total[0] if total else 0:,} rows)"
    )
    db = Database(bench.db_url, pool_size=2)
    since = datetime.now(UTC) - timedelta(hours=24)
    reasons = ["insults", "shouting", "refuses_to_cooperate", "threats", "other"]
    timings: dict[str, list[float]] = {"agent+critical": [], "reason": [], "all": []}
    try:
        with db.reading() as session:
            assert isinstance(session, Session)
            for i in range(300):
                filters = {
                    "agent+critical": logs.NoteFilter(
                        agent=f"gen{i % 200}", kind="critical", since=since
                    ),
                    "reason": logs.NoteFilter(reason=reasons[i % 5], since=since),
                    "all": logs.NoteFilter(since=since),
                }
                for name, f in filters.items():
                    t0 = time.perf_counter()
                    rows, _ = logs.list_notes(session, f, limit=50)
                    timings[name].append(time.perf_counter() - t0)
                    session.expunge_all()
                    assert rows or name == "agent+critical"
    finally:
        db.dispose()
    for name, values in timings.items():
        print(
            f"[bench] list query last 24 h, filter {name}: p50 {pct(values, 0.5) * 1000:.1f} ms, "
            f"p95 {pct(values, 0.95) * 1000:.1f} ms over {LIST_NOTES:,} notes"
        )
