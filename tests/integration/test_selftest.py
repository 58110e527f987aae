"""`python -m softphone --self-test` as IT runs it: a real Kamailio, gnome-keyring and pjsua2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.kamailio import Kamailio
from tests.helpers.keyring_daemon import KeyringDaemon
from tests.helpers.ports import free_port

pytestmark = pytest.mark.integration

USERNAME = "agent"  # one of tests.helpers.kamailio.USERS


@dataclass
class Desk:
    """One agent's machine: its SOFTPHONE_HOME, environment and provisioning file."""

    home: Path
    env: dict[str, str]
    provisioning: Path

    def provision(self, text: str) -> None:
        self.provisioning.write_text(text, encoding="utf-8")

    def agent_settings(self, **values: Any) -> None:
        config = self.home / "config"
        config.mkdir(parents=True, exist_ok=True)
        (config / "settings.json").write_text(
            json.dumps({"version": 1, "settings": values}), encoding="utf-8"
        )

    def store_password(self, aor: str, password: str) -> None:
        code = (
            "import sys\n"
            "from softphone.secrets import KeyringSecretStore\n"
            "KeyringSecretStore().set(sys.argv[1], sys.argv[2])\n"
        )
        subprocess.run(
            [sys.executable, "-c", code, aor, password], env=self.env, check=True, timeout=60
        )

    def self_test(self, *extra: str, timeout: float = 5) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "softphone",
                "--self-test",
                "--provisioning",
                str(self.provisioning),
                "--timeout",
                str(timeout),
                *extra,
            ],
            env=self.env,
            check=False,
            capture_output=True,
            text=True,
            timeout=120,
        )


@pytest.fixture
def desk(tmp_path: Path, keyring_daemon: KeyringDaemon) -> Desk:
    env = {
        **os.environ,
        **keyring_daemon.env,
        "SOFTPHONE_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    for name in ("PYTHON_KEYRING_BACKEND", "SOFTPHONE_PROVISIONING", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return Desk(tmp_path / "home", env, tmp_path / "provisioning.toml")


def lines_of(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """{check name: its whole line} from the self-test's stdout."""
    found: dict[str, str] = {}
    for line in result.stdout.splitlines():
        if line.startswith(("OK   ", "FAIL ")):
            name = line[5:].partition(":")[0]
            found[name] = line
    return found


def test_a_configured_desk_passes_every_check(desk: Desk, kamailio: Kamailio) -> None:
    domain, password = kamailio.domain, kamailio.users[USERNAME]
    aor = f"sip:{USERNAME}@{domain}"
    desk.provision(f'[sip]\ndomain = "{domain}"\nbind_address = "127.0.0.1"\n')
    desk.agent_settings(**{"sip.username": USERNAME})
    desk.store_password(aor, password)

    result = desk.self_test()
    lines = lines_of(result)
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(lines) == [
        "python",
        "qt",
        "provisioning",
        "settings",
        "keychain",
        "pjsua2",
        "audio",
        "headset",
        "sip-registration",
        "sync-server",
    ]
    assert all(line.startswith("OK   ") for line in lines.values()), result.stdout
    assert lines["qt"].startswith("OK   qt: platform plugin 'offscreen' loaded (Qt 6.")
    assert lines["keychain"] == (
        f"OK   keychain: keyring.backends.SecretService.Keyring; a password is stored for {aor}"
    )
    assert lines["provisioning"] == f"OK   provisioning: {desk.provisioning}: 2 settings locked"
    assert lines["pjsua2"].startswith("OK   pjsua2: pjsua2")
    assert lines["sip-registration"].startswith(
        f"OK   sip-registration: REGISTERED {aor} at sip:{domain} (200 "
    )
    assert result.stdout.splitlines()[-1] == "self-test: all 10 checks passed"
    assert kamailio.register_count(USERNAME) >= 1
    assert password not in result.stdout + result.stderr
    log_text = (desk.home / "log" / "softphone.log").read_text(encoding="utf-8")
    assert password not in log_text


def test_a_wrong_password_is_reported_as_auth_failed(desk: Desk, kamailio: Kamailio) -> None:
    domain = kamailio.domain
    aor = f"sip:{USERNAME}@{domain}"
    desk.provision(f'[sip]\ndomain = "{domain}"\nbind_address = "127.0.0.1"\n')
    desk.agent_settings(**{"sip.username": USERNAME})
    desk.store_password(aor, "not-the-password")

    result = desk.self_test()
    assert result.returncode == 1
    assert lines_of(result)["sip-registration"].startswith(
        f"FAIL sip-registration: auth failed for {aor} at sip:{domain} (401"
    )


def test_an_unreachable_registrar(desk: Desk) -> None:
    # A port nobody listens on: no kamailio needed.
    domain = f"127.0.0.1:{free_port()}"
    aor = f"sip:{USERNAME}@{domain}"
    desk.provision(f'[sip]\ndomain = "{domain}"\nbind_address = "127.0.0.1"\n')
    desk.agent_settings(**{"sip.username": USERNAME})
    desk.store_password(aor, "pw")

    result = desk.self_test(timeout=2)
    assert result.returncode == 1
    line = lines_of(result)["sip-registration"]
    assert line.startswith("FAIL sip-registration: "), line
    assert "unreachable" in line


def test_malformed_provisioning_fails_naming_file_line_and_key(desk: Desk) -> None:
    desk.provision(
        '[sip]\ndomain = "pbx.example.com"\nexpires = 5\npassword = "hunter2"\n'
        "[calls]\nauto_answer = maybe\n"
    )
    desk.agent_settings(**{"sip.username": USERNAME})

    result = desk.self_test(timeout=1)
    assert result.returncode == 1
    line = lines_of(result)["provisioning"]
    path = desk.provisioning
    assert line.startswith(f"FAIL provisioning: {path}:6: not valid TOML"), line
    assert f"{path}:3 sip.expires: must be at least 30, got 5 (ignored)" in line
    assert f"{path}:4 sip.password: passwords and tokens must not be put in provisioning" in line
    assert "hunter2" not in result.stdout
    assert result.stdout.splitlines()[-1].startswith("self-test: ")


def test_no_account_configured_is_a_failure_it_must_see(desk: Desk) -> None:
    desk.provision("")
    result = desk.self_test(timeout=1)
    assert result.returncode == 1
    assert lines_of(result)["sip-registration"] == (
        "FAIL sip-registration: no SIP account configured (sip.domain, sip.username not set)"
    )
    assert lines_of(result)["keychain"].startswith("OK   keychain: ")
