"""VIP: personal fields masked until an audited reveal (reason required, recorded first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from softphone.ui.card.screen_pop import ScreenPop
from tests.ui.card.conftest import VIP, VIP_PHONE, FakeDirectory


def show_vip(qtbot: QtBot, pop: ScreenPop) -> None:
    with qtbot.waitSignal(pop.card_painted, timeout=5000):
        pop.call_ringing("vip-call", VIP_PHONE, "", False)


def shown(pop: ScreenPop) -> dict[str, str]:
    return {key: label.full_text() for key, label in pop.card.values.items()}


def test_vip_fields_are_masked(qtbot: QtBot, pop: ScreenPop) -> None:
    show_vip(qtbot, pop)
    values = shown(pop)
    assert values["phones"] == "••••• 34, ••••• 78"
    assert values["email"] == "g•••••@•••••"
    assert values["address"] == "•••••"
    assert values["notes"] == "•••••"
    everything = " ".join(values.values())
    for secret in ("Navona", "bellini-management", "Paolo", "3401234578", "0655501234"):
        assert secret not in everything
    assert pop.card.name.full_text() == "Giulia Bellini"
    assert pop.card.reveal_button.isVisible()
    assert "VIP / PRIVACY" in pop.card.badges[0].text()


def test_reveal_requires_a_reason(qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory) -> None:
    show_vip(qtbot, pop)
    qtbot.mouseClick(pop.card.reveal_button, Qt.MouseButton.LeftButton)
    prompt = pop.card.prompt
    assert prompt.isVisible()
    assert "phone numbers, email, address, card notes" in prompt.question.full_text()
    assert not prompt.reveal_button.isEnabled()
    qtbot.keyClicks(prompt.reason, "   ")
    qtbot.keyClick(prompt.reason, Qt.Key.Key_Return)  # blank: nothing happens
    assert not prompt.reveal_button.isEnabled()
    assert directory.count("record_reveal") == 0
    assert shown(pop)["address"] == "•••••"
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    assert not prompt.isVisible()
    assert shown(pop)["address"] == "•••••"


def test_reveal_is_audited_then_shown(
    qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory
) -> None:
    show_vip(qtbot, pop)
    pop.card.reveal_button.click()
    prompt = pop.card.prompt
    qtbot.keyClicks(prompt.reason, "Caller asks to update her   address")
    with qtbot.waitSignal(pop.client.reveal_recorded, timeout=5000):
        qtbot.keyClick(prompt.reason, Qt.Key.Key_Return)
    assert directory.reveals == [
        (
            VIP.id,
            "Anna Agent",
            ("phones", "email", "address", "notes"),
            "Caller asks to update her address",
        )
    ]
    values = shown(pop)
    assert values["address"] == "Piazza Navona 1, Roma"
    assert values["phones"] == f"{VIP_PHONE}, +393401234578"
    assert values["email"] == "giulia@bellini-management.it"
    assert "Paolo" in values["notes"]
    assert not pop.card.reveal_button.isVisible()
    assert "recorded" in pop.card.masked_hint.text()


def test_failed_audit_keeps_the_data_masked(
    qtbot: QtBot, pop: ScreenPop, directory: FakeDirectory
) -> None:
    directory.fail = {"record_reveal"}
    show_vip(qtbot, pop)
    pop.card.reveal_button.click()
    qtbot.keyClicks(pop.card.prompt.reason, "update address")
    with qtbot.waitSignal(pop.client.failed, timeout=5000):
        pop.card.prompt.reveal_button.click()
    assert shown(pop)["address"] == "•••••"
    assert "stays masked" in pop.card.prompt.status.text()
    assert pop.card.prompt.reason.isEnabled()


def test_next_call_masks_again(qtbot: QtBot, pop: ScreenPop) -> None:
    """Even when the same VIP calls again straight away."""
    show_vip(qtbot, pop)
    pop.card.reveal_button.click()
    qtbot.keyClicks(pop.card.prompt.reason, "update address")
    with qtbot.waitSignal(pop.client.reveal_recorded, timeout=5000):
        pop.card.prompt.reveal_button.click()
    assert shown(pop)["address"] == "Piazza Navona 1, Roma"
    with qtbot.waitSignal(pop.customer_identified, timeout=5000):
        pop.call_ringing("again", VIP_PHONE, "", False)
    assert shown(pop)["address"] == "•••••"
    assert pop.card.reveal_button.isVisible()


def test_agent_name_falls_back_to_the_sip_user(pop: ScreenPop) -> None:
    settings = pop._settings
    settings.set("general.agent_name", "")  # type: ignore[attr-defined]
    settings.set("sip.username", "agent042")  # type: ignore[attr-defined]
    assert pop.agent_name() == "agent042"
