"""UI test fixtures: FakeSip, in-memory Settings (optionally IT-locked), a dict keychain."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from softphone.config.provisioning import Provisioning
from softphone.config.settings import Settings
from softphone.core.errors import SecretStoreUnavailable
from softphone.sip.fake import FakeSip
from softphone.ui.main_window import MainWindow


class DictSecretStore:
    """core.ports.SecretStore in a dict; `unavailable` makes every call raise."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.unavailable = ""

    def _check(self) -> None:
        if self.unavailable:
            raise SecretStoreUnavailable(self.unavailable)

    def get(self, key: str) -> str | None:
        self._check()
        return self.values.get(key)

    def set(self, key: str, value: str) -> None:
        self._check()
        self.values[key] = value

    def delete(self, key: str) -> None:
        self._check()
        self.values.pop(key, None)

    def available(self) -> tuple[bool, str]:
        return (not self.unavailable, self.unavailable or "dict")


ACCOUNT = {"sip.domain": "pbx.example.com", "sip.username": "1001"}


@pytest.fixture(autouse=True)
def _window_handled_every_event(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """MainWindow logs (rather than raises) a failure to handle an engine event, so a
    call is never dropped by a UI bug; in tests that log line is a failure."""
    yield
    failures = [r for r in caplog.records if r.getMessage().startswith("UI failed to handle")]
    assert not failures, failures[0].getMessage()


SettingsFactory = Callable[..., Settings]


@pytest.fixture
def make_settings() -> SettingsFactory:
    """make_settings(user={...}, locked={...}): no file; `locked` plays IT's provisioning."""

    def make(user: dict[str, Any] | None = None, locked: dict[str, Any] | None = None) -> Settings:
        provisioning = Provisioning(source="/etc/softphone/provisioning.toml")
        provisioning.values.update(locked or {})
        settings = Settings(None, provisioning)
        values = user if user is not None else ACCOUNT
        settings.update({k: v for k, v in values.items() if not settings.is_locked(k)})
        return settings

    return make


@pytest.fixture
def settings(make_settings: SettingsFactory) -> Settings:
    return make_settings()


@pytest.fixture
def secrets() -> DictSecretStore:
    return DictSecretStore()


@pytest.fixture
def fake_sip(qtbot: QtBot) -> FakeSip:
    return FakeSip()


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, fake_sip: FakeSip, secrets: DictSecretStore
) -> Iterator[WindowFactory]:
    """Builds a shown MainWindow on FakeSip; deleted after the test (no close prompt)."""
    windows: list[MainWindow] = []

    def make(settings: Settings, *, register: bool = True) -> MainWindow:
        window = MainWindow(fake_sip, settings, secrets)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        windows.append(window)
        if register:
            window.apply_account("secret")
            qtbot.waitUntil(lambda: "Registered as" in window.registration_status.text())
        return window

    yield make
    for window in windows:
        window.hide()
        window.deleteLater()
    qtbot.wait(1)  # let deleteLater run


@pytest.fixture
def window(make_window: WindowFactory, settings: Settings) -> MainWindow:
    return make_window(settings)
