"""Enrolment codes: IT provisions a code on desks; each desk trades it once for a token.

Only a hash of a code is stored (like agent tokens). A code has a number of uses and an
expiry; enrolling consumes one use, creates the agent with a new token and audits who
enrolled which desk, when and from where. Refused codes count towards a per-address rate
limit kept in the database (the same table as the login limits), so brute force is slow
whichever instance answers.
"""

from __future__ import annotations

import logging
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from softphone.core.errors import KnownError
from softphone.protocol.enrolment import EnrolRequest, EnrolResult
from softphone.server import accounts, audit
from softphone.server.db import Database
from softphone.server.models import Agent, EnrolmentCode, LoginFailure
from softphone.server.security import token_hash
from softphone.server.settings import ServerSettings

log = logging.getLogger("softphone.server.auth")

CODE_PREFIX = "SPE"  # recognisable, like the spa_ prefix of agent tokens
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read out over the phone
GROUPS, GROUP_CHARS = 4, 5  # 20 characters of 5 bits: 100 random bits
MAX_USES = 100_000
MAX_DAYS = 365.0
DEFAULT_DAYS = 14.0


def new_code() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_CHARS))
    groups = [chars[i : i + GROUP_CHARS] for i in range(0, len(chars), GROUP_CHARS)]
    return "-".join([CODE_PREFIX, *groups])


def normalise_code(code: str) -> str:
    """Case, spaces and dashes do not matter: 'spe-7kq4m …' is 'SPE7KQ4M…'."""
    return "".join(c for c in code.upper() if c not in " -\t")


def code_hash(code: str) -> str:
    return token_hash(normalise_code(code))


# -- admin (CLI) ---------------------------------------------------------------------------


def add_enrolment(
    session: Session,
    *,
    uses: int = 1,
    expires_in_days: float = DEFAULT_DAYS,
    role: str = "agent",
    label: str = "",
    actor: str = "cli",
) -> tuple[str, EnrolmentCode]:
    """Create a code; returns (the code, shown only now; its row)."""
    if not 1 <= uses <= MAX_USES:
        raise KnownError(f"--uses must be between 1 and {MAX_USES}")
    if not 0 < expires_in_days <= MAX_DAYS:
        raise KnownError(f"--expires-in must be more than 0 and at most {MAX_DAYS:g} days")
    if role not in accounts.ROLES:
        raise KnownError(f"role must be one of {', '.join(accounts.ROLES)}")
    if len(label) > 200 or not label.isprintable():
        raise KnownError("the label must be printable text of at most 200 characters")
    code = new_code()
    now = datetime.now(UTC)
    row = EnrolmentCode(
        code_hash=code_hash(code),
        role=role,
        label=label,
        uses_total=uses,
        uses_left=uses,
        created_by=actor[:64],
        created_at=now,
        expires_at=now + timedelta(days=expires_in_days),
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "enrolment.add",
        f"enrolment #{row.id}",
        detail=f"role={role} uses={uses} expires={row.expires_at:%Y-%m-%d %H:%M} UTC {label}",
    )
    return code, row


def list_enrolments(session: Session) -> list[EnrolmentCode]:
    return list(session.scalars(select(EnrolmentCode).order_by(EnrolmentCode.id)))


def revoke_enrolment(session: Session, code_id: int, *, actor: str = "cli") -> bool:
    row = session.get(EnrolmentCode, code_id)
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = datetime.now(UTC)
    audit.record(session, actor, "enrolment.revoke", f"enrolment #{code_id}")
    return True


def state(row: EnrolmentCode, now: datetime | None = None) -> str:
    """active | expired | used | revoked, for listings."""
    now = now or datetime.now(UTC)
    if row.revoked_at is not None:
        return "revoked"
    if row.uses_left <= 0:
        return "used"
    if row.expires_at <= now:
        return "expired"
    return "active"


# -- POST /enrol -----------------------------------------------------------------------------


