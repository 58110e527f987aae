"""Store ↔ wire: outbox payloads to protocol events; server cards, flags, notes to records.

Outbound, a payload is `dataclasses.asdict(record)` plus "type" and "revision" (see
store/outbox.py). Values the protocol cannot carry are fitted rather than refused where
nothing of meaning is lost (an extension number is not E.164: the number is left out, the
remote URI keeps it); what cannot be fitted raises MappingError and the row is parked.
The desktop's agent name is not sent: the server attributes events to the token's agent.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, get_args

from pydantic import ValidationError

from softphone.core.records import (
    CallRecord,
    Customer,
    Flag,
    FlagKind,
    HistoryEntry,
    Note,
    NoteKind,
    NoteState,
    Reason,
)
from softphone.protocol import limits
from softphone.protocol.common import E164_PATTERN, LOCAL_ID_PATTERN
from softphone.protocol.customers import CustomerCard, FlagOut, HistoryItem
from softphone.protocol.events import CallEvent, EndedByWire, NoteEvent, RevealEvent
from softphone.protocol.logs import NoteOut
from softphone.sync.errors import MappingError

log = logging.getLogger("softphone.sync")

Event = CallEvent | NoteEvent | RevealEvent
_E164 = re.compile(E164_PATTERN)
_LOCAL_ID = re.compile(LOCAL_ID_PATTERN)
_DETAIL_KEY_BAD = re.compile(r"[^A-Za-z0-9_.-]")
_ENDED_BY = set(get_args(EndedByWire))
_MAX_REVISION = 2**31 - 1


# -- outbound: outbox payload → event --------------------------------------------------


def to_event(kind: str, payload: Mapping[str, Any]) -> Event:
    """The wire event for one outbox payload; MappingError when it cannot be sent."""
    try:
        if kind == "note":
            return _note_event(payload)
        if kind == "call":
            return _call_event(payload)
        if kind == "reveal":
            return _reveal_event(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise MappingError(f"{kind} cannot be sent: {where}: {first.get('msg', '')}") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise MappingError(f"{kind} cannot be sent: {type(exc).__name__}: {exc}") from None
    raise MappingError(f"unknown outbox kind {kind[:20]!r}")


def _uuid(value: Any, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise ValueError(f"{what} {str(value)[:40]!r} is not a UUID") from None


def _optional_uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None  # a local-only id the server cannot link to anything


def _time(value: Any) -> datetime | None:
    """ISO 8601 → aware UTC datetime ('' → None; naive means UTC, as in the store)."""
    if not value:
        return None
    moment = datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _required_time(value: Any, what: str) -> datetime:
    moment = _time(value)
    if moment is None:
        raise ValueError(f"{what} is missing")
    return moment


def _fit(value: Any, size: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= size else text[:size]


def _revision(value: Any) -> int:
    return max(0, min(_MAX_REVISION, int(value or 0)))


def _steps(values: Any) -> list[str]:
    steps = [_fit(s, limits.MAX_STEP_CHARS) for s in values or () if str(s)]
    return steps[: limits.MAX_STEPS]


def _details(values: Mapping[str, Any] | None) -> dict[str, str]:
    fitted: dict[str, str] = {}
    for key, value in (values or {}).items():
        name = _DETAIL_KEY_BAD.sub("_", str(key))[: limits.MAX_DETAIL_KEY_CHARS] or "_"
        if len(fitted) >= limits.MAX_DETAILS:
            break
        fitted[name] = _fit(value, limits.MAX_DETAIL_VALUE_CHARS)
    return fitted


def _note_event(p: Mapping[str, Any]) -> NoteEvent:
    text = str(p.get("text") or "")
    if len(text) > limits.MAX_TEXT_CHARS:
        log.warning(
            "note %s: text of %d characters cut to %d for the server (kept whole here)",
            p.get("id"),
            len(text),
            limits.MAX_TEXT_CHARS,
        )
        text = text[: limits.MAX_TEXT_CHARS]
    reason = p.get("reason") or None
    call_id = str(p.get("call_id") or "")
    if len(call_id) > limits.MAX_ID_CHARS or not _LOCAL_ID.match(call_id):
        call_id = ""
    return NoteEvent(
        id=_uuid(p["id"], "note id"),
        kind=p["kind"],
        created_at=_required_time(p.get("created_at"), "created_at"),
        state=p.get("state") or "completed",
        revision=_revision(p.get("revision")),
        customer_id=_optional_uuid(p.get("customer_id")),
        call_id=call_id,
        text=text,
        reason=reason if reason in set(Reason) else None,
        steps=_steps(p.get("steps")),
        medical_possible=p.get("medical_possible"),
        details=_details(p.get("details")),
    )


def _call_event(p: Mapping[str, Any]) -> CallEvent:
    number = str(p.get("number") or "")
    ended_by = str(p.get("ended_by") or "")
    return CallEvent(
        id=_uuid(p["id"], "call id"),
        direction=p["direction"],
        started_at=_required_time(p.get("started_at"), "started_at"),
        sip_call_id=_fit(p.get("sip_call_id"), limits.MAX_URI_CHARS),
        remote_uri=_fit(p.get("remote_uri"), limits.MAX_URI_CHARS),
        number=number if _E164.match(number) else "",
        customer_id=_optional_uuid(p.get("customer_id")),
        answered_at=_time(p.get("answered_at")),
        ended_at=_time(p.get("ended_at")),
        end_reason=_fit(p.get("end_reason"), limits.MAX_SHORT_CHARS),
        ended_by=ended_by if ended_by in _ENDED_BY else "",  # type: ignore[arg-type]
        disposition=_fit(p.get("disposition"), limits.MAX_SHORT_CHARS),
    )


def _reveal_event(p: Mapping[str, Any]) -> RevealEvent:
    return RevealEvent(
        id=_uuid(p["id"], "reveal id"),
        customer_id=_uuid(p["customer_id"], "customer id"),
        at=_required_time(p.get("at"), "at"),
        fields=[_fit(f, limits.MAX_SHORT_CHARS) for f in p.get("fields") or ()],
        reason=_fit(p.get("reason"), limits.MAX_SHORT_CHARS),
    )


# -- inbound: server → local cache records -----------------------------------------------


def iso(moment: datetime | None) -> str:
    """The store's timestamp format ('' for None)."""
    if moment is None:
        return ""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def flag_from_wire(flag: FlagOut) -> Flag:
    return Flag(
        kind=FlagKind(flag.kind),
        instruction=flag.instruction,
        count=flag.count,
        last_at=iso(flag.last_at),
        expires_at=iso(flag.expires_at),
        set_by=flag.set_by,
    )


