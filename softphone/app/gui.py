"""Starts the softphone: settings, keychain, SIP engine and main window, wired together."""

from __future__ import annotations

import contextlib
import linecache
import logging
import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING

from softphone import APP_ID, APP_NAME, __version__
from softphone.app import logging_setup
from softphone.app.cli import Options
from softphone.app.paths import AppPaths
from softphone.config import provisioning
from softphone.config.settings import Settings
from softphone.core.errors import KnownError, SecretStoreUnavailable
from softphone.core.models import AccountConfig
from softphone.core.ports import SecretStore

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from softphone.app.features import Features
    from softphone.app.headset_wiring import HeadsetWiring
    from softphone.core.ports import SipControl
    from softphone.ui.main_window import MainWindow

log = logging.getLogger("softphone.app")


def password_key(account: AccountConfig) -> str:
    """The keychain entry of an account's SIP password: "sip:<username>@<domain>"."""
    return account.aor


class RedactingSecretStore:
    """SecretStore that tells the log redactor every secret passing through it."""

    def __init__(self, inner: SecretStore, redactor: logging_setup.Redactor) -> None:
        self._inner = inner
        self._redactor = redactor

    def get(self, key: str) -> str | None:
        value = self._inner.get(key)
        if value:
            self._redactor.add_secret(value)
        return value

    def set(self, key: str, value: str) -> None:
        self._redactor.add_secret(value)
        self._inner.set(key, value)

    def delete(self, key: str) -> None:
        self._inner.delete(key)

    def available(self) -> tuple[bool, str]:
        return self._inner.available()


def load_settings(paths: AppPaths, provisioning_path: Path | None) -> Settings:
    """The user's settings under IT's provisioning; every problem is logged, none is fatal."""
    prov = provisioning.load(provisioning_path, explicit=provisioning_path is not None)
    settings = Settings(paths.settings_file, prov)
    for problem in settings.problems:
        log.warning("configuration problem: %s", problem)
    if prov.values:
        log.info("provisioning: %d settings locked by %s", len(prov.values), prov.source)
    return settings


def read_password(secrets: SecretStore, account: AccountConfig) -> str | None:
    """The stored SIP password, or None (no account yet, none stored, or no keychain)."""
    if not account.is_complete or not account.register:
        return None  # direct mode (no registrar): no password to look for
    try:
        password = secrets.get(password_key(account))
    except SecretStoreUnavailable as exc:
        log.warning("keychain: %s", exc)
        return None
    if password is None:
        log.info("no password stored for %s", password_key(account))
    return password


def has_display() -> bool:
    """False on a Linux box with no X11/Wayland session and no QT_QPA_PLATFORM chosen."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


class _ForgetModuleSources:
    """Meta-path finder that finds nothing: each import first drops linecache.

    PySide6's `__feature__` import hook reads every module imported after PySide6 with
    inspect.getsource() (to see whether it uses PySide6), which leaves the whole file in
    linecache: about 16 MB of strings for the app's ~500 modules, never read again.
    Dropped at each import during start-up, the next import reuses that memory; dropped
    once at the end, little is returned (the lines sit between code objects that stay).
    Tracebacks read the files again when they need them."""

    @staticmethod
    def find_spec(
        fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> None:
        linecache.clearcache()


@contextlib.contextmanager
def forgetting_module_sources() -> Iterator[None]:
    """Within: linecache keeps no module's source from one import to the next."""
    sys.meta_path.insert(0, _ForgetModuleSources)
    try:
        yield
    finally:
        sys.meta_path.remove(_ForgetModuleSources)
        linecache.clearcache()


