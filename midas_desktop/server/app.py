"""The HTTP API of the central server (FastAPI): ``create_app(db_url)``.

| method, path | who | what |
|---|---|---|
| GET /v1/health | anyone | liveness and the server's public key |
| POST /v1/enrol | a post with a one-time token | registers the post's public key |
| POST /v1/batches | an enrolled post (signed) | stores a batch, answers a signed acknowledgement |
| POST /v1/pull | an enrolled post (signed) | other posts' movements and watchlist entries since cursors |
| GET /v1/stats | a central user (HTTP basic) | national figures |
| /console/... | a central user (session cookie) | the national web console (``server.console``) |

Bodies are read as raw JSON and checked by hand (``midas_desktop.sync.protocol``): the signature is
over the canonical JSON of exactly what the post sent, which a model layer could silently reshape.
The database work is synchronous SQLAlchemy, run in the thread pool.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import datetime as dt
import logging
import os
import time
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from midas_desktop import runtime
from midas_desktop.server import core, database
from midas_desktop.server.protection import bounded_json, limits, log_safety
from midas_desktop.server.protection.guard import BodyRefused, RequestGuard
from midas_desktop.server.protection.login_gate import GateFull, LoginGate
from midas_desktop.server.stats import national_stats
from midas_desktop.sync import protocol

log = logging.getLogger("midas.server")

# Pushed batches stored at once by one worker process (see ``ingest_turns`` in ``create_app``):
# measured with 50 posts x 1,000 records into PostgreSQL, 2 workers: 1 gives 4,460 records/s, 2 gave
# 4,236 and no bound (the thread pool's 40) 3,610.
INGESTS_PER_WORKER = 1


def create_app(db_url: str, *, migrate: bool = True, server_limits: limits.ServerLimits | None = None) -> Any:
    """The API over the database at ``db_url`` (migrated to the newest schema first), behind the
    request guard (``protection.guard``) with ``server_limits`` (default: ``limits.current()``)."""
    engine = database.open_engine(db_url)
    if migrate:
        database.upgrade(engine)
    bounds = server_limits or limits.current()
    app = FastAPI(title="MIDAS central server", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.engine = engine
    login_gate = LoginGate(bounds.login_workers, bounds.login_queue, bounds.login_floor_seconds)

    @app.exception_handler(core.Rejected)
    async def _rejected(_request: Request, exc: core.Rejected) -> JSONResponse:
        return JSONResponse({"error": str(exc), **exc.details}, status_code=exc.status)

    @app.exception_handler(BodyRefused)
    async def _body_refused(_request: Request, exc: BodyRefused) -> JSONResponse:
        return JSONResponse(
            {"error": str(exc)}, status_code=exc.status, headers={**exc.headers, "Connection": "close"}
        )

    @app.exception_handler(HTTPException)
    async def _http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        # Starlette's own refusals (unknown path, wrong method) in the API's one-line form.
        reason = {404: "no such path", 405: "method not allowed on this path"}.get(exc.status_code)
        return JSONResponse({"error": reason or str(exc.detail)}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _bad_parameters(_request: Request, exc: RequestValidationError) -> JSONResponse:
        names = sorted({str(e.get("loc", ["", "?"])[-1]) for e in exc.errors()})
        return JSONResponse({"error": f"bad parameter: {', '.join(names)}"[:200]}, status_code=400)

    @app.exception_handler(DataError)
    async def _data_error(_request: Request, exc: DataError) -> JSONResponse:
        # A value the database cannot hold that the checks let through: still the client's value.
        log.warning("a value was refused by the database (%s)", type(exc.orig).__name__)
        return JSONResponse({"error": "a value is out of the range the server can store"}, status_code=422)

    async def _json(request: Request) -> Any:
        return (await _body_and_json(request))[1]

    async def _body_and_json(request: Request) -> tuple[bytes, Any]:
        body = await request.body()
        if len(body) > bounds.max_body_bytes:  # the guard refuses earlier; this is the app's own bound
            raise core.Rejected(413, "request too large")
        try:
            return body, bounded_json.parse(body, bounds.max_json_depth)
        except bounded_json.JsonRefused as exc:
            raise core.Rejected(400, str(exc)) from exc

    @app.get("/v1/health")
    async def health() -> dict[str, Any]:
        key = core.cached_server_key(engine)
        if key is None:
            key = await run_in_threadpool(core.server_key, engine)
        return {"ok": True, "server_public_key": key.public_key, "protocol": protocol.PROTOCOL_VERSION}

    @app.post("/v1/enrol")
    async def enrol(request: Request) -> dict[str, Any]:
        return await run_in_threadpool(core.enrol, engine, await _json(request))

    @app.post("/v1/register-root")
    async def register_root(request: Request) -> dict[str, Any]:
        return await run_in_threadpool(core.register_root, engine, await _json(request))

    # One pushed batch at a time per worker process: a batch holds the commit-order lock (every
    # worker's writers take turns under it), and another batch verified in the same process meanwhile
    # would take the interpreter from it, so the lock would be held longer for everyone; with several
    # workers, one verifies while another writes.
    ingest_turns = asyncio.Semaphore(INGESTS_PER_WORKER)

    # The answers of the two sync endpoints are plain JSON already: written out as they are, not
    # walked value by value by FastAPI's encoder (a pull page holds a thousand movements).
    @app.post("/v1/batches")
    async def batches(request: Request) -> JSONResponse:
        # Read (at the sender's pace) and parsed before its turn: a post on a slow link holds nobody up.
        body, envelope = await _body_and_json(request)
        async with ingest_turns:
            return JSONResponse(await run_in_threadpool(core.store_batch, engine, envelope, body))

    @app.post("/v1/pull")
    async def pull(request: Request) -> JSONResponse:
        return JSONResponse(await run_in_threadpool(core.pull, engine, await _json(request)))

    @app.get("/v1/stats")
    async def stats(request: Request, at: str | None = None) -> Any:
        arrived = time.monotonic()
        header = request.headers.get("authorization")
        try:
            if header is None:
                login = None
            else:
                async with login_gate.turn():
                    login = await run_in_threadpool(_basic_login, engine, header)
        except GateFull:
            return JSONResponse(
                {"error": "too many logins at once; try again shortly"},
                status_code=503,
                headers={"Retry-After": str(GateFull.retry_after)},
            )
        except core.LoginRefused as exc:
            await login_gate.pad_failure(arrived)
            return JSONResponse({"error": str(exc)}, status_code=exc.status, headers=exc.headers)
        if login is None:
            if header is not None:
                await login_gate.pad_failure(arrived)
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

    # The national console (server-rendered pages under /console), on the same services.
    from midas_desktop.server.console.endpoints import install as install_console

    install_console(app, engine, login_gate)
    return RequestGuard(app, bounds)


def _basic_login(engine: Any, header: str | None) -> core.CentralLogin | None:
    if not header or not header.lower().startswith("basic ") or len(header) > 1024:
        return None
    try:
        username, _, password = base64.b64decode(header[6:]).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    if not username or len(username) > 128 or len(password) > 256:
        return None
    return core.authenticate(engine, username, password)


def app_from_env() -> Any:
    """For ``uvicorn --factory`` with several workers: the URL comes from ``$MIDAS_SERVER_DB``, the
    limits from ``$MIDAS_SERVER_LIMITS``."""
    log_safety.install()  # uvicorn has set up its log handlers by now, in this worker too
    # The parent process migrated already; workers must not race each other through Alembic.
    app = create_app(database.resolve_url(os.environ.get(database.DB_ENV)), migrate=False)
    runtime.settle_garbage_collector()
    return app
