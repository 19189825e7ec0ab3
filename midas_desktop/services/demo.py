"""A demo post filled with synthetic crossings (never real people), for trying the system out.

``midas demo`` (the quick start) creates it on first run and shows what a supervisor would see;
``scripts/demo_data.py`` uses the same filler for larger stores.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace
from pathlib import Path

from midas_desktop.domain.mrz import compose_td3
from midas_desktop.services import overstays, statistics, users
from midas_desktop.services import watchlist as watchlist_service
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.errors import ServiceError
from midas_desktop.services.session import PostSession, init_store, login
from midas_desktop.store.keys import key_file_path
from midas_desktop.synthetic.people import REFERENCE_DAY, SyntheticPerson, generate_people

DEMO_POST = ("GTM-TECUN", "Tecún Umán (land border)", "GTM", "America/Guatemala")
DEMO_USERS = {
    "admin": ("admin", "admin-demo-2026"),
    "supervisor": ("supervisor", "supervisor-demo-2026"),
    "officer": ("officer", "officer-demo-2026"),
}


@dataclass(frozen=True)
class PlannedCrossing:
    at: dt.datetime
    direction: Direction
    lines: tuple[str, ...]
    days: int | None


def mrz_of(person: SyntheticPerson) -> tuple[str, ...]:
    return compose_td3(
        document_code="P",
        issuing_state=person.nationality,
        surname=person.surname,
        given_names=person.given_names,
        document_number=person.document_number,
        nationality=person.nationality,
        birth_date=person.birth_date,
        sex=person.sex,
        expiry_date=person.document_expiry,
    )


def plan_crossings(people: list[SyntheticPerson], today: dt.date, seed: int = 7) -> list[PlannedCrossing]:
    """One or two stays per person over the last 200 days; about one in twelve stays too long."""
    rng = random.Random(seed)
    planned: list[PlannedCrossing] = []
    for person in people:
        lines = mrz_of(person)
        start = today - dt.timedelta(days=rng.randint(1, 200))
        for _ in range(rng.choice((1, 1, 2))):
            length = rng.randint(95, 140) if rng.random() < 0.08 else rng.randint(1, 60)
            entry = dt.datetime.combine(start, dt.time(rng.randint(6, 20), rng.randint(0, 59)))
            planned.append(PlannedCrossing(entry, Direction.ENTRY, lines, None))
            exit_day = start + dt.timedelta(days=length - 1)
            if exit_day >= today:
                break
            planned.append(
                PlannedCrossing(entry + dt.timedelta(days=length - 1, hours=2), Direction.EXIT, lines, None)
            )
            start = exit_day + dt.timedelta(days=rng.randint(20, 60))
            if start >= today:
                break
    planned.sort(key=lambda c: c.at)
    return planned


def fill(session: PostSession, people: list[SyntheticPerson], today: dt.date, tz: dt.tzinfo) -> int:
    recorded = 0
    for crossing in plan_crossings(people, today):
        request = CrossingRequest(
            lines=crossing.lines,
            direction=crossing.direction,
            at=crossing.at.replace(tzinfo=tz),
            days_granted=crossing.days,
            transport="land",
            purpose="tourism",
        )
        record_crossing(session, request)
        recorded += 1
    return recorded


def demo_people(count: int, today: dt.date) -> list[SyntheticPerson]:
    """Synthetic travellers whose documents are as current as at a real counter (about 2% expired)."""
    rng = random.Random(2026)
    people = []
    for person in generate_people(count, seed=2026):
        expiry = person.document_expiry + (today - REFERENCE_DAY)
        if expiry < today and rng.random() < 0.8:
            expiry += dt.timedelta(days=3653)  # most people renew before they travel
        people.append(replace(person, document_expiry=expiry))
    return people


def _demo_watchlist(people: list[SyntheticPerson]) -> str:
    rows = ["document_number,issuing_state,surname,given_names,birth_date,reason,source"]
    for person in people[5:8]:
        rows.append(
            f",,{person.surname},{person.given_names},{person.birth_date},demo: wanted (synthetic),national"
        )
    stolen = people[11]
    rows.append(
        f"{stolen.document_number},{stolen.nationality},,,,demo: reported stolen (synthetic),lost_stolen"
    )
    return "\n".join(rows) + "\n"


def create_demo_store(path: Path, travellers: int) -> None:
    code, name, country, zone = DEMO_POST
    init_store(
        path,
        post_code=code,
        post_name=name,
        country=country,
        timezone=zone,
        admin=DEMO_USERS["admin"][0],
        password=DEMO_USERS["admin"][1],
    )
    people = demo_people(travellers, dt.date.today())
    tz = dt.timezone(dt.timedelta(hours=-6))
    with login(path, *DEMO_USERS["admin"]) as admin:
        for role in ("supervisor", "officer"):
            users.add_user(admin, DEMO_USERS[role][0], role, DEMO_USERS[role][1])
        watchlist_service.import_csv(admin, _demo_watchlist(people))
    with login(path, *DEMO_USERS["officer"]) as officer:
        fill(officer, people, dt.datetime.now(tz).date(), tz)


def run_demo(path: Path, travellers: int) -> int:
    if not path.exists() and not key_file_path(path).exists():
        print(f"creating a demo store at {path} with {travellers} synthetic travellers ...", flush=True)
        create_demo_store(path, travellers)
    try:
        with login(path, *DEMO_USERS["supervisor"]) as supervisor:
            counts = statistics.movement_counts(supervisor)
            found = overstays.scan(supervisor, dt.datetime.now().astimezone())
    except ServiceError as exc:
        raise ServiceError(f"{exc} (is {path} a store other than the demo's? use --store)") from exc
    print(
        f"post {supervisor.post.code} ({supervisor.post.name}): {counts['movements']} movements, "
        f"{counts['entries']} entries, {counts['exits']} exits"
    )
    print(f"overstays today: {len(found)}")
    for item in found[:10]:
        print(
            f"  {item['overstay_days']:>3} day(s) {item['status']:<7} {item['nationality']} "
            f"entry {item['entry_date']} latest exit {item['latest_exit']}"
        )
    print("log in with: " + ", ".join(f"{u} / {p}" for u, p in DEMO_USERS.values()))
    print(
        f"try: midas overstays --store {path} --user supervisor --password-stdin "
        f"<<< {DEMO_USERS['supervisor'][1]}"
    )
    return 0
