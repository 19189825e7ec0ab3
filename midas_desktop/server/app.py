"""The HTTP API of the central server (FastAPI): ``create_app(db_url)``.

| method, path | who | what |
|---|---|---|
| GET /v1/health | anyone | liveness and the server's public key |
| POST /v1/enrol | a post with a one-time token | registers the post's public key |
| POST /v1/batches | an enrolled post (signed) | stores a batch, answers a signed acknowledgement |
| POST /v1/pull | an enrolled post (signed) | other posts' movements and watchlist entries since cursors |
| GET /v1/stats | a central user (HTTP basic) | national figures |

Bodies are read as raw JSON and checked by hand (``midas_desktop.sync.protocol``): the signature is
over the canonical JSON of exactly what the post sent, which a model layer could silently reshape.
The database work is synchronous SQLAlchemy, run in the thread pool.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import logging
import os
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from midas_desktop.server import core, database
from midas_desktop.server.stats import national_stats
from midas_desktop.sync import protocol

log = logging.getLogger("midas.server")


def create_app(db_url: str, *, migrate: bool = True) -> FastAPI:
    """The API over the database at ``db_url`` (migrated to the newest schema first)."""
    engine = database.open_engine(db_url)
    if migrate:
        database.upgrade(engine)
    app = FastAPI(title="MIDAS central server", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.engine = engine

    @app.exception_handler(core.Rejected)
    async def _rejected(_request: Request, exc: core.Rejected) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=exc.status)

    async def _json(request: Request) -> Any:
        body = await request.body()
        if len(body) > protocol.MAX_BODY_BYTES:
            raise core.Rejected(413, "request too large")
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise core.Rejected(400, "the body is not JSON") from exc

    @app.get("/v1/health")
    async def health() -> dict[str, Any]:
        key = await run_in_threadpool(core.server_key, engine)
        return {"ok": True, "server_public_key": key.public_key, "protocol": protocol.PROTOCOL_VERSION}

    @app.post("/v1/enrol")
    async def enrol(request: Request) -> dict[str, Any]:
        return await run_in_threadpool(core.enrol, engine, await _json(request))

    @app.post("/v1/register-root")
    async def register_root(request: Request) -> dict[str, Any]:
        return await run_in_threadpool(core.register_root, engine, await _json(request))

    @app.post("/v1/batches")
    async def batches(request: Request) -> dict[str, Any]:
        return await run_in_threadpool(core.store_batch, engine, await _json(request))

    @app.post("/v1/pull")
    async def pull(request: Request) -> dict[str, Any]:
        return await run_in_threadpool(core.pull, engine, await _json(request))

    @app.get("/v1/stats")
    async def stats(request: Request, at: str | None = None) -> Any:
        try:
            login = await run_in_threadpool(_basic_login, engine, request.headers.get("authorization"))
        except core.LoginRefused as exc:
            return JSONResponse({"error": str(exc)}, status_code=exc.status, headers=exc.headers)
        if login is None:
            return JSONResponse(
                {"error": "log in as a central user"},
                status_code=401,
                headers={"WWW-Authenticate": 'Basic realm="midas"'},
            )
        try:
            day = dt.date.fromisoformat(at) if at else None
        except ValueError as exc:
            raise core.Rejected(400, "at: not an ISO date") from exc
        return await run_in_threadpool(national_stats, engine, day)

    return app


def _basic_login(engine: Any, header: str | None) -> core.CentralLogin | None:
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        username, _, password = base64.b64decode(header[6:]).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return core.authenticate(engine, username, password)


def app_from_env() -> FastAPI:
    """For ``uvicorn --factory`` with several workers: the URL comes from ``$MIDAS_SERVER_DB``."""
    # The parent process migrated already; workers must not race each other through Alembic.
    return create_app(database.resolve_url(os.environ.get(database.DB_ENV)), migrate=False)
