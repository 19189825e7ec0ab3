"""The national watchlist pages: list, add, edit, remove, import a CSV file."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from midas_desktop.server.console import web
from midas_desktop.server.console.access import Invalid
from midas_desktop.server.console.endpoints import redirect
from midas_desktop.server.watchlist_admin import service
from midas_desktop.server.watchlist_admin.schemas import EntryForm, Removal, WatchlistQuery

MAX_CSV = 4 * 1024 * 1024


def _entry_id(value: str) -> str:
    if not (0 < len(value) <= 64 and value.isascii() and all(c.isalnum() or c in "-_.:" for c in value)):
        raise Invalid("error.field", {"field": "entry_id"})
    return value


def router(engine: Engine) -> APIRouter:
    routes = APIRouter()

    @routes.get("/console/watchlist")
    async def watchlist(request: Request) -> Response:
        current = await web.page(request, engine)
        query = WatchlistQuery.parse(web.query(request))
        total, rows = await run_in_threadpool(service.entries, engine, current.user, query)
        return current.render("watchlist.html", 200, total=total, rows=rows, query=query, imported=None)

    @routes.post("/console/watchlist/add")
    async def add(request: Request) -> Response:
        current = await web.page(request, engine)
        form = EntryForm.parse(await web.form(request, current))
        await run_in_threadpool(service.add, engine, current.user, form)
        return redirect("/console/watchlist", current)

    @routes.get("/console/watchlist/{entry_id}")
    async def entry(request: Request, entry_id: str) -> Response:
        current = await web.page(request, engine)
        found = await run_in_threadpool(service.entry, engine, current.user, _entry_id(entry_id))
        return current.render("watchlist_entry.html", 200, entry=found)

    @routes.post("/console/watchlist/{entry_id}/edit")
    async def edit(request: Request, entry_id: str) -> Response:
        current = await web.page(request, engine)
        form = EntryForm.parse(await web.form(request, current))
        await run_in_threadpool(service.edit, engine, current.user, _entry_id(entry_id), form)
        return redirect("/console/watchlist", current)

    @routes.post("/console/watchlist/remove")
    async def remove(request: Request) -> Response:
        current = await web.page(request, engine)
        removal = Removal.parse(await web.form(request, current))
        await run_in_threadpool(service.remove, engine, current.user, removal)
        return redirect("/console/watchlist", current)

    @routes.post("/console/watchlist/import")
    async def import_csv(request: Request) -> Response:
        current = await web.page(request, engine)
        fields = await web.form(request, current)
        upload = fields.values.get("file")
        if not isinstance(upload, UploadFile):
            raise Invalid("error.field_required", {"field": "file"})
        data = await upload.read(MAX_CSV + 1)
        if len(data) > MAX_CSV:
            raise Invalid("error.csv_too_large")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise Invalid("error.csv_encoding") from exc
        added, known, parsed = await run_in_threadpool(service.import_csv, engine, current.user, text)
        total, rows = await run_in_threadpool(service.entries, engine, current.user, WatchlistQuery())
        summary = {"added": added, "known": known, "errors": [(e.line, e.message) for e in parsed.errors]}
        return current.render(
            "watchlist.html", 200, total=total, rows=rows, query=WatchlistQuery(), imported=summary
        )

    return routes
