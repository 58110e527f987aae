"""Hostile caller data renders as inert, bounded text and never widens the panel."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from softphone.core.records import Customer, Flag, FlagKind, HistoryEntry
from softphone.ui.card.history_model import NOTE
from softphone.ui.card.screen_pop import ScreenPop
from tests.ui.card.conftest import FakeDirectory

HOSTILE_PHONE = "+390600000666"
IMG = "<img src=x onerror=alert(1)>"
RTL = "\u202eمرحبا שלום"
HUGE = ("<b>bold?</b> " * 800) + "A" * 3000  # ~13 KB, with a 3,000-character word


def hostile_customer() -> Customer:
    return Customer(
        id="c-hostile",
        number="<script>1</script>",
        name=f"{IMG}\x00 Zoë 🙂 {RTL}",
        language="<i>it</i>",
        segment="<a href='http://evil'>click</a>",
        phones=(HOSTILE_PHONE,),
        email="<u>x</u>@example.com",
        address=HUGE,
        notes=HUGE,
        flags=(
            Flag(FlagKind.ABUSIVE, instruction=f"{IMG} {HUGE}", count=1, set_by=IMG),
            Flag(FlagKind.BANNED, instruction="<h1>BIG</h1>", set_by="A" * 5000),
        ),
    )


def test_hostile_customer_renders_literally(
    qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory
) -> None:
    entry = HistoryEntry(
        id="evil-1",
        when="2026-05-01T10:00:00Z",
        agent=IMG,
        kind="manual",
        outcome="<blink>x</blink>",
        text=f"{IMG}\x00\n{HUGE}",
    )
    directory.add(hostile_customer(), [entry])
    width = pop.width()
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing("evil", HOSTILE_PHONE, IMG, False)

    labels = pop.findChildren(QLabel)
    assert labels
    rich = [label.objectName() or label.text()[:30] for label in labels if
            label.textFormat() != Qt.TextFormat.PlainText]  # fmt: skip
    assert rich == []
    name = pop.card.name.full_text()
    assert IMG in name and "\x00" not in name and "🙂" in name
    assert "\u202e" not in name  # the bidi override is stripped
    assert pop.card.meta.full_text().startswith("Customer no. <script>1</script>")
    notes = pop.card.values["notes"].full_text()
    assert notes.startswith("<b>bold?</b>") and len(notes) <= 600
    assert pop.card.badges[0].flag.kind is FlagKind.BANNED
    assert "<h1>BIG</h1>" in pop.card.badges[0].text()

    model = pop.history.model
    cell = str(model.data(model.index(0, NOTE)))
    assert cell.startswith(IMG) and len(cell) <= 200 and "\n" not in cell

    # nothing asked for more room than the side panel has
    assert pop.width() == width
    assert pop.minimumSizeHint().width() <= width
    assert pop.card.minimumSizeHint().width() <= width

    pop.history.table.selectRow(0)
    detail = pop.history.detail.toPlainText()
    assert IMG in detail and "\x00" not in detail

    shots = os.environ.get("SOFTPHONE_SCREENSHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        pop.grab().save(str(Path(shots) / "card-hostile.png"))


def test_hostile_search_results_are_plain(
    qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory
) -> None:
    directory.add(hostile_customer())
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing("u", "06 1111 2222", "", False)
    pop.unknown.link_button.click()
    with qtbot.waitSignal(pop.client.searched, timeout=5000):
        qtbot.keyClicks(pop.unknown.search.query, "img")
    qtbot.waitUntil(lambda: pop.unknown.search.results.count() == 1)
    line = pop.unknown.search.results.item(0).text()
    assert line.startswith(IMG)
    assert len(line) < 400
