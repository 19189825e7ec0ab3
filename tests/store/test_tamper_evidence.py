"""``midas store verify`` names a flipped byte in the file and a changed audit row; other commands that
meet a damaged page fail with one line, never a traceback."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, midas_bin, td3
from sqlalchemy import text

from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import login

PAGE = 4096


def fill(store: Path, crossings: int) -> None:
    with login(store, "officer", OFFICER_PASSWORD) as officer:
        for n in range(crossings):
            record_crossing(
                officer,
                CrossingRequest(
                    td3(number=f"T{n:07d}"), Direction.ENTRY, dt.datetime(2025, 1, 1, 15, tzinfo=dt.UTC)
                ),
            )


def midas(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [midas_bin(), *args, "--user", "admin", "--password-stdin"],
        input=ADMIN_PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("table", "command"),
    [
        # The overstay scan reads movements through the driver's own connection beneath SQLAlchemy;
        # statistics read the counts the store keeps of them, through SQLAlchemy.
        ("movements", ("overstays", "--json")),
        ("movement_day_counts", ("stats", "--format", "json")),
    ],
)
def test_a_flipped_byte_is_reported_with_its_page(
    store_path: Path, table: str, command: tuple[str, ...]
) -> None:
    fill(store_path, 40)
    assert json.loads(midas("store", "verify", "--json", "--store", str(store_path)).stdout)["ok"] is True
    # The table's root page: every read of the table passes through it, whatever the page layout this
    # SQLite build chose (a page counted from the file's end held another table on Debian 12).
    with login(store_path, "admin", ADMIN_PASSWORD) as admin, admin.engine.connect() as connection:
        damaged_page = connection.execute(
            text("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": table}
        ).scalar_one()
    data = bytearray(store_path.read_bytes())
    data[(damaged_page - 1) * PAGE + 1000] ^= 0x01
    store_path.write_bytes(bytes(data))

    result = midas("store", "verify", "--json", "--store", str(store_path))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert any(f"page {damaged_page}" in e for e in report["errors"]), report["errors"]

    # The command that reads the damaged page says so in one line, never a traceback nor "internal error".
    failed = midas(*command, "--store", str(store_path))
    assert failed.returncode == 1, failed.stdout
    assert failed.stderr.count("\n") == 1 and "damaged" in failed.stderr, failed.stderr
    assert "Traceback" not in failed.stderr and "internal error" not in failed.stderr


def test_a_changed_audit_row_is_reported_by_its_number(store_path: Path) -> None:
    fill(store_path, 3)
    with login(store_path, "admin", ADMIN_PASSWORD) as admin, admin.engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET actor = 'somebody-else' WHERE seq = 4"))
    result = midas("audit", "verify", "--json", "--store", str(store_path))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    # Entry 4's stored hash no longer matches its content (and its signer is not the actor it names);
    # entry 5 still links to that stored hash, so nothing else is reported.
    assert report["errors"][0] == "audit entry 4: content changed after it was written (hash mismatch)"
    assert all(error.startswith("audit entry 4:") for error in report["errors"])
