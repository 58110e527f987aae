"""GET /customers/lookup: the customer card with its flags and recent history."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from softphone.protocol.common import Timestamp, Uuid, WireModel

FlagKindWire = Literal["abusive", "banned", "at_risk", "needs_interpreter", "accessibility", "vip"]


class FlagOut(WireModel):
    kind: FlagKindWire
    instruction: str = ""
    count: int = 0
    last_at: Timestamp | None = None
    expires_at: Timestamp | None = None
    set_by: str = ""
    updated_at: Timestamp


class HistoryItem(WireModel):
    """One line of the card's history: a call or a note, from any agent."""

    id: Uuid
    when: Timestamp
    agent: str
    kind: Literal["call", "critical", "wrapup", "manual"]
    direction: str = ""
    duration: float = 0.0
    outcome: str = ""
    text: str = ""
    critical: bool = False


class CustomerCard(WireModel):
    id: Uuid
    number: str = ""
    name: str = ""
    language: str = ""
    segment: str = ""
    phones: list[str] = Field(default_factory=list)
    email: str = ""
    address: str = ""
    notes: str = ""
    flags: list[FlagOut] = Field(default_factory=list)
    updated_at: Timestamp
    history: list[HistoryItem] = Field(default_factory=list)


class LookupResult(WireModel):
    """Every customer holding the number (usually one), newest history first."""

    phone: str
    customers: list[CustomerCard]
