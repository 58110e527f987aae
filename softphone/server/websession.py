"""Supervisor sessions: argon2 login with rate limits, server-side sessions, CSRF tokens."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from softphone.server import audit
from softphone.server.db import Database
from softphone.server.models import LoginFailure, Supervisor, WebSession
from softphone.server.security import (
    Passwords,
    new_csrf_token,
    new_session_token,
    same_secret,
    token_hash,
)
from softphone.server.settings import ServerSettings

log = logging.getLogger("softphone.server.auth")

SESSION_COOKIE = "sp_session"
LOGIN_CSRF_COOKIE = "sp_login_csrf"


class LoginFailed(Exception):
    """Wrong name or password (deliberately not saying which)."""


class LoginThrottled(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many failed logins; try again in {retry_after} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class SupervisorSession:
    session_id: int
    name: str
    csrf_token: str

    def csrf_ok(self, submitted: str) -> bool:
        return bool(submitted) and same_secret(submitted, self.csrf_token)


def _throttled(session: Session, key: str, limit: int, since: datetime) -> bool:
    count = session.scalar(
        select(func.count()).where(LoginFailure.key == key, LoginFailure.at >= since)
    )
    return (count or 0) >= limit


def login(
    db: Database,
    settings: ServerSettings,
    passwords: Passwords,
    *,
    name: str,
    password: str,
    ip: str,
) -> tuple[str, SupervisorSession]:
    """Check the password and open a session; returns (cookie token, session)."""
    now = datetime.now(UTC)
    window = timedelta(seconds=settings.login_window_s)
    user_key, ip_key = f"user:{name.lower()[:64]}", f"ip:{ip}"
    # Rate limits live in the database so that every instance behind the balancer agrees.
    with db.reading() as session:
        if _throttled(session, user_key, settings.login_max_failures, now - window) or (
            _throttled(session, ip_key, settings.login_max_failures_ip, now - window)
        ):
            raise LoginThrottled(settings.login_window_s)
        supervisor = session.scalars(
            select(Supervisor).where(Supervisor.name == name, Supervisor.disabled.is_(False))
        ).one_or_none()
        stored = supervisor.password_hash if supervisor is not None else None
    ok = passwords.verify(stored, password)  # slow on purpose; outside any transaction
    result: tuple[str, SupervisorSession] | None = None
    with db.writing() as session:
        session.execute(delete(LoginFailure).where(LoginFailure.at < now - window))
        if not ok or supervisor is None:
            session.add_all([LoginFailure(key=user_key, at=now), LoginFailure(key=ip_key, at=now)])
            audit.record(session, name[:64] or "?", "login.failed", ip=ip)
            log.info("failed supervisor login from %s", ip)
        else:
            session.execute(delete(LoginFailure).where(LoginFailure.key == user_key))
            token, csrf = new_session_token(), new_csrf_token()
            row = WebSession(
                token_hash=token_hash(token),
                supervisor_id=supervisor.id,
                csrf_token=csrf,
                created_at=now,
                expires_at=now + timedelta(hours=settings.session_hours),
            )
            session.add(row)
            session.flush()
            audit.record(session, supervisor.name, "login", ip=ip)
            result = (token, SupervisorSession(row.id, supervisor.name, csrf))
    if result is None:
        raise LoginFailed()  # after the commit: the failure must be counted
    return result


def current(db: Database, settings: ServerSettings, token: str | None) -> SupervisorSession | None:
    """The live session for a cookie value; idle sessions expire after session_hours."""
    if not token or len(token) > 200:
        return None
    now = datetime.now(UTC)
    with db.reading() as session:
        row = session.scalars(
            select(WebSession).where(
                WebSession.token_hash == token_hash(token), WebSession.expires_at > now
            )
        ).one_or_none()
        if row is None or row.supervisor.disabled:
            return None
        found = SupervisorSession(row.id, row.supervisor.name, row.csrf_token)
        lifetime = timedelta(hours=settings.session_hours)
        stale = row.expires_at - now < lifetime / 2
    if stale:  # slide the expiry, but write at most once per half lifetime
        with db.writing() as session:
            live = session.get(WebSession, found.session_id)
            if live is not None:
                live.expires_at = now + lifetime
    return found


def logout(db: Database, supervisor: SupervisorSession, ip: str) -> None:
    with db.writing() as session:
        session.execute(delete(WebSession).where(WebSession.id == supervisor.session_id))
        audit.record(session, supervisor.name, "logout", ip=ip)
