"""FakeSip: the SipControl port without pjsua2, for UI tests and the demo; scriptable."""

from __future__ import annotations

import itertools
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from softphone.core import events as ev
from softphone.core.models import (
    AccountConfig,
    AudioDevice,
    AudioPrefs,
    CallState,
    Direction,
    EndedBy,
    EngineOptions,
    RegState,
)
from softphone.core.ports import EventHandler

DEFAULT_DEVICES: tuple[AudioDevice, ...] = (
    AudioDevice(0, "Fake headset", "fake", inputs=1, outputs=1),
    AudioDevice(1, "Fake speakers", "fake", inputs=0, outputs=2),
)

_DTMF_DIGITS = set("0123456789*#ABCDabcd")
_RINGING = (CallState.INCOMING,)
_TALKING = (CallState.CONNECTED,)


@dataclass
class PlayingPrompt:
    token: str
    path: str
    started: float
    mute_microphone: bool


@dataclass
class FakeCall:
    """What the fake knows about one call (the engine's view, not the UI's)."""

    call_id: str
    direction: Direction
    remote_uri: str
    state: CallState
    sip_call_id: str
    local_hold: bool = False
    remote_hold: bool = False
    muted: bool = False
    connected_at: float | None = None
    dtmf_sent: list[str] = field(default_factory=list)
    prompt: PlayingPrompt | None = None
    auto_answer: bool = False  # a pending auto-answer (cancelled by answer/hang-up)

    @property
    def live(self) -> bool:
        return self.state is not CallState.DISCONNECTED


