"""The console's own routes (login, logout, language, stylesheet) and its error pages; ``install``
adds every feature's routes to the app. HTTP status codes live here and in the features' endpoints."""

from __future__ import annotations

import time
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from midas_desktop.server.console import service, web
from midas_desktop.server.console.access import (
    Conflict,
    ConsoleError,
    FormNotRead,
    Invalid,
    NotAllowed,
    NotFound,
    NotLoggedIn,
    Throttled,
)
from midas_desktop.server.protection.login_gate import GateFull, LoginGate

STATUS = {NotAllowed: 403, NotFound: 404, Invalid: 400, Conflict: 409, Throttled: 429}
# A form's body the protection layer refused, in the reader's words; its status stays the answer's.
FORM_REFUSALS = {408: "error.form_too_slow", 413: "error.form_too_large", 503: "error.form_busy"}


def status_of(error: ConsoleError) -> int:
    if error.code == "error.csrf":
        return 403
    if isinstance(error, FormNotRead):
        return error.status
    for kind, status in STATUS.items():
        if isinstance(error, kind):
            return status
    return 400


def redirect(to: str, current: web.Page | None = None) -> Response:
    response = RedirectResponse(to, status_code=303)
    return current.finish(response) if current is not None else response


def _safe_next(value: str | None) -> str:
    if (
        value
        and value.startswith("/console")
        and "//" not in value
        and "\\" not in value
        and len(value) < 500
    ):
        return value
    return "/console/overstays"


def install(app: FastAPI, engine: Engine, gate: LoginGate) -> None:
    from midas_desktop.server.central_audit.endpoints import router as audit_router
    from midas_desktop.server.central_users.endpoints import router as users_router
    from midas_desktop.server.overstays.endpoints import router as overstays_router
    from midas_desktop.server.post_health.endpoints import router as posts_router
    from midas_desktop.server.statistics.endpoints import router as stats_router
    from midas_desktop.server.traveller_search.endpoints import router as search_router
    from midas_desktop.server.watchlist_admin.endpoints import router as watchlist_router

    @app.exception_handler(ConsoleError)
    async def _console_error(request: Request, exc: ConsoleError) -> Response:
        if isinstance(exc, NotLoggedIn):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return redirect("/console/login?next=" + quote(target if request.method == "GET" else ""))
        current = await web.page(request, engine, login_required=False)
        status = status_of(exc)
        code = FORM_REFUSALS.get(status, exc.code) if isinstance(exc, FormNotRead) else exc.code
        response = current.render("error.html", status, message=current.t(code, **exc.params), status=status)
        if isinstance(exc, Throttled):
            response.headers["Retry-After"] = str(exc.params.get("seconds", 1))
        if isinstance(exc, FormNotRead):
            response.headers.update(exc.headers)
            response.headers["Connection"] = "close"  # the rest of the body is not worth reading
        return response

    app.include_router(router(engine, gate))
    for make in (
        overstays_router,
        search_router,
        posts_router,
        stats_router,
        watchlist_router,
        users_router,
        audit_router,
    ):
        app.include_router(make(engine))


def router(engine: Engine, gate: LoginGate) -> APIRouter:
    routes = APIRouter()

    @routes.get("/console")
    async def home(request: Request) -> Response:
        current = await web.page(request, engine, login_required=False)
        return redirect("/console/overstays" if current.actor else "/console/login", current)

    @routes.get("/console/static/console.css")
    async def stylesheet() -> Response:
        return Response(
            web.stylesheet(),
            media_type="text/css",
            headers={"Cache-Control": "max-age=3600", "X-Content-Type-Options": "nosniff"},
        )

    @routes.get("/console/login")
    async def login_page(request: Request) -> Response:
        current = await web.page(request, engine, login_required=False)
        next_page = _safe_next(request.query_params.get("next"))
        return current.render("login.html", 200, next_page=next_page, failed=False)

    @routes.post("/console/login")
    async def login(request: Request) -> Response:
        arrived = time.monotonic()
        current = await web.page(request, engine, login_required=False)
        fields = await web.form(request, current)
        username = (fields.raw("username") or "").strip()[:64]
        password = fields.raw("password")[:256]
        next_page = _safe_next(fields.raw("next"))
        actor = None
        if username and password:
            try:
                async with gate.turn():
                    actor = await run_in_threadpool(service.log_in, engine, username, password)
            except GateFull as exc:
                raise Throttled("error.throttled", {"seconds": GateFull.retry_after}) from exc
            except Throttled:
                await gate.pad_failure(arrived)
                raise
        if actor is None:
            await gate.pad_failure(arrived)
            return current.render("login.html", 401, next_page=next_page, failed=True)
        current.start_session(actor)
        return redirect(next_page, current)

    @routes.post("/console/logout")
    async def logout(request: Request) -> Response:
        current = await web.page(request, engine)
        await web.form(request, current)
        await run_in_threadpool(service.log_out, engine, current.user)
        current.start_session(None)
        return redirect("/console/login", current)

    @routes.get("/console/lang")
    async def language(request: Request) -> Response:
        current = await web.page(request, engine, login_required=False)
        chosen = request.query_params.get("to")
        if chosen not in web.LANGUAGES:
            raise Invalid("error.field", {"field": "to"})
        current.extra_cookies[web.LANG_COOKIE] = str(chosen)
        return redirect(_safe_next(request.query_params.get("next")), current)

    return routes


def attachment(data: bytes, media_type: str, filename: str) -> Response:
    return Response(
        data,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"},
    )
