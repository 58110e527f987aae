"""Whether the real-audio tests can run here (no numpy/pjsua2 import: safe in any venv).

They need the softphone's own pjsua2 build (distribution ``pjsua2-softphone``, built by
installer/pjsua2/build-wheel.sh) and numpy in the interpreter running pytest; the peers
are subprocesses of that same interpreter. The main test venv carries the PyPI wheel on
purpose, so there they are skipped (plainly, even under SOFTPHONE_REQUIRE_ALL=1); the
audio run (installer/pjsua2/ci-audio-tests.sh) sets SOFTPHONE_AUDIO_TESTS=1, under which
anything missing fails instead.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os

import pytest

ENV_AUDIO = "SOFTPHONE_AUDIO_TESTS"
DIST = "pjsua2-softphone"


def audio_required() -> bool:
    return os.environ.get(ENV_AUDIO, "") not in ("", "0", "false", "no")


def softphone_pjsua2_version() -> str | None:
    try:
        return importlib.metadata.version(DIST)
    except importlib.metadata.PackageNotFoundError:
        return None


def missing_reason() -> str | None:
    problems = []
    if softphone_pjsua2_version() is None:
        problems.append(f"the {DIST} wheel (installer/pjsua2/build-wheel.sh)")
    if importlib.util.find_spec("numpy") is None:
        problems.append("numpy")
    if not problems:
        return None
    return (
        "real-audio tests need " + " and ".join(problems) + " in this venv; "
        "run installer/pjsua2/ci-audio-tests.sh"
    )


def gate_module() -> None:
    """Call at the top of an audio test module, before importing numpy."""
    reason = missing_reason()
    if reason is None:
        return
    if audio_required():
        pytest.fail(f"{reason} ({ENV_AUDIO}=1)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)
