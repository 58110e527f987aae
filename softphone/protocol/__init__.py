"""Wire schemas of the sync protocol (/api/v1), shared by the sync client and the server."""

from __future__ import annotations

from softphone.protocol.changes import ChangesPage, FlagChange
from softphone.protocol.customers import CustomerCard, FlagOut, HistoryItem, LookupResult
from softphone.protocol.enrolment import EnrolRequest, EnrolResult
from softphone.protocol.errors import ErrorBody, ErrorDetail, ErrorInfo
from softphone.protocol.events import (
    BatchResult,
    CallEvent,
    EventBatch,
    ItemResult,
    ItemStatus,
    NoteEvent,
    RevealEvent,
)
from softphone.protocol.limits import API_PREFIX, API_VERSION
from softphone.protocol.logs import CallOut, CallPage, NoteOut, NotePage

__all__ = [
    "API_PREFIX",
    "API_VERSION",
    "BatchResult",
    "CallEvent",
    "CallOut",
    "CallPage",
    "ChangesPage",
    "CustomerCard",
    "EnrolRequest",
    "EnrolResult",
    "ErrorBody",
    "ErrorDetail",
    "ErrorInfo",
    "EventBatch",
    "FlagChange",
    "FlagOut",
    "HistoryItem",
    "ItemResult",
    "ItemStatus",
    "LookupResult",
    "NoteEvent",
    "NoteOut",
    "NotePage",
    "RevealEvent",
]
