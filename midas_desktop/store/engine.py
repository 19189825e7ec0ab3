"""Opening the SQLCipher 4 file through SQLAlchemy.

The database key goes in as a raw 256-bit key (``x'..'``), so SQLCipher skips its own PBKDF2 (the
password work was already done by scrypt in :mod:`key slots <midas_desktop.store.keys>`). Every
connection sets WAL with ``synchronous=FULL`` (a crossing that was acknowledged survives a power cut
or kill -9), keeps temporary tables in memory (no plaintext temp files) and enforces foreign keys.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from midas_desktop import runtime

# What the driver raises when a statement run on its own connection (``store.hot``, beneath SQLAlchemy)
# meets a damaged page, a full disk or a lock: the services word it as they do SQLAlchemy's own.
DRIVER_DATABASE_ERROR = sqlcipher3.dbapi2.DatabaseError


class StoreOpenError(Exception):
    """The store file could not be opened with this key; the message is for the user."""


def _connection_factory(path: Path, database_key: bytes) -> Any:
    hex_key = database_key.hex()

    def connect() -> Any:
        connection = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
        # SQLCipher's memory security (mlock and wipe of every allocation) made every statement about ten
        # times slower (scripts/bench_store.py); its purpose, keeping decrypted pages out of swap, is
        # met by running the post PC without swap or with encrypted swap (README, "The encrypted post
        # store"). A site that wants it anyway sets MIDAS_SQLCIPHER_MEMORY_SECURITY=1.
        memory_security = "ON" if os.environ.get("MIDAS_SQLCIPHER_MEMORY_SECURITY") == "1" else "OFF"
        connection.execute(f"PRAGMA cipher_memory_security = {memory_security}")
        connection.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        # SQLCipher logs page errors to stderr itself; errors reach the user through ours, in one line.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA temp_store = MEMORY")
        # Deleted rows are overwritten with zeros, so erased personal data does not linger in free pages.
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("PRAGMA busy_timeout = 10000")
        # Every page read from disk is decrypted and HMAC-checked; a larger cache avoids doing it again.
        connection.execute("PRAGMA cache_size = -32768")
        # The first read fails here, with "file is not a database", when the key does not fit.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreOpenError(f"the store {path} could not switch to write-ahead logging")
        connection.execute("PRAGMA synchronous = FULL")
        return connection

    return connect


def open_engine(path: Path, database_key: bytes) -> Engine:
    """An engine on the encrypted file; raises :class:`StoreOpenError` when the key does not fit."""
    engine = create_engine(
        # The plain SQLite dialect over sqlcipher3's DB-API module: the pysqlcipher dialect would take
        # the key from the URL, and a key has no business in a URL.
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=_connection_factory(path, database_key),
        poolclass=QueuePool,
        hide_parameters=True,  # SQL errors must not carry names or document numbers into logs
        pool_size=2,
        max_overflow=2,
        json_serializer=runtime.json_dumps,
        json_deserializer=runtime.json_loads,
    )
    _use_explicit_transactions(engine)
    try:
        engine.connect().close()
    except StoreOpenError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise StoreOpenError(f"the store {path} cannot be opened with this key (or it is damaged)") from exc
    return engine


def _use_explicit_transactions(engine: Engine) -> None:
    """Let SQLAlchemy, not the driver, decide where transactions begin (``BEGIN IMMEDIATE`` for writes).

    pysqlite-style drivers open transactions lazily and only before DML; we turn that off
    (``isolation_level=None``) and emit ``BEGIN`` ourselves so that a read-then-write use case is one
    serialisable unit, and concurrent writers wait on ``busy_timeout`` instead of failing mid-way.
    """

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Reads begin deferred: in WAL mode they see a snapshot and never wait for a writer, so a
        # check at the counter is not held up by a pull being applied (see ``reading``).
        read_only = connection.get_execution_options().get(READ_ONLY_OPTION, False)
        connection.exec_driver_sql("BEGIN DEFERRED" if read_only else "BEGIN IMMEDIATE")


#: Execution option of the engine that ``reading`` hands out: its transactions only read.
READ_ONLY_OPTION = "midas_read_only"


def reading(engine: Engine) -> Engine:
    """The same pool, with transactions that begin deferred (for use cases that only read)."""
    return engine.execution_options(**{READ_ONLY_OPTION: True})


def rekey_store(path: Path, database_key: bytes, new_database_key: bytes) -> None:
    """Re-encrypt every page under ``new_database_key``; no other connection may be open."""
    connection = _connection_factory(path, database_key)()
    try:
        connection.execute(f"PRAGMA rekey = \"x'{new_database_key.hex()}'\"")
    finally:
        connection.close()
