"""Wires the call-centre features into the window: local store, screen pop, critical flow."""

from __future__ import annotations

import dataclasses
import getpass
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from softphone.app.call_log import CallLog
from softphone.config.settings import Settings
from softphone.core.critical import CriticalFlow, EndingFinished
from softphone.core.errors import ConfigError, KnownError
from softphone.core.events import SipEvent
from softphone.core.ports import CustomerDirectory, SecretStore, SipControl
from softphone.core.scenario import Scenario, load_scenario
from softphone.resources import resource
from softphone.store.localstore import DATABASE_NAME, LocalStore
from softphone.ui.card.screen_pop import ScreenPop
from softphone.ui.critical_bar import CriticalBar
from softphone.ui.critical_presenter import CriticalPresenter
from softphone.ui.main_window import MainWindow
from softphone.ui.message_bar import Level
from softphone.ui.note_editor import NoteEditor
from softphone.ui.qt_scheduler import qt_schedule
from softphone.ui.recovery import RecoveryBanner

if TYPE_CHECKING:
    from softphone.app.sync_wiring import SyncUi
    from softphone.sync import SyncService

log = logging.getLogger("softphone.app")


def agent_name(settings: Settings) -> str:
    """Who is recorded on notes: the configured agent name, the SIP user, the OS user."""
    name = str(settings.get("general.agent_name") or settings.get("sip.username") or "")
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "agent"


def scenario_path(settings: Settings) -> Path:
    """IT may replace the script: [scenarios] critical = "/path.toml" in provisioning."""
    custom = settings.provisioning.extra.get("scenarios.critical")
    return Path(custom) if custom else resource("scenarios", "critical.toml")


def load_critical_scenario(settings: Settings) -> tuple[Scenario, str]:
    """The scenario, falling back to the built-in one if IT's file is broken."""
    path = scenario_path(settings)
    try:
        return load_scenario(path), ""
    except ConfigError as exc:
        builtin = resource("scenarios", "critical.toml")
        if path == builtin:
            raise
        log.error("critical scenario: %s; using the built-in one", exc)
        return load_scenario(builtin), str(exc)


class StoreDirectory:
    """The card's CustomerDirectory, opened in the lookup thread and closed there."""

    def __init__(self, path: Path, region: str) -> None:
        self.store = LocalStore.open(path, default_region=region)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store.directory, name)

    def close(self) -> None:
        self.store.close()


def start_sync(
    window: MainWindow, settings: Settings, secrets: SecretStore, data_dir: Path
) -> tuple[SyncService, SyncUi] | None:
    """The sync (sync_wiring.start_sync) when a server is configured; None otherwise.

    Imported only then: httpx, pydantic and the wire schemas are ~15 MB of RSS that a
    desk without a server never uses."""
    if not str(settings.get("general.server_url") or "").strip():
        return None
    from softphone.app import sync_wiring

    return sync_wiring.start_sync(window, settings, secrets, data_dir)


def card_directory_factory(
    db_path: Path, region: str, sync: SyncService | None = None
) -> Callable[[], CustomerDirectory]:
    """What the card's lookup thread opens (there, on first use): the local store's
    directory, or, with a sync server configured, a FallbackDirectory over that thread's
    own store connection and client — local cache first, the server (short timeouts)
    for numbers the cache does not know, whose cards and history it then caches."""
    if sync is None or sync.credentials is None:
        return lambda: StoreDirectory(db_path, region)
    service = sync

    def open_fallback() -> CustomerDirectory:
        store = LocalStore.open(db_path, default_region=region)
        try:
            return service.fallback_directory(store, owns_store=True)
        except BaseException:
            store.close()
            raise

    return open_fallback


@dataclass
class Features:
    """What start() built beyond the bare phone; stop() takes it down."""

    store: LocalStore
    screen_pop: ScreenPop
    presenter: CriticalPresenter
    call_log: CallLog
    sync: SyncService | None = None
    sync_ui: SyncUi | None = None
    active: bool = True

    def stop(self) -> None:
        """After the engine is down: late events (queued before it stopped) are dropped."""
        self.active = False
        if self.sync_ui is not None:
            self.sync_ui.stop()
        if self.sync is not None:
            self.sync.stop()
        self.screen_pop.shutdown()
        self.store.close()


