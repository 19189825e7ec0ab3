"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from midas_desktop.store import schema
from midas_desktop.store.engine import open_engine
from midas_desktop.store.keys import new_database_key
from midas_desktop.store.models import Base


def test_migrations_match_the_models(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "m.db", new_database_key())
    schema.upgrade(engine)
    assert schema.current_revision(engine) == schema.head_revision()
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []
