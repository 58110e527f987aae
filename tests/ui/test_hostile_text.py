"""Whatever a caller puts in their name is shown as plain text and cannot grow the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from softphone.sip.fake import FakeSip
from softphone.ui.main_window import MainWindow
from softphone.ui.text import ElidedLabel, safe_text


def ring(qtbot: QtBot, window: MainWindow, fake: FakeSip, name: str, number: str = "1234") -> str:
    call_id = fake.simulate_incoming(number, name)
    qtbot.waitUntil(lambda: window.calls.get(call_id) is not None)
    return call_id


def test_html_is_shown_literally(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    hostile = "<b>Boss</b><img src='http://evil/x.png'>"
    ring(qtbot, window, fake_sip, hostile, number="<i>1</i>")
    label = window.call_panel.name_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.full_text() == hostile
    assert label.text().startswith("<b>Boss</b><img")  # literally, elided to the width
    assert window.call_panel.number_label.text() == "<i>1</i>"
    assert "&lt;b&gt;" in label.toolTip()  # the tooltip escapes it too
    for child in window.findChildren(QLabel):
        if hostile in child.text():
            assert child.textFormat() == Qt.TextFormat.PlainText, child.objectName()


def test_ten_kilobyte_name_does_not_stretch_the_window(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    before, minimum = window.size(), window.minimumSizeHint()
    ring(qtbot, window, fake_sip, "W" * 10_000, number="9" * 5_000)
    qtbot.wait(10)  # let layouts settle (no condition to wait on: nothing should change)
    assert window.size() == before
    assert window.minimumSizeHint().width() <= max(minimum.width(), window.minimumWidth())
    label = window.call_panel.name_label
    assert label.text().endswith("…")
    assert label.width() <= window.width()
    assert len(label.full_text()) <= 256


def test_nul_and_control_characters_are_dropped(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    ring(qtbot, window, fake_sip, "Mar\x00ia\r\nRo\x1bssi\u202e")
    shown = window.call_panel.name_label.full_text()
    assert "\x00" not in shown and "\n" not in shown and "\u202e" not in shown
    assert shown == "Mar ia Ro ssi"


def test_rtl_name_is_isolated(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    name = "מרים כהן"
    ring(qtbot, window, fake_sip, name, number="+972501234567")
    label = window.call_panel.name_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert name in label.text()
    assert label.text().startswith("\u2068") and label.text().endswith("\u2069")
    assert window.call_panel.number_label.full_text() == "+972501234567"


def test_hostile_name_in_the_waiting_strip_and_list(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    first = ring(qtbot, window, fake_sip, "Maria")
    window.controller.actions.answer.trigger()
    qtbot.waitUntil(
        lambda: window.calls.get(first) is not None and window.calls.get(first).connected
    )  # type: ignore[union-attr]
    ring(qtbot, window, fake_sip, "<h1>BIG</h1>" + "x" * 10_000)
    strip = window.call_panel.waiting_label
    assert strip.textFormat() == Qt.TextFormat.PlainText
    assert "<h1>BIG</h1>" in strip.full_text()
    items = [window.call_panel.call_list.item(i).text() for i in range(2)]
    assert any("<h1>BIG</h1>" in text for text in items)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain", "plain"),
        ("a\tb\x00c", "a b c"),
        ("x" * 300, "x" * 255 + "…"),
        ("\u202eevil\u202c", "evil"),
        ("  spaced   out  ", "spaced out"),
    ],
)
def test_safe_text(raw: str, expected: str) -> None:
    assert safe_text(raw) == expected


def test_elided_label_setText_goes_through_the_filter(qtbot: QtBot) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setText("<b>x</b>\x00")
    assert label.full_text() == "<b>x</b>"
    assert label.textFormat() == Qt.TextFormat.PlainText
