"""Events the SIP engine reports: frozen, past-tense facts safe to pass between threads."""

from __future__ import annotations

from dataclasses import dataclass, field

from softphone.core.models import (
    AudioDevice,
    CallState,
    Direction,
    EndedBy,
    RegState,
)


@dataclass(frozen=True)
class SipEvent:
    """Base class of everything the engine reports."""


@dataclass(frozen=True)
class EngineStarted(SipEvent):
    """pjsua2 is up; describes the build so the UI and self-test can report it."""

    version: str
    local_address: str  # host:port of the SIP transport
    sound_devices: int  # 0 for the PyPI Linux wheel: null device only
    codecs: tuple[str, ...] = ()
    build: str = ""  # which pjsua2 build, e.g. "pjsua2-softphone 2.12.1+sp1 (our build: ...)"


@dataclass(frozen=True)
class EngineStopped(SipEvent):
    pass


@dataclass(frozen=True)
class EngineFailed(SipEvent):
    """Something in the engine failed; `message` is for people, `detail` for the log."""

    message: str
    detail: str = ""


@dataclass(frozen=True)
class RegistrationChanged(SipEvent):
    state: RegState
    code: int = 0  # SIP status code of the last REGISTER answer (0: none / transport error)
    reason: str = ""
    retry_in: float | None = None  # seconds until the next attempt (RETRY_WAIT)
    expires: int = 0


@dataclass(frozen=True)
class IncomingCall(SipEvent):
    call_id: str
    remote_uri: str
    display_name: str
    number: str  # from P-Asserted-Identity, else Remote-Party-ID, else From
    anonymous: bool
    sip_call_id: str
    auto_answer_after: float | None = None  # seconds, when the INVITE asks for it
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class OutgoingCallStarted(SipEvent):
    call_id: str
    remote_uri: str
    sip_call_id: str = ""


@dataclass(frozen=True)
class CallStateChanged(SipEvent):
    call_id: str
    state: CallState
    direction: Direction
    code: int = 0
    reason: str = ""
    ended_by: EndedBy | None = None  # set when DISCONNECTED
    duration: float = 0.0  # seconds connected, when DISCONNECTED


@dataclass(frozen=True)
class CallMediaChanged(SipEvent):
    call_id: str
    active: bool  # audio flowing both ways
    local_hold: bool = False
    remote_hold: bool = False
    muted: bool = False
    codec: str = ""


@dataclass(frozen=True)
class DtmfReceived(SipEvent):
    call_id: str
    digit: str


@dataclass(frozen=True)
class TransferProgress(SipEvent):
    call_id: str
    code: int
    reason: str
    final: bool


@dataclass(frozen=True)
class AudioDevicesChanged(SipEvent):
    devices: tuple[AudioDevice, ...]
    input_name: str  # device in use ("" = none / null device)
    output_name: str
    ringer_name: str
    null_device: bool
    warning: str = ""  # e.g. "headset not found, using the system default"


@dataclass(frozen=True)
class AudioDeviceLost(SipEvent):
    """A device the agent chose disappeared; audio moved on without dropping any call."""

    role: str  # "input", "output" or "ringer"
    name: str  # the device that vanished
    fallback: str  # the device now in use ("" = the system default / the speaker)


@dataclass(frozen=True)
class AudioDeviceReturned(SipEvent):
    """A chosen device that was lost is present again; the UI offers to switch back.

    Switching back is `set_audio(prefs)` with the agent's unchanged preferences.
    """

    role: str
    name: str


@dataclass(frozen=True)
class AudioTestLevels(SipEvent):
    """Levels during the audio test, 0.0-1.0, about ten times a second.

    mode "" is sent once when the test ends (stopped, failed or a call arrived).
    """

    mode: str  # "tone", "loopback" or ""
    mic: float
    speaker: float
    message: str = ""  # why the test ended early, when it did


@dataclass(frozen=True)
class CommandFailed(SipEvent):
    """A command from the UI could not be carried out; `message` is for the agent."""

    command: str
    message: str
    call_id: str = ""
    detail: str = ""


@dataclass(frozen=True)
class PromptFinished(SipEvent):
    """A prompt played into a call ended (EOF, stopped, or the call went away)."""

    call_id: str
    token: str
    played_ms: int
    completed: bool  # True: reached end of file
    extra: dict[str, str] = field(default_factory=dict)
