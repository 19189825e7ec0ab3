"""The central audit log page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from midas_desktop.server.central_audit import service
from midas_desktop.server.central_audit.schemas import AuditQuery
from midas_desktop.server.console import web


def router(engine: Engine) -> APIRouter:
    routes = APIRouter()

    @routes.get("/console/audit")
    async def audit(request: Request) -> Response:
        current = await web.page(request, engine)
        query = AuditQuery.parse(web.query(request))
        found = await run_in_threadpool(service.entries, engine, current.user, query)
        return current.render("audit.html", 200, found=found, query=query)

    return routes
