"""The posts page: health of every post, enrolment tokens, revocation, closing a post's alert."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from midas_desktop.server.console import web
from midas_desktop.server.console.access import Invalid
from midas_desktop.server.console.endpoints import redirect
from midas_desktop.server.post_health import service
from midas_desktop.server.post_health.schemas import Enrolment, Revocation


def router(engine: Engine) -> APIRouter:
    routes = APIRouter()

    @routes.get("/console/posts")
    async def posts(request: Request) -> Response:
        current = await web.page(request, engine)
        found = await run_in_threadpool(service.posts, engine, current.user)
        return current.render("posts.html", 200, posts=found, token=None)

    @routes.post("/console/posts/enrol")
    async def enrol(request: Request) -> Response:
        current = await web.page(request, engine)
        enrolment = Enrolment.parse(await web.form(request, current))
        token = await run_in_threadpool(service.enrol, engine, current.user, enrolment)
        found = await run_in_threadpool(service.posts, engine, current.user)
        # The token is shown once, on this answer only (never stored in clear, never in a link).
        return current.render("posts.html", 201, posts=found, token={"code": enrolment.code, "token": token})

    @routes.post("/console/posts/revoke")
    async def revoke(request: Request) -> Response:
        current = await web.page(request, engine)
        revocation = Revocation.parse(await web.form(request, current))
        await run_in_threadpool(service.revoke, engine, current.user, revocation)
        return redirect("/console/posts", current)

    @routes.post("/console/posts/alerts/{alert_id}/close")
    async def close_alert(request: Request, alert_id: str) -> Response:
        current = await web.page(request, engine)
        fields = await web.form(request, current)
        note = fields.required_text("note", 1000, multiline=True)
        if not alert_id.isascii() or not alert_id.isdigit() or len(alert_id) > 10:
            raise Invalid("error.field", {"field": "alert"})
        await run_in_threadpool(service.close_alert, engine, current.user, int(alert_id), note)
        return redirect("/console/posts", current)

    return routes
