"""A critical situation's timeline from its note and call: answered, warnings, farewell, end."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from softphone.server.models import Call, Note

STEP_LABELS = {
    "warning1": "Warning 1 played (abuse does not help)",
    "warning2": "Warning 2 played (the call will be ended)",
    "farewell": "Farewell started",
}
PLAYED_KEYS = ("farewell_played_ms", "played_ms")
HUNG_UP_KEYS = ("hung_up_by", "who_hung_up")
STATUS_KEYS = ("sip_status", "status")


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime | None
    label: str
    detail: str = ""
    offset: str = ""  # "+12.3 s" from the first timed event


def find_call(session: Session, note: Note) -> Call | None:
    try:
        return session.get(Call, uuid.UUID(note.call_id)) if note.call_id else None
    except ValueError:
        return None


def _step_event(step: str, answered: datetime | None) -> TimelineEvent:
    name, _, when = step.partition("@")
    label = STEP_LABELS.get(name, f"Step {name}")
    at: datetime | None = None
    try:
        at = datetime.fromisoformat(when) if when else None
        if at is not None and at.tzinfo is None:
            at = None
    except ValueError:
        try:  # "warning1@12.3": seconds after the answer
            at = answered + timedelta(seconds=float(when)) if answered else None
        except ValueError:
            at = None
    return TimelineEvent(at, label, "" if at else when)


def first_detail(details: dict[str, object], keys: tuple[str, ...]) -> str:
    for key in keys:
        value = details.get(key)
        if value not in (None, ""):
            return str(value)
    return ""


def build(note: Note, call: Call | None) -> list[TimelineEvent]:
    details = dict(note.details or {})
    answered = call.answered_at if call else None
    events: list[TimelineEvent] = []
    if call is not None:
        events.append(TimelineEvent(call.started_at, f"Call {call.direction} started"))
        if answered:
            events.append(TimelineEvent(answered, "Answered"))
    events += [_step_event(step, answered) for step in note.steps or []]
    played = first_detail(details, PLAYED_KEYS)
    if played:
        events.append(TimelineEvent(None, "Farewell played", f"{played} ms"))
    if str(details.get("farewell_missing", "")).lower() in ("1", "true", "yes"):
        events.append(TimelineEvent(None, "Farewell missing", "no prompt in any language"))
    who = first_detail(details, HUNG_UP_KEYS) or _who_from_call(call)
    status = first_detail(details, STATUS_KEYS) or (call.end_reason if call else "")
    end_at = call.ended_at if call and call.ended_at else None
    if end_at or who or status or note.state != "started":
        parts = [f"by {who}" if who else "", f"SIP {status}" if status else ""]
        events.append(TimelineEvent(end_at, "Hang-up", ", ".join(p for p in parts if p)))
    if note.state == "interrupted":
        events.append(TimelineEvent(None, "Interrupted", "the app stopped before completion"))
    return _with_offsets(events)


def _who_from_call(call: Call | None) -> str:
    if call is None or not call.ended_by:
        return ""
    return {"local": "agent", "remote": "caller"}.get(call.ended_by, call.ended_by)


def _with_offsets(events: list[TimelineEvent]) -> list[TimelineEvent]:
    timed = sorted((e for e in events if e.at), key=lambda e: e.at or datetime.min)
    untimed = [e for e in events if not e.at]
    if not timed:
        return untimed
    start = timed[0].at
    assert start is not None
    out = [
        TimelineEvent(
            e.at, e.label, e.detail, f"+{((e.at or start) - start).total_seconds():.1f} s"
        )
        for e in timed
    ]
    hang_up = [i for i, e in enumerate(out) if e.label == "Hang-up"]
    insert_at = hang_up[0] if hang_up else len(out)
    return out[:insert_at] + untimed + out[insert_at:]
