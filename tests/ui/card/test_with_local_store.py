"""The screen pop on the real LocalDirectory (demo seed, temp SQLite file, lookup thread)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from softphone.config.settings import Settings
from softphone.core.records import FlagKind
from softphone.demo.seed import seed_demo
from softphone.store import LocalStore
from softphone.ui.card.screen_pop import ScreenPop


class StoreDirectory:
    """The LocalDirectory of a LocalStore opened (and closed) in the lookup thread."""

    def __init__(self, path: Path) -> None:
        self.store = LocalStore.open(path, default_region="IT")
        self.thread = threading.get_ident()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store.directory, name)

    def close(self) -> None:
        self.store.close()


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "softphone.sqlite3"
    with LocalStore.open(path, default_region="IT") as store:
        numbers = seed_demo(store)
    return path, numbers


@pytest.fixture
def real_pop(
    qtbot: QtBot, seeded: tuple[Path, list[str]], settings: Settings
) -> Iterator[ScreenPop]:
    path, _numbers = seeded
    opened: list[StoreDirectory] = []

    def factory() -> StoreDirectory:
        opened.append(StoreDirectory(path))
        return opened[-1]

    pop = ScreenPop(factory, settings)
    qtbot.addWidget(pop)
    pop.resize(640, 860)
    pop.show()
    qtbot.waitExposed(pop)
    yield pop
    pop.shutdown()
    assert len(opened) == 1 and opened[0].thread != threading.get_ident()


def test_ring_vip_reveal_and_wrapup_on_the_real_store(
    qtbot: QtBot, real_pop: ScreenPop, seeded: tuple[Path, list[str]]
) -> None:
    path, numbers = seeded
    vip_number, banned_number = numbers[0], numbers[1]

    # the banned caller, in national notation as the network may send it
    national = "0" + banned_number[3:] if banned_number.startswith("+39") else banned_number
    with qtbot.waitSignal(real_pop.card_painted, timeout=5000):
        real_pop.call_ringing("b", national, "", False)
    assert real_pop.card.name.full_text() == "Dieter Krause"
    assert real_pop.card.flag_kinds()[:2] == [FlagKind.BANNED, FlagKind.ABUSIVE]
    assert "Written contact only" in real_pop.card.badges[0].text()
    assert real_pop.history.model.rowCount() > 0

    with qtbot.waitSignal(real_pop.card_painted, timeout=5000):
        real_pop.call_ringing("v", vip_number, "", False)
    assert real_pop.card.name.full_text() == "Serena Valli"
    assert "Opera" not in real_pop.card.values["notes"].full_text()
    real_pop.card.reveal_button.click()
    qtbot.keyClicks(real_pop.card.prompt.reason, "caller updates her address")
    with qtbot.waitSignal(real_pop.client.reveal_recorded, timeout=5000):
        real_pop.card.prompt.reveal_button.click()
    assert "Opera singer" in real_pop.card.values["notes"].full_text()

    # the lead's wiring: the wrap-up goes to the store; a refresh then shows it once
    with LocalStore.open(path, default_region="IT") as store:
        rows = store.db.rows("SELECT agent, fields, reason FROM reveals")
        assert len(rows) == 1 and rows[0]["agent"] == "Anna Agent"
        assert rows[0]["reason"] == "caller updates her address"

        def to_store(call_id: str, customer_id: str, disposition: str, text: str, _id: str) -> None:
            store.add_wrapup(
                call_id="", customer_id=customer_id, agent="Anna Agent",
                disposition=disposition, text=text,
            )  # fmt: skip

        real_pop.wrapup_saved.connect(to_store)
        real_pop.call_answered("v")
        real_pop.call_ended("v")
        real_pop.wrapup.buttons[next(iter(real_pop.wrapup.buttons))].setChecked(True)
        real_pop.wrapup.text.setPlainText("Address updated by phone")
        real_pop.wrapup.save_button.click()
        model = real_pop.history.model
        count = model.rowCount()
        customer_id = real_pop.card.customer.id  # type: ignore[union-attr]
        with qtbot.waitSignal(model.first_page_loaded, timeout=5000):
            real_pop.refresh_customer(customer_id)
        texts = [model.entry(r).text for r in range(model.rowCount())]  # type: ignore[union-attr]
        assert texts.count("Address updated by phone") == 1
        assert model.rowCount() == count
