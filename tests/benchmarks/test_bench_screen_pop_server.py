"""Screen-pop benchmark with a sync server: ring -> card + first history page painted when
the local cache misses and the server knows the caller (the app's card directory:
features.card_directory_factory -> SyncService.fallback_directory), then the same numbers
again, now answered from the cache. Real ScreenPop, real SyncService, a real server
(uvicorn on loopback, SQLite). Figures are printed, not asserted.
Run: pytest tests/benchmarks/test_bench_screen_pop_server.py -s
"""

from __future__ import annotations

import statistics
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from softphone.config.settings import Settings
from softphone.store import LocalStore
from tests.helpers.requirements import require_module

pytestmark = pytest.mark.benchmark

RINGS = 100
NOTES_EACH = 3


def _number(i: int) -> str:
    return f"+3902{i:08d}"


def _percentiles(ms: list[float]) -> str:
    q = statistics.quantiles(sorted(ms), n=100, method="inclusive")
    return f"p50 {q[49]:.1f} ms, p95 {q[94]:.1f} ms, max {max(ms):.1f} ms (n={len(ms)})"


def _seed_server(db_url: str, server_url: str) -> None:
    from softphone.protocol.events import EventBatch, NoteEvent
    from softphone.server.csv_import import import_text
    from softphone.server.db import Database
    from softphone.server.models import Customer as ServerCustomer
    from softphone.sync.client import SyncClient
    from tests.helpers.sync_server import add_agent

    rows = ["customer_number,name,language,segment,phones,email,address,notes,flags"]
    rows += [f"B-{i},Cliente {i},it,retail,{_number(i)},,,,vip" for i in range(RINGS)]
    db = Database(db_url, pool_size=1)
    try:
        report = import_text(db, "\n".join(rows) + "\n", source="bench")
        assert not report.problems, report.problems
        with db.reading() as session:
            ids = [str(c.id) for c in session.query(ServerCustomer)]
    finally:
        db.dispose()
    notes = [
        NoteEvent(
            id=str(uuid.uuid4()),
            kind="manual",
            created_at=datetime.now(UTC),
            customer_id=customer_id,
            text=f"note {n}",
        )
        for customer_id in ids
        for n in range(NOTES_EACH)
    ]
    with SyncClient(server_url, add_agent(db_url, "bob")) as client:
        result = client.post_events(EventBatch(notes=notes))
    assert result.accepted == len(notes), result


def test_screen_pop_local_miss_server_hit(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    require_module("fastapi", "softphone[server]")
    from softphone.app.features import card_directory_factory
    from softphone.server import migrate
    from softphone.server.db import Database
    from softphone.sync import SyncService
    from softphone.sync.client import normalise_url
    from softphone.sync.puller import cursor_key
    from softphone.ui.card.screen_pop import ScreenPop
    from tests.helpers.sync_server import ThreadedServer, add_agent

    db_url = f"sqlite:///{tmp_path / 'server.db'}"
    db = Database(db_url, pool_size=1)
    migrate.upgrade(db)
    db.dispose()
    server = ThreadedServer(db_url, tmp_path / "server").start()
    store_path = tmp_path / "desk" / "softphone.sqlite3"
    LocalStore.open(store_path, default_region="IT").close()
    token = add_agent(db_url, "alice")
    # The puller's first pull happens now; the next is an hour away, so the customers
    # added after it are found through the card's server lookup only.
    service = SyncService(store_path, server.url, token=token, pull_interval=3600)
    pop = None
    try:
        service.start()
        key = cursor_key(normalise_url(server.url))
        deadline = time.monotonic() + 30
        while True:
            with LocalStore.open(store_path) as store:
                if store.sync_value(key) is not None:
                    break
            assert time.monotonic() < deadline, service.status()
            time.sleep(0.02)
        _seed_server(db_url, server.url)
        with LocalStore.open(store_path) as store:  # not pulled: only the server knows them
            assert store.db.scalar("SELECT count(*) FROM customers") == 0

        settings = Settings(None)
        settings.set("general.agent_name", "bench")
        pop = ScreenPop(card_directory_factory(store_path, "IT", service), settings)
        qtbot.addWidget(pop)
        pop.resize(640, 860)
        pop.show()
        qtbot.waitExposed(pop)
        # warm-up: the lookup thread opens its store and client; every widget painted once
        with qtbot.waitSignal(pop.card_painted, timeout=10_000):
            pop.call_ringing("warm-up", "+390299999999", "", False)

        def ring_all(label: str) -> list[float]:
            measured: list[float] = []
            for i in range(RINGS):
                call_id = f"{label}-{i}"
                with qtbot.waitSignal(pop.card_painted, timeout=10_000) as painted:
                    pop.call_ringing(call_id, _number(i), "", False)
                assert painted.args is not None and painted.args[0] == call_id
                assert pop.area.current() is pop.card, label
                assert pop.card.name.full_text() == f"Cliente {i}"
                measured.append(float(painted.args[1]))
            return measured

        miss = ring_all("miss")  # each number rings here for the first time
        hit = ring_all("hit")  # cached by the first round
    finally:
        if pop is not None:
            pop.shutdown()
        service.stop(10)
        server.stop()
    with capsys.disabled():
        print("\n[bench] screen pop with a sync server (uvicorn + SQLite on loopback)")
        print(
            f"[bench] ring -> card + history painted, local miss + server hit: {_percentiles(miss)}"
        )
        print(
            f"[bench] ring -> card + history painted, then cached (local hit):  {_percentiles(hit)}"
        )
