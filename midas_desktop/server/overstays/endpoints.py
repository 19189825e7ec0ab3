"""Overstays pages: the national list with filters, one alert with the traveller's national history,
a decision (resolved, or an extension granted), and an extension granted on an open stay."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from midas_desktop.server.console import web
from midas_desktop.server.console.access import Invalid
from midas_desktop.server.console.endpoints import redirect
from midas_desktop.server.overstays import service
from midas_desktop.server.overstays.schemas import PAGE_SIZE, Decision, OverstayQuery


def _entry_id(value: str) -> str:
    if not (len(value) == 36 and all(c in "0123456789abcdefABCDEF-" for c in value)):
        raise Invalid("error.field", {"field": "id"})
    return value


def router(engine: Engine) -> APIRouter:
    routes = APIRouter()

    @routes.get("/console/overstays")
    async def overstays(request: Request) -> Response:
        current = await web.page(request, engine)
        query = OverstayQuery.parse(web.query(request))
        found = await run_in_threadpool(service.overstays, engine, current.user, query)
        return current.render("overstays.html", 200, page=found, query=query, page_size=PAGE_SIZE)

    @routes.get("/console/overstays/{entry_id}")
    async def overstay(request: Request, entry_id: str) -> Response:
        current = await web.page(request, engine)
        detail = await run_in_threadpool(service.overstay, engine, current.user, _entry_id(entry_id))
        return current.render("overstay.html", 200, detail=detail)

    @routes.post("/console/overstays/{entry_id}/decision")
    async def decide(request: Request, entry_id: str) -> Response:
        current = await web.page(request, engine)
        fields = await web.form(request, current)
        decision = Decision.parse(fields)
        await run_in_threadpool(service.decide, engine, current.user, _entry_id(entry_id), decision)
        return redirect(f"/console/overstays/{entry_id}", current)

    @routes.post("/console/stays/{entry_id}/extension")
    async def extend(request: Request, entry_id: str) -> Response:
        current = await web.page(request, engine)
        fields = await web.form(request, current)
        days = fields.whole("days", 1, 365)
        reason = fields.required_text("reason", 500, multiline=True)
        traveller = fields.whole("traveller", 1, 2**31)
        await run_in_threadpool(
            service.grant_extension, engine, current.user, _entry_id(entry_id), days, reason
        )
        return redirect(f"/console/travellers/{traveller}", current)

    return routes
