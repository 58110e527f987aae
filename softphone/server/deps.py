"""FastAPI dependencies: the database, settings and who is calling (token or session)."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from softphone.server import accounts, websession
from softphone.server.accounts import Principal
from softphone.server.db import Database
from softphone.server.errors import ApiError
from softphone.server.security import Passwords
from softphone.server.settings import ServerSettings

bearer_scheme = HTTPBearer(
    auto_error=False,
    description="A per-agent token from `softphone-server add-agent NAME`",
)


def get_db(request: Request) -> Database:
    return cast(Database, request.app.state.db)


def get_settings(request: Request) -> ServerSettings:
    return cast(ServerSettings, request.app.state.settings)


def get_passwords(request: Request) -> Passwords:
    return cast(Passwords, request.app.state.passwords)


DbDep = Annotated[Database, Depends(get_db)]
SettingsDep = Annotated[ServerSettings, Depends(get_settings)]


def bearer_principal(
    db: DbDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)],
) -> Principal | None:
    if credentials is None:
        return None
    with db.reading() as session:
        principal = accounts.authenticate(session, credentials.credentials)
    if principal is None:
        raise ApiError(401, "unauthorized", "the token is unknown or revoked")
    return principal


BearerDep = Annotated[Principal | None, Depends(bearer_principal)]


def require_agent(principal: BearerDep) -> Principal:
    """An agent token: may post events and read cards and changes."""
    if principal is None:
        raise ApiError(401, "unauthorized", "an agent token is required (Authorization: Bearer)")
    if principal.role != "agent":
        raise ApiError(403, "forbidden", "only agent tokens may post events")
    return principal


def require_token(principal: BearerDep) -> Principal:
    """Any valid token (agent or integration): reading cards and changes."""
    if principal is None:
        raise ApiError(401, "unauthorized", "a token is required (Authorization: Bearer)")
    return principal


def require_reader(
    request: Request, principal: BearerDep, db: DbDep, settings: SettingsDep
) -> Principal:
    """Logs: a supervisor session or an integration token read all; agents only their own."""
    if principal is not None:
        return principal
    found = websession.current(db, settings, request.cookies.get(websession.SESSION_COOKIE))
    if found is None:
        raise ApiError(401, "unauthorized", "log in as a supervisor or send a token")
    return Principal(found.name, "supervisor")


AgentDep = Annotated[Principal, Depends(require_agent)]
TokenDep = Annotated[Principal, Depends(require_token)]
ReaderDep = Annotated[Principal, Depends(require_reader)]
