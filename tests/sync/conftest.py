"""Sync test fixtures: a real server (SQLite file or PostgreSQL) on loopback, a desk store."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.requirements import require_module

require_module("fastapi", "softphone[server]")

from softphone.server import migrate  # noqa: E402
from softphone.server.db import Database  # noqa: E402
from softphone.server.models import Note as ServerNote  # noqa: E402
from softphone.store import LocalStore  # noqa: E402
from tests.helpers.postgres import PgCluster  # noqa: E402
from tests.helpers.sync_server import ThreadedServer, add_agent  # noqa: E402

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def sync_pg_template(postgres_cluster: PgCluster) -> str:
    postgres_cluster.sql("CREATE DATABASE sync_template")
    db = Database(postgres_cluster.url("sync_template"), pool_size=1)
    migrate.upgrade(db)
    db.dispose()
    return "sync_template"


def make_db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / f'server-{next(_numbers)}.db'}"
        db = Database(url, pool_size=1)
        migrate.upgrade(db)
        db.dispose()
        return url
    template = request.getfixturevalue("sync_pg_template")
    cluster: PgCluster = request.getfixturevalue("postgres_cluster")
    name = f"sync_{next(_numbers)}_{uuid.uuid4().hex[:6]}"
    cluster.sql(f"CREATE DATABASE {name} TEMPLATE {template}")
    return cluster.url(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def server_db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    return make_db_url(backend, tmp_path, request)


@pytest.fixture
def server(server_db_url: str, tmp_path: Path) -> Iterator[ThreadedServer]:
    live = ThreadedServer(server_db_url, tmp_path / "server").start()
    try:
        yield live
    finally:
        live.stop()


@pytest.fixture
def token(server_db_url: str) -> str:
    return add_agent(server_db_url, "alice")


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "desk" / "softphone.sqlite3"


@pytest.fixture
def desk(store_path: Path) -> Iterator[LocalStore]:
    store = LocalStore.open(store_path, default_region="IT")
    yield store
    store.close()


@pytest.fixture
def server_notes(server_db_url: str) -> Callable[[], dict[str, dict[str, Any]]]:
    """server_notes() → {note id: {agent, state, revision, text, ...}} from the server DB."""

    def read() -> dict[str, dict[str, Any]]:
        db = Database(server_db_url, pool_size=1)
        try:
            with db.reading() as session:
                return {
                    str(n.id): {
                        "agent": n.agent,
                        "state": n.state,
                        "revision": n.revision,
                        "text": n.text,
                        "kind": n.kind,
                        "customer_id": str(n.customer_id) if n.customer_id else "",
                    }
                    for n in session.query(ServerNote)
                }
        finally:
            db.dispose()

    return read
