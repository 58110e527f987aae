"""Turns the agent's call actions into SipControl commands and keeps the actions' state."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from softphone.config.settings import Settings
from softphone.core.models import CallState
from softphone.core.ports import SipControl
from softphone.ui.call_actions import CallActions, describe
from softphone.ui.calls import ON_THE_WAY, CallList, CallView
from softphone.ui.dial_target import to_sip_uri

DTMF_KEYS = "0123456789*#"


class CallController(QObject):
    """The one place that decides what Answer, Hang up, Hold... mean right now.

    Answer acts on the ringing call (and holds the call the agent is talking to first);
    everything else acts on the focused call, the one the panel shows.
    """

    problem_reported = Signal(str)  # an agent-facing sentence (nothing was sent)
    escalation_requested = Signal(str, str)  # call id, supervisor URI (already sent)
    keypad_toggled = Signal(bool)
    transfer_requested = Signal(str)  # call id: ask the agent for the target
    dial_focus_requested = Signal()

    def __init__(
        self,
        sip: SipControl,
        calls: CallList,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sip = sip
        self._calls = calls
        self._settings = settings
        self.actions = CallActions(self)
        a = self.actions
        a.answer.triggered.connect(self.answer)
        a.reject.triggered.connect(self.reject)
        a.hangup.triggered.connect(self.hangup)
        a.hold.triggered.connect(self.toggle_hold)
        a.mute.triggered.connect(self.toggle_mute)
        a.keypad.toggled.connect(self.keypad_toggled)
        a.transfer.triggered.connect(self._ask_transfer)
        a.escalate.triggered.connect(self.escalate)
        a.new_call.triggered.connect(self.dial_focus_requested)
        for signal in (calls.call_added, calls.call_changed, calls.call_removed):
            signal.connect(self.refresh)
        calls.focus_changed.connect(self.refresh)
        settings.on_change(self._setting_changed)
        self.refresh()

    # -- commands -------------------------------------------------------------------
    def answer(self) -> None:
        call = self._calls.ringing_call()
        if call is None:
            return
        for other in self._calls.others_talking(call.call_id):
            self._sip.set_hold(other.call_id, True)
        self._calls.set_focus(call.call_id)
        self._sip.answer(call.call_id)

    def reject(self) -> None:
        call = self._calls.ringing_call()
        if call is not None:
            self._sip.reject(call.call_id, 486)

    def hangup(self) -> None:
        call = self._calls.focused
        if call is not None and call.live and not call.ringing:
            self._sip.hangup(call.call_id)

    def toggle_hold(self) -> None:
        call = self._calls.focused
        if call is None or not call.connected:
            self.refresh()
            return
        resume = call.local_hold
        if resume:  # only one conversation at a time: hold the other one first
            for other in self._calls.others_talking(call.call_id):
                self._sip.set_hold(other.call_id, True)
        self._sip.set_hold(call.call_id, not resume)
        self.refresh()  # the checkmark follows the engine's CallMediaChanged, not the click

    def toggle_mute(self) -> None:
        call = self._calls.focused
        if call is not None and call.connected:
            self._sip.set_mute(call.call_id, not call.muted)
        self.refresh()

    def send_dtmf(self, digits: str) -> bool:
        """Send keypad tones on the focused call; False when there is no call to send to."""
        call = self._calls.focused
        digits = "".join(d for d in digits if d in DTMF_KEYS)
        if call is None or not call.connected or not digits:
            return False
        self._sip.send_dtmf(call.call_id, digits)
        return True

    def transfer(self, call_id: str, target: str) -> bool:
        """Blind-transfer `call_id` to what the agent typed; False (and a message) if not."""
        call = self._calls.get(call_id)
        if call is None or not call.connected:
            self.problem_reported.emit(self.tr("The call to transfer has ended."))
            return False
        try:
            uri = to_sip_uri(target, self._settings.get("sip.domain"))
        except ValueError as exc:
            self.problem_reported.emit(self.tr("Cannot transfer: {0}").format(exc))
            return False
        self._sip.transfer(call_id, uri)
        return True

    def escalate(self) -> None:
        call = self._calls.focused
        target = self.supervisor_target()
        if call is None or not call.connected or not target:
            self.refresh()
            return
        try:
            uri = to_sip_uri(target, self._settings.get("sip.domain"))
        except ValueError as exc:
            self.problem_reported.emit(self.tr("Cannot escalate: {0}").format(exc))
            return
        self._sip.transfer(call.call_id, uri)
        self.escalation_requested.emit(call.call_id, uri)

    def dial(self, text: str) -> bool:
        """Place a call to what the agent typed; holds the current conversation first."""
        try:
            uri = to_sip_uri(text, self._settings.get("sip.domain"))
        except ValueError as exc:
            self.problem_reported.emit(self.tr("Cannot call: {0}").format(exc))
            return False
        for other in self._calls.calls():
            if other.talking:
                self._sip.set_hold(other.call_id, True)
        self._sip.make_call(uri)
        return True

    def supervisor_target(self) -> str:
        return str(self._settings.get("calls.supervisor_uri") or "").strip()

    # -- state ------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        a = self.actions
        focused = self._calls.focused
        ringing = self._calls.ringing_call()
        connected = focused is not None and focused.connected
        a.answer.setEnabled(ringing is not None)
        a.reject.setEnabled(ringing is not None)
        a.hangup.setEnabled(
            focused is not None
            and focused.live
            and (focused.state in ON_THE_WAY or focused.state is CallState.CONNECTED)
        )
        a.hold.setEnabled(connected)
        a.mute.setEnabled(connected)
        a.transfer.setEnabled(connected and not _transferring(focused))
        a.keypad.setEnabled(connected)
        if not connected and a.keypad.isChecked():
            a.keypad.setChecked(False)
        held = focused is not None and focused.local_hold
        muted = focused is not None and focused.muted
        a.hold.setChecked(connected and held)
        a.mute.setChecked(connected and muted)
        a.hold.setText(self.tr("Res&ume") if held else self.tr("H&old"))
        describe(
            a.hold,
            self.tr("Take the call off hold") if held else self.tr("Put the current call on hold"),
        )
        a.mute.setText(self.tr("Un&mute") if muted else self.tr("&Mute"))
        describe(
            a.mute,
            self.tr("Let the caller hear you again")
            if muted
            else self.tr("Mute your microphone in the current call"),
        )
        self._refresh_answer_tip(focused, ringing)
        self._refresh_escalate(connected and not _transferring(focused))

    def _refresh_answer_tip(self, focused: CallView | None, ringing: CallView | None) -> None:
        if ringing is not None and focused is not None and focused.talking:
            tip = self.tr("Answer the waiting call; the current call goes on hold")
        else:
            tip = self.tr("Answer the ringing call")
        describe(self.actions.answer, tip)

    def _refresh_escalate(self, call_ready: bool) -> None:
        action = self.actions.escalate
        target = self.supervisor_target()
        if not target:
            action.setEnabled(False)
            describe(
                action,
                self.tr(
                    "Not available: no supervisor number is set. "
                    "Add it in Settings › Preferences, or ask your IT department."
                ),
            )
            return
        action.setEnabled(call_ready)
        describe(action, self.tr("Transfer the caller to your supervisor ({0})").format(target))

    def _ask_transfer(self) -> None:
        call = self._calls.focused
        if call is not None and call.connected:
            self.transfer_requested.emit(call.call_id)

    def _setting_changed(self, key: str) -> None:
        if key in ("calls.supervisor_uri", "sip.domain"):
            self.refresh()


def _transferring(call: CallView | None) -> bool:
    return call is not None and call.transfer_status == "pending"
