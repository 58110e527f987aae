"""Screen-pop instrumentation: time from the ring to the first paint of card and history."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal


class PaintProbe(QObject):
    """Armed at each ring; reports once, when every part the agent needs has been painted."""

    measured = Signal(str, float)  # call id, milliseconds since the ring

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call_id = ""
        self._started = 0.0
        self._waiting: set[str] = set()
        self._ready: set[str] = set()
        self._done = True

    def start(self, call_id: str, started: float | None = None) -> None:
        self._call_id = call_id
        self._started = time.perf_counter() if started is None else started
        self._waiting, self._ready = set(), set()
        self._done = False

    def expect(self, *parts: str) -> None:
        """What must be painted: e.g. ('card', 'history') or ('unknown',)."""
        if not self._done:
            self._waiting = set(parts)
            self._ready = set()

    def ready(self, part: str) -> None:
        """`part` now shows this call's data: its next paint counts."""
        if not self._done and part in self._waiting:
            self._ready.add(part)

    def painted(self, part: str) -> None:
        if self._done or part not in self._ready:
            return
        self._waiting.discard(part)
        if not self._waiting:
            self._done = True
            elapsed = (time.perf_counter() - self._started) * 1000.0
            self.measured.emit(self._call_id, elapsed)

    def cancel(self) -> None:
        self._done = True
