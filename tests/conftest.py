"""Test-wide setup: Qt offscreen, and every tests/helpers module loaded as a fixture plugin."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any Qt import: tests never need (or have) a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Helpers assert too: rewrite them for readable failures (before they are imported).
pytest.register_assert_rewrite("tests.helpers")

# Each helper module's fixtures (keyring_daemon, kamailio, ...) are usable in every test
# directory without per-directory conftest imports.
pytest_plugins = sorted(
    f"tests.helpers.{path.stem}"
    for path in (Path(__file__).parent / "helpers").glob("*.py")
    if not path.name.startswith("_")
)
