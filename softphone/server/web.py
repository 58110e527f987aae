"""Shared dashboard plumbing: Jinja2 templates (autoescaped), login and CSRF dependencies."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from softphone import __version__
from softphone.server import websession
from softphone.server.deps import DbDep, SettingsDep
from softphone.server.errors import ApiError
from softphone.server.websession import SupervisorSession

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"

REASONS = ("insults", "shouting", "refuses_to_cooperate", "threats", "other")
REVIEW_STATES = ("pending", "confirmed", "overturned", "coached", "none")
DECISIONS = {"confirm": "confirmed", "overturn": "overturned", "coach": "coached"}
MESSAGES = {  # flash messages by key: a redirect never reflects free text into a page
    "reviewed": "Review saved.",
    "flag_set": "Flag saved. Agents see it at the next ring.",
    "flag_cleared": "Flag cleared.",
    "logged_out": "You are logged out.",
}


def _fmt_time(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    return value.astimezone(UTC).strftime(fmt) if value else ""


def _fmt_duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def _label(value: str | None) -> str:
    return (value or "").replace("_", " ")


_env = Environment(
    loader=FileSystemLoader(TEMPLATES_DIR),
    autoescape=True,  # every value from agents or callers is text, never markup
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters.update(time=_fmt_time, duration=_fmt_duration, label=_label, urlq=quote)
_env.globals.update(version=__version__, reasons=REASONS, review_states=REVIEW_STATES)
templates = Jinja2Templates(env=_env)


class LoginRequired(Exception):
    """Raised by page dependencies; answered with a redirect to the login page."""

    def __init__(self, next_url: str) -> None:
        super().__init__(next_url)
        self.next_url = next_url


def login_redirect(_request: Request, exc: Exception) -> RedirectResponse:
    assert isinstance(exc, LoginRequired)
    return RedirectResponse(f"/login?{urlencode({'next': exc.next_url})}", status_code=303)


def current_supervisor(request: Request, db: DbDep, settings: SettingsDep) -> SupervisorSession:
    found = websession.current(db, settings, request.cookies.get(websession.SESSION_COOKIE))
    if found is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(target)
    return found


SupervisorDep = Annotated[SupervisorSession, Depends(current_supervisor)]


async def require_csrf(request: Request, supervisor: SupervisorDep) -> SupervisorSession:
    """Every dashboard form POST carries the session's CSRF token; a foreign Origin fails."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and origin.rstrip("/") != _own_origin(request):
        raise ApiError(403, "csrf", "cross-site request refused")
    form = await request.form()
    submitted = form.get("csrf_token")
    if not isinstance(submitted, str) or not supervisor.csrf_ok(submitted):
        raise ApiError(403, "csrf", "the form's CSRF token is missing or invalid; reload the page")
    return supervisor


def _own_origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.headers.get('host', request.url.netloc)}"


CsrfDep = Annotated[SupervisorSession, Depends(require_csrf)]


def safe_next(target: str | None, default: str = "/dashboard") -> str:
    """Only local paths: an open redirect would make phishing links look like ours."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


def page(
    request: Request,
    name: str,
    supervisor: SupervisorSession | None,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    message = MESSAGES.get(request.query_params.get("msg", ""), "")
    base = {
        "user": supervisor,
        "csrf": supervisor.csrf_token if supervisor else "",
        "flash": message,
    }
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)


def parse_day(text: str | None) -> date | None:
    """An <input type=date> value; '' → None; anything else invalid → ValueError."""
    if not text:
        return None
    return date.fromisoformat(text)


def day_range(
    start: str | None, end: str | None, *, default_days: int | None = None
) -> tuple[datetime | None, datetime | None]:
    """[start 00:00 UTC, end + 1 day 00:00 UTC) from two dates, the end inclusive."""
    first, last = parse_day(start), parse_day(end)
    if first is None and default_days is not None:
        first = (last or datetime.now(UTC).date()) - timedelta(days=default_days - 1)
    since = datetime(first.year, first.month, first.day, tzinfo=UTC) if first else None
    until = (
        datetime(last.year, last.month, last.day, tzinfo=UTC) + timedelta(days=1) if last else None
    )
    return since, until


def query_without(request: Request, *names: str, **extra: str) -> str:
    """The current query string without some keys and with some set (links, exports)."""
    items = [(k, v) for k, v in request.query_params.multi_items() if k not in names and v]
    items += [(k, v) for k, v in extra.items() if v]
    return urlencode(items)
