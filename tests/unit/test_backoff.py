"""Exponential backoff with jitter stays within its bounds and resets."""

from __future__ import annotations

import random

from softphone.core.backoff import Backoff


def test_delays_grow_with_jitter_and_cap() -> None:
    backoff = Backoff(base=1, factor=2, cap=10, rng=random.Random(7))
    delays = [backoff.next_delay() for _ in range(8)]
    for n, delay in enumerate(delays):
        raw = min(10, 2**n)
        assert raw / 2 <= delay <= raw
    backoff.reset()
    assert backoff.next_delay() <= 1
