"""Agents (bearer tokens, hash only) and supervisors (argon2): created by the admin CLI."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from softphone.core.errors import KnownError
from softphone.protocol.common import AGENT_NAME_PATTERN
from softphone.server import audit
from softphone.server.models import Agent, Supervisor
from softphone.server.security import Passwords, new_agent_token, token_hash

ROLES = ("agent", "integration")
MIN_PASSWORD = 10


@dataclass(frozen=True)
class Principal:
    """Who is calling: an agent or integration (bearer token) or a supervisor (session)."""

    name: str
    role: str  # agent | integration | supervisor

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"


def check_name(name: str) -> str:
    if not re.fullmatch(AGENT_NAME_PATTERN, name):
        raise KnownError(
            f"{name!r} is not a valid name: 1-64 letters, digits, '.', '_', '@' or '-'"
        )
    return name


def add_agent(session: Session, name: str, *, role: str = "agent", actor: str = "cli") -> str:
    """Create the agent (or re-enable a revoked one) and return its new token."""
    check_name(name)
    if role not in ROLES:
        raise KnownError(f"role must be one of {', '.join(ROLES)}")
    token = new_agent_token()
    agent = session.scalars(select(Agent).where(Agent.name == name)).one_or_none()
    if agent is not None and agent.revoked_at is None:
        raise KnownError(f"agent {name!r} already exists; revoke it first to issue a new token")
    if agent is None:
        agent = Agent(name=name, role=role, token_hash=token_hash(token))
        session.add(agent)
    else:
        agent.token_hash, agent.role, agent.revoked_at = token_hash(token), role, None
    audit.record(session, actor, "agent.add", name, detail=f"role={role}")
    return token


def revoke_agent(session: Session, name: str, *, actor: str = "cli") -> bool:
    agent = session.scalars(select(Agent).where(Agent.name == name)).one_or_none()
    if agent is None or agent.revoked_at is not None:
        return False
    agent.revoked_at = datetime.now(UTC)
    audit.record(session, actor, "agent.revoke", name)
    return True


def list_agents(session: Session) -> list[Agent]:
    return list(session.scalars(select(Agent).order_by(Agent.name)))


def agent_names(session: Session) -> list[str]:
    return list(session.scalars(select(Agent.name).order_by(Agent.name)))


def authenticate(session: Session, token: str) -> Principal | None:
    if not token or len(token) > 200:
        return None
    agent = session.scalars(
        select(Agent).where(Agent.token_hash == token_hash(token), Agent.revoked_at.is_(None))
    ).one_or_none()
    return Principal(agent.name, agent.role) if agent is not None else None


def add_supervisor(
    session: Session, name: str, password: str, passwords: Passwords, *, actor: str = "cli"
) -> None:
    check_name(name)
    if len(password) < MIN_PASSWORD:
        raise KnownError(f"the password must have at least {MIN_PASSWORD} characters")
    if session.scalars(select(Supervisor).where(Supervisor.name == name)).first() is not None:
        raise KnownError(f"supervisor {name!r} already exists")
    session.add(Supervisor(name=name, password_hash=passwords.hash(password)))
    audit.record(session, actor, "supervisor.add", name)