def install(
    window: MainWindow,
    engine: SipControl,
    settings: Settings,
    data_dir: Path,
    secrets: SecretStore | None = None,
) -> Features:
    """Build the store, the screen pop and the critical-situation flow into `window`."""
    db_path = data_dir / DATABASE_NAME
    region = str(settings.get("calls.default_region"))
    store = LocalStore.open(db_path, default_region=region)
    interrupted = store.recover_interrupted()
    if interrupted:
        log.warning("%d critical note(s) interrupted by a crash, queued for sync", len(interrupted))
        window.show_message(
            QCoreApplication.translate(
                "Features",
                "{0} critical note(s) from an earlier session were interrupted; "
                "they are kept and will be synced.",
            ).format(len(interrupted)),
            Level.WARNING,
        )
    agent = agent_name(settings)

    sync_started: tuple[SyncService, SyncUi] | None = None
    if secrets is not None:
        # Before the card: its lookups ask the server for numbers the cache does not know.
        try:
            sync_started = start_sync(window, settings, secrets, data_dir)
        except KnownError as exc:
            window.show_message(str(exc), Level.WARNING)
    pop: ScreenPop | None = None
    try:
        sync = sync_started[0] if sync_started is not None else None
        pop = ScreenPop(card_directory_factory(db_path, region, sync), settings)
        return _wire(
            window,
            engine,
            pop,
            store=store,
            settings=settings,
            agent=agent,
            sync_started=sync_started,
        )
    except BaseException:
        # Nothing half-built keeps running: the card's thread, the sync threads, the store.
        if pop is not None:
            pop.shutdown()
        if sync_started is not None:
            sync_started[1].stop()
            sync_started[0].stop()
        store.close()
        raise


def _wire(
    window: MainWindow,
    engine: SipControl,
    pop: ScreenPop,
    *,
    settings: Settings,
    store: LocalStore,
    agent: str,
    sync_started: tuple[SyncService, SyncUi] | None,
) -> Features:
    """The screen pop, call log and critical flow, connected to the window and the engine."""
    window.set_side_panel(pop)
    call_log = CallLog(store, agent, str(settings.get("calls.default_region")))
    pop.customer_identified.connect(call_log.customer_identified)

    def save_wrapup(
        call_id: str, customer_id: str, disposition: str, text: str, _note_id: str
    ) -> None:
        try:
            store.add_wrapup(
                call_id=call_log.record_id(call_id),
                customer_id=customer_id,
                agent=agent,
                disposition=disposition,
                text=text,
            )
        except KnownError as exc:
            window.show_message(str(exc), Level.ERROR)

    pop.wrapup_saved.connect(save_wrapup)

    scenario, scenario_problem = load_critical_scenario(settings)
    if scenario_problem:
        window.show_message(scenario_problem, Level.WARNING)
    flow = CriticalFlow(
        engine,
        store,
        scenario,
        qt_schedule(window),
        agent=agent,
        default_language=str(settings.get("general.language")),
    )
    bar = CriticalBar(
        str(settings.get("critical.shortcut")), float(settings.get("critical.guard_seconds"))
    )
    window.add_call_tool(bar)
    editor = NoteEditor()
    recovery = RecoveryBanner()
    window.add_call_tool(recovery)
    window.add_call_tool(editor)

    def set_busy(busy: bool) -> None:
        options = dataclasses.replace(window.settings_flows.engine_options, busy=busy)
        window.set_engine_options(options)
        engine.set_options(options)

    presenter = CriticalPresenter(
        flow,
        store,
        bar,
        editor,
        recovery,
        recovery_seconds=lambda: float(settings.get("critical.recovery_seconds")),
        set_busy=set_busy,
        parent=window,
    )
    presenter.message.connect(lambda text: window.show_message(text, Level.WARNING))
    pop.customer_identified.connect(presenter.track_customer)
    window.current_call_changed.connect(lambda call_id: presenter.set_current_call(call_id or None))

    def ending_finished(finished: EndingFinished) -> None:
        if finished.customer_id:
            pop.refresh_customer(finished.customer_id)

    presenter.ending_finished.connect(ending_finished)

    features = Features(store, pop, presenter, call_log)
    if sync_started is not None:
        features.sync, features.sync_ui = sync_started
        service = sync_started[0]
        # New notes go out at once rather than at the next idle poll.
        presenter.ending_finished.connect(lambda _finished: service.poke())
        pop.wrapup_saved.connect(lambda *_args: service.poke())

    def on_event(event: SipEvent) -> None:
        if not features.active:
            return
        # Order matters: the call log and the flow see the event before the card.
        for handler in (call_log.handle, presenter.handle, pop.on_sip_event):
            try:
                handler(event)
            except KnownError as exc:
                window.show_message(str(exc), Level.ERROR)
            except Exception:
                log.exception("feature failed to handle %r", event)

    engine.subscribe(on_event)
    return features
