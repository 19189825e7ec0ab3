"""Retention: data past its time is erased for good (not even in free pages or the WAL), the rest stays."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, td3
from sqlalchemy import func, select
from sqlcipher_pages import decrypted_pages, wal_frames

from midas_desktop.services import retention, verification
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import login, open_store
from midas_desktop.store.models import Movement, OutboxRecord, Traveller

GT = dt.timezone(dt.timedelta(hours=-6))


def cross(store: Path, direction: Direction, day: str, surname: str, number: str) -> None:
    with login(store, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(
            officer,
            CrossingRequest(
                td3(surname=surname, number=number),
                direction,
                dt.datetime.fromisoformat(day + "T10:00").replace(tzinfo=GT),
            ),
        )


def test_purge_erases_old_stays_for_good_and_keeps_recent_ones(store_path: Path) -> None:
    cross(store_path, Direction.ENTRY, "2019-03-01", "OLDVISITORQX", "OLD000001")
    cross(store_path, Direction.EXIT, "2019-03-20", "OLDVISITORQX", "OLD000001")
    cross(store_path, Direction.ENTRY, "2020-01-01", "OVERSTAYERQX", "OVR000001")
    cross(store_path, Direction.EXIT, "2020-06-01", "OVERSTAYERQX", "OVR000001")  # an overstay case
    cross(store_path, Direction.ENTRY, "2024-05-01", "RECENTQX", "NEW000001")
    at = dt.datetime(2024, 6, 1, 12, tzinfo=GT)
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        warning = retention.purge(admin, at, erase=False)
        assert (warning.stays, warning.movements, warning.erased) == (1, 2, False)
        report = retention.purge(admin, at, erase=True)
        assert (report.stays, report.movements, report.travellers) == (1, 2, 1)
        with admin.transaction() as db:
            assert db.execute(select(func.count()).select_from(Movement)).scalar_one() == 3
            assert db.execute(select(func.count()).select_from(OutboxRecord)).scalar_one() == 3
            assert sorted(db.execute(select(Traveller.surname)).scalars()) == ["OVERSTAYERQX", "RECENTQX"]
        assert verification.verify_store(admin).ok
        assert "retention_purge" in [e["action"] for e in verification.audit_entries(admin)]
        later = retention.purge(admin, dt.datetime(2025, 7, 1, 12, tzinfo=GT), erase=True)
        assert later.stays == 1  # the overstay case, five years after its exit
    _key_file, _pair, database_key, engine = open_store(store_path, "admin", ADMIN_PASSWORD)
    engine.dispose()
    pages = decrypted_pages(store_path, database_key)
    frames = wal_frames(store_path.with_name(store_path.name + "-wal"), database_key)
    assert any(b"RECENTQX" in page for page in pages + frames)  # the decryption sees live data ...
    for erased in (b"OLDVISITORQX", b"OLD000001", b"OVERSTAYERQX", b"OVR000001"):
        assert not any(erased in page for page in pages + frames), erased  # ... and no erased data
