"""The status bar says where registration stands, in words, with a live retry countdown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pytestqt.qtbot import QtBot

from softphone.core.models import RegState
from softphone.sip.fake import FakeSip
from softphone.ui.main_window import MainWindow
from softphone.ui.message_bar import Level

if TYPE_CHECKING:
    from tests.ui.conftest import DictSecretStore, SettingsFactory, WindowFactory


def test_registered_text(window: MainWindow) -> None:
    status = window.registration_status
    assert status.text() == "Registered as 1001@pbx.example.com"
    assert status.badge.text() == "✔"  # a shape, not colour alone
    assert "Registered as" in status.accessibleName()


def test_retry_countdown_ticks(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    fake_sip.simulate_registration(RegState.RETRY_WAIT, 408, "Request Timeout", retry_in=3)
    status = window.registration_status
    qtbot.waitUntil(lambda: status.state is RegState.RETRY_WAIT)
    assert status.text() == "Registrar unreachable — retrying in 3 s"
    qtbot.waitUntil(
        lambda: status.text() == "Registrar unreachable — retrying in 2 s", timeout=3000
    )
    assert status.badge.text() == "⚠"


def test_retry_after_server_error_names_it(
    qtbot: QtBot, window: MainWindow, fake_sip: FakeSip
) -> None:
    fake_sip.simulate_registration(RegState.RETRY_WAIT, 500, "Server Internal Error", retry_in=30)
    qtbot.waitUntil(lambda: window.registration_status.state is RegState.RETRY_WAIT)
    assert window.registration_status.text().startswith(
        "Registration failed (500 Server Internal Error) — retrying in"
    )


def test_auth_failed(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    fake_sip.simulate_registration(RegState.AUTH_FAILED, 401, "Unauthorized")
    qtbot.waitUntil(lambda: window.registration_status.state is RegState.AUTH_FAILED)
    assert window.registration_status.text() == "Authentication failed — check your password"
    assert window.registration_status.badge.text() == "✖"
    messages = window.message_bar.messages()
    assert messages and messages[-1].level is Level.ERROR


def test_wrong_password_end_to_end(
    qtbot: QtBot, make_window: WindowFactory, make_settings: SettingsFactory, fake_sip: FakeSip
) -> None:
    fake_sip.accept_password = "right"
    window = make_window(make_settings(), register=False)
    window.apply_account("wrong")
    qtbot.waitUntil(lambda: window.registration_status.state is RegState.AUTH_FAILED)
    window.apply_account("right")
    qtbot.waitUntil(lambda: window.registration_status.state is RegState.REGISTERED)


def test_failed_direct_offline(qtbot: QtBot, window: MainWindow, fake_sip: FakeSip) -> None:
    status = window.registration_status
    fake_sip.simulate_registration(RegState.FAILED, 403, "Forbidden")
    qtbot.waitUntil(lambda: status.state is RegState.FAILED)
    assert status.text() == "Registration refused (403 Forbidden) — check the account settings"
    fake_sip.simulate_registration(RegState.DIRECT)
    qtbot.waitUntil(lambda: status.state is RegState.DIRECT)
    assert status.text() == "Direct mode (no registrar)"
    fake_sip.simulate_registration(RegState.REGISTERING)
    qtbot.waitUntil(lambda: status.state is RegState.REGISTERING)
    assert status.text() == "Registering as 1001@pbx.example.com…"


def test_not_configured(
    qtbot: QtBot, make_window: WindowFactory, make_settings: SettingsFactory, fake_sip: FakeSip
) -> None:
    window = make_window(make_settings(user={}), register=False)
    assert window.registration_status.text() == "Not configured — Settings › Account"
    window.apply_account(None)
    assert fake_sip.commands_named("configure_account") == []
    assert window.registration_status.text() == "Not configured — Settings › Account"


def test_apply_account_uses_the_stored_password(
    qtbot: QtBot,
    make_window: WindowFactory,
    make_settings: SettingsFactory,
    fake_sip: FakeSip,
    secrets: DictSecretStore,
) -> None:
    secrets.values["sip:1001@pbx.example.com"] = "from-keychain"
    window = make_window(make_settings(), register=False)
    window.apply_account(None)
    command = fake_sip.last_command("configure_account")
    assert command is not None and command[2] == "from-keychain"


def test_unreadable_keychain_at_startup_is_a_message(
    qtbot: QtBot,
    make_window: WindowFactory,
    make_settings: SettingsFactory,
    fake_sip: FakeSip,
    secrets: DictSecretStore,
) -> None:
    secrets.unavailable = "no desktop keyring is running"
    window = make_window(make_settings(), register=False)
    window.apply_account(None)
    assert any("no desktop keyring is running" in t for t in window.message_bar.texts())
    assert fake_sip.last_command("configure_account") is not None  # still tries, no password
