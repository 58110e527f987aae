"""KeyringSecretStore against a real Secret Service (gnome-keyring), and with none at all."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from keyring.backends import SecretService

from softphone.core.errors import SecretStoreUnavailable
from softphone.secrets import NO_KEYCHAIN, KeyringSecretStore
from tests.helpers.keyring_daemon import KeyringDaemon

pytestmark = pytest.mark.integration


def unique_key() -> str:
    return f"sip:{uuid.uuid4().hex[:8]}@pbx.example.com"


def files_containing(root: Path, needle: str) -> list[Path]:
    data = needle.encode("utf-8")
    return [p for p in root.rglob("*") if p.is_file() and data in p.read_bytes()]


def test_set_get_delete_with_the_real_secret_service(secret_service: KeyringDaemon) -> None:
    store = KeyringSecretStore()
    usable, backend = store.available()
    assert usable, backend
    assert backend == "keyring.backends.SecretService.Keyring"

    key, password = unique_key(), "pä$$wörd with spaces & ☎"
    assert store.get(key) is None
    store.set(key, password)
    assert store.get(key) == password
    # A second store (the next app start) reads what the first one wrote.
    assert KeyringSecretStore().get(key) == password

    store.set(key, "changed")
    assert store.get(key) == "changed"
    store.delete(key)
    assert store.get(key) is None
    store.delete(key)  # deleting what is not there is not an error


def test_stored_under_the_softphone_service(secret_service: KeyringDaemon) -> None:
    key = unique_key()
    KeyringSecretStore().set(key, "s3cret-value")
    # Read back through keyring's own backend, as another tool on the desk would.
    assert SecretService.Keyring().get_password("softphone", key) == "s3cret-value"
    KeyringSecretStore().delete(key)


def test_the_keyring_on_disk_is_encrypted(secret_service: KeyringDaemon) -> None:
    key, password = unique_key(), f"plain-{uuid.uuid4().hex}"
    store = KeyringSecretStore()
    store.set(key, password)
    try:
        keyrings = list(secret_service.data_dir.rglob("*.keyring"))
        assert keyrings, "gnome-keyring wrote no keyring file"
        assert files_containing(secret_service.data_dir, password) == []
    finally:
        store.delete(key)


def test_no_dbus_session_means_unavailable_and_nothing_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What an agent's desk looks like over SSH or in a service: no session bus at all.
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-such-bus")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)

    store = KeyringSecretStore()
    assert store.available() == (False, NO_KEYCHAIN)
    password = f"never-on-disk-{uuid.uuid4().hex}"
    with pytest.raises(SecretStoreUnavailable) as raised:
        store.set("sip:1001@pbx.example.com", password)
    assert str(raised.value) == (
        "No OS keychain is available (no desktop session). "
        "The password will be used for this session only."
    )
    with pytest.raises(SecretStoreUnavailable):
        store.get("sip:1001@pbx.example.com")
    assert files_containing(tmp_path, password) == []
    assert list(home.rglob("*")) == []


def test_a_keychain_that_appears_later_is_used(
    keyring_daemon: KeyringDaemon, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-such-bus")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(keyring_daemon.config_dir))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    store = KeyringSecretStore()
    assert store.available()[0] is False
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_daemon.bus_address)
    assert store.available()[0] is True
