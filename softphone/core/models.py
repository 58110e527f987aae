"""Domain models shared by every layer: account settings, call and registration states."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Transport(enum.StrEnum):
    UDP = "udp"
    TCP = "tcp"
    TLS = "tls"


class RegState(enum.StrEnum):
    """Where the account stands with its registrar."""

    UNCONFIGURED = "unconfigured"  # no account details entered yet
    REGISTERING = "registering"
    REGISTERED = "registered"
    RETRY_WAIT = "retry_wait"  # failed; a retry is scheduled (see retry_in)
    AUTH_FAILED = "auth_failed"  # wrong credentials; no retry until the details change
    FAILED = "failed"  # a permanent error (e.g. 403 Forbidden, bad URI); no retry
    DIRECT = "direct"  # no registrar (demo, peer-to-peer): ready to take calls
    OFFLINE = "offline"  # deliberately unregistered / shut down


class CallState(enum.StrEnum):
    INCOMING = "incoming"  # ringing here, not answered
    CALLING = "calling"  # outgoing INVITE sent, nothing back yet
    EARLY = "early"  # outgoing, remote is ringing (180/183)
    CONNECTING = "connecting"  # answered, waiting for ACK / media
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"


class Direction(enum.StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class EndedBy(enum.StrEnum):
    LOCAL = "local"
    REMOTE = "remote"
    ERROR = "error"


@dataclass(frozen=True)
class AccountConfig:
    """SIP account details as entered by the agent or provisioned by IT (no password)."""

    domain: str = ""  # SIP domain / registrar host[:port]
    username: str = ""
    display_name: str = ""
    transport: Transport = Transport.UDP
    registrar: str = ""  # registrar URI; defaults to sip:<domain>
    proxy: str = ""  # optional outbound proxy URI
    auth_username: str = ""  # defaults to username
    register: bool = True  # False: no REGISTER, direct (peer-to-peer) mode
    expires: int = 300  # registration expiry requested, seconds
    local_port: int = 0  # 0: any free port

    @property
    def is_complete(self) -> bool:
        return bool(self.domain and self.username)

    @property
    def aor(self) -> str:
        return f"sip:{self.username}@{self.domain}"

    @property
    def registrar_uri(self) -> str:
        if self.registrar:
            return self.registrar
        uri = f"sip:{self.domain}"
        if self.transport is not Transport.UDP:
            uri += f";transport={self.transport.value}"
        return uri

    def identity(self) -> tuple[str, ...]:
        """The fields whose change means 'new credentials': resets an auth failure."""
        return (
            self.domain,
            self.username,
            self.auth_username,
            self.transport.value,
            self.registrar,
            self.proxy,
        )


@dataclass(frozen=True)
class AudioDevice:
    """A sound device as pjsua2 reports it; chosen and persisted by name."""

    index: int
    name: str
    driver: str
    inputs: int
    outputs: int

    @property
    def can_capture(self) -> bool:
        return self.inputs > 0

    @property
    def can_play(self) -> bool:
        return self.outputs > 0


@dataclass(frozen=True)
class AudioPrefs:
    """Devices the agent chose, by name; empty string means the system default."""

    input_name: str = ""
    output_name: str = ""
    ringer_name: str = ""
    null_device: bool = False  # headless: no sound device at all
    ring_on_headset_too: bool = False  # ring on the ringer device AND the headset
    echo_cancellation: str = "auto"  # "auto" (by device class), "on", "off"
    noise_suppression: bool = True


@dataclass(frozen=True)
class CallInfo:
    """A snapshot of one call as the UI needs it."""

    call_id: str
    direction: Direction
    state: CallState
    remote_uri: str
    display_name: str = ""
    number: str = ""  # the caller's number from PAI / RPID / From (as received)
    sip_call_id: str = ""
    on_hold: bool = False
    muted: bool = False
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EngineOptions:
    """How the SIP engine runs; built from settings by the app layer."""

    auto_answer: bool = False
    auto_answer_delay: float = 0.0  # seconds
    sip_trace: bool = False  # write pjsip's SIP message trace to log_dir
    log_dir: str = ""
    bind_address: str = ""  # "" = all interfaces; tests and the demo use 127.0.0.1
    rtp_port: int = 0  # first RTP port (0 = pjsua default 4000); range of 1000 above it
    user_agent: str = ""
    no_network_shutdown: bool = False  # skip unregistration at shutdown (tests, demo)
    busy: bool = False  # reject new calls with 486 (agent not ready / recovery)
