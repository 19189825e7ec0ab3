"""Push against a real server process: nothing lost, nothing twice, through kills, replays and tampering."""

from __future__ import annotations

import copy
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, td3
from sqlalchemy import func, select
from sync_support import (
    ServerProcess,
    database_url,
    movement_counts,
    register_post,
    run_server_cli,
    server_ids,
    start_server,
)

from midas_desktop.services.clock import parse_moment
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import login
from midas_desktop.store.models import OutboxRecord
from midas_desktop.sync import client, protocol
from midas_desktop.sync.loadgen import add_synthetic_movements


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from database_url(request.param, tmp_path)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> Iterator[str]:
    yield from database_url("sqlite", tmp_path)


@pytest.fixture
def server(db_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    yield from start_server(db_url, tmp_path)


@pytest.fixture
def sqlite_server(sqlite_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    yield from start_server(sqlite_url, tmp_path)


def enrol(store_path: Path, server: ServerProcess) -> None:
    token = register_post(server.db_url, "GTM-TECUN")
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        client.enrol(admin, server.url, token)


def pending(store_path: Path) -> int:
    with login(store_path, "officer", OFFICER_PASSWORD) as session, session.transaction() as db:
        return int(
            db.execute(
                select(func.count()).select_from(OutboxRecord).where(OutboxRecord.sent_utc.is_(None))
            ).scalar()
            or 0
        )


def outbox_ids(store_path: Path) -> set[str]:
    with login(store_path, "officer", OFFICER_PASSWORD) as session, session.transaction() as db:
        return set(db.execute(select(OutboxRecord.id)).scalars())


def load(store_path: Path, count: int, seed: int = 1) -> list[str]:
    with login(store_path, "officer", OFFICER_PASSWORD) as session:
        return add_synthetic_movements(session, count, seed=seed)


def assert_exactly_once(store_path: Path, db_url: str) -> None:
    rows, distinct = movement_counts(db_url)
    expected = outbox_ids(store_path)
    assert rows == distinct == len(expected)
    assert set(server_ids(db_url)) == expected
    assert pending(store_path) == 0


def wait_for_rows(db_url: str, at_least: int, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = movement_counts(db_url)[0]
        if rows >= at_least:
            return rows
        time.sleep(0.02)
    raise AssertionError("the server never received the first batches")


# --- push, dedup, replays: SQLite and PostgreSQL ------------------------------------------------


def test_push_sends_every_record_once(store_path: Path, server: ServerProcess) -> None:
    enrol(store_path, server)
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        for number in ("A1111111", "B2222222", "C3333333"):
            record_crossing(
                officer,
                CrossingRequest(td3(number=number), Direction.ENTRY, parse_moment("2025-03-01T10:00-06:00")),
            )
    load(store_path, 1200)
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        report = client.sync_once(officer)
        assert (report.sent, report.acknowledged, report.batches, report.queued) == (1203, 1203, 3, 0)
        again = client.sync_once(officer)
        assert (again.sent, again.acknowledged) == (0, 0)
        state = client.status(officer)
    assert state.enrolled and state.queued == 0 and state.last_success and state.last_error is None
    assert_exactly_once(store_path, server.db_url)


def _signed(store_path: Path, records: list[dict[str, Any]], batch_id: str | None = None) -> dict[str, Any]:
    """A batch signed by the post's officer, as the sync client makes it (its records were signed by
    their maker when they were recorded)."""
    with login(store_path, "officer", OFFICER_PASSWORD) as session:
        batch = protocol.make_batch(
            "GTM-TECUN",
            batch_id or str(uuid.uuid4()),
            "2025-03-01T00:00:00Z",
            session.signer_ref,
            records,
            protocol.PushExtras(),
        )
        return {"batch": batch, "signature": session.sign(batch)}


def _records(store_path: Path) -> list[dict[str, Any]]:
    with login(store_path, "officer", OFFICER_PASSWORD) as session, session.transaction() as db:
        rows = db.execute(select(OutboxRecord).order_by(OutboxRecord.id)).scalars()
        return [{"id": r.id, "kind": r.kind, "payload": r.payload} for r in rows]


def test_duplicates_and_replays_never_make_a_second_row(store_path: Path, server: ServerProcess) -> None:
    enrol(store_path, server)
    load(store_path, 20)
    records = _records(store_path)
    first = _signed(store_path, records[:10])
    answers = [httpx.post(server.url + "/v1/batches", json=first).json() for _ in range(2)]
    assert [a["ack"]["new"] for a in answers] == [10, 0]  # the same batch twice
    assert answers[1]["ack"]["accepted"] == [r["id"] for r in records[:10]]
    overlapping = httpx.post(server.url + "/v1/batches", json=_signed(store_path, records[5:15])).json()
    assert overlapping["ack"]["new"] == 5  # records in two batches
    replay = httpx.post(server.url + "/v1/batches", json=first).json()
    assert replay["ack"]["new"] == 0  # an old batch replayed later
    reused = httpx.post(
        server.url + "/v1/batches", json=_signed(store_path, records[15:], first["batch"]["batch_id"])
    )
    assert reused.status_code == 409  # a batch id may not be reused for other records
    assert movement_counts(server.db_url) == (15, 15)
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        client.sync_once(officer)  # the post does not know about the hand-sent batches: it resends
    assert_exactly_once(store_path, server.db_url)


def test_bad_batches_are_rejected_whole(store_path: Path, server: ServerProcess) -> None:
    enrol(store_path, server)
    load(store_path, 501)
    records = _records(store_path)
    url = server.url + "/v1/batches"

    tampered = copy.deepcopy(_signed(store_path, records[:5]))
    tampered["batch"]["records"][2]["payload"]["direction"] = "exit"
    response = httpx.post(url, json=tampered)
    assert response.status_code == 401 and "signature" in response.json()["error"]

    bad_record = [dict(r) for r in records[:5]]
    bad_record[3] = {**bad_record[3], "payload": {**bad_record[3]["payload"], "direction": "sideways"}}
    response = httpx.post(url, json=_signed(store_path, bad_record))
    assert response.status_code == 422 and "record 3" in response.json()["error"]

    assert httpx.post(url, json=_signed(store_path, records)).status_code == 400  # 501 records
    assert httpx.post(url, content=b"{not json").status_code == 400
    assert httpx.post(url, json={"batch": {}, "signature": "x"}).status_code == 400
    stranger = _signed(store_path, records[:5])
    stranger["batch"]["post"] = "HND-NOWHERE"
    assert httpx.post(url, json=stranger).status_code == 403
    assert movement_counts(server.db_url) == (0, 0)  # nothing partial was stored

    log = server.log_path.read_text()
    assert "rejected" in log
    for record in records[:5]:  # no personal data in the server's log
        assert record["payload"]["traveller"]["surname"] not in log
        assert record["payload"]["document"]["number"] not in log

    revoked = run_server_cli("post", "revoke", "GTM-TECUN", "--db", server.db_url)
    assert revoked.returncode == 0, revoked.stderr
    assert httpx.post(url, json=_signed(store_path, records[:5])).status_code == 403
    with (
        login(store_path, "officer", OFFICER_PASSWORD) as officer,
        pytest.raises(client.SyncError, match="revoked"),
    ):
        client.sync_once(officer)
    assert pending(store_path) == 501


# --- faults with a real process killed mid-way (SQLite; the core also on PostgreSQL) --------------


def test_server_killed_mid_batch_and_restarted(store_path: Path, server: ServerProcess) -> None:
    enrol(store_path, server)
    load(store_path, 6000)
    outcome: dict[str, Any] = {}

    def sync() -> None:
        with login(store_path, "officer", OFFICER_PASSWORD) as officer:
            try:
                outcome["report"] = client.sync_once(officer, max_attempts=40, backoff=0.05, max_backoff=0.5)
            except Exception as exc:
                outcome["error"] = exc

    worker = threading.Thread(target=sync)
    worker.start()
    for threshold in (500, 2500):  # twice: after the first batches, and again later
        wait_for_rows(server.db_url, threshold)
        server.kill()  # cuts the connection of the batch in flight
        time.sleep(0.3)
        server.start()
    worker.join(timeout=120)
    assert "error" not in outcome, outcome.get("error")
    assert outcome["report"].retries >= 2
    assert_exactly_once(store_path, server.db_url)


def test_post_killed_mid_sync_resends_without_doubles(store_path: Path, sqlite_server: ServerProcess) -> None:
    enrol(store_path, sqlite_server)
    load(store_path, 6000)
    script = (
        "import sys\n"
        "from midas_desktop.services.session import login\n"
        "from midas_desktop.sync.client import sync_once\n"
        "from pathlib import Path\n"
        "with login(Path(sys.argv[1]), 'officer', sys.argv[2]) as s:\n"
        "    sync_once(s)\n"
    )
    post = subprocess.Popen([sys.executable, "-c", script, str(store_path), OFFICER_PASSWORD])
    wait_for_rows(sqlite_server.db_url, 1000)
    post.kill()  # SIGKILL: the post dies between batches, or between an ack and marking it
    post.wait(timeout=10)
    assert pending(store_path) > 0
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:  # the post's next start
        report = client.sync_once(officer)
    assert report.queued == 0
    assert_exactly_once(store_path, sqlite_server.db_url)


def test_unreachable_server_keeps_everything_queued(store_path: Path, sqlite_server: ServerProcess) -> None:
    enrol(store_path, sqlite_server)
    load(store_path, 30)
    sqlite_server.kill()
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        with pytest.raises(client.SyncError, match="could not be reached"):
            client.sync_once(officer, max_attempts=2, backoff=0.01)
        state = client.status(officer)
    assert state.queued == 30 and state.last_error and state.last_success is None
    sqlite_server.start()
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        assert client.sync_once(officer).acknowledged == 30
        assert client.status(officer).last_error is None
    assert_exactly_once(store_path, sqlite_server.db_url)
