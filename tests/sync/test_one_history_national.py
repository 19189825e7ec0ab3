"""One traveller, one history across posts and the centre, with a real server process on PostgreSQL.

Random histories at four posts in three countries (two CA-4 members and Costa Rica), with renewed
passports, refusals, extensions, missing exits and syncs in random order: after every post has synced,
each post's check, the centre's national view as that post sees it, and a reference computed from the
union of every movement agree; and at every crossing the figures a check shows are those recorded.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, SUPERVISOR_PASSWORD, td3
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session
from sync_support import ServerProcess, database_url, register_post, run_server_cli, start_server

from midas_desktop.domain.stay import default_rule_book
from midas_desktop.domain.stay.history import Direction, ExtensionFact, MovementFact, assess_traveller
from midas_desktop.server import database
from midas_desktop.server.travellers import relevant_countries, traveller_view
from midas_desktop.services import extensions, users
from midas_desktop.services.checks import check_traveller
from midas_desktop.services.crossings import CrossingRequest, record_crossing
from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import PostSession, init_store, login
from midas_desktop.store.models import StayExtension
from midas_desktop.sync import client

POSTS = {"GTM-A": "GTM", "GTM-B": "GTM", "SLV-A": "SLV", "CRI-A": "CRI"}
SHARED_KEYS = ("in_country", "in_area", "suggested", "stays", "figures", "previous_overstays")
TODAY = dt.date.today()


@dataclass
class Network:
    server: ServerProcess
    stores: dict[str, Path]
    sessions: dict[str, tuple[PostSession, PostSession]] = field(default_factory=dict)  # officer, supervisor

    def sync(self, code: str) -> None:
        client.sync_once(self.sessions[code][0])


def new_post(tmp_path: Path, code: str, server: ServerProcess) -> Path:
    path = tmp_path / code / "post.db"
    init_store(
        path,
        post_code=code,
        post_name=code,
        country=POSTS[code],
        timezone=None,
        admin="admin",
        password=ADMIN_PASSWORD,
    )
    with login(path, "admin", ADMIN_PASSWORD) as admin:
        users.add_user(admin, "officer", "officer", OFFICER_PASSWORD)
        users.add_user(admin, "supervisor", "supervisor", SUPERVISOR_PASSWORD)
        client.enrol(admin, server.url, register_post(server.db_url, code))
    return path


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Network]:
    tmp_path = tmp_path_factory.mktemp("national")
    for url in database_url("postgresql", tmp_path):
        for server in start_server(url, tmp_path):
            net = Network(server, {code: new_post(tmp_path, code, server) for code in POSTS})
            for code, path in net.stores.items():
                net.sessions[code] = (
                    login(path, "officer", OFFICER_PASSWORD),
                    login(path, "supervisor", SUPERVISOR_PASSWORD),
                )
            try:
                yield net
            finally:
                for officer, supervisor in net.sessions.values():
                    officer.close()
                    supervisor.close()


def moment(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=dt.UTC)


def fact(movement: dict[str, object]) -> MovementFact:
    return MovementFact(
        id=str(movement["id"]),
        direction=Direction(str(movement["direction"])),
        country=str(movement["country"]),
        local_date=dt.date.fromisoformat(str(movement["local_date"])),
        at=dt.datetime.fromisoformat(str(movement["at"]).replace("Z", "+00:00")),
        post=str(movement["post"]),
        decision=str(movement["decision"]),
        days_granted=movement["days_granted"],  # type: ignore[arg-type]
    )


def shared(view: dict[str, object]) -> dict[str, object]:
    return {key: view[key] for key in SHARED_KEYS}


step = st.tuples(
    st.sampled_from(sorted(POSTS)),  # where
    st.sampled_from(["suggested", "suggested", "entry", "exit", "refused", "extension", "extension"]),
    st.integers(0, 60),  # days after the previous step
    st.integers(0, 1),  # which passport (1: the renewal)
    st.lists(st.sampled_from(sorted(POSTS)), max_size=2),  # posts that sync afterwards
)
serial = itertools.count(1)


@settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(step, min_size=3, max_size=9))
def test_every_post_and_the_centre_agree_with_the_union(
    network: Network, steps: list[tuple[str, str, int, int, list[str]]]
) -> None:
    number = next(serial)
    surname = f"HISTORY {chr(65 + number % 26)}{chr(65 + number // 26 % 26)}"
    passports = [
        td3(surname=surname, given_names="ANA", number=f"H{number:05d}A", nationality="MEX"),
        td3(surname=surname, given_names="ANA", number=f"H{number:05d}B", nationality="MEX"),
    ]
    day = TODAY - dt.timedelta(days=600)
    union: list[MovementFact] = []
    used: list[str] = []  # document numbers the centre has seen
    granted: list[str] = []  # extension ids
    for hour, (post, action, gap, passport, syncs) in enumerate(steps):
        day += dt.timedelta(days=gap)
        officer, supervisor = network.sessions[post]
        lines = passports[passport]
        at = moment(day, 8 + hour % 10)
        if action == "extension":
            try:
                stay_id = extensions.open_stay_of_document(supervisor, "MEX", lines[1][:9].rstrip("<"))
                granted.append(
                    extensions.grant_extension(supervisor, stay_id, 15, "DGM", "illness", at).extension_id
                )
            except BadInput:
                pass  # nothing open here to extend
        else:
            check = check_traveller(officer, lines, at)
            direction = check.suggested if action in ("suggested", "refused") else Direction(action)
            request = CrossingRequest(
                lines,
                direction,
                at,
                refusal_reason="no visa" if action == "refused" and direction is Direction.ENTRY else None,
            )
            recorded = record_crossing(officer, request)
            union.append(fact(recorded.movement))
            used.append(f"H{number:05d}{'AB'[passport]}")
            if direction is check.suggested and not request.refused:
                stored = {k: v for k, v in (recorded.stay or {}).items() if k != "stay_id"}
                assert stored == check.to_dict()["figures"]
        for code in syncs:
            network.sync(code)
    assume(union)
    for _round in range(2):
        for code in POSTS:
            network.sync(code)

    extension_facts: list[ExtensionFact] = []
    for code in POSTS:
        with network.sessions[code][0].transaction() as db:
            for row in db.execute(select(StayExtension).where(StayExtension.id.in_(granted))).scalars():
                assert row.entry_movement_id is not None
                extension_facts.append(ExtensionFact(row.id, row.entry_movement_id, row.days))
    check_day = day + dt.timedelta(days=3)
    at = moment(check_day, 12)
    engine = database.open_engine(network.server.db_url)
    try:
        for code, country in POSTS.items():
            officer = network.sessions[code][0]
            at_post = check_traveller(officer, passports[-1], at).to_dict()
            visible = set(relevant_countries(country))
            reference = assess_traveller(
                [m for m in union if m.country in visible],
                extension_facts,
                book=default_rule_book(),
                nationality="MEX",
                country=country,
                day=check_day,
                at=at,
            )
            expected = {
                "in_country": reference.in_country,
                "in_area": reference.in_area,
                "suggested": reference.suggested.value,
                "stays": [s.to_dict() for s in reference.history.stays],
                "figures": reference.figures.to_dict() if reference.figures else None,
                "previous_overstays": len(reference.previous_overstays),
            }
            with Session(engine) as db:
                national = traveller_view(db, "MEX", used[-1], at=at, post_code=code)
            assert national["traveller"]["known"]  # type: ignore[index]
            assert shared(at_post) == expected, code
            assert shared(national) == expected, code
            stays = reference.history.stays
            for label, happened in (
                ("a missing exit", any(s.exit_missing for s in stays)),
                ("an orphan exit", bool(reference.history.orphan_exits)),
                ("an extension", any(s.extension_days for s in stays)),
                ("an overstay", any(s.overstay_days for s in stays)),
                ("a renewal", len(set(used)) > 1),
                ("a refusal", bool(reference.history.refusals)),
                ("in the area, not the country", reference.in_area and not reference.in_country),
            ):
                if happened:
                    event(f"{code}: {label}")
    finally:
        engine.dispose()


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[ServerProcess]:
    for url in database_url("sqlite", tmp_path):
        yield from start_server(url, tmp_path)


def test_a_renewed_passport_is_one_traveller_at_the_centre(
    tmp_path: Path, sqlite_server: ServerProcess
) -> None:
    """b88dd7d: one person at the post, two at the centre."""
    here = new_post(tmp_path, "GTM-A", sqlite_server)
    old, new = td3(number="OLD000001"), td3(number="NEW000002")
    with login(here, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(
            officer, CrossingRequest(old, Direction.ENTRY, moment(TODAY - dt.timedelta(days=200), 9))
        )
        record_crossing(
            officer, CrossingRequest(old, Direction.EXIT, moment(TODAY - dt.timedelta(days=60), 9))
        )
        record_crossing(
            officer, CrossingRequest(new, Direction.ENTRY, moment(TODAY - dt.timedelta(days=5), 9))
        )
        client.sync_once(officer)
    result = run_server_cli(
        "traveller", "--document", "MEX:NEW000002", "--json", "--db", sqlite_server.db_url
    )
    assert result.returncode == 0, result.stderr
    import json

    view = json.loads(result.stdout)
    assert {(d["number"], d["link"]) for d in view["traveller"]["documents"]} == {
        ("OLD000001", "renewal"),
        ("NEW000002", "document"),
    }
    assert len(view["stays"]) == 2 and view["previous_overstays"] == 1
    assert view["in_country"] and view["suggested"] == "exit"
    same = run_server_cli("traveller", "--document", "MEX:OLD000001", "--json", "--db", sqlite_server.db_url)
    assert json.loads(same.stdout)["stays"] == view["stays"]


def test_extensions_and_watchlist_removals_reach_the_other_posts(
    tmp_path: Path, sqlite_server: ServerProcess
) -> None:
    here = new_post(tmp_path, "GTM-A", sqlite_server)
    there = new_post(tmp_path, "GTM-B", sqlite_server)
    lines = td3(number="EXT000001")
    entered = TODAY - dt.timedelta(days=100)
    with login(here, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(officer, CrossingRequest(lines, Direction.ENTRY, moment(entered, 9)))
    with login(here, "supervisor", SUPERVISOR_PASSWORD) as supervisor:
        stay_id = extensions.open_stay_of_document(supervisor, "MEX", "EXT000001")
        extensions.grant_extension(supervisor, stay_id, 30, "DGM", "illness", moment(TODAY, 9))
        client.sync_once(supervisor)
    csv_path = tmp_path / "watchlist.csv"
    csv_path.write_text(
        "document_number,issuing_state,surname,given_names,birth_date,reason,source\n"
        "EXT000001,MEX,PEREZ NUNEZ,JUAN CARLOS,1985-03-14,stolen,national\n",
        encoding="utf-8",
    )
    assert run_server_cli("watchlist", "import", str(csv_path), "--db", sqlite_server.db_url).returncode == 0
    with login(there, "officer", OFFICER_PASSWORD) as officer:
        client.sync_once(officer)
        check = check_traveller(officer, lines, moment(TODAY, 12))
        assert check.figures is not None and check.figures.overstay_days == 0  # 101 days used of 90 + 30
        assert check.figures.latest_exit == entered + dt.timedelta(days=119)
        [hit] = check.watchlist_hits
        entry_id = hit.entry.entry_id
    assert entry_id
    removed = run_server_cli(
        "watchlist", "remove", entry_id, "--reason", "document recovered", "--db", sqlite_server.db_url
    )
    assert removed.returncode == 0, removed.stderr
    with login(there, "officer", OFFICER_PASSWORD) as officer:
        client.sync_once(officer)
        assert check_traveller(officer, lines, moment(TODAY, 12)).watchlist_hits == []
