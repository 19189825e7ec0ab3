"""Stores and central databases made before "one traveller, one history" are upgraded losing nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from alembic import command
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, td3
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from midas_desktop.server import core, database
from midas_desktop.server.models import CentralTraveller, ServerMovement
from midas_desktop.server.travellers import traveller_view
from midas_desktop.services.clock import parse_moment
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import login, open_with_slot
from midas_desktop.store import schema
from midas_desktop.store.models import Stay, Traveller


def test_an_old_post_store_gets_identity_keys_and_rebuilt_stays(store_path: Path) -> None:
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(officer, CrossingRequest(td3(), Direction.ENTRY, parse_moment("2025-01-01")))
        record_crossing(officer, CrossingRequest(td3(), Direction.ENTRY, parse_moment("2025-03-01")))
    _slot, _key, engine = open_with_slot(store_path, "admin", ADMIN_PASSWORD)
    config = schema.POST_MIGRATIONS.config(engine)
    with engine.connect() as connection:
        # Going back rebuilds tables that others refer to (SQLite's batch mode): references off meanwhile.
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        with connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, "0004")
            # As b88dd7d kept it: the stay without an exit closed at the later entry itself.
            connection.execute(
                text("UPDATE stays SET exit_date = '2025-03-01' WHERE entry_date = '2025-01-01'")
            )
    engine.dispose()

    with login(store_path, "admin", ADMIN_PASSWORD) as admin, admin.transaction() as db:
        [traveller] = db.execute(select(Traveller)).scalars().all()
        assert traveller.person_key is not None
        stays = db.execute(select(Stay).order_by(Stay.entry_date)).scalars().all()
        assert [(s.entry_date, s.exit_date, s.exit_missing) for s in stays] == [
            (dt.date(2025, 1, 1), dt.date(2025, 2, 28), True),
            (dt.date(2025, 3, 1), None, False),
        ]
        settings = db.execute(text("SELECT settings FROM post_settings")).scalar()
        assert "history_rebuild_pending" not in str(settings)


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
