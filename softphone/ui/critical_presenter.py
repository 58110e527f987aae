"""Connects the critical-situation widgets to the flow (core.critical) and the call state."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from softphone.core.critical import CriticalFlow, EndingFinished
from softphone.core.errors import KnownError
from softphone.core.events import CallStateChanged, SipEvent
from softphone.core.models import CallState
from softphone.core.ports import NoteJournal
from softphone.ui.critical_bar import CriticalBar
from softphone.ui.note_editor import NoteEditor
from softphone.ui.recovery import RecoveryBanner

log = logging.getLogger("softphone.ui")


class CriticalPresenter(QObject):
    """Owns no logic of the ending itself: it routes clicks to the flow and results back."""

    ending_finished = Signal(object)  # core.critical.EndingFinished
    message = Signal(str)  # something the agent should read in the status area

    def __init__(
        self,
        flow: CriticalFlow,
        journal: NoteJournal,
        bar: CriticalBar,
        editor: NoteEditor,
        recovery: RecoveryBanner,
        *,
        recovery_seconds: Callable[[], float],
        set_busy: Callable[[bool], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.flow = flow
        self._journal = journal
        self.bar = bar
        self.editor = editor
        self.recovery = recovery
        self._recovery_seconds = recovery_seconds
        self._set_busy = set_busy
        self._current: str | None = None
        self._states: dict[str, CallState] = {}
        self._connected_at: dict[str, float] = {}
        bar.critical_requested.connect(self._on_critical)
        bar.warning_requested.connect(self._on_warning)
        editor.saved.connect(self._on_note_saved)
        recovery.started.connect(lambda: self._set_busy(True))
        recovery.finished.connect(lambda: self._set_busy(False))
        flow.on_finished(self._on_finished)
        flow.on_error(self._on_flow_error)

    # -- inputs ------------------------------------------------------------------
    def handle(self, event: SipEvent) -> None:
        """Every engine event, in order; the flow sees them first."""
        self.flow.handle(event)
        if isinstance(event, CallStateChanged):
            self._states[event.call_id] = event.state
            if event.state is CallState.CONNECTED:
                self._connected_at.setdefault(event.call_id, time.monotonic())
            if event.state is CallState.DISCONNECTED:
                self._states.pop(event.call_id, None)
                self._connected_at.pop(event.call_id, None)
            if event.call_id == self._current or self._current is None:
                self._current = event.call_id if event.state is not CallState.DISCONNECTED else None
                self._refresh()

    def set_current_call(self, call_id: str | None) -> None:
        """The call the agent is looking at (the one the buttons act on)."""
        self._current = call_id
        self._refresh()

    def track_customer(self, call_id: str, customer_id: str, language: str) -> None:
        self.flow.track(call_id, customer_id=customer_id, language=language)

    # -- internals ---------------------------------------------------------------
    def _refresh(self) -> None:
        call_id = self._current
        if call_id and self._states.get(call_id) is CallState.CONNECTED:
            if self.flow.is_ending(call_id):
                self.bar.ending_started()
            else:
                self.bar.call_connected(self._connected_at.get(call_id))
        else:
            self.bar.call_not_connected()

    def _on_critical(self) -> None:
        if not self._current:
            return
        if not self.flow.end_call(self._current):
            log.info("critical situation ignored: already ending or no call")

    def _on_warning(self, step_id: str) -> None:
        if not self._current:
            return
        self.flow.warn(self._current, step_id)

    def _on_flow_error(self, call_id: str, message: str) -> None:
        self.message.emit(
            self.tr(
                "The note could not be saved on this computer ({0}). The call is ended anyway."
            ).format(message)
        )

    def _on_finished(self, finished: EndingFinished) -> None:
        self.editor.open_for(finished.note_id)
        seconds = self._recovery_seconds()
        if seconds > 0:
            self.recovery.start(seconds)
        if finished.farewell_missing:
            self.message.emit(
                self.tr("No farewell recording was found: the call was ended without it.")
            )
        self.ending_finished.emit(finished)

    def _on_note_saved(self, note_id: str, reason: str, text: str, medical: object) -> None:
        try:
            self._journal.annotate(
                note_id,
                reason=reason,
                text=text,
                medical_possible=medical if isinstance(medical, bool) else None,
            )
        except KnownError as exc:
            self.message.emit(self.tr("The note text could not be saved: {0}").format(exc))
