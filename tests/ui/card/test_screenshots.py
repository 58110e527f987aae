"""Screenshots of the side panel (VIP, banned, unknown, chooser) for people to look at.

Written to $SOFTPHONE_SCREENSHOTS when set (e.g. build/screenshots), else to tmp_path.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from softphone.ui.card.screen_pop import ScreenPop
from tests.ui.card.conftest import BANNED_PHONE, SHARED, UNKNOWN, VIP_PHONE


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    target = Path(os.environ.get("SOFTPHONE_SCREENSHOTS") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    return target


def save(pop: ScreenPop, path: Path) -> None:
    image = pop.grab()
    assert not image.isNull()
    assert image.save(str(path))
    assert path.stat().st_size > 5_000


def settled(qtbot: QtBot, pop: ScreenPop) -> None:
    """The card has the height its content needs (layout requests are processed)."""
    card = pop.card
    qtbot.waitUntil(lambda: card.height() == card.heightForWidth(card.width()))


def show_card(qtbot: QtBot, pop: ScreenPop, call_id: str, number: str) -> None:
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing(call_id, number, "", False)


def test_screenshot_vip(qtbot: QtBot, pop: ScreenPop, shots: Path) -> None:
    pop.resize(720, 860)  # wide enough for every history column
    show_card(qtbot, pop, "vip", VIP_PHONE)
    save(pop, shots / "card-vip.png")
    pop.card.reveal_button.click()
    qtbot.keyClicks(pop.card.prompt.reason, "Caller asks to update her address")
    settled(qtbot, pop)
    save(pop, shots / "card-vip-reveal-prompt.png")
    with qtbot.waitSignal(pop.client.reveal_recorded, timeout=5000):
        pop.card.prompt.reveal_button.click()
    settled(qtbot, pop)
    save(pop, shots / "card-vip-revealed.png")


def test_screenshot_banned(qtbot: QtBot, pop: ScreenPop, shots: Path) -> None:
    show_card(qtbot, pop, "banned", BANNED_PHONE)
    pop.call_ended("banned")
    save(pop, shots / "card-banned-wrapup.png")


def test_screenshot_unknown_and_chooser(qtbot: QtBot, pop: ScreenPop, shots: Path) -> None:
    show_card(qtbot, pop, "u", UNKNOWN)
    save(pop, shots / "card-unknown.png")
    show_card(qtbot, pop, "s", SHARED)
    save(pop, shots / "card-chooser.png")
