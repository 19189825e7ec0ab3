"""The console's page machinery: templates and the stylesheet (package data), the English and Spanish
message catalogue, signed session cookies and the CSRF token of every form.

The session cookie holds the user's name and the session's CSRF token, signed (itsdangerous) with a
key derived from the server's own signing key (kept in the database, never in the code): HttpOnly,
SameSite=Strict, Secure over TLS, valid for :data:`SESSION_SECONDS`. The user's role and whether
they are still active are read from the database on every request, so a change takes effect at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer
from jinja2 import Environment, FunctionLoader, select_autoescape
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import ClientDisconnect

from midas_desktop.server import core
from midas_desktop.server.console import service, strict_forms
from midas_desktop.server.console.access import Actor, FormNotRead, Invalid, NotLoggedIn, Permission
from midas_desktop.server.console.forms import Fields
from midas_desktop.server.protection.guard import BodyRefused

SESSION_COOKIE = "midas_console"
LANG_COOKIE = "midas_lang"
SESSION_SECONDS = 8 * 3600
LANGUAGES = ("en", "es")
_PACKAGE = "midas_desktop.server.console"


def _read(*parts: str) -> str:
    return resources.files(_PACKAGE).joinpath(*parts).read_text(encoding="utf-8")


def _template_source(name: str) -> str:
    if "/" in name or "\\" in name or not name.endswith(".html"):
        raise LookupError(name)
    return _read("templates", name)


@cache
def templates() -> Environment:
    env = Environment(
        loader=FunctionLoader(_template_source),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


@cache
def catalogue() -> dict[str, dict[str, str]]:
    messages: dict[str, dict[str, str]] = json.loads(_read("messages.json"))
    return messages


@cache
def stylesheet() -> str:
    return _read("static", "console.css")


class _Params(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def translate(lang: str, key: str, params: dict[str, object] | None = None) -> str:
    words = catalogue().get(lang, {}).get(key) or catalogue()["en"].get(key)
    if words is None:  # a code newer than the catalogue (a post alert's kind): shown as it is
        words = key.rpartition(".")[2].replace("_", " ")
    return words.format_map(_Params(params or {})) if params else words


def language_of(request: Request) -> str:
    chosen = request.cookies.get(LANG_COOKIE)
    if chosen in LANGUAGES:
        return str(chosen)
    for part in request.headers.get("accept-language", "")[:200].split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "en"


_SECRETS: dict[str, bytes] = {}


def _serializer(engine: Engine) -> URLSafeTimedSerializer:
    cache_key = engine.url.render_as_string(hide_password=False)
    if cache_key not in _SECRETS:
        private = core.server_key(engine).private_key
        _SECRETS[cache_key] = hmac.new(
            private.encode("ascii"), b"midas national console session", hashlib.sha256
        ).digest()
    return URLSafeTimedSerializer(_SECRETS[cache_key], salt="console-session")


@dataclass
class Page:
    """One request's view of the console: who (if anyone), the language, the session's CSRF token."""

    request: Request
    engine: Engine
    lang: str
    csrf: str
    actor: Actor | None
    new_cookie: str | None = None
    extra_cookies: dict[str, str] = field(default_factory=dict)

    def t(self, key: str, **params: object) -> str:
        return translate(self.lang, key, params)

    @property
    def user(self) -> Actor:
        if self.actor is None:
            raise NotLoggedIn("error.not_logged_in")
        return self.actor

    def render(self, template: str, status_code: int, **context: Any) -> Response:
        html = (
            templates()
            .get_template(template)
            .render(
                t=self.t,
                lang=self.lang,
                csrf=self.csrf,
                actor=self.actor,
                may_decide=self.actor is not None and self.actor.may(Permission.DECIDE),
                may_administer=self.actor is not None and self.actor.may(Permission.ADMINISTER),
                path=self.request.url.path,
                query_string=self.request.url.query,
                **context,
            )
        )
        return self.finish(HTMLResponse(html, status_code=status_code))

    def finish(self, response: Response) -> Response:
        secure = self.request.url.scheme == "https"
        if self.new_cookie is not None:
            response.set_cookie(
                SESSION_COOKIE,
                self.new_cookie,
                max_age=SESSION_SECONDS,
                path="/console",
                httponly=True,
                samesite="strict",
                secure=secure,
            )
        for name, value in self.extra_cookies.items():
            response.set_cookie(
                name,
                value,
                max_age=365 * 86400,
                path="/console",
                httponly=True,
                samesite="strict",
                secure=secure,
            )
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'"
        )
        return response

    def start_session(self, actor: Actor | None) -> None:
        """A new session (new CSRF token) for ``actor``, or an anonymous one at logout."""
        self.csrf = secrets.token_urlsafe(24)
        self.actor = actor
        self.new_cookie = _serializer(self.engine).dumps(
            {
                "u": actor.username if actor else None,
                "c": self.csrf,
                "at": dt.datetime.now(dt.UTC).isoformat(),
            }
        )


async def page(request: Request, engine: Engine, *, login_required: bool = True) -> Page:
    """The request's page state; ``NotLoggedIn`` when a user is needed and there is none."""
    lang = language_of(request)
    cookie = request.cookies.get(SESSION_COOKIE)
    state: dict[str, Any] | None = None
    if cookie and len(cookie) < 2000:
        try:
            loaded = _serializer(engine).loads(cookie, max_age=SESSION_SECONDS)
        except BadSignature:
            loaded = None
        if isinstance(loaded, dict) and isinstance(loaded.get("c"), str):
            state = loaded
    if state is None:
        result = Page(request, engine, lang, "", None)
        result.start_session(None)
    else:
        username = state.get("u")
        actor = (
            await run_in_threadpool(service.actor_of, engine, username) if isinstance(username, str) else None
        )
        result = Page(request, engine, lang, str(state["c"]), actor)
    if login_required and result.actor is None:
        raise NotLoggedIn("error.not_logged_in")
    return result


async def form(request: Request, current: Page) -> Fields:
    """The submitted form, once its CSRF token is the session's (``Invalid`` otherwise).

    A value whose bytes are not text is kept as ``strict_forms.UNREADABLE``, which ``Fields`` refuses
    by the field's name. A body the server's limits refused is ``FormNotRead`` with the protection
    layer's answer (too large, too slow, busy); a client that went away is left to the guard."""
    try:
        data: FormData = await strict_forms.read_form(
            request, max_files=1, max_fields=200, max_part_size=4 * 1024 * 1024
        )
    except BodyRefused as exc:
        raise FormNotRead("error.form_malformed", status=exc.status, headers=exc.headers) from exc
    except ClientDisconnect:
        raise
    except Exception as exc:  # a malformed body of any other kind is the client's mistake
        raise Invalid("error.form_malformed") from exc
    token = data.get("csrf")
    # compare_digest takes ASCII text only (TypeError otherwise); the session's token is ASCII, so a
    # token that is not can only be a wrong one.
    if (
        not isinstance(token, str)
        or not token.isascii()
        or not current.csrf
        or not hmac.compare_digest(token, current.csrf)
    ):
        raise Invalid("error.csrf")
    values: dict[str, object] = {}
    for key, value in data.multi_items():
        values.setdefault(key, value)
    return Fields(values)


def query(request: Request) -> Fields:
    return Fields(dict(request.query_params))
