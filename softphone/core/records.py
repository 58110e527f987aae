"""Customer, flag, call-record and note models: what the card, the store and sync exchange."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class FlagKind(enum.StrEnum):
    ABUSIVE = "abusive"
    BANNED = "banned"
    AT_RISK = "at_risk"
    NEEDS_INTERPRETER = "needs_interpreter"
    ACCESSIBILITY = "accessibility"
    VIP = "vip"


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    instruction: str = ""  # handling instruction shown on the card
    count: int = 0  # e.g. critical endings so far (abusive)
    last_at: str = ""  # ISO 8601 UTC of the last occurrence
    expires_at: str = ""  # ISO 8601 UTC; "" = no expiry
    set_by: str = ""


@dataclass(frozen=True)
class Customer:
    id: str  # UUID (server-assigned or created locally)
    number: str = ""  # the company's customer number
    name: str = ""
    language: str = ""  # ISO 639-1, e.g. "it"
    segment: str = ""
    phones: tuple[str, ...] = ()  # E.164
    email: str = ""
    address: str = ""
    notes: str = ""  # free text on the card
    flags: tuple[Flag, ...] = ()
    updated_at: str = ""

    def flag(self, kind: FlagKind) -> Flag | None:
        for flag in self.flags:
            if flag.kind is kind:
                return flag
        return None

    @property
    def is_vip(self) -> bool:
        return self.flag(FlagKind.VIP) is not None


class NoteKind(enum.StrEnum):
    CRITICAL = "critical"
    WRAPUP = "wrapup"
    MANUAL = "manual"


class NoteState(enum.StrEnum):
    STARTED = "started"  # written ahead, before the farewell plays
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"  # the app died between start and completion


class Reason(enum.StrEnum):
    """Why the call was ended (seed 003's list)."""

    INSULTS = "insults"
    SHOUTING = "shouting"
    REFUSES_TO_COOPERATE = "refuses_to_cooperate"
    THREATS = "threats"
    OTHER = "other"


@dataclass(frozen=True)
class Note:
    id: str  # UUID: the idempotency key all the way to the server
    kind: NoteKind
    agent: str
    created_at: str  # ISO 8601 UTC wall clock
    customer_id: str = ""
    call_id: str = ""  # our call record id
    text: str = ""
    reason: Reason | None = None
    state: NoteState = NoteState.COMPLETED
    steps: tuple[str, ...] = ()  # e.g. ("warning1@12.3", "warning2@40.1", "farewell@55.0")
    medical_possible: bool | None = None
    details: dict[str, str] = field(default_factory=dict)  # farewell ms, who hung up, SIP status


@dataclass(frozen=True)
class CallRecord:
    id: str  # UUID
    direction: str  # core.models.Direction value
    agent: str
    started_at: str
    sip_call_id: str = ""
    remote_uri: str = ""
    number: str = ""  # E.164 when known
    customer_id: str = ""
    answered_at: str = ""
    ended_at: str = ""
    end_reason: str = ""  # SIP status / reason text
    ended_by: str = ""  # core.models.EndedBy value
    disposition: str = ""  # wrap-up disposition


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a customer's history as the card lists it (calls and notes merged)."""

    id: str
    when: str  # ISO 8601 UTC
    agent: str
    kind: str  # "call" or a NoteKind value
    direction: str = ""
    duration: float = 0.0
    outcome: str = ""
    text: str = ""
    critical: bool = False
