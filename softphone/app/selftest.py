"""`softphone --self-test`: one OK/FAIL line per check, so IT can diagnose a desk quickly.

Each check is a callable taking the SelfTest context and returning a CheckResult; add one
to CHECKS (e.g. the sync server) without touching the runner. Exit code 0 only if all pass.
"""

from __future__ import annotations

import contextlib
import dataclasses
import faulthandler
import importlib.metadata
import logging
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from softphone import __version__
from softphone.app import logging_setup
from softphone.app.cli import Options
from softphone.app.gui import RedactingSecretStore, create_engine
from softphone.app.paths import AppPaths
from softphone.config import provisioning
from softphone.config.settings import Settings
from softphone.core.errors import ConfigError, SecretStoreUnavailable
from softphone.core.events import (
    AudioDevicesChanged,
    EngineFailed,
    EngineStarted,
    RegistrationChanged,
    SipEvent,
)
from softphone.core.models import AccountConfig, AudioDevice, AudioPrefs, RegState
from softphone.core.ports import SecretStore

if TYPE_CHECKING:
    from softphone.core.ports import SipControl

log = logging.getLogger("softphone.selftest")

ENGINE_START_TIMEOUT = 15.0
DEVICE_LIST_TIMEOUT = 2.0
QT_PROBE_TIMEOUT = 30.0
# Codes meaning "the registrar could not be reached" rather than "it said no".
UNREACHABLE_CODES = (0, 408, 502, 503, 504)


@dataclass(frozen=True)
class CheckResult:
    """One check's verdict; `detail` says what was found, or why it failed, in one line."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'OK  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


@dataclass
class SelfTest:
    """What the checks share: options, settings, keychain and (lazily) a running engine."""

    options: Options
    paths: AppPaths
    settings: Settings
    secrets: SecretStore
    engine_factory: Callable[[], SipControl] | None = None
    _session: _EngineSession | None = field(default=None, init=False)

    def engine(self) -> _EngineSession:
        """The SIP engine, started once for every check that needs it."""
        if self._session is None:
            self._session = _EngineSession.start(self)
        return self._session

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None


Check = Callable[[SelfTest], CheckResult]


# -- the checks ---------------------------------------------------------------

_DISTRIBUTIONS = (
    ("PySide6", ("PySide6-Essentials", "PySide6")),
    ("pjsua2", ("pjsua2-softphone", "pjsua2-python", "pjsua2-wheel", "pjsua2")),
    ("keyring", ("keyring",)),
    ("platformdirs", ("platformdirs",)),
    ("sqlite-utils", ("sqlite-utils",)),
)


def check_python(_: SelfTest) -> CheckResult:
    found: list[str] = []
    missing: list[str] = []
    for label, names in _DISTRIBUTIONS:
        for name in names:
            try:
                found.append(f"{label} {importlib.metadata.version(name)}")
                break
            except importlib.metadata.PackageNotFoundError:
                continue
        else:
            missing.append(label)
    detail = f"Python {platform.python_version()}, softphone {__version__}, " + ", ".join(found)
    if missing:
        return CheckResult("python", False, f"not installed: {', '.join(missing)} ({detail})")
    return CheckResult("python", True, detail)


def qt_probe() -> int:
    """`softphone qt-probe` (internal): load Qt's platform plugin, print its name."""
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(["softphone-self-test"])
    print(app.platformName(), qVersion())
    return 0


def _qt_probe_command() -> list[str]:
    # A frozen app has no interpreter to give `-c` to: it runs itself.
    if getattr(sys, "frozen", False):
        return [sys.executable, "qt-probe"]
    return [sys.executable, "-m", "softphone", "qt-probe"]


