"""Schema creation and upgrades of the post store, through the Alembic migrations in ``db/post``."""

from __future__ import annotations

from midas_desktop.migrations import Migrations

POST_MIGRATIONS = Migrations("post")

current_revision = POST_MIGRATIONS.current_revision
head_revision = POST_MIGRATIONS.head_revision
upgrade = POST_MIGRATIONS.upgrade
