"""Hot-plug: a lost device is a warning in the window; its return offers Switch back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from softphone.config.settings import Settings
from softphone.core.events import AudioDeviceLost
from softphone.sip.fake import FakeSip
from softphone.ui.main_window import MainWindow


def switch_back_button(window: MainWindow, name: str) -> QPushButton:
    message = window.device_notices.offer(name)
    assert message is not None
    button = message.findChild(QPushButton, "switchBackButton")
    assert isinstance(button, QPushButton)
    return button


def test_lost_headset_is_a_warning_and_the_call_continues(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    call_id = fake_sip.simulate_incoming("1002", "Anna")
    qtbot.waitUntil(lambda: window.calls.get(call_id) is not None)
    fake_sip.simulate_device_lost("output", "Jabra Evolve2")
    fake_sip.simulate_device_lost("input", "Jabra Evolve2")  # one device, one message
    qtbot.waitUntil(lambda: sum(isinstance(e, AudioDeviceLost) for e in fake_sip.events) == 2)
    texts = [t for t in window.message_bar.texts() if "Jabra" in t]
    assert texts == [
        "Headset “Jabra Evolve2” disconnected — audio moved to the system default."
        " The call continues."
    ]
    assert fake_sip.call_state(call_id) is not None  # nothing was hung up
    assert fake_sip.commands_named("hangup") == []


def test_lost_microphone_names_the_fallback(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    fake_sip.simulate_device_lost("input", "USB mic", fallback="Built-in microphone")
    qtbot.waitUntil(lambda: any("USB mic" in t for t in window.message_bar.texts()))
    assert window.message_bar.texts()[-1] == (
        "Microphone “USB mic” disconnected — now using “Built-in microphone”."
    )


def test_return_offers_switch_back_which_sets_the_saved_prefs(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip, settings: Settings
) -> None:
    settings.set("audio.output", "Jabra Evolve2")
    settings.set("audio.echo_cancellation", "on")
    fake_sip.simulate_device_lost("output", "Jabra Evolve2")
    fake_sip.simulate_device_returned("output", "Jabra Evolve2")
    qtbot.waitUntil(lambda: window.device_notices.offers() == ["Jabra Evolve2"])
    texts = window.message_bar.texts()
    assert "Headset “Jabra Evolve2” is back." in texts
    assert not any("disconnected" in t for t in texts)  # the warning made way for the offer
    button = switch_back_button(window, "Jabra Evolve2")
    assert button.text() == "Switch &back"
    assert button.accessibleName() == "Switch back"
    assert button.focusPolicy() == Qt.FocusPolicy.TabFocus  # never grabs focus mid-call
    before = len(fake_sip.commands_named("set_audio"))
    with qtbot.waitSignal(window.device_notices.switched_back):
        button.click()
    commands = fake_sip.commands_named("set_audio")
    assert len(commands) == before + 1
    assert commands[-1][1] == settings.audio()
    assert commands[-1][1].output_name == "Jabra Evolve2"
    assert window.device_notices.offers() == []
    assert not any("is back" in t for t in window.message_bar.texts())


def test_offer_can_be_dismissed_without_switching(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    fake_sip.simulate_device_returned("output", "Jabra Evolve2")
    qtbot.waitUntil(lambda: window.device_notices.offers() == ["Jabra Evolve2"])
    message = window.device_notices.offer("Jabra Evolve2")
    assert message is not None
    message.close_button.click()
    assert window.device_notices.offers() == []
    assert fake_sip.commands_named("set_audio") == []


def test_offer_goes_away_when_the_device_is_lost_again(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    fake_sip.simulate_device_returned("output", "Jabra Evolve2")
    qtbot.waitUntil(lambda: window.device_notices.offers() == ["Jabra Evolve2"])
    fake_sip.simulate_device_lost("output", "Jabra Evolve2", fallback="Speakers")
    qtbot.waitUntil(lambda: window.device_notices.offers() == [])
    texts = window.message_bar.texts()
    assert texts[-1] == "Headset “Jabra Evolve2” disconnected — audio moved to “Speakers”."
    assert not any("is back" in t for t in texts)


HOSTILE = [
    "<b>Evil</b><img src='http://evil.example/x.png'>",
    "H" * 10_000,
    "Jab\x00ra\r\nEvolve\x1b",
    "\u202eJabra\u202c סמארט",
]


@pytest.mark.parametrize("name", HOSTILE, ids=["html", "10kb", "nul", "rtl"])
def test_hostile_device_names_are_plain_bounded_text(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip, name: str
) -> None:
    before = window.size()
    fake_sip.simulate_device_lost("output", name)
    fake_sip.simulate_device_returned("output", name)
    qtbot.waitUntil(lambda: window.device_notices.offers() == [name])
    message = window.device_notices.offer(name)
    assert message is not None
    label = message.findChild(QLabel, "messageText")
    assert isinstance(label, QLabel)
    assert label.textFormat() == Qt.TextFormat.PlainText
    shown = label.text()
    assert len(shown) < 120
    assert "\x00" not in shown and "\n" not in shown and "\u202e" not in shown
    if name.startswith("<b>"):
        assert "<b>Evil</b>" in shown  # literally, not bold
    assert window.size() == before
    assert message.width() <= window.width()
    switch_back_button(window, name).click()
    assert fake_sip.last_command("set_audio") is not None
