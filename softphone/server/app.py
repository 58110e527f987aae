"""The FastAPI application factory: settings in, routers, middleware and handlers wired."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from sqlalchemy import text

from softphone import __version__
from softphone.protocol.limits import API_PREFIX, API_VERSION
from softphone.server import (
    api_changes,
    api_customers,
    api_enrol,
    api_events,
    api_logs,
    errors,
    web_auth,
    web_customers,
    web_notes,
    web_reports,
)
from softphone.server.db import Database
from softphone.server.middleware import GuardMiddleware
from softphone.server.security import Passwords
from softphone.server.settings import ServerSettings
from softphone.server.web import STATIC_DIR, LoginRequired, login_redirect

log = logging.getLogger("softphone.server")


class Health(BaseModel):
    status: str
    version: str
    api: str
    database: str


def create_app(settings: ServerSettings, db: Database | None = None) -> FastAPI:
    """Build the app; it owns (and disposes) the database unless one is handed in."""
    owned = db is None
    database = db or Database(settings.db_url, pool_size=settings.db_pool_size)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        log.info("server %s on %s", __version__, database.dialect)
        yield
        if owned:
            database.dispose()

    app = FastAPI(
        title="Softphone sync server",
        version=__version__,
        summary="Sync API for the softphone desktops; supervisor dashboard at /dashboard.",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,  # Swagger UI loads from a CDN; the closed network has none
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.db = database
    app.state.passwords = Passwords(
        time_cost=settings.argon2_time_cost, memory_kib=settings.argon2_memory_kib
    )
    app.add_middleware(GuardMiddleware, max_body=settings.max_body_bytes)
    errors.install(app)
    app.add_exception_handler(LoginRequired, login_redirect)
    for module in (api_events, api_customers, api_changes, api_logs, api_enrol):
        app.include_router(module.router)
    for module in (web_auth, web_notes, web_customers, web_reports):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> RedirectResponse:
        return RedirectResponse("/static/favicon.svg", status_code=301)

    @app.get(f"{API_PREFIX}/health", tags=["ops"], summary="Load-balancer health check")
    def health() -> Health:
        with database.reading() as session:
            session.execute(text("SELECT 1"))
        return Health(status="ok", version=__version__, api=API_VERSION, database=database.dialect)

    return app


def app_from_env() -> FastAPI:
    """uvicorn factory for worker processes: settings come from SOFTPHONE_SERVER_*."""
    return create_app(ServerSettings.from_env())
