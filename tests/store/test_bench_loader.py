"""The benchmark's bulk loader (``scripts/bench_store.py``) builds stores the product would have built.

It loads without a journal, with the indexes dropped and foreign keys unchecked, and with two
processes generating rows; afterwards the stores must be the product's again: the migrations'
indexes all back, the product's pragmas, the same rows in the product's store and in the peer's,
and rows the product's own rules accept.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType

import pytest
from project_scripts import load_script

from midas_desktop.services.session import PostSession, init_store, login
from midas_desktop.store import hot


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_script("bench_store")


def _indexes(connection: object) -> list[tuple[str, str]]:
    rows = connection.execute(  # type: ignore[attr-defined]
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    )
    return list(rows)


def _rows(connection: object, table: str) -> list[tuple[object, ...]]:
    return list(connection.execute(f"SELECT * FROM {table} ORDER BY 1"))  # type: ignore[attr-defined]


def test_the_loader_leaves_two_stores_the_product_would_have_built(
    bench: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench, "PEOPLE_PER_CHUNK", 400)  # several units of work, made by two processes
    path = tmp_path / "post.db"
    init_store(
        path,
        post_code=bench.POST,
        post_name="Bench",
        country="GTM",
        timezone=None,
        admin="admin",
        password=bench.PASSWORD,
    )
    with login(path, "admin", bench.PASSWORD) as session:
        peer: PostSession = bench.peer_session(session, tmp_path / "plain.db")
        with session.reading() as db:
            before = _indexes(hot.connection(db))
        peer.engine.dispose()
        counts = bench.bulk_load(session, tmp_path / "plain.db", 3_000, seed=5, workers=2)
        assert counts["movements"] == 3_000  # stopped at the traveller who reached it
        travellers = counts["travellers"]
        assert travellers > 400  # more than one unit of work
        bench.verify_sample(session, travellers, seed=5, size=travellers)  # every traveller
        with session.reading() as db:
            connection = hot.connection(db)
            assert _indexes(connection) == before
            assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            ours = {table: _rows(connection, table) for table in bench.LOADED_TABLES}
        peer.close()
    plain = sqlite3.connect(tmp_path / "plain.db")
    try:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert _indexes(plain) == before
        assert {table: _rows(plain, table) for table in bench.LOADED_TABLES} == ours
    finally:
        plain.close()


def test_a_load_stops_at_the_traveller_who_reaches_the_count_whatever_the_processes(
    bench: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench, "PEOPLE_PER_CHUNK", 300)
    one = [bench.chunk_rows(n, 7, "2026-01-01 00:00:00.000000") for n in range(2)]
    again = bench.chunk_rows(1, 7, "2026-01-01 00:00:00.000000")
    assert again.movements == one[1].movements  # a unit is the same whoever makes it, in any order
    cut = one[0].cut(100)
    assert len(cut.movements) >= 100
    assert len(cut.movements) - 100 < 6  # no more than the last traveller's movements beyond it
    assert {row[1] for row in cut.movements} == {row[0] for row in cut.travellers}
    assert {row[0] for row in cut.stays} <= {row[0] for row in cut.travellers}
