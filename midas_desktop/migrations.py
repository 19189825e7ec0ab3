"""Running the Alembic migrations of one database (the post store's ``db/post``, the central
database's ``db/server``) through an engine the caller opened: the post's is already keyed, so no
key or password ever appears in a URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

# The repository's db/ (editable installs and checkouts); a wheel would ship it as package data.
DB_DIR = Path(__file__).resolve().parents[1] / "db"


class Migrations:
    def __init__(self, name: str) -> None:
        self.directory = DB_DIR / name

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
