"""Alembic environment of the post store.

Migrations run inside :func:`midas_desktop.store.schema.upgrade` (``midas_desktop.migrations``),
which hands over an already-keyed SQLCipher connection (``config.attributes["connection"]``): there
is no URL, since the key never appears in one.
"""

from __future__ import annotations

from alembic import context

from midas_desktop.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("post-store migrations run through midas_desktop.store.schema, with an open store")

# render_as_batch: SQLite cannot ALTER most things in place; batch mode rebuilds the table.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
