"""Many rows in one statement and one round trip, the same statement every time.

On PostgreSQL the rows travel as one JSON parameter unpacked by the server (``json_to_recordset``):
the statement text does not depend on the number of rows, so it is prepared once, and the driver
neither splits nor converts hundreds of placeholders per batch. Elsewhere (SQLite) an executemany of
one prepared statement, which sqlite3 runs in C.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, cast

import orjson
from sqlalchemy import Dialect, Table, any_, bindparam, insert, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session


@lru_cache(maxsize=64)
def _statement(table: Table, columns: tuple[str, ...], conflict: tuple[str, ...], dialect: Dialect) -> Any:
    types = ", ".join(f"{name} {table.c[name].type.compile(dialect=dialect)}" for name in columns)
    names = ", ".join(columns)
    sql = (
        f"INSERT INTO {table.name} ({names}) SELECT {names} "
        f"FROM json_to_recordset(CAST(:rows AS json)) AS r({types})"
    )
    if conflict:
        sql += f" ON CONFLICT ({', '.join(conflict)}) DO NOTHING"
    return text(sql)


def insert_rows(
    db: Session, model: Any, rows: list[dict[str, Any]], *, ignore_conflict_on: tuple[str, ...] = ()
) -> int:
    """Insert ``rows`` (dicts with the same keys) into ``model``'s table; returns how many were new.

    ``ignore_conflict_on``: the unique columns whose conflicts are skipped (``ON CONFLICT DO NOTHING``).
    """
    if not rows:
        return 0
    table = cast(Table, model.__table__)
    bind = db.get_bind()
    if bind.dialect.name == "postgresql":
        columns = tuple(rows[0])
        statement = _statement(table, columns, ignore_conflict_on, bind.dialect)
        # orjson writes dates and naive times as ISO text too, exactly as PostgreSQL reads them.
        document = orjson.dumps(rows).decode()
        return int(cast(Any, db.execute(statement, {"rows": document})).rowcount)
    query = insert(table)
    if ignore_conflict_on:
        query = query.prefix_with("OR IGNORE")
    return int(cast(Any, db.connection().execute(query, rows)).rowcount)


def next_ids(db: Session, model: Any, count: int) -> list[int] | None:
    """``count`` fresh ids from the PostgreSQL sequence of ``model``'s ``id`` (one round trip), or
    None elsewhere (the caller lets the database number the rows)."""
    if db.get_bind().dialect.name != "postgresql" or count <= 0:
        return None
    table = cast(Table, model.__table__).name
    result = db.execute(
        text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"),
        {"table": table, "n": count},
    )
    return [int(value) for (value,) in result]


def among(db: Session, column: Any, values: list[Any]) -> Any:
    """``column IN (values)``; on PostgreSQL ``column = ANY(:array)``, one parameter whatever the count
    (a list of hundreds of placeholders is rebuilt and split by the driver on every batch)."""
    if db.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, value=list(values), type_=postgresql.ARRAY(column.type)))
    return column.in_(values)
