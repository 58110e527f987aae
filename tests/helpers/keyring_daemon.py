"""A real Secret Service for tests: a private D-Bus session bus and gnome-keyring, unlocked.

`keyring_daemon` (session scope) starts `dbus-daemon --session` and
`gnome-keyring-daemon --foreground --unlock --components=secrets` (the password on stdin),
each in private temporary directories, and kills both by pid at the end.
`secret_service` (function scope) points the test process at it; `.env` carries the same
variables for a subprocess. Missing binaries skip, or fail under SOFTPHONE_REQUIRE_ALL=1.
"""

from __future__ import annotations

import contextlib
import os
import select
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.helpers.requirements import require_binary, require_module

SECRETS_BUS_NAME = "org.freedesktop.secrets"
UNLOCK_PASSWORD = b"softphone-test-keyring"
START_TIMEOUT = 15.0


@dataclass
class KeyringDaemon:
    """Where the private Secret Service lives; `env` is what a client needs to reach it."""

    bus_address: str
    runtime_dir: Path
    data_dir: Path  # gnome-keyring's files (encrypted *.keyring)
    config_dir: Path  # an empty XDG_CONFIG_HOME: no keyringrc.cfg picks another backend
    pids: list[int] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        return {
            "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "XDG_CONFIG_HOME": str(self.config_dir),
        }


def _read_line(process: subprocess.Popen[bytes], timeout: float) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    if not ready:
        return ""
    return process.stdout.readline().decode().strip()


def _name_has_owner(address: str, name: str) -> bool:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )
    with open_dbus_connection(bus=address) as connection:
        reply = connection.send_and_get_reply(
            new_method_call(bus, "NameHasOwner", "s", (name,)), timeout=5
        )
    return bool(reply.body[0])


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    for stream in (process.stdin, process.stdout, process.stderr):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


@contextlib.contextmanager
def running_keyring(base: Path) -> Iterator[KeyringDaemon]:
    """Start the bus and the keyring under `base`; stop both (by pid) on exit."""
    dbus_daemon = require_binary("dbus-daemon", "dbus")
    keyring_binary = require_binary("gnome-keyring-daemon", "gnome-keyring")
    require_module("secretstorage", "secretstorage")
    runtime = base / "run"
    data = base / "data"
    config = base / "config"
    home = base / "home"
    for directory in (runtime, data, config, home):
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {
        **os.environ,
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(data),
        "XDG_CONFIG_HOME": str(config),
        "HOME": str(home),
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    processes: list[subprocess.Popen[bytes]] = []
    try:
        bus = subprocess.Popen(
            [dbus_daemon, "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env=env,
        )
        processes.append(bus)
        address = _read_line(bus, START_TIMEOUT)
        if not address:
            pytest.fail(f"dbus-daemon printed no address (exit code {bus.poll()})")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring = subprocess.Popen(
            [keyring_binary, "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        processes.append(keyring)
        assert keyring.stdin is not None
        keyring.stdin.write(UNLOCK_PASSWORD)  # --unlock reads the password to EOF
        keyring.stdin.close()
        deadline = time.monotonic() + START_TIMEOUT
        while not _name_has_owner(address, SECRETS_BUS_NAME):
            if keyring.poll() is not None:
                _, err = keyring.communicate(timeout=5)
                pytest.fail(f"gnome-keyring-daemon exited {keyring.returncode}: {err.decode()}")
            if time.monotonic() > deadline:
                pytest.fail(f"gnome-keyring-daemon did not own {SECRETS_BUS_NAME} in time")
            time.sleep(0.05)
        yield KeyringDaemon(
            bus_address=address,
            runtime_dir=runtime,
            data_dir=data,
            config_dir=config,
            pids=[p.pid for p in processes],
        )
    finally:
        for process in reversed(processes):
            _stop(process)


@pytest.fixture(scope="session")
def keyring_daemon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KeyringDaemon]:
    with running_keyring(tmp_path_factory.mktemp("keyring")) as daemon:
        yield daemon


@pytest.fixture
def secret_service(keyring_daemon: KeyringDaemon, monkeypatch: pytest.MonkeyPatch) -> KeyringDaemon:
    """Point this test process at the private Secret Service (and at no keyring config)."""
    for name, value in keyring_daemon.env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    return keyring_daemon