class EnrolRefused(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code  # the ErrorBody code
        self.message = message


class EnrolThrottled(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many refused enrolment codes; try again in {retry_after} s")
        self.retry_after = retry_after


def _refusal(row: EnrolmentCode | None, now: datetime) -> EnrolRefused | None:
    if row is None:
        return EnrolRefused(
            401,
            "enrolment_code_unknown",
            "the enrolment code is unknown (mistyped, or issued by another server)",
        )
    if row.revoked_at is not None:
        return EnrolRefused(
            410, "enrolment_code_revoked", "the enrolment code was revoked; ask IT for a new one"
        )
    if row.uses_left <= 0:
        return _used_up(row)
    if row.expires_at <= now:
        return EnrolRefused(
            410,
            "enrolment_code_expired",
            f"the enrolment code expired on {row.expires_at:%Y-%m-%d %H:%M} UTC; "
            "ask IT for a new one",
        )
    return None


def _used_up(row: EnrolmentCode) -> EnrolRefused:
    return EnrolRefused(
        410,
        "enrolment_code_used",
        f"the enrolment code has been used ({row.uses_total} of {row.uses_total} uses); "
        "ask IT for a new one",
    )


def _agent_exists(name: str, agent: Agent) -> EnrolRefused:
    if agent.revoked_at is not None:
        why = "was revoked; a supervisor must issue its token (softphone-server add-agent)"
    else:
        why = (
            "already has a token; enter that token, or ask a supervisor to revoke it "
            "(softphone-server revoke-agent) and enrol again"
        )
    return EnrolRefused(409, "agent_exists", f"the agent {name!r} {why}")


def enrol(db: Database, settings: ServerSettings, request: EnrolRequest, *, ip: str) -> EnrolResult:
    """Consume one use of the code and create the agent; EnrolRefused/EnrolThrottled."""
    now = datetime.now(UTC)
    window = timedelta(seconds=settings.login_window_s)
    ip_key = f"enrol-ip:{ip}"
    with db.reading() as session:
        failures = session.scalar(
            select(func.count()).where(LoginFailure.key == ip_key, LoginFailure.at >= now - window)
        )
    if (failures or 0) >= settings.enrol_max_failures_ip:
        raise EnrolThrottled(settings.login_window_s)
    wanted = code_hash(request.code)
    name = request.agent_name
    refused: EnrolRefused | None = None
    result: EnrolResult | None = None
    try:
        with db.writing() as session:
            session.execute(delete(LoginFailure).where(LoginFailure.at < now - window))
            row = session.scalars(
                select(EnrolmentCode).where(EnrolmentCode.code_hash == wanted)
            ).one_or_none()
            refused = _refusal(row, now)
            existing = session.scalars(select(Agent).where(Agent.name == name)).one_or_none()
            if refused is None and existing is not None:
                refused = _agent_exists(name, existing)
            elif refused is None and row is not None:
                # Atomic on both databases: two desks racing for the last use cannot both win.
                taken = session.execute(
                    update(EnrolmentCode)
                    .where(EnrolmentCode.id == row.id, EnrolmentCode.uses_left > 0)
                    .values(uses_left=EnrolmentCode.uses_left - 1, last_used_at=now)
                )
                if getattr(taken, "rowcount", 0) != 1:
                    refused = _used_up(row)
                else:
                    token = accounts.add_agent(session, name, role=row.role, actor=name)
                    audit.record(
                        session,
                        name,
                        "agent.enrol",
                        name,
                        detail=f"desk={request.desk} enrolment=#{row.id} role={row.role}",
                        ip=ip,
                    )
                    result = EnrolResult(agent_name=name, role=row.role, token=token)
            if refused is not None:
                if refused.code.startswith("enrolment_code_"):
                    session.add(LoginFailure(key=ip_key, at=now))
                audit.record(
                    session,
                    name,
                    "enrol.failed",
                    name,
                    detail=f"desk={request.desk} {refused.code}"
                    + (f" enrolment=#{row.id}" if row is not None else ""),
                    ip=ip,
                )
    except IntegrityError:  # the same agent name enrolled at the same moment elsewhere
        raise EnrolRefused(409, "agent_exists", f"the agent {name!r} already exists") from None
    if refused is not None:
        log.info(
            "enrolment refused (%s) for %s on %s from %s", refused.code, name, request.desk, ip
        )
        raise refused
    assert result is not None
    log.info("agent %s enrolled desk %s from %s", name, request.desk, ip)
    return result
