"""Helpers shared by the sync tests: fast backoff, desk writes, waiting on conditions."""

from __future__ import annotations

import time
from collections.abc import Callable

from softphone.core.backoff import Backoff
from softphone.store import LocalStore


def fast_backoff() -> Backoff:
    return Backoff(base=0.05, factor=2.0, cap=0.4)


def write_notes(store: LocalStore, count: int, *, agent: str = "alice") -> list[str]:
    """`count` manual notes (each with its outbox row); their ids, in order."""
    with store.transaction(durable=True):
        return [
            store.add_note(customer_id="", agent=agent, text=f"note {i}").id for i in range(count)
        ]


def wait_for(condition: Callable[[], bool], timeout: float = 30.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what or condition}")
        time.sleep(0.02)
