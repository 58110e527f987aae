"""Accessibility and keyboard: named controls, tab and mnemonic paths, no shortcut clashes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from softphone.core.records import Flag, FlagKind
from softphone.ui.card.screen_pop import ScreenPop
from tests.ui.card.conftest import MARIO, ROME, UNKNOWN, FakeDirectory

CONTROLS = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit)
RESERVED = [
    QKeySequence(k) for k in ("Ctrl+Shift+X", "Ctrl+Shift+1", "Ctrl+Shift+2", "Ctrl+Return")
]


def controls(pop: ScreenPop) -> list[QWidget]:
    found: list[QWidget] = []
    for kind in CONTROLS:
        found.extend(pop.findChildren(kind))
    return [w for w in found if w.parent() is not None and type(w).__name__ != "QScrollBar"]


def inside_combo(widget: QWidget) -> bool:
    """A combo box's own popup list is named by the combo box."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox) or type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_has_an_accessible_name(qtbot: QtBot, pop: ScreenPop) -> None:
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing("a", UNKNOWN, "", False)
    pop.unknown.create_button.click()
    pop.unknown.link_button.click()
    pop.call_ended("a")
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in controls(pop)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
        and not inside_combo(w)
    ]
    assert unnamed == []


def test_no_shortcut_clashes(pop: ScreenPop) -> None:
    sequences = [a.shortcut() for a in pop.findChildren(QAction)]
    sequences += [s.key() for s in pop.findChildren(QShortcut)]
    assert not [s for s in sequences if s in RESERVED]


def test_tab_reaches_the_history_table(qtbot: QtBot, pop: ScreenPop) -> None:
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing("t", ROME, "", False)
    with qtbot.waitActive(pop):
        pop.activateWindow()
    pop.history.search.setFocus()
    qtbot.keyClick(pop.history.search, Qt.Key.Key_Tab)
    assert pop.history.table.hasFocus()
    # Alt+F (mnemonic of "Find in history") comes back to the search box
    qtbot.keyClick(pop.window(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(pop.history.search.hasFocus)


def test_refresh_shows_new_flags(qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory) -> None:
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing("r", ROME, "", False)
    abusive = Flag(FlagKind.ABUSIVE, count=3, last_at="2026-06-01T12:00:00Z")
    directory.customers[MARIO.id] = replace(MARIO, flags=(abusive,))
    with qtbot.waitSignal(pop.history.model.first_page_loaded, timeout=5000):
        pop.refresh_customer(MARIO.id)
    assert "3 critical endings" in pop.card.badges[0].text()
    assert "2026-06-01" in pop.card.badges[0].text()
    assert pop.customer_for_call("r").flags == (abusive,)  # type: ignore[union-attr]


def test_foreign_language_stands_out(qtbot: QtBot, pop: ScreenPop) -> None:
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing("l", ROME, "", False)
    assert "#1f4e99" in pop.card.language.styleSheet()  # agent speaks en, caller it
    pop._settings.set("general.language", "it")  # type: ignore[attr-defined]
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing("l2", ROME, "", False)
    assert "#1f4e99" not in pop.card.language.styleSheet()
