"""Server test fixtures: the same tests on SQLite and on a real PostgreSQL cluster."""

from __future__ import annotations

import itertools
import uuid
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers.requirements import require_module

require_module("fastapi", "softphone[server]")

with warnings.catch_warnings():  # Starlette's TestClient warns that it still uses httpx
    warnings.filterwarnings("ignore", message="Using `httpx` with")
    from fastapi.testclient import TestClient

from softphone.server import accounts, migrate  # noqa: E402
from softphone.server.app import create_app  # noqa: E402
from softphone.server.db import Database  # noqa: E402
from softphone.server.security import Passwords  # noqa: E402
from softphone.server.settings import ServerSettings  # noqa: E402
from tests.helpers.postgres import PgCluster  # noqa: E402
from tests.server.factories import log_in  # noqa: E402

SUPERVISOR = ("sup.anna", "correct horse battery staple")
_db_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_template(request: pytest.FixtureRequest) -> str:
    """A migrated template database; each test clones it (much faster than migrating)."""
    cluster: PgCluster = request.getfixturevalue("postgres_cluster")
    cluster.sql("CREATE DATABASE softphone_template")
    db = Database(cluster.url("softphone_template"), pool_size=1)
    migrate.upgrade(db)
    db.dispose()
    return "softphone_template"


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    template = request.getfixturevalue("pg_template")
    cluster: PgCluster = request.getfixturevalue("postgres_cluster")
    name = f"test_{next(_db_numbers)}_{uuid.uuid4().hex[:6]}"
    cluster.sql(f"CREATE DATABASE {name} TEMPLATE {template}")
    return cluster.url(name)


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> ServerSettings:
    return ServerSettings(data_dir=tmp_path, db=db_url, argon2_time_cost=1, argon2_memory_kib=8192)


@pytest.fixture
def db(settings: ServerSettings) -> Iterator[Database]:
    database = Database(settings.db_url, pool_size=5)
    migrate.upgrade(database)  # SQLite starts empty; PostgreSQL is at head already (no-op)
    yield database
    database.dispose()


@pytest.fixture
def client(settings: ServerSettings, db: Database) -> Iterator[TestClient]:
    with TestClient(create_app(settings, db)) as test_client:
        yield test_client


@pytest.fixture
def make_agent(db: Database) -> Callable[..., dict[str, str]]:
    """make_agent(name) → Authorization header of a new agent."""

    def make(name: str = "alice", role: str = "agent") -> dict[str, str]:
        with db.writing() as session:
            token = accounts.add_agent(session, name, role=role)
        return {"Authorization": f"Bearer {token}"}

    return make


@pytest.fixture
def agent(make_agent: Callable[..., dict[str, str]]) -> dict[str, str]:
    return make_agent("alice")


@pytest.fixture
def supervisor(db: Database) -> tuple[str, str]:
    with db.writing() as session:
        accounts.add_supervisor(session, *SUPERVISOR, Passwords(time_cost=1, memory_kib=8192))
    return SUPERVISOR


@pytest.fixture
def supervisor_client(client: TestClient, supervisor: tuple[str, str]) -> tuple[TestClient, str]:
    """(client logged in as a supervisor, its CSRF token)."""
    return client, log_in(client, *supervisor)
