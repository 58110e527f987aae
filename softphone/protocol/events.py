"""POST /events: a batch of calls, notes and reveals from one agent, answered per item."""

from __future__ import annotations

import enum
from typing import Annotated, Literal, Self

from pydantic import Field, StrictBool, StrictInt, model_validator

from softphone.protocol import limits
from softphone.protocol.common import (
    AgentName,
    Details,
    E164OrEmpty,
    LocalId,
    ShortText,
    StepText,
    Text,
    Timestamp,
    UriText,
    Uuid,
    WireModel,
)

NoteKindWire = Literal["critical", "wrapup", "manual"]
NoteStateWire = Literal["started", "completed", "interrupted"]
ReasonWire = Literal["insults", "shouting", "refuses_to_cooperate", "threats", "other"]
DirectionWire = Literal["inbound", "outbound"]
EndedByWire = Literal["local", "remote", "error", ""]

# How far a note's state has come: a resend may move it forward, never back.
STATE_RANK: dict[str, int] = {"started": 0, "interrupted": 1, "completed": 2}


class CallEvent(WireModel):
    """One call leg as the desktop recorded it (core.records.CallRecord)."""

    id: Uuid = Field(description="UUID chosen by the desktop: the idempotency key")
    direction: DirectionWire
    started_at: Timestamp
    agent: AgentName | None = Field(
        default=None, description="If given, must be the token's agent; else 403"
    )
    sip_call_id: UriText = ""
    remote_uri: UriText = ""
    number: E164OrEmpty = ""
    customer_id: Uuid | None = None
    answered_at: Timestamp | None = None
    ended_at: Timestamp | None = None
    end_reason: ShortText = ""
    ended_by: EndedByWire = ""
    disposition: ShortText = ""

    @model_validator(mode="after")
    def _times_in_order(self) -> Self:
        if self.answered_at is not None and self.answered_at < self.started_at:
            raise ValueError("answered_at is before started_at")
        if self.ended_at is not None and self.ended_at < self.started_at:
            raise ValueError("ended_at is before started_at")
        return self


class NoteEvent(WireModel):
    """A note (core.records.Note); resent with a higher state or revision to update it."""

    id: Uuid = Field(description="UUID chosen by the desktop: the idempotency key")
    kind: NoteKindWire
    created_at: Timestamp
    state: NoteStateWire = "completed"
    revision: Annotated[StrictInt, Field(ge=0, le=2**31 - 1)] = Field(
        default=0, description="Bumped by the desktop on each edit of the same state"
    )
    agent: AgentName | None = Field(
        default=None, description="If given, must be the token's agent; else 403"
    )
    customer_id: Uuid | None = None
    call_id: LocalId = ""
    text: Text = ""
    reason: ReasonWire | None = None
    steps: Annotated[list[StepText], Field(max_length=limits.MAX_STEPS)] = Field(
        default_factory=list
    )
    medical_possible: StrictBool | None = None
    details: Details = Field(default_factory=dict)


class RevealEvent(WireModel):
    """The agent unmasked private fields of a customer (VIP); audited on the server."""

    id: Uuid
    customer_id: Uuid
    at: Timestamp
    fields: Annotated[
        list[Annotated[ShortText, Field(min_length=1)]],
        Field(min_length=1, max_length=limits.MAX_REVEAL_FIELDS),
    ]
    reason: Annotated[ShortText, Field(min_length=1)]
    agent: AgentName | None = None


class EventBatch(WireModel):
    """What the outbox pusher sends; at most MAX_BATCH_ITEMS items in all."""

    calls: list[CallEvent] = Field(default_factory=list)
    notes: list[NoteEvent] = Field(default_factory=list)
    reveals: list[RevealEvent] = Field(default_factory=list)

    @model_validator(mode="after")
    def _bounded(self) -> Self:
        total = len(self.calls) + len(self.notes) + len(self.reveals)
        if total > limits.MAX_BATCH_ITEMS:
            raise ValueError(
                f"{total} items in one batch; at most {limits.MAX_BATCH_ITEMS} are accepted"
            )
        return self

    @property
    def size(self) -> int:
        return len(self.calls) + len(self.notes) + len(self.reveals)


class ItemStatus(enum.StrEnum):
    ACCEPTED = "accepted"  # stored for the first time
    UPDATED = "updated"  # known; the resend moved it forward (state, revision, end time)
    DUPLICATE = "duplicate"  # known; nothing new: the client may mark it synced
    REJECTED = "rejected"  # not stored; `code` and `reason` say why (do not resend as is)


class ItemResult(WireModel):
    kind: Literal["call", "note", "reveal"]
    id: Uuid
    status: ItemStatus
    code: int = Field(description="HTTP-like status of this item: 200, 201, 403, 409, 422")
    reason: str = ""

    @property
    def synced(self) -> bool:
        """True when the client may drop the item from its outbox."""
        return self.status is not ItemStatus.REJECTED or self.code in (403, 409, 422)


class BatchResult(WireModel):
    results: list[ItemResult]
    accepted: int = 0
    updated: int = 0
    duplicate: int = 0
    rejected: int = 0
