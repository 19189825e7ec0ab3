"""A bad record never holds the others back: the client splits batches to fit the server's limit, and
sets aside (quarantines) a record that breaks the rules or that the server refuses, for the
administrator to see; everything else is delivered (real server processes, real encrypted stores)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, td3
from sqlalchemy import select
from sync_support import ServerProcess, database_url, register_post, server_ids, start_server

from midas_desktop.domain.stay.history import Direction
from midas_desktop.services.clock import parse_moment
from midas_desktop.services.crossings import CrossingRequest, record_crossing
from midas_desktop.services.session import login
from midas_desktop.store.models import OutboxRecord
from midas_desktop.sync import client, quarantine
from midas_desktop.sync.loadgen import add_synthetic_movements


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    for url in database_url("sqlite", tmp_path):
        yield from start_server(url, tmp_path)


def enrol(store_path: Path, server: ServerProcess) -> None:
    token = register_post(server.db_url, "GTM-TECUN")
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        client.enrol(admin, server.url, token)


def midas(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).with_name("midas")), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_records_made_before_the_rules_are_set_aside_and_the_rest_is_delivered(
    store_path: Path, server: ServerProcess
) -> None:
    enrol(store_path, server)
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        old = add_synthetic_movements(officer, 90, seed=3)
        # As an older version let them through: a 100 kB purpose on each (the server refuses 413).
        with officer.transaction() as db:
            for row in db.execute(select(OutboxRecord).where(OutboxRecord.id.in_(old))).scalars():
                row.payload = {**row.payload, "purpose": "p" * 100_000}
        small = record_crossing(
            officer, CrossingRequest(td3(), Direction.ENTRY, parse_moment(None), purpose="tourism")
        )
        report = client.sync_once(officer)
        assert report.quarantined == 90 and report.acknowledged == 1
        assert server_ids(server.db_url) == [small.movement["id"]]
        status = client.status(officer)
        assert (status.queued, status.quarantined, status.last_error) == (0, 90, None)
        assert client.sync_once(officer).quarantined == 0  # set aside once, not tried again
    listed = midas(
        "sync", "quarantine", "--json", "--store", str(store_path), "--user", "admin", "--password-stdin",
        stdin=ADMIN_PASSWORD,
    )  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert sorted(r["id"] for r in rows) == sorted(old)
    assert all("purpose: longer than 64 characters" in r["reason"] for r in rows), rows[0]["reason"]
    assert "SYNTHETIC" not in listed.stdout  # no names in the listing
    # An officer may see the list, only an administrator may send one again.
    refused = midas(
        "sync", "release", old[0], "--store", str(store_path), "--user", "officer", "--password-stdin",
        stdin=OFFICER_PASSWORD,
    )  # fmt: skip
    assert refused.returncode == 1
    released = midas(
        "sync", "release", old[0], "--store", str(store_path), "--user", "admin", "--password-stdin",
        stdin=ADMIN_PASSWORD,
    )  # fmt: skip
    assert released.returncode == 0, released.stderr
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        assert client.status(officer).queued == 1
        assert client.sync_once(officer).quarantined == 1  # still breaks the rule: set aside again
        assert [r.id for r in quarantine.quarantined(officer)].count(old[0]) == 1


def test_a_record_the_server_refuses_is_set_aside_and_its_batch_goes_on(
    store_path: Path, server: ServerProcess
) -> None:
    enrol(store_path, server)
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        ids = add_synthetic_movements(officer, 20, seed=4)
        # Altered after it was signed (within the rules): only the server can tell, and names it.
        with officer.transaction() as db:
            row = db.get(OutboxRecord, ids[7])
            assert row is not None
            row.payload = {**row.payload, "purpose": "altered"}
        report = client.sync_once(officer)
        assert report.acknowledged == 19 and report.quarantined == 1
        (held,) = quarantine.quarantined(officer)
        assert held.id == ids[7] and "refused by the server" in held.reason
        assert sorted(server_ids(server.db_url)) == sorted(i for i in ids if i != ids[7])


def test_batches_are_split_to_fit_the_servers_body_limit(store_path: Path, tmp_path: Path) -> None:
    # A server (or its reverse proxy) that takes less than the protocol's 8 MB: the post learns it
    # from the 413 and sends smaller batches.
    small = ServerProcess(
        f"sqlite:///{tmp_path / 'central.db'}", tmp_path / "small.log", options=("--max-body-bytes", "100000")
    )
    small.start()
    try:
        enrol(store_path, small)
        with login(store_path, "officer", OFFICER_PASSWORD) as officer:
            ids = add_synthetic_movements(officer, 400, seed=5)  # about 400 kB in one batch
            report = client.sync_once(officer)
            assert report.acknowledged == 400 and report.quarantined == 0
            assert report.batches >= 4  # none above about 100 kB
        assert sorted(server_ids(small.db_url)) == sorted(ids)
    finally:
        small.kill()


def test_fitting_keeps_a_batch_within_its_budget() -> None:
    records = [{"id": str(i), "kind": "movement", "payload": {"purpose": "x" * 1000}} for i in range(50)]
    head = client.fitting(records, 10_000)
    assert 5 <= len(head) < 10
    assert sum(len(json.dumps(r, separators=(",", ":"))) + 1 for r in head) <= 10_000
    assert client.fitting(records[:1], 10) == records[:1]  # one record always goes (the server judges)
