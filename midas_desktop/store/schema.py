"""Schema creation and upgrades of the post store, through Alembic migrations in ``db/post``."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine


def migrations_dir() -> Path:
    # The repository's db/post (editable installs and checkouts); a wheel would ship it as package data.
    return Path(__file__).resolve().parents[2] / "db" / "post"


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
    """Bring the store to the newest schema; a no-op when it is already there."""
    if current_revision(engine) == head_revision():
        return
    config = _config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