def check_qt(_: SelfTest) -> CheckResult:
    # In a child process: a platform plugin that cannot load aborts the process (qFatal),
    # which must become a FAIL line, not a crash of the self-test.
    headless = os.environ.get("QT_QPA_PLATFORM") == "offscreen"
    try:
        probe = subprocess.run(
            _qt_probe_command(),
            capture_output=True,
            text=True,
            timeout=QT_PROBE_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return CheckResult("qt", False, f"starting Qt took over {QT_PROBE_TIMEOUT:g} s")
    words = probe.stdout.split()
    if probe.returncode != 0 or len(words) != 2:
        lines = [line for line in probe.stderr.splitlines() if line.strip()]
        reason = _qt_failure(lines) or f"exit code {probe.returncode}"
        return CheckResult("qt", False, f"the Qt platform plugin did not load: {reason}")
    name, version = words
    note = " (no display: headless)" if headless else ""
    return CheckResult("qt", True, f"platform plugin '{name}' loaded (Qt {version}){note}")


def _qt_failure(lines: list[str]) -> str:
    for line in lines:
        if "plugin" in line.lower() or "library" in line.lower() or "Error" in line:
            return line.strip()
    return lines[-1].strip() if lines else ""


def check_provisioning(test: SelfTest) -> CheckResult:
    prov = test.settings.provisioning
    if prov.problems:
        return CheckResult("provisioning", False, "; ".join(_where(p) for p in prov.problems))
    if not prov.values and not Path(prov.source).exists():
        return CheckResult(
            "provisioning", True, f"no provisioning file at {prov.source} (nothing locked)"
        )
    origins = sorted(set(prov.origins.values())) or [prov.source]
    return CheckResult(
        "provisioning", True, f"{', '.join(origins)}: {len(prov.values)} settings locked"
    )


def check_settings(test: SelfTest) -> CheckResult:
    own = [p for p in test.settings.problems if p not in test.settings.provisioning.problems]
    if own:
        return CheckResult("settings", False, "; ".join(_where(p) for p in own))
    return CheckResult("settings", True, str(test.settings.path))


def _where(problem: ConfigError) -> str:
    """file:line key: reason — the shape editors and IT scripts understand."""
    place = problem.source or "<settings>"
    if problem.line is not None:
        place += f":{problem.line}"
    if problem.key:
        place += f" {problem.key}"
    return f"{place}: {problem.reason}"


def check_keychain(test: SelfTest) -> CheckResult:
    usable, detail = test.secrets.available()
    if not usable:
        return CheckResult("keychain", False, detail)
    account = test.settings.account()
    if not account.is_complete:
        return CheckResult("keychain", True, detail)
    try:
        stored = test.secrets.get(account.aor) is not None
    except SecretStoreUnavailable as exc:
        return CheckResult("keychain", False, str(exc))
    what = "a password is stored" if stored else "no password stored"
    return CheckResult("keychain", True, f"{detail}; {what} for {account.aor}")


def check_pjsua2(test: SelfTest) -> CheckResult:
    session = test.engine()
    if session.error:
        return CheckResult("pjsua2", False, session.error)
    started = session.started
    assert started is not None
    codecs = f", codecs {', '.join(started.codecs)}" if started.codecs else ""
    return CheckResult(
        "pjsua2",
        True,
        f"{started.build or 'pjsua2'}; pjsip {started.version} started on {started.local_address}, "
        f"{started.sound_devices} sound devices{codecs}",
    )


def check_audio(test: SelfTest) -> CheckResult:
    """FAILs only when a device the agent configured is missing; no devices at all is OK."""
    session = test.engine()
    if session.error:
        return CheckResult("audio", False, f"not checked: {session.error}")
    prefs = test.settings.audio()
    if prefs.null_device:
        return CheckResult("audio", True, "null device (audio.null_device = true)")
    devices = session.devices
    if devices is None:
        assert session.started is not None
        if session.started.sound_devices == 0:
            devices = ()
        else:
            return CheckResult("audio", False, "the engine did not report its sound devices")
    return audio_result(prefs, devices)


def audio_result(prefs: AudioPrefs, devices: Sequence[AudioDevice]) -> CheckResult:
    names = [device.name for device in devices]
    wanted = {
        "audio.input": (prefs.input_name, [d.name for d in devices if d.can_capture]),
        "audio.output": (prefs.output_name, [d.name for d in devices if d.can_play]),
        "audio.ringer": (prefs.ringer_name, [d.name for d in devices if d.can_play]),
    }
    missing = [
        f"{key} '{name}' not found"
        for key, (name, usable) in wanted.items()
        if name and name not in usable
    ]
    if missing:
        present = ", ".join(names) or "none"
        return CheckResult("audio", False, f"{'; '.join(missing)} (devices: {present})")
    if not devices:
        return CheckResult(
            "audio", True, "null device only (no sound devices in this pjsua2 build or machine)"
        )
    chosen = ", ".join(
        f"{key.split('.')[1]} {name or 'system default'}" for key, (name, _) in wanted.items()
    )
    return CheckResult("audio", True, f"{len(devices)} devices; {chosen}")


def check_sip_registration(test: SelfTest) -> CheckResult:
    name = "sip-registration"
    account = test.settings.account()
    if not account.is_complete:
        missing = [
            k
            for k, v in (("sip.domain", account.domain), ("sip.username", account.username))
            if not v
        ]
        return CheckResult(name, False, f"no SIP account configured ({', '.join(missing)} not set)")
    if not account.register:
        return CheckResult(name, True, f"{account.aor}: registration off (sip.register = false)")
    try:
        password = test.secrets.get(account.aor)
    except SecretStoreUnavailable as exc:
        return CheckResult(name, False, f"no password for {account.aor}: {exc}")
    if password is None:
        return CheckResult(name, False, f"no password stored for {account.aor} in the keychain")
    session = test.engine()
    if session.error:
        return CheckResult(name, False, f"not checked: {session.error}")
    # Any free local port: the agent's own softphone may be running on the configured one.
    outcome = session.register(dataclasses.replace(account, local_port=0), password)
    registrar = account.registrar_uri
    if outcome is None:
        return CheckResult(
            name,
            False,
            f"no answer from {registrar} within {test.options.timeout:g} s (unreachable?)",
        )
    status = f"{outcome.code} {outcome.reason}".strip()
    if outcome.state is RegState.REGISTERED:
        return CheckResult(
            name,
            True,
            f"REGISTERED {account.aor} at {registrar} ({status}, expires {outcome.expires} s)",
        )
    if outcome.state is RegState.AUTH_FAILED:
        return CheckResult(name, False, f"auth failed for {account.aor} at {registrar} ({status})")
    if outcome.code in UNREACHABLE_CODES:
        return CheckResult(name, False, f"registrar {registrar} unreachable ({status})")
    return CheckResult(name, False, f"registration refused by {registrar} ({status})")


def check_sync_server(test: SelfTest) -> CheckResult:
    """The sync server answers and takes this desk's agent token (nothing stored)."""
    name = "sync-server"
    url = str(test.settings.get("general.server_url") or "").strip()
    if not url:
        return CheckResult(name, True, "no sync server configured (standalone desk)")
    from softphone.sync import check_server, load_token

    try:
        token = load_token(test.secrets, url)
    except SecretStoreUnavailable as exc:
        return CheckResult(name, False, f"{url}: cannot read the agent token: {exc}")
    ca_file = str(test.settings.get("general.server_ca_file") or "").strip()
    if not token and test.settings.provisioning.extra.get("enrolment.code", "").strip():
        # Reachability only: enrolling would use up IT's code (the self-test changes nothing).
        from softphone.sync.check import check_reachable

        ok, detail = check_reachable(url, ca_file=ca_file)
        return CheckResult(
            name,
            ok,
            f"{detail}; no agent token stored; an enrolment code is provisioned "
            "(enrols at first start)",
        )
    if not token:
        return CheckResult(
            name, False, f"{url}: no agent token stored (Settings › Sync server token…)"
        )
    ok, detail = check_server(url, token, ca_file=ca_file)
    return CheckResult(name, ok, detail)


def check_headset(test: SelfTest) -> CheckResult:
    """hidapi loads (a frozen bundle must carry it) and which telephony headsets are seen."""
    if not test.settings.get("headset.hid_enabled"):
        return CheckResult("headset", True, "headset buttons off (headset.hid_enabled = false)")
    from softphone.headset import hid_backend

    try:
        hid = hid_backend.load_hid()
        devices = hid_backend.telephony_devices(hid)
    except ImportError as exc:
        return CheckResult("headset", False, f"hidapi cannot be loaded: {exc}")
    except (OSError, ValueError) as exc:  # hidapi raises these when enumeration fails
        return CheckResult("headset", False, f"cannot list HID devices: {exc}")
    backend = f"hidapi ({getattr(hid, '__name__', 'hid')})"
    if not devices:
        return CheckResult("headset", True, f"{backend}: no headset with call buttons found")
    names = ", ".join(device.name for device in devices)
    return CheckResult("headset", True, f"{backend}: {len(devices)} with call buttons: {names}")


CHECKS: list[Check] = [
    check_python,
    check_qt,
    check_provisioning,
    check_settings,
    check_keychain,
    check_pjsua2,
    check_audio,
    check_headset,
    check_sip_registration,
    check_sync_server,
]


# -- the engine, driven from a Qt event loop ------------------------------------


class _EngineSession:
    """A SipEngine started for the self-test, with the events it reported so far."""

    def __init__(self, test: SelfTest) -> None:
        self.test = test
        self.events: list[SipEvent] = []
        self.error = ""
        self.engine: SipControl | None = None
        self._app: Any = None
        self._wake: Callable[[], None] | None = None

    @classmethod
    def start(cls, test: SelfTest) -> _EngineSession:
        session = cls(test)
        try:
            session._start()
        except Exception as exc:  # an import or start failure is the check's answer
            log.exception("the SIP engine did not start")
            session.error = f"the SIP engine did not start: {type(exc).__name__}: {exc}"
        return session

    def _start(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self._app = QCoreApplication.instance() or QCoreApplication(["softphone-self-test"])
        factory = self.test.engine_factory or create_engine
        self.engine = factory()
        self.engine.subscribe(self._on_event)
        options = self.test.settings.engine_options(log_dir=str(self.test.paths.log_dir))
        if self.test.options.sip_trace:
            options = dataclasses.replace(options, sip_trace=True)
        self.engine.start(options, self.test.settings.audio())
        self.wait(lambda: self.started is not None or self.failed is not None, ENGINE_START_TIMEOUT)
        if self.failed is not None:
            self.error = f"the SIP engine failed: {self.failed.message}"
        elif self.started is None:
            self.error = f"the SIP engine did not start within {ENGINE_START_TIMEOUT:g} s"
        elif self.devices is None and self.started.sound_devices:
            self.engine.refresh_devices()
            self.wait(lambda: self.devices is not None, DEVICE_LIST_TIMEOUT)

    @property
    def started(self) -> EngineStarted | None:
        return next((e for e in self.events if isinstance(e, EngineStarted)), None)

    @property
    def failed(self) -> EngineFailed | None:
        return next((e for e in self.events if isinstance(e, EngineFailed)), None)

    @property
    def devices(self) -> tuple[AudioDevice, ...] | None:
        found = [e for e in self.events if isinstance(e, AudioDevicesChanged)]
        return found[-1].devices if found else None

    def register(self, account: AccountConfig, password: str) -> RegistrationChanged | None:
        """Register and wait for the first outcome; None when nothing came in time."""
        assert self.engine is not None
        seen = len(self.events)
        self.engine.configure_account(account, password)

        def outcome() -> RegistrationChanged | None:
            for event in self.events[seen:]:
                if isinstance(event, RegistrationChanged) and event.state in (
                    RegState.REGISTERED,
                    RegState.AUTH_FAILED,
                    RegState.FAILED,
                    RegState.RETRY_WAIT,
                ):
                    return event
            return None

        self.wait(lambda: outcome() is not None, self.test.options.timeout)
        return outcome()

    def wait(self, done: Callable[[], bool], timeout: float) -> None:
        """Run the Qt event loop until done() or the timeout."""
        from PySide6.QtCore import QEventLoop, QTimer

        if done():
            return
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(int(timeout * 1000))

        def wake() -> None:
            if done():
                loop.quit()

        self._wake = wake
        try:
            loop.exec()
        finally:
            self._wake = None
            timer.stop()

    def _on_event(self, event: SipEvent) -> None:
        log.debug("engine event: %s", type(event).__name__)
        self.events.append(event)
        if self._wake is not None:
            self._wake()

    def close(self) -> None:
        if self.engine is None:
            return
        engine, self.engine = self.engine, None
        try:
            engine.shutdown()  # unregisters first (options.no_network_shutdown is off)
        except Exception:
            log.exception("the SIP engine did not shut down cleanly")


# -- the runner -------------------------------------------------------------------


def prepare_environment() -> None:
    """Headless machines (CI, a remote shell on the desk) check Qt offscreen."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_checks(test: SelfTest, checks: Sequence[Check], out: IO[str]) -> list[CheckResult]:
    results: list[CheckResult] = []
    for check in checks:
        started = time.monotonic()
        try:
            result = check(test)
        except Exception as exc:
            name = check.__name__.removeprefix("check_").replace("_", "-")
            log.exception("self-test check %s crashed", name)
            result = CheckResult(name, False, f"the check itself failed (a bug): {exc!r}")
        log.info("%s (%.0f ms)", result.line(), (time.monotonic() - started) * 1000)
        results.append(result)
        print(result.line(), file=out, flush=True)
    return results


def run(
    options: Options,
    *,
    checks: Sequence[Check] | None = None,
    out: IO[str] | None = None,
    secrets: SecretStore | None = None,
    engine_factory: Callable[[], SipControl] | None = None,
    watchdog: bool = True,
) -> int:
    out = out or sys.stdout
    prepare_environment()
    paths = AppPaths.detect()
    with contextlib.suppress(OSError):  # an unwritable log dir is reported by setup()
        paths.create()
    logs = logging_setup.setup(
        paths.log_dir, options.log_level.upper(), console=False, extra_loggers=("keyring",)
    )
    if watchdog:
        # Last resort against a hung engine: dump every thread's stack and exit non-zero.
        faulthandler.dump_traceback_later(options.timeout + 120, exit=True)
    try:
        prov = provisioning.load(options.provisioning, explicit=options.provisioning is not None)
        settings = Settings(paths.settings_file, prov)
        if secrets is None:
            from softphone.secrets import KeyringSecretStore

            secrets = KeyringSecretStore()
        test = SelfTest(
            options=options,
            paths=paths,
            settings=settings,
            secrets=RedactingSecretStore(secrets, logs.redactor),
            engine_factory=engine_factory,
        )
        try:
            results = run_checks(test, CHECKS if checks is None else checks, out)
        finally:
            test.close()
    finally:
        if watchdog:
            faulthandler.cancel_dump_traceback_later()
        logs.close()
    failed = [r for r in results if not r.ok]
    if failed:
        print(f"self-test: {len(failed)} of {len(results)} checks failed", file=out, flush=True)
        return 1
    print(f"self-test: all {len(results)} checks passed", file=out, flush=True)
    return 0
