"""The central users page (administrators)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from midas_desktop.server import core
from midas_desktop.server.central_users import service
from midas_desktop.server.central_users.schemas import NewUser, UserChange
from midas_desktop.server.console import web
from midas_desktop.server.console.endpoints import redirect


def router(engine: Engine) -> APIRouter:
    routes = APIRouter()

    @routes.get("/console/users")
    async def users(request: Request) -> Response:
        current = await web.page(request, engine)
        found = await run_in_threadpool(service.users, engine, current.user)
        return current.render("users.html", 200, users=found, roles=core.CENTRAL_ROLES)

    @routes.post("/console/users/add")
    async def add(request: Request) -> Response:
        current = await web.page(request, engine)
        new = NewUser.parse(await web.form(request, current))
        await run_in_threadpool(service.add, engine, current.user, new)
        return redirect("/console/users", current)

    @routes.post("/console/users/change")
    async def change(request: Request) -> Response:
        current = await web.page(request, engine)
        change = UserChange.parse(await web.form(request, current))
        await run_in_threadpool(service.change, engine, current.user, change)
        return redirect("/console/users", current)

    return routes
