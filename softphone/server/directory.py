"""Customers, their phones, flags and history: the card agents see and supervisors edit."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from softphone.protocol.customers import CustomerCard, FlagOut, HistoryItem, LookupResult
from softphone.server import changefeed
from softphone.server.models import Call, Customer, CustomerPhone, Flag, Note

FLAG_KINDS = ("abusive", "banned", "at_risk", "needs_interpreter", "accessibility", "vip")


def flag_out(flag: Flag) -> FlagOut:
    return FlagOut(
        kind=flag.kind,  # type: ignore[arg-type]
        instruction=flag.instruction,
        count=flag.count,
        last_at=flag.last_at,
        expires_at=flag.expires_at,
        set_by=flag.set_by,
        updated_at=flag.updated_at,
    )


def is_live(flag: Flag, now: datetime) -> bool:
    return flag.active and (flag.expires_at is None or flag.expires_at > now)


def live_flags(session: Session, customer_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Flag]]:
    now = datetime.now(UTC)
    found: dict[uuid.UUID, list[Flag]] = {cid: [] for cid in customer_ids}
    if not customer_ids:
        return found
    stmt = select(Flag).where(Flag.customer_id.in_(list(customer_ids))).order_by(Flag.kind)
    for flag in session.scalars(stmt):
        if is_live(flag, now):
            found[flag.customer_id].append(flag)
    return found


def card(
    customer: Customer, flags: Sequence[Flag] = (), history: Sequence[HistoryItem] = ()
) -> CustomerCard:
    return CustomerCard(
        id=customer.id,
        number=customer.number,
        name=customer.name,
        language=customer.language,
        segment=customer.segment,
        phones=[p.e164 for p in customer.phones],
        email=customer.email,
        address=customer.address,
        notes=customer.notes,
        flags=[flag_out(f) for f in flags],
        updated_at=customer.updated_at,
        history=list(history),
    )


def history(
    session: Session, customer_id: uuid.UUID, phones: Sequence[str], limit: int
) -> list[HistoryItem]:
    """Calls and notes of every agent about this customer, newest first."""
    notes = session.scalars(
        select(Note)
        .where(Note.customer_id == customer_id)
        .order_by(Note.created_at.desc())
        .limit(limit)
    ).all()
    call_match = Call.customer_id == customer_id
    if phones:
        call_match = or_(call_match, Call.number.in_(list(phones)))
    calls = session.scalars(
        select(Call).where(call_match).order_by(Call.started_at.desc()).limit(limit)
    ).all()
    items = [
        HistoryItem(
            id=n.id,
            when=n.created_at,
            agent=n.agent,
            kind=n.kind,  # type: ignore[arg-type]
            outcome=n.reason or "",
            text=n.text,
            critical=n.kind == "critical",
        )
        for n in notes
    ] + [
        HistoryItem(
            id=c.id,
            when=c.started_at,
            agent=c.agent,
            kind="call",
            direction=c.direction,
            duration=c.duration_s or 0.0,
            outcome=c.end_reason or c.ended_by,
            text=c.disposition,
        )
        for c in calls
    ]
    items.sort(key=lambda item: item.when, reverse=True)
    return items[:limit]


def lookup(session: Session, phone: str, history_limit: int) -> LookupResult:
    ids = session.scalars(
        select(CustomerPhone.customer_id).where(CustomerPhone.e164 == phone)
    ).all()
    customers = session.scalars(
        select(Customer).where(Customer.id.in_(ids)).order_by(Customer.updated_at.desc())
    ).all()
    flags = live_flags(session, [c.id for c in customers])
    cards = [
        card(c, flags[c.id], history(session, c.id, [p.e164 for p in c.phones], history_limit))
        for c in customers
    ]
    return LookupResult(phone=phone, customers=cards)


def get_card(session: Session, customer_id: uuid.UUID, history_limit: int) -> CustomerCard | None:
    customer = session.get(Customer, customer_id)
    if customer is None:
        return None
    phones = [p.e164 for p in customer.phones]
    flags = live_flags(session, [customer.id])[customer.id]
    return card(customer, flags, history(session, customer.id, phones, history_limit))


def search(session: Session, text: str, limit: int = 50) -> list[Customer]:
    """Customers whose number, name, e-mail or phone contains `text` (case-insensitive)."""
    text = text.strip()
    if not text:
        return list(
            session.scalars(select(Customer).order_by(Customer.updated_at.desc()).limit(limit))
        )
    try:
        exact = session.get(Customer, uuid.UUID(text))
    except ValueError:
        exact = None
    if exact is not None:
        return [exact]
    pattern = f"%{escape_like(text)}%"
    by_phone = select(CustomerPhone.customer_id).where(
        CustomerPhone.e164.like(pattern, escape="\\")
    )
    stmt = (
        select(Customer)
        .where(
            or_(
                Customer.number.ilike(pattern, escape="\\"),
                Customer.name.ilike(pattern, escape="\\"),
                Customer.email.ilike(pattern, escape="\\"),
                Customer.id.in_(by_phone),
            )
        )
        .order_by(Customer.name)
        .limit(limit)
    )
    return list(session.scalars(stmt))


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def set_flag(
    session: Session,
    customer_id: uuid.UUID,
    kind: str,
    *,
    instruction: str,
    expires_at: datetime | None,
    actor: str,
) -> Flag:
    """Set (or replace) a flag; agents get it through /changes at their next poll."""
    if kind not in FLAG_KINDS:
        raise ValueError(f"unknown flag kind {kind!r}")
    now = datetime.now(UTC)
    flag = session.scalars(
        select(Flag).where(Flag.customer_id == customer_id, Flag.kind == kind)
    ).one_or_none()
    if flag is None:
        flag = Flag(customer_id=customer_id, kind=kind, created_at=now, count=0)
        session.add(flag)
    flag.instruction = instruction
    flag.expires_at = expires_at
    flag.set_by = actor
    flag.active = True
    flag.last_at = now
    flag.updated_at = now
    flag.change_seq = changefeed.allocate(session, 1)[0]
    session.flush()
    return flag


def clear_flag(session: Session, customer_id: uuid.UUID, kind: str, *, actor: str) -> bool:
    flag = session.scalars(
        select(Flag).where(Flag.customer_id == customer_id, Flag.kind == kind)
    ).one_or_none()
    if flag is None or not flag.active:
        return False
    flag.active = False
    flag.set_by = actor
    flag.updated_at = datetime.now(UTC)
    flag.change_seq = changefeed.allocate(session, 1)[0]
    session.flush()
    return True
