"""Stores and central databases made before this version are upgraded losing nothing.

The post store is a real one, made by the code of commit b88dd7d (``tests/fixtures/store-b88dd7d``):
its first administrator login converts it to per-user keys, migrates its schema and rebuilds every
stay from the movements.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from alembic import command
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, REPO
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from midas_desktop.server import core, database
from midas_desktop.server.models import CentralTraveller, ServerMovement
from midas_desktop.server.travellers import traveller_view
from midas_desktop.services import users, verification
from midas_desktop.services.errors import AccessDenied
from midas_desktop.services.session import login
from midas_desktop.store import keys
from midas_desktop.store.engine import StoreOpenError, open_engine
from midas_desktop.store.models import Movement, Stay, Traveller

LEGACY = REPO / "tests" / "fixtures" / "store-b88dd7d"


@pytest.fixture
def legacy_store(tmp_path: Path) -> Path:
    for name in ("post.db", "post.db.keys"):
        shutil.copy(LEGACY / name, tmp_path / name)
    return tmp_path / "post.db"


def test_an_old_store_is_converted_by_its_first_administrator_login(legacy_store: Path) -> None:
    old_key_file = keys.key_file_path(legacy_store).read_bytes()
    with pytest.raises(AccessDenied, match="administrator must log in first"):
        login(legacy_store, "officer", OFFICER_PASSWORD)
    with login(legacy_store, "admin", ADMIN_PASSWORD) as admin:
        assert admin.conversion is not None
        assert admin.conversion.users_to_reset == ["officer", "supervisor"]
        with admin.transaction() as db:
            assert db.execute(select(func.count()).select_from(Movement)).scalar_one() == 4
            assert all(t.person_key for t in db.execute(select(Traveller)).scalars())
            stays = db.execute(select(Stay).order_by(Stay.entry_date)).scalars().all()
            # b88dd7d closed the stay without an exit at the next entry; now it ends the day before.
            assert [(s.entry_date.isoformat(), s.exit_missing) for s in stays] == [
                ("2025-01-01", False),
                ("2025-02-01", True),
                ("2025-03-01", False),
            ]
            assert stays[1].exit_date == dt.date(2025, 2, 28)
        report = verification.verify_store(admin)
        assert report.ok, report.errors  # the old entries kept their chain; the new ones are signed
        users.reset_password(admin, "officer", "officer-new-pass-1")
    with login(legacy_store, "officer", "officer-new-pass-1") as officer:
        assert officer.must_change_password
    with login(legacy_store, "admin", ADMIN_PASSWORD) as admin:
        assert admin.conversion is None  # once
    # The old key file put back opens nothing: the database key it wraps was replaced.
    keys.key_file_path(legacy_store).write_bytes(old_key_file)
    slot = keys.load_legacy_slots(keys.key_file_path(legacy_store))["officer"]
    with pytest.raises(StoreOpenError):
        open_engine(legacy_store, keys.unwrap_legacy_slot(slot, OFFICER_PASSWORD)).dispose()


def test_an_old_central_database_attaches_its_movements_to_travellers(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'central.db'}"
    engine = database.open_engine(url)
    config = database.SERVER_MIGRATIONS.config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    now = dt.datetime(2025, 1, 1)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO posts (id, code, name, country, revoked, created_utc) "
                "VALUES (1, 'GTM-A', 'A', 'GTM', 0, :n)"
            ),
            {"n": now},
        )
        for seq, (number, day) in enumerate([("OLD1", "2024-01-01"), ("NEW2", "2025-01-01")], start=1):
            payload = json.dumps(
                {
                    "id": f"m{seq}",
                    "post": "GTM-A",
                    "traveller": {
                        "surname": "PEREZ",
                        "given_names": "ANA",
                        "nationality": "MEX",
                        "birth_date": "1985-03-14",
                        "sex": "F",
                    },
                    "document": {"issuing_state": "MEX", "number": number},
                }
            )
            connection.execute(
                text(
                    "INSERT INTO movements (seq, id, post_id, batch_id, direction, decision, country, "
                    "nationality, at_utc, local_date, days_granted, traveller_key, payload, received_utc) "
                    "VALUES (:seq, :id, 1, 'b', 'entry', 'admitted', 'GTM', 'MEX', :at, :day, NULL, 'k', "
                    ":payload, :n)"
                ),
                {"seq": seq, "id": f"m{seq}", "at": now, "day": day, "payload": payload, "n": now},
            )
    database.upgrade(engine)
    with Session(engine) as db:
        assert len(db.execute(select(CentralTraveller)).scalars().all()) == 1  # the renewal joined
        assert {m.traveller_id for m in db.execute(select(ServerMovement)).scalars()} == {1}
        view = traveller_view(db, "MEX", "OLD1", at=dt.datetime(2025, 1, 5, 12), country="GTM")
        assert [s["entry_date"] for s in view["stays"]] == ["2024-01-01", "2025-01-01"]  # type: ignore[index]
    assert core.server_key(engine).public_key
    engine.dispose()
