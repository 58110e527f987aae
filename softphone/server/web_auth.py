"""Dashboard login and logout pages (argon2, rate-limited, CSRF double-submit on login)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from softphone.server import websession
from softphone.server.audit import client_ip
from softphone.server.deps import DbDep, SettingsDep, get_passwords
from softphone.server.security import Passwords, new_csrf_token, same_secret
from softphone.server.web import CsrfDep, page, safe_next

router = APIRouter(include_in_schema=False)


def _login_page(request: Request, next_url: str, error: str = "", status: int = 200) -> Response:
    token = new_csrf_token()
    response = page(
        request, "login.html", None, status, login_csrf=token, next_url=next_url, error=error
    )
    response.set_cookie(
        websession.LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", max_age=3600
    )
    return response


@router.get("/", response_class=RedirectResponse)
def root() -> RedirectResponse:
    return RedirectResponse("/dashboard", status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/dashboard") -> Response:
    return _login_page(request, safe_next(next))


@router.post("/login", response_class=HTMLResponse)
def login_submit(
    *,
    request: Request,
    db: DbDep,
    settings: SettingsDep,
    passwords: Annotated[Passwords, Depends(get_passwords)],
    name: Annotated[str, Form(max_length=64)] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    csrf_token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/dashboard",
) -> Response:
    cookie = request.cookies.get(websession.LOGIN_CSRF_COOKIE, "")
    target = safe_next(next)
    if not cookie or not csrf_token or not same_secret(cookie, csrf_token):
        return _login_page(request, target, "The form expired. Please try again.", 403)
    try:
        token, _session = websession.login(
            db, settings, passwords, name=name, password=password, ip=client_ip(request)
        )
    except websession.LoginThrottled as exc:
        minutes = max(1, exc.retry_after // 60)
        message = f"Too many failed attempts. Try again in {minutes} minutes."
        response = _login_page(request, target, message, 429)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    except websession.LoginFailed:
        return _login_page(request, target, "Wrong name or password.", 401)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        websession.SESSION_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=settings.cookie_secure,
        max_age=int(settings.session_hours * 3600),
    )
    response.delete_cookie(websession.LOGIN_CSRF_COOKIE)
    return response


@router.post("/logout")
def logout(request: Request, supervisor: CsrfDep, db: DbDep) -> RedirectResponse:
    websession.logout(db, supervisor, client_ip(request))
    response = RedirectResponse("/login?msg=logged_out", status_code=303)
    response.delete_cookie(websession.SESSION_COOKIE)
    return response
