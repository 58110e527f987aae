"""GET /notes and GET /calls: the synced logs as supervisors and integrations read them."""

from __future__ import annotations

from pydantic import Field

from softphone.protocol.common import Timestamp, Uuid, WireModel


class NoteOut(WireModel):
    id: Uuid
    kind: str
    state: str
    revision: int
    agent: str
    created_at: Timestamp
    received_at: Timestamp
    updated_at: Timestamp
    customer_id: Uuid | None = None
    call_id: str = ""
    text: str = ""
    reason: str | None = None
    steps: list[str] = Field(default_factory=list)
    medical_possible: bool | None = None
    details: dict[str, str] = Field(default_factory=dict)
    review_state: str = "none"  # none | pending | confirmed | overturned | coached


class NotePage(WireModel):
    items: list[NoteOut]
    next: str | None = None  # pass as `before` for the next (older) page


class CallOut(WireModel):
    id: Uuid
    agent: str
    direction: str
    started_at: Timestamp
    answered_at: Timestamp | None = None
    ended_at: Timestamp | None = None
    duration: float | None = None  # seconds connected (answered → ended)
    sip_call_id: str = ""
    remote_uri: str = ""
    number: str = ""
    customer_id: Uuid | None = None
    end_reason: str = ""
    ended_by: str = ""
    disposition: str = ""


class CallPage(WireModel):
    items: list[CallOut]
    next: str | None = None