def install_excepthook() -> None:
    """Log uncaught exceptions (Qt slots included) as bugs instead of losing them."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.critical("uncaught exception (a bug):\n%s", text)

    sys.excepthook = hook


def run(options: Options) -> int:
    """Run the GUI until the agent quits; returns the process exit code."""
    if not has_display():
        print(
            "softphone: no display (DISPLAY/WAYLAND_DISPLAY unset). Start it from a desktop "
            "session, or run `softphone --self-test` to check this machine.",
            file=sys.stderr,
        )
        return 2
    paths = AppPaths.detect()
    try:
        paths.create()
    except OSError as exc:
        print(f"softphone: cannot create {exc.filename}: {exc.strerror}", file=sys.stderr)
    logs = logging_setup.setup(paths.log_dir, options.log_level.upper(), extra_loggers=("keyring",))
    install_excepthook()
    log.info("softphone %s starting (Python %s)", __version__, sys.version.split()[0])
    try:
        return _run_app(options, paths, logs)
    finally:
        log.info("softphone stopped")
        logs.close()


@dataclass
class Running:
    """The started app: what run() drives and stop() takes down, in that order."""

    app: QApplication
    settings: Settings
    secrets: SecretStore
    engine: SipControl
    window: MainWindow
    features: Features | None = None
    headset: HeadsetWiring | None = None
    translators: list[QTranslator] = field(default_factory=list)
    stopped: bool = False

    def stop(self) -> None:
        """Shut the SIP engine down (blocks until pjsua2 is destroyed), save settings."""
        if self.stopped:
            return
        self.stopped = True
        log.info("shutting down the SIP engine")
        try:
            self.engine.shutdown()
        except Exception:
            log.exception("the SIP engine did not shut down cleanly")
        if self.features is not None:
            try:
                self.features.stop()
            except Exception:
                log.exception("the features did not stop cleanly")
        if self.headset is not None:
            try:
                self.headset.shutdown()  # LEDs off, device closed
            except Exception:
                log.exception("the headset buttons did not stop cleanly")
        try:
            self.settings.save()
        except KnownError as exc:
            log.error("%s", exc)
        for translator in self.translators:
            self.app.removeTranslator(translator)


def start(
    options: Options,
    paths: AppPaths,
    logs: logging_setup.LogSetup,
    *,
    secrets: SecretStore | None = None,
    engine_factory: Callable[[], SipControl] | None = None,
    with_features: bool = True,
) -> Running:
    """Build everything and show the window; the caller runs the event loop."""
    with forgetting_module_sources():
        return _start(
            options,
            paths,
            logs,
            secrets=secrets,
            engine_factory=engine_factory,
            with_features=with_features,
        )


def _start(
    options: Options,
    paths: AppPaths,
    logs: logging_setup.LogSetup,
    *,
    secrets: SecretStore | None,
    engine_factory: Callable[[], SipControl] | None,
    with_features: bool,
) -> Running:
    from PySide6.QtWidgets import QApplication

    from softphone.ui.i18n import install_translator
    from softphone.ui.main_window import MainWindow

    existing = QApplication.instance()
    # Qt gets only the program name: our own options are not Qt's.
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_ID])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)

    settings = load_settings(paths, options.provisioning)
    # IT's one-time enrolment code is a credential until used: never in the logs.
    logs.redactor.add_secret(settings.provisioning.extra.get("enrolment.code", "").strip())
    # Before any widget exists: tr() answers in the language of general.language.
    translators = install_translator(str(settings.get("general.language") or ""), app=app)
    if secrets is None:
        from softphone.secrets import KeyringSecretStore

        secrets = KeyringSecretStore()
    store = RedactingSecretStore(secrets, logs.redactor)
    usable, detail = store.available()
    if usable:
        log.info("keychain: %s", detail)
    else:
        log.warning("keychain: %s", detail)
    password = read_password(store, settings.account())

    engine = (engine_factory or create_engine)()
    # The window subscribes to the engine in its constructor: build it before start()
    # so it sees EngineStarted and the first device list.
    window = MainWindow(engine, settings, store)
    features = None
    if with_features:
        from softphone.app import features as feature_wiring

        try:
            features = feature_wiring.install(window, engine, settings, paths.data_dir, store)
        except KnownError as exc:
            log.error("customer card and critical situation unavailable: %s", exc)
            window.show_message(str(exc))
    from softphone.app import headset_wiring

    headset = headset_wiring.install(window, engine, settings)
    engine_options = settings.engine_options(
        log_dir=str(paths.log_dir),
        sip_trace=options.sip_trace or bool(settings.get("sip.trace")),
    )
    window.set_engine_options(engine_options)
    engine.start(engine_options, settings.audio())
    window.apply_account(password)
    window.show()
    running = Running(app, settings, store, engine, window, features, headset, translators)
    app.aboutToQuit.connect(running.stop)
    return running


def _run_app(options: Options, paths: AppPaths, logs: logging_setup.LogSetup) -> int:
    from PySide6.QtCore import QTimer

    from softphone.app import single_instance
    from softphone.app.dial_links import open_dial_link

    name = single_instance.server_name(paths.data_dir)
    if single_instance.forward({"link": options.dial_link or ""}, name):
        log.info("handed over to the softphone already running for this user")
        return 0
    running = start(options, paths, logs)

    def received(message: dict[str, str]) -> None:
        if message.get("link"):
            open_dial_link(running.window, running.settings, message["link"])
        else:  # started again from the menu: show the one that runs
            from softphone.app.dial_links import bring_to_front

            bring_to_front(running.window)

    instance = single_instance.InstanceServer(name, received, running.app)
    running.app.aboutToQuit.connect(instance.close)
    if options.dial_link:
        open_dial_link(running.window, running.settings, options.dial_link)
    # Ctrl+C in the terminal quits like the menu does; the timer lets Python run the
    # signal handler while Qt's loop is in C++.
    signal.signal(signal.SIGINT, lambda *_: running.app.quit())
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)
    try:
        code = running.app.exec()
    finally:
        running.stop()
    return int(code)


def create_engine() -> SipControl:
    """The real pjsua2 engine (imported late: it loads pjsua2 and Qt)."""
    from softphone.sip.engine import SipEngine

    engine: SipControl = SipEngine()
    return engine
