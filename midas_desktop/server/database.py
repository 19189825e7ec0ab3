"""Engines and migrations of the central database (``db/server``), SQLite or PostgreSQL by URL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from midas_desktop import runtime
from midas_desktop.migrations import Migrations

DB_ENV = "MIDAS_SERVER_DB"


class DatabaseUrlError(ValueError):
    """The ``--db`` URL cannot be used; the message is for the user."""


def default_url() -> str:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return f"sqlite:///{Path(base) / 'midas-server' / 'central.db'}"


def resolve_url(url: str | None) -> str:
    return url or os.environ.get(DB_ENV) or default_url()


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def open_engine(url: str) -> Engine:
    """An engine for ``url``; an SQLite file (and its folder) is created on first use."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUrlError(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            parsed,
            connect_args={"check_same_thread": False, "isolation_level": None, "timeout": 60},
            hide_parameters=True,  # SQL errors must not carry names or document numbers into logs
            pool_size=4,
            max_overflow=4,
            json_serializer=runtime.json_dumps,
            json_deserializer=runtime.json_loads,
        )
        _sqlite_pragmas(engine)
        return engine
    if backend == "postgresql":
        return create_engine(
            parsed,
            hide_parameters=True,
            pool_size=8,
            max_overflow=8,
            pool_pre_ping=True,
            json_serializer=runtime.json_dumps,
            json_deserializer=runtime.json_loads,
        )
    raise DatabaseUrlError(
        f"unsupported database {backend!r}: use sqlite:///PATH or postgresql+psycopg://..."
    )


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: an acknowledged batch survives a power cut; the post deletes nothing it was not told.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 60000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A deferred transaction that reads and then writes can fail at once with SQLITE_BUSY (the
        # lock upgrade ignores busy_timeout); taking the write lock up front makes writers queue.
        connection.exec_driver_sql("BEGIN IMMEDIATE")


SERVER_MIGRATIONS = Migrations("server")

current_revision = SERVER_MIGRATIONS.current_revision
head_revision = SERVER_MIGRATIONS.head_revision


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema, then fill what an upgrade left to the code (data a
    migration cannot derive without calling code that follows the newest models)."""
    SERVER_MIGRATIONS.upgrade(engine)
    from midas_desktop.server.maintenance import backfill

    backfill(engine)
