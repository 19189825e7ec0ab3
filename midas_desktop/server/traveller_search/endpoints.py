"""Traveller search and one traveller's national history."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from midas_desktop.server.console import web
from midas_desktop.server.console.access import Invalid
from midas_desktop.server.traveller_search import service
from midas_desktop.server.traveller_search.schemas import TravellerQuery


def router(engine: Engine) -> APIRouter:
    routes = APIRouter()

    @routes.get("/console/travellers")
    async def search(request: Request) -> Response:
        current = await web.page(request, engine)
        query = TravellerQuery.parse(web.query(request))
        result = await run_in_threadpool(service.search, engine, current.user, query)
        return current.render("travellers.html", 200, result=result)

    @routes.get("/console/travellers/{traveller_id}")
    async def traveller(request: Request, traveller_id: str) -> Response:
        current = await web.page(request, engine)
        if not traveller_id.isascii() or not traveller_id.isdigit() or len(traveller_id) > 10:
            raise Invalid("error.field", {"field": "traveller"})
        history = await run_in_threadpool(service.traveller, engine, current.user, int(traveller_id))
        return current.render("traveller.html", 200, history=history)

    return routes
