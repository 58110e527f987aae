"""GET /changes?since=CURSOR: customers, flags and notes changed after a cursor, in order."""

from __future__ import annotations

from pydantic import Field

from softphone.protocol.common import Uuid, WireModel
from softphone.protocol.customers import CustomerCard, FlagOut
from softphone.protocol.logs import NoteOut


class FlagChange(WireModel):
    """A flag set, changed or cleared (active false) on a customer."""

    customer_id: Uuid
    active: bool
    flag: FlagOut


class ChangesPage(WireModel):
    cursor: str = Field(
        description="Opaque; pass it as `since` next time (store it after applying)"
    )
    has_more: bool = Field(description="True: ask again at once with the new cursor")
    customers: list[CustomerCard] = Field(default_factory=list)
    flags: list[FlagChange] = Field(default_factory=list)
    notes: list[NoteOut] = Field(default_factory=list)
