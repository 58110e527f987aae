"""A core.ports.Scheduler on Qt timers: callbacks run later on the calling (GUI) thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer


class QtTimerHandle:
    def __init__(self, timer: QTimer) -> None:
        self._timer = timer

    def cancel(self) -> None:
        self._timer.stop()
        self._timer.deleteLater()


def qt_schedule(parent: QObject) -> Callable[[float, Callable[[], None]], QtTimerHandle]:
    """Make a scheduler whose timers belong to `parent` (and die with it)."""

    def schedule(delay: float, callback: Callable[[], None]) -> QtTimerHandle:
        timer = QTimer(parent)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)  # the 500 ms pad matters

        def fire() -> None:
            timer.deleteLater()
            callback()

        timer.timeout.connect(fire)
        timer.start(max(0, int(delay * 1000)))
        return QtTimerHandle(timer)

    return schedule
