"""The self-test runner and its checks against FakeSip and an in-memory keychain.

Needs a Qt application object (the engine's events arrive through the Qt event loop),
hence pytest-qt's `qapp`; the real engine and keychain are in tests/integration.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from softphone.app import selftest
from softphone.app.cli import Options
from softphone.app.paths import ENV_HOME
from softphone.app.selftest import CheckResult, SelfTest, audio_result
from softphone.core.models import AccountConfig, AudioDevice, AudioPrefs, RegState
from softphone.core.ports import SipControl
from softphone.sip.fake import FakeSip
from tests.helpers.memory_secrets import MemorySecrets

AOR = "sip:1001@pbx.example.com"

# Every check but the Qt probe (a subprocess, covered by the integration test).
CHECKS = [c for c in selftest.CHECKS if c is not selftest.check_qt]


class SilentRegistrar(FakeSip):
    """A registrar that never answers."""

    def configure_account(self, account: AccountConfig, password: str) -> None:
        self.post_registering()

    def post_registering(self) -> None:
        self.simulate_registration(RegState.REGISTERING)


class UnreachableRegistrar(FakeSip):
    def configure_account(self, account: AccountConfig, password: str) -> None:
        self.simulate_registration(RegState.REGISTERING)
        self.simulate_registration(RegState.RETRY_WAIT, 408, "Request Timeout", retry_in=30)


class ForbiddingRegistrar(FakeSip):
    def configure_account(self, account: AccountConfig, password: str) -> None:
        self.simulate_registration(RegState.FAILED, 403, "Forbidden")


class BrokenEngine(FakeSip):
    def start(self, options: object, audio: object) -> None:  # type: ignore[override]
        self.simulate_engine_failed("no transport", "bind: address in use")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENV_HOME, str(tmp_path / "home"))
    return tmp_path


def configure(
    home: Path, provisioning: str = '[sip]\ndomain = "pbx.example.com"\n', **own: object
) -> Path:
    config = home / "home" / "config"
    config.mkdir(parents=True, exist_ok=True)
    settings = {"sip.username": "1001", **own}
    (config / "settings.json").write_text(json.dumps({"version": 1, "settings": settings}))
    path = home / "provisioning.toml"
    path.write_text(provisioning, encoding="utf-8")
    return path


def run(
    provisioning: Path | None,
    *,
    secrets: MemorySecrets,
    engine: Callable[[], SipControl] = FakeSip,
    timeout: float = 5.0,
    checks: list[selftest.Check] | None = None,
) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selftest.run(
        Options(provisioning=provisioning, timeout=timeout),
        checks=CHECKS if checks is None else checks,
        out=out,
        secrets=secrets,
        engine_factory=engine,
        watchdog=False,
    )
    return code, out.getvalue().splitlines()


def line(lines: list[str], name: str) -> str:
    [found] = [text for text in lines if text[5:].startswith(f"{name}:")]
    return found


@pytest.mark.usefixtures("qapp")
def test_everything_passes(home: Path) -> None:
    code, lines = run(configure(home), secrets=MemorySecrets({AOR: "pw"}))
    assert code == 0, lines
    assert [text[:5] for text in lines[:-1]] == ["OK   "] * len(CHECKS)
    assert lines[-1] == f"self-test: all {len(CHECKS)} checks passed"
    assert line(lines, "keychain") == (
        f"OK   keychain: memory keychain; a password is stored for {AOR}"
    )
    assert line(lines, "sip-registration").startswith(
        f"OK   sip-registration: REGISTERED {AOR} at sip:pbx.example.com (200 OK"
    )
    assert line(lines, "pjsua2").startswith("OK   pjsua2: pjsua2; pjsip fake 0.0 started on")
    assert line(lines, "audio") == (
        "OK   audio: 2 devices; input system default, output system default, ringer system default"
    )


@pytest.mark.usefixtures("qapp")
def test_wrong_password(home: Path) -> None:
    class Picky(FakeSip):
        def __init__(self) -> None:
            super().__init__()
            self.accept_password = "right"

    code, lines = run(configure(home), secrets=MemorySecrets({AOR: "wrong"}), engine=Picky)
    assert code == 1
    assert line(lines, "sip-registration") == (
        f"FAIL sip-registration: auth failed for {AOR} at sip:pbx.example.com (401 Unauthorized)"
    )


@pytest.mark.parametrize(
    ("engine", "expected"),
    [
        (UnreachableRegistrar, "registrar sip:pbx.example.com unreachable (408 Request Timeout)"),
        (ForbiddingRegistrar, "registration refused by sip:pbx.example.com (403 Forbidden)"),
        (SilentRegistrar, "no answer from sip:pbx.example.com within 0.3 s (unreachable?)"),
    ],
)
@pytest.mark.usefixtures("qapp")
def test_registration_failures(home: Path, engine: Callable[[], SipControl], expected: str) -> None:
    code, lines = run(
        configure(home), secrets=MemorySecrets({AOR: "pw"}), engine=engine, timeout=0.3
    )
    assert code == 1
    assert line(lines, "sip-registration") == f"FAIL sip-registration: {expected}"


@pytest.mark.usefixtures("qapp")
def test_no_account_configured(home: Path) -> None:
    path = configure(home, provisioning="")
    code, lines = run(path, secrets=MemorySecrets())
    assert code == 1
    assert line(lines, "sip-registration") == (
        "FAIL sip-registration: no SIP account configured (sip.domain not set)"
    )


@pytest.mark.usefixtures("qapp")
def test_keychain_unavailable(home: Path) -> None:
    reason = "No OS keychain is available (no desktop session). The password will be used..."
    code, lines = run(configure(home), secrets=MemorySecrets(reason=reason))
    assert code == 1
    assert line(lines, "keychain") == f"FAIL keychain: {reason}"
    assert (
        line(lines, "sip-registration") == f"FAIL sip-registration: no password for {AOR}: {reason}"
    )


@pytest.mark.usefixtures("qapp")
def test_no_password_stored(home: Path) -> None:
    code, lines = run(configure(home), secrets=MemorySecrets())
    assert code == 1
    assert (
        line(lines, "keychain") == f"OK   keychain: memory keychain; no password stored for {AOR}"
    )
    assert line(lines, "sip-registration") == (
        f"FAIL sip-registration: no password stored for {AOR} in the keychain"
    )


@pytest.mark.usefixtures("qapp")
def test_malformed_provisioning_names_file_line_and_key(home: Path) -> None:
    path = configure(home, provisioning='[sip]\ndomain = "pbx.example.com"\nexpires = 5\n')
    code, lines = run(path, secrets=MemorySecrets({AOR: "pw"}))
    assert code == 1
    assert line(lines, "provisioning") == (
        f"FAIL provisioning: {path}:3 sip.expires: must be at least 30, got 5 (ignored)"
    )
    # The valid keys still applied: the account registered.
    assert line(lines, "sip-registration").startswith("OK   sip-registration: REGISTERED")


@pytest.mark.usefixtures("qapp")
def test_engine_failure_is_reported_once_per_dependent_check(home: Path) -> None:
    code, lines = run(configure(home), secrets=MemorySecrets({AOR: "pw"}), engine=BrokenEngine)
    assert code == 1
    assert line(lines, "pjsua2") == "FAIL pjsua2: the SIP engine failed: no transport"
    assert line(lines, "audio").startswith("FAIL audio: not checked:")
    assert line(lines, "sip-registration").startswith("FAIL sip-registration: not checked:")


@pytest.mark.usefixtures("qapp")
def test_a_crashing_check_is_a_fail_line_not_a_crash(home: Path) -> None:
    def check_broken(test: SelfTest) -> CheckResult:
        raise ZeroDivisionError("oops")

    def check_fine(test: SelfTest) -> CheckResult:
        return CheckResult("fine", True, "yes")

    code, lines = run(configure(home), secrets=MemorySecrets(), checks=[check_broken, check_fine])
    assert code == 1
    assert lines == [
        "FAIL broken: the check itself failed (a bug): ZeroDivisionError('oops')",
        "OK   fine: yes",
        "self-test: 1 of 2 checks failed",
    ]


def test_audio_fails_only_for_a_missing_configured_device() -> None:
    headset = AudioDevice(0, "Jabra", "alsa", inputs=1, outputs=1)
    speakers = AudioDevice(1, "Speakers", "alsa", inputs=0, outputs=2)
    assert audio_result(AudioPrefs(), ()).detail == (
        "null device only (no sound devices in this pjsua2 build or machine)"
    )
    assert audio_result(AudioPrefs(), ()).ok
    assert audio_result(AudioPrefs(input_name="Jabra"), (headset, speakers)).ok
    missing = audio_result(
        AudioPrefs(input_name="Speakers", ringer_name="USB"), (headset, speakers)
    )
    assert not missing.ok
    assert missing.detail == (
        "audio.input 'Speakers' not found; audio.ringer 'USB' not found (devices: Jabra, Speakers)"
    )
    assert not audio_result(AudioPrefs(output_name="Jabra"), ()).ok


def test_result_lines_line_up() -> None:
    assert CheckResult("qt", True, "fine").line() == "OK   qt: fine"
    assert CheckResult("qt", False, "broken").line() == "FAIL qt: broken"
