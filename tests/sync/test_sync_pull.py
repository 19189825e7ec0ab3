"""Pull: other posts' movements close and chain stays here; the watchlist arrives; nothing twice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, td3
from sqlalchemy import select
from sync_support import ServerProcess, database_url, register_post, run_server_cli, start_server

from midas_desktop.services import ingest, users
from midas_desktop.services.clock import parse_moment, utc_now
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import init_store, login
from midas_desktop.store.models import Movement, OutboxRecord, Stay, SyncLink, WatchlistRow
from midas_desktop.sync import client

TRAVELLER = td3(surname="GARCIA LOPEZ", given_names="MARIA", number="P7777777", nationality="MEX")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    for url in database_url("sqlite", tmp_path):
        yield from start_server(url, tmp_path)


def new_post(tmp_path: Path, code: str, country: str, server: ServerProcess) -> Path:
    path = tmp_path / code / "post.db"
    init_store(
        path,
        post_code=code,
        post_name=code,
        country=country,
        timezone=None,
        admin="admin",
        password=ADMIN_PASSWORD,
    )
    with login(path, "admin", ADMIN_PASSWORD) as admin:
        users.add_user(admin, "officer", "officer", OFFICER_PASSWORD)
        client.enrol(admin, server.url, register_post(server.db_url, code))
    return path


def cross(path: Path, direction: Direction, at: str) -> dict[str, object]:
    with login(path, "officer", OFFICER_PASSWORD) as officer:
        return record_crossing(officer, CrossingRequest(TRAVELLER, direction, parse_moment(at))).to_dict()


def sync(path: Path) -> client.SyncReport:
    with login(path, "officer", OFFICER_PASSWORD) as officer:
        return client.sync_once(officer)


def test_an_exit_here_closes_an_entry_recorded_at_another_post(tmp_path: Path, server: ServerProcess) -> None:
    here = new_post(tmp_path, "GTM-TECUN", "GTM", server)
    there = new_post(tmp_path, "GTM-PEDRO", "GTM", server)
    cross(there, Direction.ENTRY, "2025-03-01T10:00")
    assert sync(there).acknowledged == 1
    report = sync(here)
    assert report.pulled == 1 and report.sent == 0
    exit_here = cross(here, Direction.EXIT, "2025-03-10T10:00")
    assert exit_here["stay"] is not None and exit_here["stay"]["days_used"] == 10  # type: ignore[index]
    assert not [a for a in exit_here["alerts"] if a["kind"] == "exit_without_entry"]  # type: ignore[union-attr]
    assert sync(here).acknowledged == 1
    assert sync(there).pulled == 1  # the exit closes the stay where the entry was recorded too
    with login(there, "officer", OFFICER_PASSWORD) as officer, officer.transaction() as db:
        stays = list(db.execute(select(Stay)).scalars())
    assert [(s.entry_date, s.exit_date) for s in stays] == [(dt.date(2025, 3, 1), dt.date(2025, 3, 10))]

    # Pulled rows are not sent back, and pulling everything again changes nothing.
    with login(here, "officer", OFFICER_PASSWORD) as officer:
        with officer.transaction() as db:
            link = db.get(SyncLink, 1)
            assert link is not None
            link.pull_cursor = 0
            outbox = len(list(db.execute(select(OutboxRecord.id)).scalars()))
            payload = db.execute(select(OutboxRecord.payload)).scalars().first()
        again = client.sync_once(officer)
        assert (again.pulled, again.sent) == (0, 0)
        with officer.transaction() as db:
            assert len(list(db.execute(select(OutboxRecord.id)).scalars())) == outbox == 1
            assert payload is not None
            assert ingest.apply_movements(db, [payload], utc_now()) == 0
            assert len(list(db.execute(select(Movement.id)).scalars())) == 2


def test_ca4_stays_add_up_across_countries(tmp_path: Path, server: ServerProcess) -> None:
    guatemala = new_post(tmp_path, "GTM-TECUN", "GTM", server)
    honduras = new_post(tmp_path, "HND-CORINTO", "HND", server)
    cross(guatemala, Direction.ENTRY, "2025-01-01T10:00")
    sync(guatemala)
    assert sync(honduras).pulled == 1
    entry = cross(honduras, Direction.ENTRY, "2025-03-15T10:00")
    figures = entry["stay"]
    assert isinstance(figures, dict)
    # One CA-4 chain from 1 January: 74 days used, not a fresh allowance in Honduras.
    assert (figures["days_used"], figures["days_remaining"]) == (74, 16)


def test_watchlist_entries_reach_the_post(tmp_path: Path, server: ServerProcess) -> None:
    here = new_post(tmp_path, "GTM-TECUN", "GTM", server)
    csv_path = tmp_path / "watchlist.csv"
    csv_path.write_text(
        "document_number,issuing_state,surname,given_names,birth_date,reason,source\n"
        "P7777777,MEX,GARCIA LOPEZ,MARIA,1985-03-14,court order 12/2025,national\n",
        encoding="utf-8",
    )
    for _ in range(2):  # importing twice adds nothing the second time
        result = run_server_cli("watchlist", "import", str(csv_path), "--db", server.db_url)
        assert result.returncode == 0, result.stderr
    assert sync(here).watchlist == 1
    assert sync(here).watchlist == 0
    with login(here, "officer", OFFICER_PASSWORD) as officer, officer.transaction() as db:
        assert len(list(db.execute(select(WatchlistRow.id)).scalars())) == 1
    crossing = cross(here, Direction.ENTRY, "2025-03-01T10:00")
    assert any(a["kind"] == "watchlist_hit" for a in crossing["alerts"])  # type: ignore[union-attr]


def test_a_backlog_is_pulled_page_by_page(tmp_path: Path, server: ServerProcess) -> None:
    from midas_desktop.sync.loadgen import add_synthetic_movements

    here = new_post(tmp_path, "GTM-TECUN", "GTM", server)
    there = new_post(tmp_path, "GTM-PEDRO", "GTM", server)
    with login(there, "officer", OFFICER_PASSWORD) as officer:
        add_synthetic_movements(officer, 650, seed=11)
    assert sync(there).acknowledged == 650
    with login(here, "officer", OFFICER_PASSWORD) as officer:
        assert client.sync_once(officer, pull_page=300).pulled == 650  # three pages
    with login(here, "officer", OFFICER_PASSWORD) as officer, officer.transaction() as db:
        assert len(list(db.execute(select(Stay.id)).scalars())) == 650
        assert list(db.execute(select(OutboxRecord.id)).scalars()) == []
    assert sync(here).pulled == 0


def test_refusals_and_extensions_are_pushed_too(tmp_path: Path, server: ServerProcess) -> None:
    from conftest import SUPERVISOR_PASSWORD

    from midas_desktop.services import extensions

    here = new_post(tmp_path, "GTM-TECUN", "GTM", server)
    there = new_post(tmp_path, "GTM-PEDRO", "GTM", server)
    with login(here, "admin", ADMIN_PASSWORD) as admin:
        users.add_user(admin, "supervisor", "supervisor", SUPERVISOR_PASSWORD)
    cross(here, Direction.ENTRY, "2025-01-01T10:00")
    refused = td3(surname="REFUSED", given_names="PERSON", number="Q1234567", nationality="USA")
    with login(here, "officer", OFFICER_PASSWORD) as officer:
        request = CrossingRequest(
            refused, Direction.ENTRY, parse_moment("2025-01-02T10:00"), refusal_reason="no visa"
        )
        record_crossing(officer, request)
    with login(here, "supervisor", SUPERVISOR_PASSWORD) as supervisor:
        stay_id = extensions.open_stay_of_document(supervisor, "MEX", "P7777777")
        extensions.grant_extension(
            supervisor, stay_id, 30, "INM", "medical", parse_moment("2025-03-01T10:00")
        )
    report = sync(here)
    assert (report.sent, report.acknowledged, report.queued) == (3, 3, 0)  # two movements, one extension
    assert sync(there).pulled == 2
    with login(there, "officer", OFFICER_PASSWORD) as officer, officer.transaction() as db:
        stays = list(db.execute(select(Stay)).scalars())
    assert len(stays) == 1  # the refused entry opened no stay
