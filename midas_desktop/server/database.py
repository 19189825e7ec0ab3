"""Engines and migrations of the central database (``db/server``), SQLite or PostgreSQL by URL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

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
        )
        _sqlite_pragmas(engine)
        return engine
    if backend == "postgresql":
        return create_engine(parsed, hide_parameters=True, pool_size=8, max_overflow=8, pool_pre_ping=True)
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


def migrations_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "db" / "server"


def _config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory(str(migrations_dir())).get_current_head()


def upgrade(engine: Engine) -> None:
    """Bring the central database to the newest schema; a no-op when it is already there."""
    if current_revision(engine) == head_revision():
        return
    config = _config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
