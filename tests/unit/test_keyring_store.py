"""KeyringSecretStore's backend vetting and error mapping, with in-process fake backends."""

from __future__ import annotations

import logging
from typing import ClassVar

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, chainer, fail, null

from softphone.core.errors import SecretStoreUnavailable
from softphone.secrets import DISABLED, LOCKED, NO_KEYCHAIN, KeyringSecretStore


class FakeOsKeychain(SecretService.Keyring):
    """Passes for the OS keychain (a SecretService subclass) but keeps secrets in a dict."""

    priority = 5  # type: ignore[assignment]
    failure: ClassVar[Exception | None] = None

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe_fail()
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe_fail()
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._maybe_fail()
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("No such password!")

    def _maybe_fail(self) -> None:
        if self.failure is not None:
            raise self.failure


class PlaintextKeyring(KeyringBackend):
    """Stands in for keyrings.alt.file.PlaintextKeyring: viable, but writes plain files."""

    priority = 0.5  # type: ignore[assignment]
    calls: ClassVar[list[str]] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append("get")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append("set")

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append("delete")


@pytest.fixture(autouse=True)
def _no_user_keyring_config(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    FakeOsKeychain.failure = None
    PlaintextKeyring.calls.clear()


def test_round_trip_on_an_os_keychain() -> None:
    backend = FakeOsKeychain()
    store = KeyringSecretStore(backend=backend)
    assert store.available() == (True, f"{__name__}.FakeOsKeychain")
    store.set("sip:1001@pbx", "pw")
    assert backend.items == {("softphone", "sip:1001@pbx"): "pw"}
    assert store.get("sip:1001@pbx") == "pw"
    store.delete("sip:1001@pbx")
    assert store.get("sip:1001@pbx") is None
    store.delete("sip:1001@pbx")  # already gone: fine


def test_the_service_name_is_softphone_by_default() -> None:
    backend = FakeOsKeychain()
    KeyringSecretStore(backend=backend).set("k", "v")
    KeyringSecretStore(service="other", backend=backend).set("k", "w")
    assert backend.items == {("softphone", "k"): "v", ("other", "k"): "w"}


def test_a_plaintext_backend_is_refused_and_never_called() -> None:
    store = KeyringSecretStore(backend=PlaintextKeyring())
    usable, reason = store.available()
    assert not usable
    assert "PlaintextKeyring" in reason
    assert "plain text" in reason
    assert reason.endswith("The password will be used for this session only.")
    with pytest.raises(SecretStoreUnavailable):
        store.set("k", "secret")
    with pytest.raises(SecretStoreUnavailable):
        store.get("k")
    assert PlaintextKeyring.calls == []


def test_a_plaintext_backend_chosen_in_the_environment_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", f"{__name__}.PlaintextKeyring")
    usable, reason = KeyringSecretStore().available()
    assert not usable
    assert "PlaintextKeyring" in reason


def test_the_fail_backend_means_no_keychain() -> None:
    assert KeyringSecretStore(backend=fail.Keyring()).available() == (False, NO_KEYCHAIN)


def test_the_null_backend_means_saving_is_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    assert KeyringSecretStore().available() == (False, DISABLED)
    assert KeyringSecretStore(backend=null.Keyring()).available() == (False, DISABLED)


def test_a_chainer_uses_its_os_keychain_and_skips_plaintext(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    os_keychain = FakeOsKeychain()
    monkeypatch.setattr(
        chainer.ChainerBackend, "backends", [PlaintextKeyring(), os_keychain], raising=False
    )
    store = KeyringSecretStore(backend=chainer.ChainerBackend())
    store.set("k", "v")
    assert os_keychain.items == {("softphone", "k"): "v"}
    assert PlaintextKeyring.calls == []


def test_a_chainer_with_nothing_viable_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [], raising=False)
    assert KeyringSecretStore(backend=chainer.ChainerBackend()).available() == (
        False,
        NO_KEYCHAIN,
    )
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [PlaintextKeyring()], raising=False)
    usable, reason = KeyringSecretStore(backend=chainer.ChainerBackend()).available()
    assert not usable
    assert "PlaintextKeyring" in reason


def test_a_locked_keychain_says_so() -> None:
    FakeOsKeychain.failure = keyring.errors.KeyringLocked("Failed to unlock the collection!")
    with pytest.raises(SecretStoreUnavailable, match="locked") as raised:
        KeyringSecretStore(backend=FakeOsKeychain()).get("k")
    assert str(raised.value) == LOCKED


def test_a_failing_keychain_never_echoes_the_secret(caplog: pytest.LogCaptureFixture) -> None:
    FakeOsKeychain.failure = RuntimeError("D-Bus said no to 'hunter2-secret'")
    store = KeyringSecretStore(backend=FakeOsKeychain())
    with caplog.at_level(logging.DEBUG), pytest.raises(SecretStoreUnavailable) as raised:
        store.set("sip:1001@pbx", "hunter2-secret")
    assert "hunter2-secret" not in str(raised.value)
    assert "RuntimeError" in str(raised.value)
    assert "hunter2-secret" not in caplog.text


def test_values_are_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    store = KeyringSecretStore(backend=FakeOsKeychain())
    with caplog.at_level(logging.DEBUG):
        store.set("sip:1001@pbx", "correct-horse")
        store.get("sip:1001@pbx")
        store.delete("sip:1001@pbx")
    assert "correct-horse" not in caplog.text
    assert "sip:1001@pbx" in caplog.text
