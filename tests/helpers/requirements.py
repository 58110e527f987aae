"""Skip a test whose external tool is missing, or fail it when SOFTPHONE_REQUIRE_ALL=1 (CI)."""

from __future__ import annotations

import importlib.util
import os
import shutil
from typing import NoReturn

import pytest

ENV_REQUIRE_ALL = "SOFTPHONE_REQUIRE_ALL"


def require_all() -> bool:
    """True in CI: a missing component is a broken test setup, never a silent skip."""
    return os.environ.get(ENV_REQUIRE_ALL, "") not in ("", "0", "false", "no")


def missing(reason: str) -> NoReturn:
    """Skip with `reason`, or fail with it when every component is required."""
    if require_all():
        pytest.fail(f"{reason} ({ENV_REQUIRE_ALL}=1: nothing may be skipped)", pytrace=False)
    pytest.skip(reason)


def require_binary(name: str, package: str = "") -> str:
    """The full path of program `name`; skips (or fails under CI) when it is not installed."""
    path = shutil.which(name) or _sbin(name)
    if path is None:
        hint = f" (apt-get install {package})" if package else ""
        missing(f"{name} is not installed{hint}")
    return path


def require_module(name: str, package: str = "") -> None:
    """Skip (or fail under CI) when Python module `name` cannot be imported."""
    if importlib.util.find_spec(name) is None:
        hint = f" (pip install {package or name})"
        missing(f"Python module {name} is not installed{hint}")


def _sbin(name: str) -> str | None:
    # Debian puts daemons such as kamailio in /usr/sbin, off a normal user's PATH.
    for directory in ("/usr/sbin", "/usr/local/sbin", "/sbin"):
        candidate = os.path.join(directory, name)
        if os.access(candidate, os.X_OK):
            return candidate
    return None
