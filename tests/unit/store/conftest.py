"""Fixtures for store tests: a temp-file LocalStore with a clock the test controls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from softphone.store import LocalStore
from tests.unit.store.store_clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "softphone.sqlite3"


@pytest.fixture
def store(db_path: Path, clock: FakeClock) -> Iterator[LocalStore]:
    opened = LocalStore.open(db_path, clock=clock, default_region="IT")
    yield opened
    opened.close()
