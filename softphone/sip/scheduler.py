"""Single-shot timers for the SIP thread (retries, auto-answer), their bodies guarded."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer

from softphone.sip.guard import FailureSink, run_guarded


@dataclass
class _Job:
    timer: QTimer
    where: str
    func: Callable[[], None]


class Scheduler:
    """QTimers created, fired and destroyed on the SIP thread only; call only there.

    The timers have no Qt parent: Python owns them, so they are deleted right here when
    dropped, never by a deferred delete after the worker moved threads (that crashed).
    A timer is not dropped inside its own timeout signal: it waits in `_spent`. The slot
    must not reference its own timer: that cycle runs through the C++ connection, where
    Python's GC cannot see it, and leaks the timer and everything its closure holds.
    """

    def __init__(self, sink: FailureSink) -> None:
        self._sink = sink
        self._jobs: dict[int, _Job] = {}
        self._spent: list[_Job] = []
        self._keys = itertools.count()

    def call_later(self, delay: float, where: str, func: Callable[[], None]) -> QTimer:
        self._spent.clear()
        key = next(self._keys)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse timers fire up to 5 % early
        timer.timeout.connect(functools.partial(self._fire, key))
        self._jobs[key] = _Job(timer, where, func)
        timer.start(max(0, round(delay * 1000)))
        return timer

    def cancel(self, timer: QTimer | None) -> None:
        if timer is None:
            return
        for key, job in list(self._jobs.items()):
            if job.timer is timer:
                timer.stop()
                self._spent.append(self._jobs.pop(key))

    def cancel_all(self) -> None:
        for job in self._jobs.values():
            job.timer.stop()
        self._spent.extend(self._jobs.values())
        self._jobs.clear()

    def release(self) -> None:
        """Drop every timer (engine shutdown, on the SIP thread)."""
        self.cancel_all()
        self._spent.clear()

    @property
    def pending(self) -> int:
        return len(self._jobs)

    def _fire(self, key: int) -> None:
        job = self._jobs.pop(key, None)
        if job is None:
            return
        self._spent.append(job)
        run_guarded(self._sink, job.where, job.func)
