"""The SIP thread's object: owns pj.Endpoint, pumps libHandleEvents, executes commands."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pjsua2 as pj
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from softphone import __version__
from softphone.core.events import (
    CommandFailed,
    EngineFailed,
    EngineStarted,
    EngineStopped,
    RegistrationChanged,
    SipEvent,
)
from softphone.core.models import AccountConfig, AudioPrefs, EngineOptions, RegState
from softphone.sip.accounts import AccountService
from softphone.sip.audio_test import CALL_ARRIVED, AudioTest
from softphone.sip.buildinfo import build_summary
from softphone.sip.calls import CallService
from softphone.sip.devices import AudioService
from softphone.sip.endpoint import LibSettings, PjLib
from softphone.sip.guard import run_guarded
from softphone.sip.headers import DialError
from softphone.sip.hotplug import HotplugWatcher, alsa_probe
from softphone.sip.logbridge import LogBridge
from softphone.sip.pj_call import CommandError
from softphone.sip.registration import RegistrationTracker
from softphone.sip.ringer import Ringer
from softphone.sip.scheduler import Scheduler

log = logging.getLogger("softphone.sip")

PUMP_MS = 10


@dataclass(frozen=True)
class Command:
    """A request from the GUI thread, executed in order on the SIP thread."""

    name: str
    args: tuple[object, ...] = ()
    call_id: str = ""
    done: threading.Event | None = field(default=None, compare=False)


class SipWorker(QObject):
    """Lives in the SIP QThread. Every pjsua2 call in the app happens inside this object."""

    event_emitted = Signal(object)

    def __init__(self, ringtone: Path, tracker: RegistrationTracker | None = None) -> None:
        super().__init__()
        self._ringtone = ringtone
        self._tracker = tracker
        self._bridge = LogBridge()
        self._lib: PjLib | None = None
        self._options = EngineOptions()
        self._pump: QTimer | None = None
        self._scheduler: Scheduler | None = None
        self._accounts: AccountService | None = None
        self._calls: CallService | None = None
        self._audio: AudioService | None = None
        self._ringer: Ringer | None = None
        self._audio_test: AudioTest | None = None
        self._hotplug: HotplugWatcher | None = None
        self._graveyard: list[Any] = []

    # -- plumbing ------------------------------------------------------------------------

    def post(self, event: SipEvent) -> None:
        self.event_emitted.emit(event)

    def callback_failed(self, where: str, exc: BaseException) -> None:
        self.post(EngineFailed(f"Internal error in the SIP engine ({where}).", repr(exc)))

    def discard(self, obj: Any) -> None:
        self._graveyard.append(obj)

    @Slot(object)
    def execute(self, command: Command) -> None:
        handler: Callable[..., None] | None = getattr(self, f"_cmd_{command.name}", None)
        try:
            if handler is None:
                raise CommandError(f"Unknown command {command.name}.")
            if self._lib is None and command.name not in ("start", "shutdown", "set_options"):
                raise CommandError("The SIP engine is not running.")
            handler(*command.args)
        except (CommandError, DialError) as exc:
            self.post(CommandFailed(command.name, str(exc), command.call_id))
        except pj.Error as exc:
            log.warning("%s failed: %s", command.name, exc.info())
            message = f"{command.name.replace('_', ' ').capitalize()} failed: {exc.reason}."
            self.post(CommandFailed(command.name, message, command.call_id, exc.info()))
        except Exception as exc:
            log.exception("bug while executing %s", command.name)
            self.post(
                CommandFailed(command.name, "Internal error in the SIP engine.", command.call_id)
            )
            self.post(EngineFailed(f"Internal error while executing {command.name}.", repr(exc)))
        finally:
            if command.done is not None:
                command.done.set()

    def _tick(self) -> None:
        lib = self._lib
        if lib is None:
            return
        run_guarded(self, "libHandleEvents", lib.handle_events, 0)
        if self._calls is not None:
            run_guarded(self, "prompts", self._calls.prompts.poll)
        if self._audio_test is not None:
            run_guarded(self, "audio test", self._audio_test.poll)
        if self._hotplug is not None:
            run_guarded(self, "hot-plug", self._hotplug.poll)
        if self._graveyard:
            self._graveyard.clear()  # pjsua2 objects die here, on the SIP thread

    # -- lifecycle -----------------------------------------------------------------------

    def _cmd_start(self, options: EngineOptions, audio: AudioPrefs) -> None:
        if self._lib is not None:
            raise CommandError("The SIP engine is already running.")
        self._options = options
        settings = LibSettings(
            user_agent=options.user_agent or f"softphone/{__version__}",
            bind_address=options.bind_address,
            rtp_port=options.rtp_port,
            trace=options.sip_trace,
        )
        if options.sip_trace:
            self._bridge.set_trace(True, options.log_dir)
        lib = PjLib(settings, self._bridge, self._on_transport_state)
        try:
            lib.start()
            udp, _tcp = lib.transport_pair(0)
        except pj.Error as exc:
            log.error("pjsua2 did not start: %s", exc.info())
            lib.destroy(no_network=True)
            self.post(EngineFailed(f"The SIP engine could not start: {exc.reason}.", exc.info()))
            return
        self._lib = lib
        self._scheduler = Scheduler(self)
        self._audio = AudioService(lambda: lib.ep, self.post)
        self._ringer = Ringer(self._audio, self._ringtone)
        self._audio.on_changed = self._ringer.devices_changed
        self._audio.on_release = self._ringer.release
        self._accounts = AccountService(
            lib=lib,
            emit=self.post,
            scheduler=self._scheduler,
            sink=self,
            incoming=self._on_incoming,
            drop_calls=self._drop_calls,
            tracker=self._tracker,
        )
        self._calls = CallService(
            emit=self.post,
            scheduler=self._scheduler,
            sink=self,
            accounts=self._accounts,
            audio=self._audio,
            ringer=self._ringer,
            options=lambda: self._options,
            discard=self.discard,
        )
        calls = self._calls
        self._audio_test = AudioTest(
            audio=self._audio,
            emit=self.post,
            discard=self.discard,
            in_call=lambda: bool(calls.sessions),
        )
        self._audio.apply(audio)
        self._hotplug = HotplugWatcher(
            probe=alsa_probe() if self._audio.uses_alsa() else None,
            rescan=self._audio.rescan,
            idle=self._idle_audio,
        )
        self._pump = QTimer()  # no parent: dropped on this thread at shutdown
        self._pump.setInterval(PUMP_MS)
        # Coarse timers may slip to a 5 % grid or fire late in a batch: every SIP message
        # waits for this tick, so keep it precise (call setup median 10 → ~5 ms).
        self._pump.setTimerType(Qt.TimerType.PreciseTimer)
        self._pump.timeout.connect(self._tick)
        self._pump.start()
        adm = lib.ep.audDevManager()
        self.post(
            EngineStarted(
                version=lib.version(),
                local_address=lib.local_name(udp),
                sound_devices=int(adm.getDevCount()),
                codecs=lib.codecs(),
                build=build_summary(),
            )
        )
        log.info("pjsua2 %s started on %s", lib.version(), lib.local_name(udp))

    def _cmd_set_options(self, options: EngineOptions) -> None:
        old, self._options = self._options, options
        if (old.sip_trace, old.log_dir) != (options.sip_trace, options.log_dir) or (
            options.sip_trace and self._bridge.trace_path is None
        ):
            self._bridge.set_trace(options.sip_trace, options.log_dir)
        fixed = ("bind_address", "rtp_port", "user_agent")
        changed = [name for name in fixed if getattr(old, name) != getattr(options, name)]
        if changed and self._lib is not None:
            log.warning("%s take effect at the next start", ", ".join(changed))

    def _cmd_shutdown(self) -> None:
        lib = self._lib
        try:
            if lib is not None:
                self._stop(lib)
        finally:
            self._bridge.close()
            self.post(EngineStopped())
            app = QCoreApplication.instance()
            if app is not None:  # hand ourselves back so the GUI thread can delete us
                self.moveToThread(app.thread())

    def _stop(self, lib: PjLib) -> None:
        if self._pump is not None:
            self._pump.stop()
        if self._scheduler is not None:
            self._scheduler.cancel_all()
        if self._audio_test is not None:
            run_guarded(self, "shutdown: audio test", self._audio_test.stop, "")
        if self._calls is not None:
            run_guarded(self, "shutdown: calls", self._calls.drop_all, "Application closed")
        if self._ringer is not None:
            self._ringer.close()
        if self._accounts is not None:
            state = self._accounts.state
            run_guarded(self, "shutdown: account", self._accounts.close)
            if state is not RegState.UNCONFIGURED:
                self.post(RegistrationChanged(RegState.OFFLINE, reason="Application closed"))
        self._calls = self._accounts = self._audio = self._ringer = None
        self._audio_test = None
        self._hotplug = None
        if self._scheduler is not None:
            self._scheduler.release()
        self._scheduler = None
        self._pump = None
        self._graveyard.clear()
        self._lib = None
        try:
            lib.destroy(no_network=self._options.no_network_shutdown)
        except pj.Error as exc:
            log.warning("libDestroy: %s", exc.info())
        log.info("pjsua2 destroyed")

    # -- commands ------------------------------------------------------------------------

    def _cmd_configure_account(self, account: AccountConfig, password: str) -> None:
        assert self._accounts is not None
        self._accounts.configure(account, password)

    def _cmd_unregister(self) -> None:
        assert self._accounts is not None
        self._accounts.unregister()

    def _cmd_make_call(self, uri: str) -> None:
        assert self._calls is not None
        self._stop_audio_test(CALL_ARRIVED)
        self._calls.make_call(uri)

    def _cmd_answer(self, call_id: str) -> None:
        assert self._calls is not None
        self._calls.answer(call_id)

    def _cmd_reject(self, call_id: str, code: int) -> None:
        assert self._calls is not None
        self._calls.reject(call_id, code)

    def _cmd_hangup(self, call_id: str) -> None:
        assert self._calls is not None
        self._calls.hangup(call_id)

    def _cmd_set_hold(self, call_id: str, on_hold: bool) -> None:
        assert self._calls is not None
        self._calls.controls.set_hold(call_id, on_hold)

    def _cmd_set_mute(self, call_id: str, muted: bool) -> None:
        assert self._calls is not None
        self._calls.controls.set_mute(call_id, muted)

    def _cmd_send_dtmf(self, call_id: str, digits: str) -> None:
        assert self._calls is not None
        self._calls.controls.send_dtmf(call_id, digits)

    def _cmd_transfer(self, call_id: str, uri: str) -> None:
        assert self._calls is not None
        self._calls.controls.transfer(call_id, uri)

    def _cmd_play_prompt(self, call_id: str, path: str, token: str, mute: bool) -> None:
        assert self._calls is not None
        self._calls.prompts.play(call_id, path, token, mute)

    def _cmd_stop_prompt(self, call_id: str, token: str) -> None:
        assert self._calls is not None
        self._calls.prompts.stop(call_id, token)

    def _cmd_set_audio(self, audio: AudioPrefs) -> None:
        assert self._audio is not None
        self._audio.apply(audio)

    def _cmd_refresh_devices(self) -> None:
        assert self._audio is not None
        self._audio.refresh()

    def _cmd_start_audio_test(self, mode: str) -> None:
        assert self._audio_test is not None
        self._audio_test.start(mode)

    def _cmd_stop_audio_test(self) -> None:
        self._stop_audio_test("")

    def _stop_audio_test(self, message: str) -> None:
        if self._audio_test is not None:
            self._audio_test.stop(message)

    def _idle_audio(self) -> bool:
        """Nothing of ours holds a sound stream: pjmedia may refresh its list safely."""
        audio, test, ringer = self._audio, self._audio_test, self._ringer
        if audio is None or (test is not None and test.running):
            return False
        if ringer is not None and ringer.playing:
            return False
        return audio.idle()

    # -- routing between services --------------------------------------------------------

    def _on_incoming(self, account: Any, pj_call_id: int, message: str) -> None:
        assert self._calls is not None
        self._stop_audio_test(CALL_ARRIVED)
        self._calls.on_incoming(account, pj_call_id, message)

    def _on_transport_state(self, kind: str, connected: bool) -> None:
        if not connected and self._accounts is not None:
            self._accounts.on_transport_disconnected(kind)

    def _drop_calls(self) -> None:
        if self._calls is not None:
            self._calls.drop_all()
