"""The embedded demo (placeholder until the demo package lands): `softphone demo`."""

from __future__ import annotations

from collections.abc import Sequence


def run(argv: Sequence[str]) -> int:
    """Start the demo with its own command-line arguments; returns the exit code."""
    raise NotImplementedError("the demo is not written yet")
