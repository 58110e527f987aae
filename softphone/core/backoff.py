"""Exponential backoff with full jitter, for re-registration and sync retries."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass
class Backoff:
    """Delays grow base·factor^n up to `cap`, each randomised into [delay/2, delay].

    Half-jitter keeps a visible, roughly predictable countdown for the agent while
    still spreading 300 desks that lost the registrar at the same moment.
    """

    base: float = 1.0
    factor: float = 2.0
    cap: float = 120.0
    attempts: int = 0
    rng: random.Random | None = None

    def next_delay(self) -> float:
        # The exponent is bounded: factor**attempts overflows a float after ~1000 attempts
        # (a registrar down for a day and a half), which raised OverflowError.
        exponent = min(self.attempts, 64)
        raw = min(self.cap, self.base * self.factor**exponent)
        self.attempts += 1
        rng = self.rng or random
        return raw / 2 + rng.random() * raw / 2

    def reset(self) -> None:
        self.attempts = 0
