"""Guard against the PySide6 6.12.0 bug: Signal(bool).emit() leaked a reference to True.

shared/FIELD-NOTES.md: on Python 3.11 every emit dropped the refcount of True by one and
the process aborted with `Fatal Python error: bool_dealloc` after a few hundred emits.
This test is the gate for lifting the PySide6-Essentials pin in pyproject.toml.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

EMITS = 10_000


class _Emitter(QObject):
    toggled = Signal(bool)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_emitting_bool_signals_keeps_the_refcount_of_true_stable() -> None:
    emitter = _Emitter()
    received = [0, 0]

    def slot(value: bool) -> None:
        received[value] += 1  # count, never keep a reference

    emitter.toggled.connect(slot)
    before_true, before_false = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(EMITS):
        emitter.toggled.emit(i % 2 == 0)
    after_true, after_false = sys.getrefcount(True), sys.getrefcount(False)
    assert received == [EMITS // 2, EMITS // 2]
    # A handful of references may come and go elsewhere; the bug moved it by thousands.
    assert abs(after_true - before_true) < 50, (before_true, after_true)
    assert abs(after_false - before_false) < 50, (before_false, after_false)
