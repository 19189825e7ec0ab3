"""The statistics page (bar charts drawn in the page) and its CSV and XLSX exports."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from midas_desktop.server.console import web
from midas_desktop.server.console.access import Invalid
from midas_desktop.server.console.endpoints import attachment
from midas_desktop.server.overstays.service import today
from midas_desktop.server.statistics import service
from midas_desktop.server.statistics.schemas import StatsQuery

_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def router(engine: Engine) -> APIRouter:
    routes = APIRouter()

    @routes.get("/console/statistics")
    async def statistics(request: Request) -> Response:
        current = await web.page(request, engine)
        query = StatsQuery.parse(web.query(request), today())
        result = await run_in_threadpool(service.figures, engine, current.user, query)
        return current.render("statistics.html", 200, figures=result, query=query)

    @routes.get("/console/statistics/export.{kind}")
    async def export(request: Request, kind: str) -> Response:
        current = await web.page(request, engine)
        if kind not in _TYPES:
            raise Invalid("error.field", {"field": "format"})
        query = StatsQuery.parse(web.query(request), today())
        data = await run_in_threadpool(service.export, engine, current.user, query, kind)
        name = f"midas-movements-{query.since.isoformat()}-{query.until.isoformat()}.{kind}"
        return current.finish(attachment(data, _TYPES[kind], name))

    return routes
