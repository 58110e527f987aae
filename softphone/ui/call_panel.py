"""The call panel: who is on the line, the call's state and timer, and the call buttons."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from softphone.core.models import CallState, Direction, EndedBy
from softphone.ui import style
from softphone.ui.call_actions import ActionButton, CallActions
from softphone.ui.calls import CallList, CallView
from softphone.ui.dialpad import Dialpad
from softphone.ui.text import ElidedLabel, isolate, safe_text


def format_duration(seconds: float) -> str:
    """mm:ss, or h:mm:ss past the hour."""
    total = int(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class CallPanel(QFrame):
    """Renders CallList's focused call; the buttons mirror CallActions."""

    def __init__(self, calls: CallList, actions: CallActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("callPanel")
        self.setAccessibleName(self.tr("Current call"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # digits typed here become tones
        self._calls = calls
        self._actions = actions

        self.waiting = QFrame()
        self.waiting.setObjectName("waitingCall")
        self.waiting.setStyleSheet(
            f"#waitingCall {{ background: #fff4e5; border: 2px solid {style.RINGING.background};"
            " border-radius: 6px; }"
        )
        self.waiting_label = ElidedLabel()
        self.waiting_label.setObjectName("waitingLabel")
        self.waiting_label.setStyleSheet("font-size: 12pt; font-weight: 600; color: #1f1f1f;")
        self.waiting_hint = QLabel(self.tr("Answer puts the current call on hold."))
        self.waiting_hint.setStyleSheet("color: #1f1f1f;")
        self.waiting_countdown = QLabel()
        self.waiting_countdown.setObjectName("waitingCountdown")
        self.waiting_countdown.setTextFormat(Qt.TextFormat.PlainText)
        self.waiting_countdown.setStyleSheet(
            f"#waitingCountdown {{ {style.badge_css(style.PROGRESS)} }}"
        )
        self.waiting_countdown.hide()
        waiting_rows = QVBoxLayout(self.waiting)
        waiting_rows.setSpacing(4)
        waiting_rows.addWidget(self.waiting_label)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.waiting_hint, 1)
        hint_row.addWidget(self.waiting_countdown)
        waiting_rows.addLayout(hint_row)
        self.waiting.hide()

        self.state_badge = QLabel()
        self.state_badge.setObjectName("callState")
        self.state_badge.setTextFormat(Qt.TextFormat.PlainText)
        self.direction_label = QLabel()
        self.direction_label.setObjectName("callDirection")
        self.direction_label.setTextFormat(Qt.TextFormat.PlainText)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("callTimer")
        self.timer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.timer_label.setAccessibleName(self.tr("Call duration"))
        header = QHBoxLayout()
        header.addWidget(self.state_badge)
        header.addWidget(self.direction_label)
        header.addStretch(1)
        header.addWidget(self.timer_label)

        self.name_label = ElidedLabel()
        self.name_label.setObjectName("callerName")
        self.number_label = ElidedLabel()
        self.number_label.setObjectName("callerNumber")
        self.details_label = ElidedLabel()
        self.details_label.setObjectName("callDetails")
        self.auto_answer_label = QLabel()
        self.auto_answer_label.setObjectName("autoAnswer")
        self.auto_answer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.auto_answer_label.setStyleSheet(
            f"#autoAnswer {{ {style.badge_css(style.PROGRESS)} font-size: 12pt; }}"
        )
        self.auto_answer_label.hide()

        self.buttons: dict[str, ActionButton] = {
            "answer": ActionButton(actions.answer, "answerButton"),
            "reject": ActionButton(actions.reject, "rejectButton"),
            "hangup": ActionButton(actions.hangup, "hangupButton"),
            "hold": ActionButton(actions.hold, "holdButton"),
            "mute": ActionButton(actions.mute, "muteButton"),
            "keypad": ActionButton(actions.keypad, "keypadButton"),
            "transfer": ActionButton(actions.transfer, "transferButton"),
            "escalate": ActionButton(actions.escalate, "escalateButton"),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        for column, key in enumerate(("answer", "reject", "hangup")):
            grid.addWidget(self.buttons[key], 0, column * 4, 1, 4)
        for column, key in enumerate(("hold", "mute", "keypad", "transfer")):
            grid.addWidget(self.buttons[key], 1, column * 3, 1, 3)
        grid.addWidget(self.buttons["escalate"], 2, 0, 1, 12)

        self.dialpad = Dialpad()
        self.dialpad.hide()
        actions.keypad.toggled.connect(self._keypad_toggled)

        self.tools = QVBoxLayout()  # other features add their controls here
        self.tools.setContentsMargins(0, 0, 0, 0)

        self.call_list = QListWidget()
        self.call_list.setObjectName("callList")
        self.call_list.setAccessibleName(self.tr("Calls"))
        self.call_list.setAccessibleDescription(
            self.tr("All calls; choose one to show it in the panel")
        )
        self.call_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.call_list.setUniformItemSizes(True)
        self.call_list.setMaximumHeight(110)
        self.call_list.currentItemChanged.connect(self._list_selected)
        self.list_label = QLabel(self.tr("All ca&lls:"))
        self.list_label.setBuddy(self.call_list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.waiting)
        layout.addLayout(header)
        layout.addWidget(self.name_label)
        layout.addWidget(self.number_label)
        layout.addWidget(self.details_label)
        layout.addWidget(self.auto_answer_label, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.dialpad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self.tools)
        layout.addStretch(1)
        layout.addWidget(self.list_label)
        layout.addWidget(self.call_list)

        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_clock)
        calls.call_added.connect(self._render)
        calls.call_changed.connect(self._render)
        calls.call_removed.connect(self._render)
        calls.focus_changed.connect(self._render)
        self._render()

    # -- public -------------------------------------------------------------------------
    def add_tool(self, widget: QWidget) -> None:
        """Put another feature's controls under the call buttons (e.g. critical bar)."""
        self.tools.addWidget(widget)

    def state_text(self) -> str:
        return self.state_badge.text()

    # -- rendering ------------------------------------------------------------------------
    def _render(self, *_args: object) -> None:
        call = self._calls.focused
        self._render_list()
        self._render_waiting(call)
        if call is None:
            self._render_idle()
        else:
            self._render_call(call)
        self._update_clock()
        needs_tick = any(c.live for c in self._calls.calls())
        if needs_tick and not self._tick.isActive():
            self._tick.start()
        elif not needs_tick:
            self._tick.stop()

    def _render_idle(self) -> None:
        self._set_badge(style.NEUTRAL, self.tr("No call"))
        self.direction_label.setText("")
        self.name_label.set_full_text(self.tr("Ready"))
        self.number_label.set_full_text(self.tr("Type a number above, or wait for a call."))
        self.details_label.set_full_text("")
        self.auto_answer_label.hide()
        self.setAccessibleDescription(self.tr("No call"))

    def _render_call(self, call: CallView) -> None:
        tone, text = self._state_look(call)
        self._set_badge(tone, text)
        self.direction_label.setText(
            self.tr("Incoming call")
            if call.direction is Direction.INBOUND
            else self.tr("Outgoing call")
        )
        name, number = self.caller_lines(call)
        self.name_label.set_full_text(name)
        self.number_label.set_full_text(number)
        self.details_label.set_full_text(self._details(call))
        self.setAccessibleDescription(f"{text}: {name} {number}".strip())

    def caller_lines(self, call: CallView) -> tuple[str, str]:
        """(big line, small line) for a call: name and number, or what we know."""
        if call.anonymous:
            return self.tr("Anonymous caller"), self.tr("Number withheld")
        name = call.display_name
        number = call.number or call.remote_uri
        if not name:
            return (number or self.tr("Unknown caller")), (
                call.remote_uri if number != call.remote_uri else ""
            )
        return name, ("" if number == name else number)

    def _state_look(self, call: CallView) -> tuple[style.Tone, str]:
        state = call.state
        if state is CallState.INCOMING:
            return style.RINGING, self.tr("Ringing")
        if state is CallState.CALLING:
            return style.PROGRESS, self.tr("Calling…")
        if state is CallState.EARLY:
            return style.PROGRESS, self.tr("Ringing at the other end…")
        if state is CallState.CONNECTING:
            return style.PROGRESS, self.tr("Connecting…")
        if state is CallState.CONNECTED:
            if call.transfer_status == "pending":
                return style.PROGRESS, self.tr("Transferring…")
            if call.local_hold:
                return style.HELD, self.tr("On hold")
            if call.remote_hold:
                return style.HELD, self.tr("Held by the caller")
            return style.CONNECTED, self.tr("Connected")
        return style.ENDED, self._ended_text(call)

    def _ended_text(self, call: CallView) -> str:
        if call.transfer_status == "done":
            return self.tr("Transferred")
        if call.connected_at is None and call.direction is Direction.OUTBOUND and call.end_code:
            return self.tr("Call failed: {0}").format(
                safe_text(f"{call.end_code} {call.end_reason}", 60)
            )
        if call.connected_at is None and call.direction is Direction.INBOUND:
            if call.ended_by is EndedBy.LOCAL:
                return self.tr("Rejected")
            if call.ended_by is EndedBy.REMOTE:
                return self.tr("Missed call")
        return self.tr("Call ended")

    def _details(self, call: CallView) -> str:
        parts: list[str] = []
        if call.connected and call.muted:
            parts.append(self.tr("Your microphone is muted"))
        if call.connected and call.codec:
            parts.append(self.tr("Codec {0}").format(call.codec))
        if call.transfer_status == "failed":
            parts.append(self.tr("Transfer failed: {0}").format(call.transfer_reason))
        return " · ".join(parts)

    def _set_badge(self, tone: style.Tone, text: str) -> None:
        self.state_badge.setText(f"{tone.glyph} {text}")
        self.state_badge.setStyleSheet(f"#callState {{ {style.badge_css(tone)} font-size: 12pt; }}")
        self.state_badge.setAccessibleName(self.tr("Call state: {0}").format(text))

    def _render_waiting(self, focused: CallView | None) -> None:
        ringing = self._calls.ringing_call()
        show = ringing is not None and focused is not None and ringing is not focused
        self.waiting.setVisible(show)
        if show and ringing is not None:
            name, number = self.caller_lines(ringing)
            who = isolate(name) + (f" ({number})" if number else "")
            self.waiting_label.set_full_text(
                self.tr("☎ Another call is ringing: {0}").format(who), sanitize=False
            )
            self.waiting.setAccessibleName(self.tr("Another call is ringing: {0}").format(who))

    def _render_list(self) -> None:
        calls = self._calls.calls()
        self.call_list.blockSignals(True)
        self.call_list.clear()
        for call in calls:
            tone, text = self._state_look(call)
            name, number = self.caller_lines(call)
            item = QListWidgetItem(f"{tone.glyph} {text} — {isolate(name)}  {number}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, call.call_id)
            self.call_list.addItem(item)
            if call is self._calls.focused:
                self.call_list.setCurrentItem(item)
        self.call_list.blockSignals(False)
        several = len(calls) > 1
        self.call_list.setVisible(several)
        self.list_label.setVisible(several)

    def _list_selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self._calls.set_focus(str(item.data(Qt.ItemDataRole.UserRole)))

    def _update_clock(self) -> None:
        call = self._calls.focused
        if call is None or (call.connected_at is None and call.ended_duration is None):
            self.timer_label.setText("")
        else:
            self.timer_label.setText(format_duration(call.duration()))
        self._show_countdown(
            self.auto_answer_label, call.auto_answer_remaining() if call is not None else None
        )
        ringing = self._calls.ringing_call()
        waiting = ringing is not None and ringing is not call
        self._show_countdown(
            self.waiting_countdown,
            ringing.auto_answer_remaining() if waiting and ringing is not None else None,
        )

    def _show_countdown(self, label: QLabel, remaining: float | None) -> None:
        if remaining is None:
            label.hide()
            return
        seconds = math.ceil(remaining)
        label.setText(
            self.tr("Auto-answer in {0} s").format(seconds)
            if seconds > 0
            else self.tr("Answering automatically…")
        )
        label.setAccessibleName(label.text())
        label.show()

    def _keypad_toggled(self, on: bool) -> None:
        self.dialpad.setVisible(on)
        if on:
            self.dialpad.setFocus()
