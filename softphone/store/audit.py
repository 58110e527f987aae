"""Audit of VIP reveals: who unmasked which private fields of whom, why and when."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from softphone.store import outbox
from softphone.store.db import Db, clean, iso

# The fields a card masks for a VIP; a reveal names some of them.
MASKABLE = ("phones", "email", "address", "notes")


@dataclass(frozen=True)
class Reveal:
    id: str  # UUID
    customer_id: str
    agent: str
    fields: tuple[str, ...]
    reason: str
    at: str  # ISO 8601 UTC


def record_reveal(
    db: Db,
    customer_id: str,
    agent: str,
    fields: tuple[str, ...],
    reason: str,
    *,
    now: datetime,
) -> Reveal:
    """Store the reveal and queue it for the server in one durable transaction.

    Raises ValueError without a reason or with a field that is not maskable: the card
    asks for both before it unmasks anything.
    """
    reason = clean(reason).strip()
    if not reason:
        raise ValueError("a reason is required to reveal a VIP's private data")
    unknown = [f for f in fields if f not in MASKABLE]
    if unknown or not fields:
        raise ValueError(f"fields to reveal must be some of {MASKABLE}, not {tuple(fields)}")
    reveal = Reveal(
        id=str(uuid.uuid4()),
        customer_id=clean(customer_id),
        agent=clean(agent),
        fields=tuple(dict.fromkeys(fields)),
        reason=reason,
        at=iso(now),
    )
    with db.transaction(durable=True):
        db.execute(
            "INSERT INTO reveals (id, customer_id, agent, fields, reason, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                reveal.id,
                reveal.customer_id,
                reveal.agent,
                json.dumps(list(reveal.fields)),
                reveal.reason,
                reveal.at,
            ],
        )
        outbox.enqueue(db, "reveal", reveal.id, outbox.payload_json(reveal, "reveal", 1), now=now)
    return reveal


def reveals_for(db: Db, customer_id: str) -> list[Reveal]:
    """The customer's reveals, newest first."""
    return [
        Reveal(
            id=r["id"],
            customer_id=r["customer_id"],
            agent=r["agent"],
            fields=tuple(json.loads(r["fields"])),
            reason=r["reason"],
            at=r["at"],
        )
        for r in db.rows(
            "SELECT * FROM reveals WHERE customer_id = ? ORDER BY at DESC", [customer_id]
        )
    ]
