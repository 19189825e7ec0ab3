"""Headquarters sees a post's capture freeze: each push reports it, the posts page words it, and a
post silent for longer than its own limit shows as probably frozen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, td3
from sqlalchemy import create_engine, update
from sync_support import ServerProcess, database_url, register_post, start_server

from midas_desktop.server.console.access import Actor
from midas_desktop.server.post_health.service import capture_state, posts
from midas_desktop.services import outbox
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.outbox import OutboxLimits
from midas_desktop.services.session import login
from midas_desktop.store.models import OutboxRecord
from midas_desktop.sync import client, protocol


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    for url in database_url("sqlite", tmp_path):
        yield from start_server(url, tmp_path)


def post_row(server: ServerProcess) -> dict[str, object]:
    engine = create_engine(server.db_url)
    try:
        [found] = [p for p in posts(engine, Actor("analyst", "analyst")) if p["code"] == "GTM-TECUN"]
        return found
    finally:
        engine.dispose()


def test_a_frozen_post_says_so_at_its_next_push(store_path: Path, server: ServerProcess) -> None:
    token = register_post(server.db_url, "GTM-TECUN")
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        client.enrol(admin, server.url, token)
        outbox.set_limits(admin, OutboxLimits(warn_days=2, refuse_days=7))
    assert post_row(server)["capture"] == "unknown"  # enrolled, never pushed

    now = dt.datetime.now(dt.UTC)
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(officer, CrossingRequest(td3(number="A1111111"), Direction.ENTRY, now))
        with officer.transaction() as db:  # the link was down for eight days
            db.execute(
                update(OutboxRecord)
                .where(OutboxRecord.sent_utc.is_(None))
                .values(created_utc=now.replace(tzinfo=None) - dt.timedelta(days=8))
            )
        assert outbox.outbox_state(officer, now).captures_refused
        report = client.sync_once(officer)
    assert report.acknowledged == 1
    row = post_row(server)
    assert row["capture"] == "refuse" and row["frozen"]
    assert row["reported_capture"] == {"level": "refuse", "age_days": 8, "warn_days": 2, "refuse_days": 7}

    with login(store_path, "officer", OFFICER_PASSWORD) as officer:  # the queue is empty again
        record_crossing(officer, CrossingRequest(td3(number="B2222222"), Direction.ENTRY, now))
        client.sync_once(officer)
    assert post_row(server)["capture"] == "ok"


def test_silence_longer_than_the_post_s_limit_reads_as_probably_frozen() -> None:
    now = dt.datetime(2026, 12, 2, 12, 0)
    report = {"level": "ok", "age_days": 0, "warn_days": 2, "refuse_days": 7}
    post = {"reported_capture": report, "last_batch": "2026-11-30T12:00:00Z"}
    assert capture_state(post, [], now) == "ok"
    assert capture_state({**post, "last_batch": "2026-11-20T12:00:00Z"}, [], now) == "silent"
    never = {**report, "refuse_days": 0}  # a post that never refuses is never frozen, however silent
    assert (
        capture_state({**post, "reported_capture": never, "last_batch": "2026-01-01T00:00:00Z"}, [], now)
        == "ok"
    )
    assert capture_state({"reported_capture": None}, [], now) == "unknown"
    assert capture_state(post, [{"kind": "capture_frozen", "status": "open"}], now) == "refuse"


def test_a_malformed_report_is_ignored_never_a_refusal() -> None:
    assert protocol.parse_capture({"level": "refuse", "age_days": 3, "warn_days": 1, "refuse_days": 2}) == {
        "level": "refuse",
        "age_days": 3,
        "warn_days": 1,
        "refuse_days": 2,
    }
    for bad in (
        None,
        "refuse",
        {"level": "melted"},
        {"level": "ok", "age_days": -1, "warn_days": 1, "refuse_days": 1},
        {"level": "ok", "age_days": True, "warn_days": 1, "refuse_days": 1},
    ):
        assert protocol.parse_capture(bad) is None
