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


def test_every_foreign_key_is_the_first_column_of_an_index(tmp_path: Path) -> None:
    """Deleting a row (retention erases movements, stays, documents, travellers) makes SQLite look up
    the rows referencing it; without an index that is a read of the whole child table per row."""
    engine = open_engine(tmp_path / "fk.db", new_database_key())
    schema.upgrade(engine)
    unindexed = []
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            leading = {
                raw.execute(f"SELECT name FROM pragma_index_info('{index}') WHERE seqno = 0").fetchone()[0]
                for (index,) in raw.execute(f"SELECT name FROM pragma_index_list('{table}')")
            }
            primary = {
                r[0] for r in raw.execute(f"SELECT name FROM pragma_table_info('{table}') WHERE pk = 1")
            }
            for (column,) in raw.execute(f"SELECT \"from\" FROM pragma_foreign_key_list('{table}')"):
                if column not in leading | primary:
                    unindexed.append(f"{table}.{column}")
    engine.dispose()
    assert unindexed == []
