"""Benchmark of the post store at scale: SQLCipher (the product) beside plain SQLite (the peer).

Both stores get the same synthetic history (default 1,000,000 movements), loaded in bulk, then the
same service calls are timed:
- recording one crossing (entry or exit, with stay figures, alerts, outbox and audit; fsync'd),
- the check the officer sees for one traveller (history, stay figures, watchlist),
- the daily overstay scan over all open stays.

Usage: python scripts/bench_store.py [--movements N] [--samples K] [--no-peer]
Prints a Markdown table: medians and p95 in milliseconds, and the SQLCipher/SQLite ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, select
from sqlalchemy.orm import Session

from midas_desktop.domain.roles import Role
from midas_desktop.services import checks, overstays
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.demo import mrz_of
from midas_desktop.services.session import LoggedInUser, Post, PostSession, init_store, login
from midas_desktop.services.stay_rules import seed_default_rules
from midas_desktop.store import schema
from midas_desktop.store.models import Document, Movement, Stay, Traveller, User
from midas_desktop.synthetic.people import SyntheticPerson, generate_people

PASSWORD = "bench-password-1"
TODAY = dt.date.today()
TZ = dt.timezone(dt.timedelta(hours=-6))
CHUNK = 50_000


def plain_sqlite_engine(path: Path) -> Engine:
    """The peer: the same schema and pragmas on an unencrypted SQLite file (benchmark only)."""

    def connect() -> Any:
        connection = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        for pragma in (
            "foreign_keys = ON",
            "temp_store = MEMORY",
            "busy_timeout = 10000",
            "journal_mode = WAL",
            "synchronous = FULL",
        ):
            connection.execute(f"PRAGMA {pragma}")
        return connection

    engine = create_engine("sqlite://", creator=connect)

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def synthetic_history(
    people: list[SyntheticPerson], target: int, seed: int
) -> dict[str, list[dict[str, Any]]]:
    """Rows for travellers, documents, movements and stays: 1-3 stays each over three years, ~5% too long."""
    rng = random.Random(seed)
    rows: dict[str, list[dict[str, Any]]] = {"travellers": [], "documents": [], "movements": [], "stays": []}
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    movement_no = 0
    for tid, person in enumerate(people, start=1):
        if movement_no >= target:
            break
        nationality = "MEX" if person.nationality == "GTM" else person.nationality  # nationals are exempt
        rows["travellers"].append(
            dict(
                id=tid,
                surname=person.surname,
                given_names=person.given_names,
                nationality=nationality,
                birth_date=person.birth_date,
                sex=person.sex,
                created_utc=now,
            )
        )
        rows["documents"].append(
            dict(
                id=tid,
                traveller_id=tid,
                document_type="TD3",
                document_code="P",
                issuing_state=nationality,
                number=f"B{tid:08d}",
                expiry_date=person.document_expiry,
                mrz="",
            )
        )
        day = TODAY - dt.timedelta(days=rng.randint(30, 1100))
        for _ in range(rng.choice((1, 1, 2, 3))):
            length = rng.randint(95, 150) if rng.random() < 0.05 else rng.randint(1, 80)
            exit_day: dt.date | None = day + dt.timedelta(days=length - 1)
            if exit_day is not None and exit_day >= TODAY:
                exit_day = None
            ids = []
            for direction, when in (("entry", day), ("exit", exit_day)):
                if when is None:
                    continue
                movement_no += 1
                ids.append(f"{movement_no:08d}-0000-4000-8000-000000000000")
                rows["movements"].append(
                    dict(
                        id=ids[-1],
                        traveller_id=tid,
                        document_id=tid,
                        direction=direction,
                        post_code="GTM-TECUN",
                        country="GTM",
                        officer="bench",
                        at_utc=dt.datetime.combine(when, dt.time(15)),
                        local_date=when,
                        days_granted=None,
                        decision="admitted" if direction == "entry" else "departed",
                        purpose=None,
                        transport="land",
                        vehicle=None,
                        nationality=nationality,
                        created_utc=now,
                    )
                )
            rows["stays"].append(
                dict(
                    traveller_id=tid,
                    country="GTM",
                    entry_movement_id=ids[0],
                    exit_movement_id=ids[1] if len(ids) > 1 else None,
                    entry_date=day,
                    exit_date=exit_day,
                    days_granted=None,
                    extension_days=0,
                    latest_exit=day + dt.timedelta(days=89),
                    rule="shared_area",
                    overstay_days=max(0, length - 90) if exit_day else 0,
                )
            )
            if exit_day is None:
                break
            day = exit_day + dt.timedelta(days=rng.randint(10, 200))
            if day >= TODAY:
                break
    return rows


def bulk_load(engine: Engine, rows: dict[str, list[dict[str, Any]]]) -> None:
    for model, key in (
        (Traveller, "travellers"),
        (Document, "documents"),
        (Movement, "movements"),
        (Stay, "stays"),
    ):
        data = rows[key]
        for start in range(0, len(data), CHUNK):
            with engine.begin() as connection:
                connection.execute(insert(model), data[start : start + CHUNK])


def timed(samples: list[Callable[[], object]]) -> list[float]:
    times = []
    for call in samples:
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def measure(
    session: PostSession,
    people: list[SyntheticPerson],
    rows: dict[str, list[dict[str, Any]]],
    samples: int,
    seed: int,
) -> dict[str, list[float]]:
    rng = random.Random(seed)
    loaded = len(rows["travellers"])
    picks = rng.sample(range(loaded), samples)
    now = dt.datetime.now(TZ)
    open_travellers = {s["traveller_id"] for s in rows["stays"] if s["exit_date"] is None}

    def lines_of(index: int) -> tuple[str, ...]:
        person = people[index]
        doc = rows["documents"][index]
        traveller = rows["travellers"][index]
        fake = SyntheticPerson(
            person.surname,
            person.given_names,
            traveller["nationality"],
            person.birth_date,
            person.sex,
            doc["number"],
            person.document_expiry,
        )
        return mrz_of(fake)

    result: dict[str, list[float]] = {}
    result["check one traveller"] = timed(
        [lambda i=i: checks.check_traveller(session, lines_of(i), now) for i in picks]
    )
    result["record one crossing"] = timed(
        [
            lambda i=i: record_crossing(
                session,
                CrossingRequest(
                    lines_of(i), Direction.EXIT if (i + 1) in open_travellers else Direction.ENTRY, now
                ),
            )
            for i in picks
        ]
    )
    result["daily overstay scan"] = timed(
        [lambda: overstays.scan(session, now, raise_alerts=False) for _ in range(3)]
    )
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--movements", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--no-peer", action="store_true", help="skip the plain-SQLite peer")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    people = generate_people(args.movements // 2 + 1000, seed=args.seed)
    rows = synthetic_history(people, args.movements, args.seed)
    print(
        f"history: {len(rows['movements']):,} movements, {len(rows['travellers']):,} travellers, "
        f"{sum(1 for s in rows['stays'] if s['exit_date'] is None):,} open stays",
        file=sys.stderr,
    )
    results: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "post.db"
        init_store(
            path,
            post_code="GTM-TECUN",
            post_name="Bench",
            country="GTM",
            timezone=None,
            admin="admin",
            password=PASSWORD,
        )
        with login(path, "admin", PASSWORD) as session:
            started = time.perf_counter()
            bulk_load(session.engine, rows)
            print(f"SQLCipher bulk load: {time.perf_counter() - started:.1f} s", file=sys.stderr)
            results["SQLCipher (midas)"] = measure(session, people, rows, args.samples, args.seed)
        if not args.no_peer:
            plain = Path(scratch) / "plain.db"
            engine = plain_sqlite_engine(plain)
            schema.upgrade(engine)
            with engine.begin() as connection:
                connection.execute(
                    insert(User),
                    [dict(username="admin", role="admin", active=True, created_utc=dt.datetime.now())],
                )
                user_id = connection.execute(select(User.id)).scalar_one()
            with Session(engine) as db, db.begin():
                seed_default_rules(db, "GTM")
            bulk_load(engine, rows)
            peer = PostSession(
                plain,
                engine,
                b"",
                LoggedInUser(user_id, "admin", Role.ADMIN),
                Post("GTM-TECUN", "Bench", "GTM", None),
            )
            results["plain SQLite (peer)"] = measure(peer, people, rows, args.samples, args.seed)
            peer.close()

    names = list(results)
    print(
        f"\nStore benchmark: {len(rows['movements']):,} movements, {args.samples} samples, ms "
        f"(median / p95)\n"
    )
    header = "| operation | " + " | ".join(names) + (" | ratio (median) |" if len(names) == 2 else " |")
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    for operation in results[names[0]]:
        cells = []
        medians = []
        for name in names:
            values = results[name][operation]
            medians.append(statistics.median(values))
            cells.append(f"{medians[-1]:.1f} / {p95(values):.1f}")
        ratio = f" {medians[0] / medians[1]:.2f}x |" if len(names) == 2 else ""
        print(f"| {operation} | " + " | ".join(cells) + " |" + ratio)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
