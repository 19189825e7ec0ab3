"""Central databases for the server and sync tests: an SQLite file, or a fresh schema in PostgreSQL.

PostgreSQL is real (``MIDAS_TEST_PG_URL``; scripts/test.sh installs and starts it where it is missing).
A test that cannot reach it fails, so a machine without PostgreSQL cannot pass by skipping; set
``MIDAS_TEST_PG_OPTIONAL=1`` to skip those runs instead (a laptop without a database server).
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

PG_URL = os.environ.get("MIDAS_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def postgres_schema_url() -> Iterator[str]:
    """A URL whose search path is a fresh schema of the test database, dropped afterwards."""
    schema = f"midas_t_{uuid.uuid4().hex[:12]}"
    try:
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:
        message = f"PostgreSQL at MIDAS_TEST_PG_URL is not available ({type(exc).__name__})"
        if os.environ.get("MIDAS_TEST_PG_OPTIONAL"):
            pytest.skip(message)
        pytest.fail(message + "; run scripts/test.sh, which sets it up")
    separator = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def database_url(kind: str, tmp_path: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'central.db'}"
    else:
        yield from postgres_schema_url()


def server_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "midas_desktop.server.cli", *args]


def run_server_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(server_command(*args), input=stdin, capture_output=True, text=True, timeout=120)
