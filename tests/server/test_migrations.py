"""Alembic migrations: an empty database reaches head, stays there, and downgrades cleanly."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import inspect

from softphone.server import migrate
from softphone.server.db import Database
from softphone.server.models import Base
from tests.helpers.postgres import PgCluster


@pytest.fixture
def empty_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.db'}"
    cluster: PgCluster = request.getfixturevalue("postgres_cluster")
    name = f"empty_{uuid.uuid4().hex[:8]}"
    cluster.sql(f"CREATE DATABASE {name}")
    return cluster.url(name)


def test_upgrade_from_empty_matches_the_models(empty_url: str) -> None:
    db = Database(empty_url, pool_size=1)
    try:
        assert migrate.current_revision(db) is None
        migrate.upgrade(db)
        assert migrate.is_current(db)
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        for name, table in Base.metadata.tables.items():
            columns = {c["name"] for c in inspect(db.engine).get_columns(name)}
            assert columns == set(table.columns.keys()), name
        migrate.upgrade(db)  # a second run is a no-op
        migrate.downgrade(db)
        assert migrate.current_revision(db) is None
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        migrate.upgrade(db)
        assert migrate.is_current(db)
    finally:
        db.dispose()


def test_no_model_change_without_a_migration(empty_url: str) -> None:
    """Autogenerate finds nothing to do at head: every model change has its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    db = Database(empty_url, pool_size=1)
    try:
        migrate.upgrade(db)
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        db.dispose()
