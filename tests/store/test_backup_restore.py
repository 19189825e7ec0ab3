"""Backups carry the encrypted store and its key slots; a restore brings back exactly what was saved."""

from __future__ import annotations

import datetime as dt
import tarfile
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, td3
from sqlalchemy import select

from midas_desktop.services import backups
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.errors import AccessDenied, BadInput
from midas_desktop.services.session import login
from midas_desktop.store.models import Movement


def movement_ids(store: Path) -> set[str]:
    with login(store, "admin", ADMIN_PASSWORD) as admin, admin.transaction() as db:
        return set(db.execute(select(Movement.id)).scalars())


def record(store: Path, number: str) -> None:
    with login(store, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(
            officer,
            CrossingRequest(
                td3(number=number, surname="BACKUPTEST"),
                Direction.ENTRY,
                dt.datetime(2025, 1, 1, 15, tzinfo=dt.UTC),
            ),
        )


def test_backup_then_restore_gives_back_the_saved_store(store_path: Path, tmp_path: Path) -> None:
    record(store_path, "A1111111")
    archive = tmp_path / "usb" / "post-backup.tar"
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        backups.backup(admin, archive)
    saved = movement_ids(store_path)
    record(store_path, "B2222222")  # after the backup: must be gone after the restore
    assert b"BACKUPTEST" not in archive.read_bytes()
    with pytest.raises(BadInput, match="--force"):
        backups.restore(archive, store_path, "admin", ADMIN_PASSWORD)
    with pytest.raises(AccessDenied):
        backups.restore(archive, store_path, "admin", "wrong-password", force=True)
    assert len(movement_ids(store_path)) == 2  # a failed restore changed nothing
    kept = backups.restore(archive, store_path, "admin", ADMIN_PASSWORD, force=True)
    assert movement_ids(store_path) == saved
    assert kept is not None and kept.exists()  # the replaced store is kept, not deleted
    with login(store_path, "officer", OFFICER_PASSWORD):
        pass  # every user's key slot came back with the store


def test_a_damaged_archive_is_refused(store_path: Path, tmp_path: Path) -> None:
    archive = tmp_path / "b.tar"
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        backups.backup(admin, archive)
    data = bytearray(archive.read_bytes())
    with tarfile.open(archive) as tar:
        offset = tar.getmember("post.db").offset_data
    data[offset + 5000] ^= 0xFF
    damaged = tmp_path / "damaged.tar"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BadInput, match="does not match its digest"):
        backups.restore(damaged, tmp_path / "new" / "post.db", "admin", ADMIN_PASSWORD)
    (tmp_path / "junk.tar").write_bytes(b"not a tar at all")
    with pytest.raises(BadInput, match="damaged or not a post backup"):
        backups.restore(tmp_path / "junk.tar", tmp_path / "new" / "post.db", "admin", ADMIN_PASSWORD)
