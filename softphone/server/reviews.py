"""Supervisor review of critical endings: confirm, overturn or coach, with a comment."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from softphone.server import audit, changefeed
from softphone.server.ingest import refresh_abusive_flag
from softphone.server.models import Note, Review

DECISIONS = {"confirm": "confirmed", "overturn": "overturned", "coach": "coached"}
MAX_COMMENT = 2000


def review(
    session: Session, note_id: uuid.UUID, decision: str, comment: str, *, actor: str, ip: str
) -> Note | None:
    """Record a decision; an overturned ending stops counting on the caller's flag."""
    if decision not in DECISIONS:
        raise ValueError("decision must be confirm, overturn or coach")
    if len(comment) > MAX_COMMENT:
        raise ValueError(f"the comment is longer than {MAX_COMMENT} characters")
    note = session.get(Note, note_id, with_for_update=True)
    if note is None:
        return None
    now = datetime.now(UTC)
    before = note.review_state
    note.review_state = DECISIONS[decision]
    note.reviewed_by, note.reviewed_at, note.review_comment = actor, now, comment
    session.add(
        Review(note_id=note.id, supervisor=actor, decision=decision, comment=comment, at=now)
    )
    seqs = iter(changefeed.allocate(session, 2))
    note.change_seq = next(seqs)
    session.flush()
    if note.customer_id and "overturned" in (before, note.review_state):
        refresh_abusive_flag(session, note.customer_id, next(seqs), now)
    audit.record(
        session,
        actor,
        "note.review",
        str(note.id),
        detail=f"{before} → {note.review_state}: {comment}",
        ip=ip,
    )
    return note
