"""Autogenerate an Alembic migration for the post store from the models.

Usage: python scripts/new_migration.py post "message"
It builds a scratch store at the current head in a temporary folder and diffs the models against it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from midas_desktop.store import schema
from midas_desktop.store.engine import open_engine
from midas_desktop.store.keys import new_database_key


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] != "post":
        print(__doc__, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        engine = open_engine(Path(scratch) / "scratch.db", new_database_key())
        if schema.head_revision() is not None:
            schema.upgrade(engine)
        config = schema.POST_MIGRATIONS.config(engine)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=sys.argv[2], autogenerate=True)
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