class FakeSip(QObject):
    """Implements core.ports.SipControl; records commands and answers like a PBX would.

    Every event goes through a queued signal, so subscribers get it later on the GUI
    thread, in order, exactly as from the real engine (never inside the command call).
    Knobs (plain attributes, set them before the command): `accept_password`,
    `answer_outgoing` (remote picks up by itself), `transfer_code`, `codec`, `devices`,
    `audio_warning`, `prompt_ms` (prompts end by themselves after that long; None: only
    when stopped, when the call ends or on simulate_prompt_end), `fail_prompts`.
    """

    _event_posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.commands: list[tuple[Any, ...]] = []
        self.events: list[ev.SipEvent] = []  # everything delivered, in order
        self.calls: dict[str, FakeCall] = {}
        self.options = EngineOptions()
        self.audio = AudioPrefs()
        self.account: AccountConfig | None = None
        self.password: str | None = None
        self.started = False
        # knobs
        self.accept_password: str | None = None  # None: any password registers
        self.answer_outgoing = False
        self.transfer_code = 200
        self.codec = "PCMA/8000"
        self.devices: tuple[AudioDevice, ...] = DEFAULT_DEVICES
        self.audio_warning = ""
        self.prompt_ms: int | None = 50
        self.fail_prompts = ""  # non-empty: play_prompt answers ev.CommandFailed with this
        self.audio_test_mode = ""  # "tone"/"loopback" while the audio test runs
        self._audio_test_timer = QTimer(self)
        self._audio_test_timer.setInterval(100)
        self._audio_test_timer.timeout.connect(self._post_test_levels)
        self._handlers: list[EventHandler] = []
        self._ids = itertools.count(1)
        self._event_posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # -- SipControl ------------------------------------------------------------
    def subscribe(self, handler: EventHandler) -> None:
        self._handlers.append(handler)

    def start(self, options: EngineOptions, audio: AudioPrefs) -> None:
        self._record("start", options, audio)
        self.options, self.audio, self.started = options, audio, True
        self.post(ev.EngineStarted("fake 0.0", "127.0.0.1:5060", len(self.devices), ("PCMA/8000",)))
        self._post_devices()

    def set_options(self, options: EngineOptions) -> None:
        self._record("set_options", options)
        self.options = options

    def configure_account(self, account: AccountConfig, password: str) -> None:
        self._record("configure_account", account, password)
        self.account, self.password = account, password
        if not account.is_complete:
            self.post(ev.RegistrationChanged(RegState.UNCONFIGURED))
        elif not account.register:
            self.post(ev.RegistrationChanged(RegState.DIRECT))
        elif self.accept_password is not None and password != self.accept_password:
            self.post(ev.RegistrationChanged(RegState.REGISTERING))
            self.post(ev.RegistrationChanged(RegState.AUTH_FAILED, 401, "Unauthorized"))
        else:
            self.post(ev.RegistrationChanged(RegState.REGISTERING))
            self.post(ev.RegistrationChanged(RegState.REGISTERED, 200, "OK", None, account.expires))

    def unregister(self) -> None:
        self._record("unregister")
        self.post(ev.RegistrationChanged(RegState.OFFLINE))

    def make_call(self, uri: str) -> None:
        self._record("make_call", uri)
        uri = self._dial_uri(uri)
        if not uri:
            self.post(ev.CommandFailed("make_call", "Not a number, extension or SIP address."))
            return
        call = self._new_call(Direction.OUTBOUND, uri, CallState.CALLING)
        self.post(ev.OutgoingCallStarted(call.call_id, uri, call.sip_call_id))
        self._set_state(call, CallState.CALLING)
        self._set_state(call, CallState.EARLY, 180, "Ringing")
        if self.answer_outgoing:
            self.simulate_remote_answer(call.call_id)

    def answer(self, call_id: str) -> None:
        call = self._command("answer", call_id, states=_RINGING, refusal="This call is not ringing")
        if call is not None:
            self._pick_up(call)

    def reject(self, call_id: str, code: int = 486) -> None:
        call = self._command("reject", call_id, code, states=_RINGING, refusal="Not ringing")
        if call is not None:
            reason = {486: "Busy Here", 603: "Decline"}.get(code, "Rejected")
            self._end(call, EndedBy.LOCAL, code, reason)

    def hangup(self, call_id: str) -> None:
        call = self._command("hangup", call_id)
        if call is None:
            return
        if call.state is CallState.INCOMING:
            self._end(call, EndedBy.LOCAL, 603, "Decline")
        elif call.state in (CallState.CALLING, CallState.EARLY):
            self._end(call, EndedBy.LOCAL, 487, "Request Terminated")
        else:
            self._end(call, EndedBy.LOCAL, 200, "Normal call clearing")

    def set_hold(self, call_id: str, on_hold: bool) -> None:
        call = self._command("set_hold", call_id, on_hold, states=_TALKING, refusal="Not connected")
        if call is not None:
            call.local_hold = on_hold
            self._post_media(call)

    def set_mute(self, call_id: str, muted: bool) -> None:
        call = self._command("set_mute", call_id, muted)
        if call is not None:
            call.muted = muted
            if call.state is CallState.CONNECTED:
                self._post_media(call)

    def send_dtmf(self, call_id: str, digits: str) -> None:
        call = self._command("send_dtmf", call_id, digits, states=_TALKING, refusal="Not connected")
        if call is None:
            return
        if not digits or set(digits) - _DTMF_DIGITS:
            self._fail("send_dtmf", call_id, "Keypad tones are 0-9, * and #")
            return
        call.dtmf_sent.append(digits)

    def transfer(self, call_id: str, uri: str) -> None:
        call = self._command("transfer", call_id, uri, states=_TALKING, refusal="Not connected")
        if call is None:
            return
        self.post(ev.TransferProgress(call_id, 100, "Trying", final=False))
        ok = 200 <= self.transfer_code < 300
        reason = "OK" if ok else {486: "Busy Here", 404: "Not Found"}.get(self.transfer_code, "")
        self.post(ev.TransferProgress(call_id, self.transfer_code, reason or "Failed", final=True))
        if ok:  # blind transfer done: the PBX has the caller, our leg ends
            self._end(call, EndedBy.LOCAL, 200, "Transferred")

    def set_audio(self, audio: AudioPrefs) -> None:
        self._record("set_audio", audio)
        self.audio = audio
        self._post_devices()

    def play_prompt(
        self, call_id: str, path: str, token: str, *, mute_microphone: bool = True
    ) -> None:
        call = self._command(
            "play_prompt", call_id, path, token, mute_microphone, states=_TALKING,
            refusal="The call is not connected",
        )  # fmt: skip
        if call is None:
            return
        if self.fail_prompts:
            self._fail("play_prompt", call_id, self.fail_prompts)
            return
        if call.prompt is not None:
            self._finish_prompt(call, completed=False)
        call.prompt = PlayingPrompt(token, path, time.monotonic(), mute_microphone)
        if self.prompt_ms is not None:
            QTimer.singleShot(self.prompt_ms, self, lambda: self._prompt_eof(call_id, token))

    def stop_prompt(self, call_id: str, token: str) -> None:
        self._record("stop_prompt", call_id, token)
        call = self.calls.get(call_id)
        if call is not None and call.prompt is not None and call.prompt.token == token:
            self._finish_prompt(call, completed=False)

    def refresh_devices(self) -> None:
        self._record("refresh_devices")
        self._post_devices()

    def start_audio_test(self, mode: str) -> None:
        self._record("start_audio_test", mode)
        if self.audio.null_device or not self.devices:
            self.post(ev.AudioTestLevels("", 0.0, 0.0, "No sound device to test"))
            return
        if any(call.live for call in self.calls.values()):
            self.post(ev.AudioTestLevels("", 0.0, 0.0, "Not during a call"))
            return
        self.audio_test_mode = mode
        self._audio_test_timer.start()

    def stop_audio_test(self) -> None:
        self._record("stop_audio_test")
        self._end_audio_test()

    def shutdown(self) -> None:
        self._record("shutdown")
        self._end_audio_test()
        for call in list(self.calls.values()):
            if call.live:
                self._end(call, EndedBy.LOCAL, 200, "Shutdown")
        self.started = False
        self.post(ev.RegistrationChanged(RegState.OFFLINE))
        self.post(ev.EngineStopped())

    # -- simulating the network --------------------------------------------------
    def simulate_incoming(
        self,
        number: str,
        display_name: str = "",
        *,
        anonymous: bool = False,
        auto_answer_after: float | None = None,
        remote_uri: str = "",
        headers: tuple[tuple[str, str], ...] = (),
    ) -> str:
        """A call rings here; returns its call id. With `auto_answer_after` the fake
        answers by itself after that many seconds, as the engine does."""
        uri = remote_uri or (f"sip:{number}@pbx.example.com" if number else "sip:anonymous@x")
        call = self._new_call(Direction.INBOUND, uri, CallState.INCOMING)
        self.post(
            ev.IncomingCall(
                call.call_id,
                uri,
                display_name,
                "" if anonymous else number,
                anonymous,
                call.sip_call_id,
                auto_answer_after,
                headers,
            )
        )
        self._set_state(call, CallState.INCOMING)
        if auto_answer_after is not None:
            call.auto_answer = True
            delay = int(auto_answer_after * 1000)
            QTimer.singleShot(delay, self, lambda cid=call.call_id: self._auto_answer(cid))
        return call.call_id

    def simulate_remote_ringing(self, call_id: str) -> None:
        self._set_state(self.calls[call_id], CallState.EARLY, 180, "Ringing")

    def simulate_remote_answer(self, call_id: str) -> None:
        """The callee of an outgoing call picked up."""
        self._pick_up(self.calls[call_id])

    def simulate_remote_hangup(self, call_id: str, code: int = 200, reason: str = "") -> None:
        call = self.calls[call_id]
        if call.state is CallState.INCOMING:  # caller gave up before we answered
            code, reason = 487, reason or "Request Terminated"
        self._end(call, EndedBy.REMOTE, code, reason or "Normal call clearing")

    def simulate_call_failure(self, call_id: str, code: int, reason: str) -> None:
        """An outgoing call is refused (486 Busy, 404 Not Found...) or a call breaks."""
        self._end(self.calls[call_id], EndedBy.REMOTE if code else EndedBy.ERROR, code, reason)

    def simulate_remote_hold(self, call_id: str, on_hold: bool = True) -> None:
        call = self.calls[call_id]
        call.remote_hold = on_hold
        self._post_media(call)

    def simulate_prompt_end(self, call_id: str) -> None:
        """The playing prompt reached its end of file."""
        call = self.calls[call_id]
        if call.prompt is not None:
            self._finish_prompt(call, completed=True)

    def simulate_dtmf(self, call_id: str, digit: str) -> None:
        self.post(ev.DtmfReceived(call_id, digit))

    def simulate_registration(
        self,
        state: RegState,
        code: int = 0,
        reason: str = "",
        retry_in: float | None = None,
        expires: int = 0,
    ) -> None:
        self.post(ev.RegistrationChanged(state, code, reason, retry_in, expires))

    def simulate_audio_devices(
        self,
        devices: tuple[AudioDevice, ...] | None = None,
        *,
        warning: str | None = None,
    ) -> None:
        if devices is not None:
            self.devices = devices
        if warning is not None:
            self.audio_warning = warning
        self._post_devices()

    def simulate_device_lost(self, role: str, name: str, fallback: str = "") -> None:
        self.post(ev.AudioDeviceLost(role, name, fallback))

    def simulate_device_returned(self, role: str, name: str) -> None:
        self.post(ev.AudioDeviceReturned(role, name))

    def simulate_command_failed(self, command: str, message: str, call_id: str = "") -> None:
        self.post(ev.CommandFailed(command, message, call_id))

    def simulate_engine_failed(self, message: str, detail: str = "") -> None:
        self.post(ev.EngineFailed(message, detail))

    # -- inspecting ----------------------------------------------------------------
    def commands_named(self, name: str) -> list[tuple[Any, ...]]:
        return [command for command in self.commands if command[0] == name]

    def last_command(self, name: str | None = None) -> tuple[Any, ...] | None:
        found = self.commands_named(name) if name else self.commands
        return found[-1] if found else None

    def call_state(self, call_id: str) -> CallState | None:
        call = self.calls.get(call_id)
        return call.state if call else None

    def live_calls(self) -> list[FakeCall]:
        return [call for call in self.calls.values() if call.live]

    def post(self, event: ev.SipEvent) -> None:
        """Queue any event for delivery (the network's side of the engine)."""
        self._event_posted.emit(event)

    # -- internals -------------------------------------------------------------------
    def _deliver(self, event: ev.SipEvent) -> None:
        self.events.append(event)
        for handler in list(self._handlers):
            handler(event)

    def _dial_uri(self, target: str) -> str:
        """Like the engine: a URI as is, a bare number or extension at the account domain."""
        target = target.strip()
        if target.lower().startswith(("sip:", "sips:", "tel:")):
            return target
        domain = self.account.domain if self.account else ""
        if not target or not domain or any(c.isspace() or c in '<>"' for c in target):
            return ""
        return f"sip:{target}@{domain}"

    def _record(self, name: str, *args: Any) -> None:
        self.commands.append((name, *args))

    def _new_call(self, direction: Direction, uri: str, state: CallState) -> FakeCall:
        number = next(self._ids)
        # UUIDs, as the real engine's call ids (they become call-record ids on the server);
        # deterministic so tests can predict them.
        call_id = str(uuid.UUID(int=number))
        call = FakeCall(call_id, direction, uri, state, f"fake-{number}@127.0.0.1")
        self.calls[call.call_id] = call
        return call

    def _command(
        self,
        name: str,
        call_id: str,
        *args: Any,
        states: tuple[CallState, ...] = (),
        refusal: str = "",
    ) -> FakeCall | None:
        """Record the command; the call if it is live (and in `states`), else CommandFailed."""
        self._record(name, call_id, *args)
        call = self.calls.get(call_id)
        if call is None or not call.live:
            self._fail(name, call_id, "That call has already ended")
            return None
        if states and call.state not in states:
            self._fail(name, call_id, refusal)
            return None
        return call

    def _fail(self, command: str, call_id: str, message: str) -> None:
        self.post(ev.CommandFailed(command, message, call_id))

    def _set_state(self, call: FakeCall, state: CallState, code: int = 0, reason: str = "") -> None:
        call.state = state
        self.post(ev.CallStateChanged(call.call_id, state, call.direction, code, reason))

    def _connect(self, call: FakeCall) -> None:
        call.connected_at = time.monotonic()
        self._set_state(call, CallState.CONNECTED, 200, "OK")
        self._post_media(call)

    def _post_media(self, call: FakeCall) -> None:
        active = not (call.local_hold or call.remote_hold)
        self.post(
            ev.CallMediaChanged(
                call.call_id, active, call.local_hold, call.remote_hold, call.muted, self.codec
            )
        )

    def _end(self, call: FakeCall, ended_by: EndedBy, code: int, reason: str) -> None:
        call.auto_answer = False
        if call.prompt is not None:  # the engine stops the player before the call goes
            self._finish_prompt(call, completed=False)
        duration = time.monotonic() - call.connected_at if call.connected_at else 0.0
        call.state = CallState.DISCONNECTED
        self.post(ev.CallStateChanged(call.call_id, call.state, call.direction, code, reason,
                                      ended_by, duration))  # fmt: skip

    def _prompt_eof(self, call_id: str, token: str) -> None:
        call = self.calls.get(call_id)
        if call is not None and call.prompt is not None and call.prompt.token == token:
            self._finish_prompt(call, completed=True)

    def _finish_prompt(self, call: FakeCall, *, completed: bool) -> None:
        prompt, call.prompt = call.prompt, None
        if prompt is None:
            return
        played = int((time.monotonic() - prompt.started) * 1000)
        self.post(ev.PromptFinished(call.call_id, prompt.token, played, completed))

    def _auto_answer(self, call_id: str) -> None:
        call = self.calls.get(call_id)
        if call is not None and call.state is CallState.INCOMING and call.auto_answer:
            self._pick_up(call)

    def _pick_up(self, call: FakeCall) -> None:
        call.auto_answer = False
        self._set_state(call, CallState.CONNECTING, 200, "OK")
        self._connect(call)

    def _post_test_levels(self) -> None:
        phase = (time.monotonic() * 3) % 1.0
        mic = phase if self.audio_test_mode == "loopback" else 0.0
        self.post(ev.AudioTestLevels(self.audio_test_mode, mic, 0.5 + phase / 2))

    def _end_audio_test(self, message: str = "") -> None:
        if not self.audio_test_mode:
            return
        self.audio_test_mode = ""
        self._audio_test_timer.stop()
        self.post(ev.AudioTestLevels("", 0.0, 0.0, message))

    def _post_devices(self) -> None:
        names = {device.name for device in self.devices}

        def chosen(name: str, default: str) -> str:
            return name if name in names else default

        capture = next((d.name for d in self.devices if d.can_capture), "")
        playback = next((d.name for d in self.devices if d.can_play), "")
        null = self.audio.null_device or not self.devices
        self.post(
            ev.AudioDevicesChanged(
                self.devices,
                "" if null else chosen(self.audio.input_name, capture),
                "" if null else chosen(self.audio.output_name, playback),
                "" if null else chosen(self.audio.ringer_name, playback),
                null,
                self.audio_warning,
            )
        )
