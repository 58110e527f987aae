"""Account, preferences and audio dialogs: saving, the keychain, IT-locked fields."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from softphone.config.settings import Settings
from softphone.core.errors import ConfigError
from softphone.core.events import AudioDevicesChanged
from softphone.core.models import AccountConfig, AudioDevice, RegState
from softphone.sip.fake import FakeSip
from softphone.ui.account_dialog import AccountDialog
from softphone.ui.audio_dialog import AudioDialog
from softphone.ui.main_window import MainWindow
from softphone.ui.message_bar import Level
from softphone.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from tests.ui.conftest import DictSecretStore, SettingsFactory, WindowFactory


def line_edit(dialog: AccountDialog, key: str) -> QLineEdit:
    editor = dialog.fields[key].editor
    assert isinstance(editor, QLineEdit)
    return editor


# -- account ------------------------------------------------------------------------------
def test_account_dialog_saves_settings_and_password(
    qtbot: QtBot,
    make_window: WindowFactory,
    make_settings: SettingsFactory,
    fake_sip: FakeSip,
    secrets: DictSecretStore,
) -> None:
    settings = make_settings(user={})
    window = make_window(settings, register=False)
    dialog = window.open_account_dialog()
    line_edit(dialog, "sip.domain").setText("pbx.example.com")
    line_edit(dialog, "sip.username").setText("1007")
    line_edit(dialog, "sip.display_name").setText("Anna")
    dialog.password_field.setText("s3cret")
    dialog.accept()
    assert settings.get("sip.username") == "1007"
    assert secrets.values == {"sip:1007@pbx.example.com": "s3cret"}
    command = fake_sip.last_command("configure_account")
    assert command is not None
    account, password = command[1], command[2]
    assert isinstance(account, AccountConfig)
    assert (account.username, account.display_name, password) == ("1007", "Anna", "s3cret")
    qtbot.waitUntil(lambda: window.registration_status.state is RegState.REGISTERED)
    assert window.message_bar.texts() == []


def test_keychain_unavailable_password_used_for_the_session(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip, secrets: DictSecretStore
) -> None:
    secrets.unavailable = "no Secret Service is running"
    dialog = window.open_account_dialog()
    assert "not available" in dialog.keychain_label.text()
    dialog.password_field.setText("typed-pw")
    dialog.accept()
    assert not dialog.isVisible()
    texts = window.message_bar.texts()
    assert texts == [
        "Password can't be saved: no Secret Service is running. "
        "It will be used for this session only."
    ]
    assert window.message_bar.messages()[0].level is Level.WARNING
    command = fake_sip.last_command("configure_account")
    assert command is not None and command[2] == "typed-pw"
    # re-applying later in the session keeps using it (the keychain still cannot help)
    window.apply_account(None)
    command = fake_sip.last_command("configure_account")
    assert command is not None and command[2] == "typed-pw"


def test_empty_password_field_keeps_the_stored_one(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip, secrets: DictSecretStore
) -> None:
    secrets.values["sip:1001@pbx.example.com"] = "old"
    window.apply_account("old")
    dialog = window.open_account_dialog()
    assert "keep the saved password" in dialog.password_field.placeholderText()
    dialog.accept()
    assert secrets.values == {"sip:1001@pbx.example.com": "old"}
    command = fake_sip.last_command("configure_account")
    assert command is not None and command[2] == "old"


def test_half_filled_account_is_refused_inline(window: MainWindow, fake_sip: FakeSip) -> None:
    dialog = window.open_account_dialog()
    line_edit(dialog, "sip.username").setText("")
    before = len(fake_sip.commands)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert len(fake_sip.commands) == before
    dialog.reject()


def test_locked_account_fields_are_read_only_with_it_tooltip(
    qtbot: QtBot, make_window: WindowFactory, make_settings: SettingsFactory
) -> None:
    settings = make_settings(
        locked={"sip.domain": "corp.example.com", "sip.transport": "tls", "sip.register": True}
    )
    window = make_window(settings, register=False)
    dialog = window.open_account_dialog()
    domain = line_edit(dialog, "sip.domain")
    assert domain.isReadOnly() and domain.text() == "corp.example.com"
    assert "Set by your IT department" in domain.toolTip()
    transport = dialog.fields["sip.transport"].editor
    assert isinstance(transport, QComboBox)
    assert not transport.isEnabled() and transport.currentData() == "tls"
    assert "Set by your IT department" in transport.toolTip()
    register = dialog.fields["sip.register"].editor
    assert isinstance(register, QCheckBox) and not register.isEnabled()
    assert not line_edit(dialog, "sip.username").isReadOnly()  # the agent's own
    line_edit(dialog, "sip.username").setText("1010")
    dialog.accept()  # locked fields are not written back (that would raise)
    assert settings.get("sip.username") == "1010"
    assert settings.get("sip.domain") == "corp.example.com"


# -- preferences ------------------------------------------------------------------------------
def test_preferences_apply_live_to_the_engine(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    dialog = window.open_settings_dialog()
    assert isinstance(dialog, SettingsDialog)
    auto = dialog.fields["calls.auto_answer"].editor
    trace = dialog.fields["sip.trace"].editor
    delay = dialog.fields["calls.auto_answer_delay"].editor
    assert isinstance(auto, QCheckBox) and isinstance(trace, QCheckBox)
    assert not delay.isEnabled()
    auto.setChecked(True)
    assert delay.isEnabled()
    trace.setChecked(True)
    supervisor = dialog.fields["calls.supervisor_uri"].editor
    assert isinstance(supervisor, QLineEdit)
    supervisor.setText("2000")
    dialog.accept()
    command = fake_sip.last_command("set_options")
    assert command is not None
    assert command[1].auto_answer and command[1].sip_trace
    assert window.call_panel.buttons["escalate"].toolTip().find("2000") >= 0


def test_preferences_keep_the_apps_engine_base_options(
    window: MainWindow, fake_sip: FakeSip, settings: Settings
) -> None:
    base = settings.engine_options(log_dir="/var/log/softphone", rtp_port=40000)
    window.set_engine_options(base)
    dialog = window.open_settings_dialog()
    trace = dialog.fields["sip.trace"].editor
    assert isinstance(trace, QCheckBox)
    trace.setChecked(True)
    dialog.accept()
    command = fake_sip.last_command("set_options")
    assert command is not None
    assert (command[1].log_dir, command[1].rtp_port, command[1].sip_trace) == (
        "/var/log/softphone",
        40000,
        True,
    )


def test_locked_preferences_are_read_only(
    qtbot: QtBot, make_window: WindowFactory, make_settings: SettingsFactory, fake_sip: FakeSip
) -> None:
    settings = make_settings(
        locked={"calls.supervisor_uri": "sip:sup@pbx", "calls.auto_answer": False}
    )
    window = make_window(settings, register=False)
    dialog = window.open_settings_dialog()
    supervisor = dialog.fields["calls.supervisor_uri"].editor
    auto = dialog.fields["calls.auto_answer"].editor
    assert isinstance(supervisor, QLineEdit) and supervisor.isReadOnly()
    assert "Set by your IT department" in supervisor.toolTip()
    assert supervisor.accessibleDescription() == "Set by your IT department"
    assert not auto.isEnabled() and "Set by your IT department" in auto.toolTip()
    assert "(locked)" in dialog.fields["calls.supervisor_uri"].label.text()
    dialog.accept()
    assert fake_sip.commands_named("set_options") == []


def test_invalid_preference_is_refused_inline(window: MainWindow) -> None:
    dialog = window.open_settings_dialog()
    region = dialog.fields["calls.default_region"].editor
    assert isinstance(region, QLineEdit)
    region.setText("bad\x00")
    dialog.accept()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    dialog.reject()


# -- audio ------------------------------------------------------------------------------------
DEVICES = (
    AudioDevice(0, "Jabra Evolve2", "ALSA", inputs=1, outputs=2),
    AudioDevice(1, "Built-in speakers", "ALSA", inputs=0, outputs=2),
)


def test_audio_devices_are_listed_and_saved_by_name(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip, settings: Settings
) -> None:
    fake_sip.simulate_audio_devices(DEVICES)
    qtbot.waitUntil(lambda: window.settings_flows.audio_event is not None)
    dialog = window.open_audio_dialog()
    assert isinstance(dialog, AudioDialog)
    mic = dialog.combos["audio.input"]
    out = dialog.combos["audio.output"]
    assert [mic.itemText(i) for i in range(mic.count())] == ["System default", "Jabra Evolve2"]
    assert out.count() == 3
    out.setCurrentIndex(out.findData("Jabra Evolve2"))
    dialog.accept()
    assert settings.get("audio.output") == "Jabra Evolve2"
    command = fake_sip.last_command("set_audio")
    assert command is not None and command[1].output_name == "Jabra Evolve2"


def test_missing_saved_device_and_engine_warning(
    qtbot: QtBot, make_window: WindowFactory, make_settings: SettingsFactory, fake_sip: FakeSip
) -> None:
    settings = make_settings(user={"audio.input": "Old USB headset"})
    window = make_window(settings, register=False)
    fake_sip.simulate_audio_devices((), warning="no audio devices in this pjsua2 build")
    qtbot.waitUntil(lambda: window.settings_flows.audio_event is not None)
    assert any(
        "No sound devices: this pjsua2 build has none" in t for t in window.message_bar.texts()
    )
    dialog = window.open_audio_dialog()
    assert dialog.warning_label.isVisible()
    assert "no audio devices in this pjsua2 build" in dialog.warning_label.text()
    mic = dialog.combos["audio.input"]
    assert mic.currentText() == "Old USB headset (not connected)"
    null_box = dialog.null_field.editor
    assert isinstance(null_box, QCheckBox)
    null_box.setChecked(True)
    assert not mic.isEnabled()
    dialog.accept()
    assert settings.get("audio.null_device") is True
    assert settings.get("audio.input") == "Old USB headset"  # kept for when it comes back


def test_audio_dialog_follows_device_changes_while_open(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    dialog = window.open_audio_dialog()
    fake_sip.simulate_audio_devices(DEVICES)
    qtbot.waitUntil(lambda: dialog.combos["audio.input"].count() == 2)
    dialog.refresh_button.click()
    assert fake_sip.last_command() == ("refresh_devices",)
    dialog.reject()


def test_audio_dialog_standalone_without_devices(qtbot: QtBot, settings: Settings) -> None:
    dialog = AudioDialog(settings, None)
    qtbot.addWidget(dialog)
    assert "not reported" in dialog.warning_label.text()
    event = AudioDevicesChanged(DEVICES, "Jabra Evolve2", "Jabra Evolve2", "", False)
    dialog.update_devices(event)
    assert not dialog.warning_label.text()


# -- startup problems -------------------------------------------------------------------------
def test_config_problems_are_shown_once_without_a_popup(
    qtbot: QtBot, make_window: WindowFactory, make_settings: SettingsFactory
) -> None:
    settings = make_settings()
    settings.problems.append(
        ConfigError(
            "must be at least 30, got 5",
            source="/etc/softphone/provisioning.toml",
            line=4,
            key="sip.expires",
        )
    )
    window = make_window(settings)
    texts = window.message_bar.texts()
    assert len(texts) == 1
    assert "/etc/softphone/provisioning.toml, line 4, key 'sip.expires'" in texts[0]
    assert window.message_bar.messages()[0].level is Level.WARNING
