"""Alembic environment of the central database.

Run through :func:`midas_desktop.server.database.upgrade` (``config.attributes["connection"]``), or
from the command line with a URL: ``alembic -x db=postgresql+psycopg://... upgrade head`` (else
``$MIDAS_SERVER_DB``, else the embedded SQLite default).
"""

from __future__ import annotations

from alembic import context

from midas_desktop.server.database import open_engine, resolve_url
from midas_desktop.server.models import ServerBase

config = context.config
connection = config.attributes.get("connection")


def _run(conn: object) -> None:
    context.configure(
        connection=conn,  # type: ignore[arg-type]
        target_metadata=ServerBase.metadata,
        render_as_batch=conn.dialect.name == "sqlite",  # type: ignore[attr-defined]
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:
    engine = open_engine(resolve_url(context.get_x_argument(as_dictionary=True).get("db")))
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()
