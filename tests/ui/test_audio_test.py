"""Audio dialog sound processing and the audio test dialog, driven through FakeSip."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from softphone.config.settings import Settings
from softphone.core.events import AudioTestLevels
from softphone.core.models import AudioDevice, AudioPrefs
from softphone.sip.fake import FakeSip
from softphone.ui.audio_dialog import AudioDialog
from softphone.ui.audio_test_dialog import AudioTestDialog
from softphone.ui.i18n import find_qm, install_translator
from softphone.ui.main_window import MainWindow

if TYPE_CHECKING:
    from tests.ui.conftest import SettingsFactory, WindowFactory


def checkbox(dialog: AudioDialog, key: str) -> QCheckBox:
    editor = dialog.processing_fields[key].editor
    assert isinstance(editor, QCheckBox)
    return editor


def echo_combo(dialog: AudioDialog) -> QComboBox:
    editor = dialog.processing_fields["audio.echo_cancellation"].editor
    assert isinstance(editor, QComboBox)
    return editor


def open_test(qtbot: QtBot, window: MainWindow) -> tuple[AudioDialog, AudioTestDialog]:
    dialog = window.open_audio_dialog()
    dialog.test_button.click()
    test = dialog.findChild(AudioTestDialog)
    assert isinstance(test, AudioTestDialog)
    qtbot.waitUntil(test.isVisible)
    return dialog, test


def level(widget: QWidget) -> float:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    value = interface.valueInterface()
    assert value is not None
    return float(value.currentValue())


# -- the settings ----------------------------------------------------------------------------
def test_sound_processing_settings_round_trip_into_audio_prefs(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip, settings: Settings
) -> None:
    dialog = window.open_audio_dialog()
    combo = echo_combo(dialog)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["Automatic (by device)", "On", "Off"]
    assert combo.currentData() == "auto"
    assert checkbox(dialog, "audio.noise_suppression").isChecked()  # the default
    checkbox(dialog, "audio.ring_on_headset_too").setChecked(True)
    combo.setCurrentIndex(combo.findData("off"))
    checkbox(dialog, "audio.noise_suppression").setChecked(False)
    dialog.accept()
    command = fake_sip.last_command("set_audio")
    assert command is not None
    prefs = command[1]
    assert (prefs.ring_on_headset_too, prefs.echo_cancellation, prefs.noise_suppression) == (
        True,
        "off",
        False,
    )
    assert settings.audio() == prefs
    again = window.open_audio_dialog()  # shows what was saved
    assert echo_combo(again).currentData() == "off"
    assert checkbox(again, "audio.ring_on_headset_too").isChecked()
    again.reject()


def test_locked_sound_processing_is_shown_but_not_editable(
    qtbot: QtBot, make_window: WindowFactory, make_settings: SettingsFactory, fake_sip: FakeSip
) -> None:
    settings = make_settings(
        locked={"audio.echo_cancellation": "on", "audio.noise_suppression": False}
    )
    window = make_window(settings, register=False)
    dialog = window.open_audio_dialog()
    combo = echo_combo(dialog)
    assert combo.currentData() == "on" and not combo.isEnabled()
    field = dialog.processing_fields["audio.echo_cancellation"]
    assert "(locked)" in field.label.text()
    assert "IT department" in combo.toolTip()
    noise = checkbox(dialog, "audio.noise_suppression")
    assert not noise.isChecked() and not noise.isEnabled() and "(locked)" in noise.text()
    assert checkbox(dialog, "audio.ring_on_headset_too").isEnabled()
    checkbox(dialog, "audio.ring_on_headset_too").setChecked(True)
    dialog.accept()  # locked values are not written back (that would raise)
    assert dialog.warnings == []
    command = fake_sip.last_command("set_audio")
    assert command is not None
    assert (command[1].echo_cancellation, command[1].ring_on_headset_too) == ("on", True)


def test_no_sound_device_disables_sound_processing(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_audio_dialog()
    null_box = dialog.null_field.editor
    assert isinstance(null_box, QCheckBox)
    null_box.setChecked(True)
    assert not echo_combo(dialog).isEnabled()
    assert not checkbox(dialog, "audio.ring_on_headset_too").isEnabled()
    null_box.setChecked(False)
    assert echo_combo(dialog).isEnabled()
    dialog.reject()


def test_audio_dialog_is_keyboard_reachable_in_order(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.open_audio_dialog()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.combos["audio.input"].setFocus()
    order: list[str] = []
    for _ in range(10):
        focus = QApplication.focusWidget()
        assert focus is not None
        order.append(focus.objectName())
        QTest.keyClick(focus, Qt.Key.Key_Tab)
    wanted = [
        "audio_input",
        "audio_output",
        "audio_ringer",
        "audio_null_device",
        "audio_ring_on_headset_too",
        "audio_echo_cancellation",
        "audio_noise_suppression",
        "testAudioButton",
    ]
    assert order[: len(wanted)] == wanted
    label_texts = {c.text() for c in dialog.findChildren(QCheckBox)}
    assert {"Also ring on the head&set", "Noise s&uppression"} <= label_texts
    dialog.reject()


# -- the test dialog ---------------------------------------------------------------------------
def test_tone_test_drives_the_engine_and_shows_levels(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    audio, test = open_test(qtbot, window)
    tone = test.buttons["tone"]
    tone.click()
    assert fake_sip.last_command() == ("start_audio_test", "tone")
    assert tone.isChecked() and not test.buttons["loopback"].isChecked()
    qtbot.waitUntil(lambda: test.speaker_meter.value() > 0)
    assert level(test.speaker_meter) == test.speaker_meter.value()
    assert test.mic_meter.accessibleName() == "Microphone level"
    assert test.speaker_meter.accessibleName() == "Headset level"
    assert "tone" in test.status_label.text()
    tone.click()  # again: stop
    assert fake_sip.last_command() == ("stop_audio_test",)
    qtbot.waitUntil(lambda: test.status_label.text() == "Test stopped.")
    assert not tone.isChecked() and test.speaker_meter.value() == 0
    test.reject()
    audio.reject()


def test_microphone_test_switches_over_without_a_stop(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    audio, test = open_test(qtbot, window)
    test.buttons["tone"].click()
    test.buttons["loopback"].click()
    assert fake_sip.commands_named("stop_audio_test") == []
    assert fake_sip.last_command() == ("start_audio_test", "loopback")
    assert test.buttons["loopback"].isChecked() and not test.buttons["tone"].isChecked()
    qtbot.waitUntil(lambda: test.mic_meter.value() > 0)  # FakeSip's loopback moves the mic
    assert test.running() == "loopback"
    test.reject()
    audio.reject()


def test_the_final_event_resets_the_buttons_and_shows_why(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    audio, test = open_test(qtbot, window)
    test.buttons["loopback"].click()
    qtbot.waitUntil(lambda: test.running() == "loopback")
    fake_sip.post(AudioTestLevels("", 0.0, 0.0, "The <b>headset</b> stopped answering\x00"))
    qtbot.waitUntil(lambda: not test.buttons["loopback"].isChecked())
    assert test.status_label.text() == "The <b>headset</b> stopped answering"
    assert test.status_label.textFormat() == Qt.TextFormat.PlainText
    assert test.mic_meter.value() == 0
    assert test.running() == ""
    test.reject()
    audio.reject()


def test_closing_the_dialog_stops_the_test(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    audio, test = open_test(qtbot, window)
    test.buttons["tone"].click()
    assert fake_sip.audio_test_mode == "tone"
    QTest.keyClick(test, Qt.Key.Key_Escape)
    assert fake_sip.last_command() == ("stop_audio_test",)
    assert fake_sip.audio_test_mode == ""
    assert not test.isVisible()
    audio.reject()


def test_closing_an_idle_dialog_sends_nothing(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    audio, test = open_test(qtbot, window)
    test.close()
    assert fake_sip.commands_named("stop_audio_test") == []
    audio.reject()


def test_not_available_during_a_call(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    audio, test = open_test(qtbot, window)
    test.buttons["tone"].click()
    call_id = fake_sip.simulate_incoming("1002", "Anna")
    qtbot.waitUntil(lambda: test.blocked() != "")
    assert "during a call" in test.status_label.text()
    assert not any(button.isEnabled() for button in test.buttons.values())
    assert fake_sip.last_command("stop_audio_test") is not None
    fake_sip.simulate_remote_hangup(call_id)
    qtbot.waitUntil(lambda: test.blocked() == "")
    assert all(button.isEnabled() for button in test.buttons.values())
    test.reject()
    audio.reject()


def test_not_available_on_the_null_device(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    fake_sip.audio = AudioPrefs(null_device=True)
    fake_sip.simulate_audio_devices(())
    qtbot.waitUntil(lambda: window.settings_flows.audio_event is not None)
    audio, test = open_test(qtbot, window)
    assert test.blocked()
    assert not test.buttons["tone"].isEnabled()
    assert "nothing to test" in test.status_label.text()
    test.reject()
    audio.reject()


def test_unsaved_device_choice_is_pointed_out(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    fake_sip.simulate_audio_devices((AudioDevice(0, "Jabra Evolve2", "ALSA", inputs=1, outputs=2),))
    qtbot.waitUntil(lambda: window.settings_flows.audio_event is not None)
    audio = window.open_audio_dialog()
    out = audio.combos["audio.output"]
    out.setCurrentIndex(out.findData("Jabra Evolve2"))
    audio.test_button.click()
    test = audio.findChild(AudioTestDialog)
    assert isinstance(test, AudioTestDialog)
    assert test.note_label.isVisibleTo(test)
    assert "not saved" in test.note_label.text()
    test.reject()
    audio.reject()


def test_test_dialog_controls_have_accessible_names(qtbot: QtBot, window: MainWindow) -> None:
    audio, test = open_test(qtbot, window)
    controls = [
        w
        for w in test.findChildren(QWidget)
        if w.isVisible()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.objectName().startswith("qt_")
    ]
    assert len(controls) >= 3
    assert [w for w in controls if not w.accessibleName()] == []
    assert test.status_label.accessibleName() == "Audio test status"
    test.reject()
    audio.reject()


def test_the_audio_test_is_translated(qtbot: QtBot, fake_sip: FakeSip) -> None:
    if find_qm("it") is None:
        pytest.skip("softphone_it.qm not compiled (run pyside6-lrelease)")
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translator("it")
    try:
        test = AudioTestDialog(fake_sip)
        qtbot.addWidget(test)
        assert test.buttons["tone"].text() == "Riproduci &tono di prova"
        assert test.buttons["tone"].accessibleName() == "Riproduci tono di prova"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_closing_the_audio_dialog_under_a_running_test_stops_it(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    audio, test = open_test(qtbot, window)
    test.buttons["loopback"].click()
    audio.reject()  # e.g. the window closes both
    assert fake_sip.last_command() == ("stop_audio_test",)
    assert fake_sip.audio_test_mode == ""


def test_hostile_device_names_in_the_audio_dialog_stay_plain_and_bounded(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    names = ("<b>Evil</b>" + "W" * 10_000, "Jab\x00ra\u202e\r\nX")
    fake_sip.simulate_audio_devices(
        tuple(AudioDevice(i, name, "ALSA", inputs=1, outputs=1) for i, name in enumerate(names))
    )
    qtbot.waitUntil(lambda: window.settings_flows.audio_event is not None)
    audio, test = open_test(qtbot, window)
    combo = audio.combos["audio.output"]
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert shown[1].startswith("<b>Evil</b>") and len(shown[1]) <= 120
    assert shown[2] == "Jab ra X"
    assert combo.itemData(1) == names[0]  # saved by its real name
    assert audio.sizeHint().width() < 800
    assert test.sizeHint().width() < 800
    test.reject()
    audio.reject()