def customer_from_card(card: CustomerCard, keep_flags: tuple[Flag, ...] | None = None) -> Customer:
    """A cache record; `keep_flags` replaces the card's flags (the changes feed sends cards
    without flags: those arrive as flag changes of their own)."""
    return Customer(
        id=str(card.id),
        number=card.number,
        name=card.name,
        language=card.language,
        segment=card.segment,
        phones=tuple(dict.fromkeys(p for p in card.phones if _E164.match(p))),
        email=card.email,
        address=card.address,
        notes=card.notes,
        flags=keep_flags if keep_flags is not None else tuple(map(flag_from_wire, card.flags)),
        updated_at=iso(card.updated_at),
    )


def note_from_wire(note: NoteOut) -> Note | None:
    """Another desktop's note for the history cache; None for kinds this version lacks."""
    try:
        kind, state = NoteKind(note.kind), NoteState(note.state)
    except ValueError:
        return None
    reason = note.reason if note.reason in set(Reason) else None
    return Note(
        id=str(note.id),
        kind=kind,
        agent=note.agent,
        created_at=iso(note.created_at),
        customer_id=str(note.customer_id) if note.customer_id else "",
        call_id=note.call_id,
        text=note.text,
        reason=Reason(reason) if reason else None,
        state=state,
        steps=tuple(note.steps),
        medical_possible=note.medical_possible,
        details=dict(note.details),
    )


def history_records(card: CustomerCard) -> tuple[list[CallRecord], list[Note]]:
    """The card's history lines as cache records (what the local history view reads)."""
    calls: list[CallRecord] = []
    notes: list[Note] = []
    customer_id = str(card.id)
    for item in card.history:
        if item.kind == "call":
            calls.append(_call_from_history(customer_id, item))
        else:
            notes.append(
                Note(
                    id=str(item.id),
                    kind=NoteKind(item.kind),
                    agent=item.agent,
                    created_at=iso(item.when),
                    customer_id=customer_id,
                    text=item.text,
                    reason=Reason(item.outcome) if item.outcome in set(Reason) else None,
                )
            )
    return calls, notes


def _call_from_history(customer_id: str, item: HistoryItem) -> CallRecord:
    answered = ended = ""
    if item.duration > 0:
        answered = iso(item.when)
        ended = iso(item.when + timedelta(seconds=item.duration))
    return CallRecord(
        id=str(item.id),
        direction=item.direction or "inbound",
        agent=item.agent,
        started_at=iso(item.when),
        customer_id=customer_id,
        answered_at=answered,
        ended_at=ended,
        end_reason=item.outcome,
        disposition=item.text,
    )


def history_entry(item: HistoryItem) -> HistoryEntry:
    """A wire history line as the card lists it (for callers that skip the cache)."""
    return HistoryEntry(
        id=str(item.id),
        when=iso(item.when),
        agent=item.agent,
        kind=item.kind,
        direction=item.direction,
        duration=item.duration,
        outcome=item.outcome,
        text=item.text,
        critical=item.critical,
    )
