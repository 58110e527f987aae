"""Every setting declared once: key, type, default, help, and whether IT may provision it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from softphone.core.models import Transport

OptionValue = str | int | float | bool


@dataclass(frozen=True)
class Option:
    key: str  # "section.name", as in the provisioning TOML ([section] name = ...)
    type: type
    default: OptionValue
    help: str
    provisionable: bool = True  # IT may set (and so lock) it in the provisioning file
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    @property
    def section(self) -> str:
        return self.key.partition(".")[0]

    @property
    def name(self) -> str:
        return self.key.partition(".")[2]

    def coerce(self, value: Any) -> OptionValue:
        """Check and convert a value from TOML/JSON; raises ValueError with a clear reason."""
        if self.type is bool:
            if isinstance(value, bool):
                return value
            raise ValueError(f"expected true or false, got {value!r}")
        if self.type is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"expected a whole number, got {value!r}")
            result: OptionValue = value
        elif self.type is float:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"expected a number, got {value!r}")
            result = float(value)
            if not math.isfinite(result):  # TOML allows nan and inf
                raise ValueError(f"expected a finite number, got {value!r}")
        else:
            if not isinstance(value, str):
                raise ValueError(f"expected a string, got {value!r}")
            if "\x00" in value:
                raise ValueError("contains a NUL character")
            result = value.strip()
            if self.choices:
                # IT writes "UDP" as often as "udp": the choices are lower case.
                result = result.lower()
                if result not in self.choices:
                    raise ValueError(f"expected one of {', '.join(self.choices)}, got {value!r}")
        if isinstance(result, int | float) and not isinstance(result, bool):
            if self.minimum is not None and result < self.minimum:
                raise ValueError(f"must be at least {self.minimum:g}, got {result!r}")
            if self.maximum is not None and result > self.maximum:
                raise ValueError(f"must be at most {self.maximum:g}, got {result!r}")
        return result


LANGUAGES = ("en", "it", "de", "ru", "zh")

_DECLARED = [
    # SIP account (the password is never an option: it lives in the OS keychain)
    Option(
        "sip.domain", str, "", "SIP domain, also the registrar host unless sip.registrar is set"
    ),
    Option("sip.registrar", str, "", "Registrar URI, e.g. sip:pbx.example.com:5060"),
    Option(
        "sip.transport",
        str,
        Transport.UDP.value,
        "Signalling transport",
        choices=tuple(t.value for t in Transport),
    ),
    Option("sip.proxy", str, "", "Outbound proxy URI (optional)"),
    Option("sip.username", str, "", "SIP user / extension", provisionable=False),
    Option("sip.auth_username", str, "", "Authentication user, if not the SIP user"),
    Option("sip.display_name", str, "", "Name shown to people you call", provisionable=False),
    Option("sip.register", bool, True, "Register with the registrar (off: direct calls only)"),
    Option("sip.expires", int, 300, "Registration expiry in seconds", minimum=30, maximum=86400),
    Option("sip.local_port", int, 0, "Local SIP port (0: any free port)", minimum=0, maximum=65535),
    Option("sip.trace", bool, False, "Write a SIP message trace to the log directory"),
    Option("sip.bind_address", str, "", "Bind SIP and RTP to this address (empty: all)"),
    # Calls
    Option("calls.supervisor_uri", str, "", "Where 'Escalate to supervisor' transfers the caller"),
    Option("calls.auto_answer", bool, False, "Answer incoming calls automatically"),
    Option(
        "calls.auto_answer_delay",
        float,
        0.0,
        "Seconds to ring before auto-answering",
        minimum=0,
        maximum=60,
    ),
    Option("calls.default_region", str, "IT", "Region for numbers without a country code (ISO)"),
    Option(
        "calls.dial_links_at_once",
        bool,
        False,
        "Call a clicked tel:/sip: link at once (otherwise it waits in the dial field)",
    ),
    # Audio
    Option("audio.input", str, "", "Microphone device name (empty: system default)", False),
    Option("audio.output", str, "", "Speaker/headset device name (empty: system default)", False),
    Option("audio.ringer", str, "", "Ringer device name (empty: same as output)", False),
    Option("audio.null_device", bool, False, "Use no sound device (headless)"),
    Option(
        "audio.ring_on_headset_too",
        bool,
        False,
        "Ring on the headset as well as on the ringer device",
    ),
    Option(
        "audio.echo_cancellation",
        str,
        "auto",
        "Echo cancellation (auto: chosen by the kind of device)",
        choices=("auto", "on", "off"),
    ),
    Option("audio.noise_suppression", bool, True, "Suppress background noise from the microphone"),
    # Critical situation
    Option(
        "critical.guard_seconds",
        float,
        0.0,
        "Seconds after answering during which the Critical situation button stays disabled",
        minimum=0,
        maximum=30,
    ),
    Option(
        "critical.recovery_seconds",
        int,
        60,
        "Seconds the agent stays 'not ready' after a critical ending (0: off)",
        minimum=0,
        maximum=900,
    ),
    Option("critical.shortcut", str, "Ctrl+Shift+X", "Keyboard shortcut of Critical situation"),
    # General
    Option("general.language", str, "en", "Default language of prompts and UI", choices=LANGUAGES),
    Option("general.server_url", str, "", "Sync server URL, e.g. https://softphone.example.com"),
    Option(
        "general.server_ca_file",
        str,
        "",
        "Extra CA bundle (PEM) to trust for the sync server, e.g. a private CA; "
        "the OS trust store is always used",
    ),
    Option("general.agent_name", str, "", "Agent name recorded in notes", provisionable=False),
    # Headset buttons (USB HID telephony)
    Option("headset.hid_enabled", bool, True, "Answer, hang up and mute with the headset buttons"),
    Option(
        "headset.device",
        str,
        "",
        "Headset for call buttons, by product name (empty: the first one found)",
        provisionable=False,
    ),
]

OPTIONS: dict[str, Option] = {option.key: option for option in _DECLARED}


def option(key: str) -> Option:
    try:
        return OPTIONS[key]
    except KeyError:
        raise KeyError(f"unknown option {key!r}") from None
