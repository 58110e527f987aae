"""SipEngine: the GUI-side SipControl; runs pjsua2 on its own QThread and reports events."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal, Slot

from softphone.core.backoff import Backoff
from softphone.core.events import CommandFailed, SipEvent
from softphone.core.models import AccountConfig, AudioPrefs, EngineOptions
from softphone.core.ports import EventHandler
from softphone.sip.registration import RegistrationTracker
from softphone.sip.tones import default_cache_dir, ensure_ringtone
from softphone.sip.worker import Command, SipWorker

log = logging.getLogger("softphone.sip")

SHUTDOWN_TIMEOUT = 10.0  # seconds shutdown() waits for libDestroy before giving up


class SipEngine(QObject):
    """Implements core.ports.SipControl with the real pjsua2.

    Create it on the GUI thread. Every method returns at once (except shutdown); results
    arrive as SipEvent objects, in order, through `event_occurred` and to each handler
    given to subscribe(), on the thread the engine was created on. One engine per process
    (pjsua2 has a single Endpoint).
    """

    event_occurred = Signal(object)  # every SipEvent, delivered on the GUI thread
    _command_requested = Signal(object)  # GUI thread → SIP thread (queued)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        ringtone: Path | None = None,
        retry_backoff: Backoff | None = None,
    ) -> None:
        super().__init__(parent)
        self._handlers: list[EventHandler] = []
        self._ringtone = ringtone
        self._backoff = retry_backoff
        self._thread: QThread | None = None
        self._worker: SipWorker | None = None

    # -- SipControl ----------------------------------------------------------------------

    def subscribe(self, handler: EventHandler) -> None:
        self._handlers.append(handler)

    def start(self, options: EngineOptions, audio: AudioPrefs) -> None:
        if self._thread is not None:
            log.warning("SipEngine.start() called twice; ignored")
            return
        ringtone = self._ringtone or ensure_ringtone(default_cache_dir())
        tracker = RegistrationTracker(self._backoff) if self._backoff else None
        thread = QThread()
        thread.setObjectName("sip")
        worker = SipWorker(ringtone, tracker)
        worker.moveToThread(thread)
        worker.event_emitted.connect(self._deliver)
        self._command_requested.connect(worker.execute)
        self._thread, self._worker = thread, worker
        thread.start()
        self._send("start", options, audio)

    def set_options(self, options: EngineOptions) -> None:
        self._send("set_options", options)

    def configure_account(self, account: AccountConfig, password: str) -> None:
        self._send("configure_account", account, password)

    def unregister(self) -> None:
        self._send("unregister")

    def make_call(self, uri: str) -> None:
        self._send("make_call", uri)

    def answer(self, call_id: str) -> None:
        self._send("answer", call_id, call_id=call_id)

    def reject(self, call_id: str, code: int = 486) -> None:
        self._send("reject", call_id, code, call_id=call_id)

    def hangup(self, call_id: str) -> None:
        self._send("hangup", call_id, call_id=call_id)

    def set_hold(self, call_id: str, on_hold: bool) -> None:
        self._send("set_hold", call_id, on_hold, call_id=call_id)

    def set_mute(self, call_id: str, muted: bool) -> None:
        self._send("set_mute", call_id, muted, call_id=call_id)

    def send_dtmf(self, call_id: str, digits: str) -> None:
        self._send("send_dtmf", call_id, digits, call_id=call_id)

    def transfer(self, call_id: str, uri: str) -> None:
        self._send("transfer", call_id, uri, call_id=call_id)

    def play_prompt(
        self, call_id: str, path: str, token: str, *, mute_microphone: bool = True
    ) -> None:
        """Play a WAV (16-bit mono PCM) into a connected call; the agent hears it too.

        With mute_microphone the agent's microphone is cut from the call until the prompt
        ends. PromptFinished(completed=True) comes at the end of the file (the pad before
        a hang-up is the caller's business: core.critical applies the scenario's
        pad_after_ms); it comes with completed=False on stop_prompt, a newer prompt, or
        the call ending (before its DISCONNECTED event).
        """
        self._send("play_prompt", call_id, path, token, mute_microphone, call_id=call_id)

    def stop_prompt(self, call_id: str, token: str) -> None:
        self._send("stop_prompt", call_id, token, call_id=call_id)

    def set_audio(self, audio: AudioPrefs) -> None:
        self._send("set_audio", audio)

    def refresh_devices(self) -> None:
        self._send("refresh_devices")

    def start_audio_test(self, mode: str) -> None:
        self._send("start_audio_test", mode)

    def stop_audio_test(self) -> None:
        self._send("stop_audio_test")

    def shutdown(self) -> None:
        """Hang up, unregister (unless options.no_network_shutdown), libDestroy; blocks."""
        thread, worker = self._thread, self._worker
        if thread is None or worker is None:
            return
        done = threading.Event()
        self._command_requested.emit(Command("shutdown", done=done))
        if not done.wait(SHUTDOWN_TIMEOUT):
            log.error("SIP thread did not finish libDestroy within %.0f s", SHUTDOWN_TIMEOUT)
        thread.quit()
        if not thread.wait(int(SHUTDOWN_TIMEOUT * 1000)):
            log.error("SIP thread did not stop")
        self._command_requested.disconnect(worker.execute)
        # Deliver what the worker emitted before it stopped (last: EngineStopped), in order.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        worker.event_emitted.disconnect(self._deliver)
        self._thread = self._worker = None

    # -- internals -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _send(self, name: str, *args: object, call_id: str = "") -> None:
        if self._thread is None:
            self._deliver(CommandFailed(name, "The SIP engine is not running.", call_id))
            return
        self._command_requested.emit(Command(name, args, call_id))

    @Slot(object)
    def _deliver(self, event: SipEvent) -> None:
        self.event_occurred.emit(event)
        for handler in list(self._handlers):
            try:
                handler(event)
            except Exception:
                log.exception("event handler %r failed on %s", handler, type(event).__name__)
