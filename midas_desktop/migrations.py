"""Running the Alembic migrations of one database (the post store's ``db/post``, the central
database's ``db/server``, both package data under ``midas_desktop/``) through an engine the caller
opened: the post's is already keyed, so no key or password ever appears in a URL."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine


class Migrations:
    """The Alembic scripts of ``midas_desktop/db/<name>``, package data read with importlib.resources
    (Alembic reads a folder of files, so the package must be installed as files, as pip does)."""

    def __init__(self, name: str) -> None:
        self.directory = Path(str(files("midas_desktop") / "db" / name))

    def config(self, engine: Engine) -> Config:
        config = Config()
        config.set_main_option("script_location", str(self.directory))
        config.attributes["engine"] = engine
        return config

    def head_revision(self) -> str | None:
        return ScriptDirectory(str(self.directory)).get_current_head()

    @staticmethod
    def current_revision(engine: Engine) -> str | None:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def upgrade(self, engine: Engine) -> None:
        """Bring the database to the newest schema; a no-op when it is already there.

        On SQLite a migration may rebuild a table that others refer to (batch mode): references are
        not enforced meanwhile, and are checked whole before the migration commits.
        """
        if self.current_revision(engine) == self.head_revision():
            return
        config = self.config(engine)
        sqlite = engine.dialect.name == "sqlite"
        with engine.connect() as connection:
            raw: Any = connection.connection.driver_connection
            if sqlite:
                raw.execute("PRAGMA foreign_keys = OFF")  # outside any transaction, where it applies
            try:
                with connection.begin():
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
                    if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                        raise RuntimeError("a migration left rows that refer to nothing; nothing was changed")
            finally:
                if sqlite:
                    raw.execute("PRAGMA foreign_keys = ON")
