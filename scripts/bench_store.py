"""Benchmark of the post store at scale: SQLCipher (the product) beside plain SQLite (the peer).

Both stores get the same synthetic history (default 1,000,000 movements; ``--movements 10000000``
for the 10-million figure), written by a bulk loader that streams it (the stays come from the same
``domain.stay.history.build_history`` the counter uses), then the same service calls are timed on
both:
- the check the officer sees for one traveller (identity, history, stay figures, watchlist),
- recording one crossing (entry or exit, with stay figures, alerts, signatures, outbox and audit;
  fsync'd),
- the daily overstay scan (incremental: the stays whose latest legal exit passed since the last scan),
and, on the encrypted store, the desktop app's resident memory with that store open.

Usage: python scripts/bench_store.py [--movements N] [--samples K] [--no-peer] [--keep DIR]
Prints a Markdown table: medians and p95 in milliseconds, and the SQLCipher/SQLite ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session

from midas_desktop.domain.identity import PersonIdentity, person_key
from midas_desktop.domain.mrz import compose_td3
from midas_desktop.domain.stay import default_rule_book
from midas_desktop.domain.stay.history import Direction, MovementFact, build_history
from midas_desktop.domain.watchlist.names import normalise_name
from midas_desktop.services import checks, overstays
from midas_desktop.services.crossings import CrossingRequest, record_crossing
from midas_desktop.services.session import PostSession, init_store, login
from midas_desktop.store import hot, schema
from midas_desktop.store.models import CertificateRow, PostSettings, StayRuleRow, User
from midas_desktop.synthetic.people import SyntheticPerson, generate_people

PASSWORD = "bench-password-1"
TODAY = dt.date.today()
NOW = dt.datetime.combine(TODAY, dt.time(10), tzinfo=dt.UTC)
COMMIT_EVERY = 200_000
POST = "GTM-TECUN"
BOOK = default_rule_book()


def plain_sqlite_engine(path: Path) -> Engine:
    """The peer: the same schema and pragmas on an unencrypted SQLite file (benchmark only)."""

    def connect() -> Any:
        connection = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        for pragma in (
            "foreign_keys = ON",
            "temp_store = MEMORY",
            "busy_timeout = 10000",
            "cache_size = -32768",
            "journal_mode = WAL",
            "synchronous = FULL",
        ):
            connection.execute(f"PRAGMA {pragma}")
        return connection

    engine = create_engine("sqlite://", creator=connect)

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        read_only = connection.get_execution_options().get("midas_read_only", False)
        connection.exec_driver_sql("BEGIN DEFERRED" if read_only else "BEGIN IMMEDIATE")

    return engine


# --- the synthetic history, streamed ----------------------------------------------------------------


def mrz_name(text: str) -> str:
    return normalise_name(text)


def people_stream(target_movements: int, seed: int) -> Iterator[tuple[int, SyntheticPerson]]:
    """Synthetic people in chunks (seeded), numbered from 1, until enough movements are planned."""
    tid = 0
    chunk = 0
    while True:
        for person in generate_people(50_000, seed=seed * 1000 + chunk):
            tid += 1
            yield tid, person
        chunk += 1


def history_rows(
    people: Iterator[tuple[int, SyntheticPerson]], target: int, seed: int
) -> Iterator[dict[str, list[tuple[Any, ...]]]]:
    """Rows for travellers, documents, movements and stays, ``COMMIT_EVERY`` movements at a time:
    1-3 stays per traveller over three years at this post's country, about 5% too long; the stays are
    the domain's (``build_history``), as the counter would store them."""
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    batch: dict[str, list[tuple[Any, ...]]] = {
        "travellers": [],
        "documents": [],
        "movements": [],
        "stays": [],
    }
    movement_no = 0
    for tid, person in people:
        if movement_no >= target:
            break
        nationality = "MEX" if person.nationality == "GTM" else person.nationality  # nationals are exempt
        surname, given = mrz_name(person.surname), mrz_name(person.given_names)
        key = person_key(PersonIdentity(surname, given, nationality, person.birth_date, person.sex))
        batch["travellers"].append(
            (tid, surname, given, nationality, person.birth_date, person.sex, now, key)
        )
        number = f"B{tid:08d}"
        batch["documents"].append((tid, tid, "TD3", "P", nationality, number, person.document_expiry, ""))
        facts: list[MovementFact] = []
        day = TODAY - dt.timedelta(days=rng.randint(30, 1100))
        for _ in range(rng.choice((1, 1, 2, 3))):
            length = rng.randint(95, 150) if rng.random() < 0.05 else rng.randint(1, 80)
            exit_day: dt.date | None = day + dt.timedelta(days=length - 1)
            if exit_day is not None and exit_day >= TODAY:
                exit_day = None
            for direction, when in (("entry", day), ("exit", exit_day)):
                if when is None:
                    continue
                movement_no += 1
                movement_id = f"{movement_no:08d}-0000-4000-8000-{seed:012d}"
                at = dt.datetime.combine(when, dt.time(15))
                facts.append(MovementFact(movement_id, Direction(direction), "GTM", when, at, POST))
                batch["movements"].append(
                    (
                        movement_id,
                        tid,
                        tid,
                        direction,
                        POST,
                        "GTM",
                        "bench",
                        at,
                        when,
                        None,
                        "admitted" if direction == "entry" else "departed",
                        None,
                        "land",
                        None,
                        nationality,
                        now,
                        surname,
                        given,
                        person.birth_date,
                        person.sex,
                        "TD3",
                        "P",
                        nationality,
                        number,
                        person.document_expiry,
                    )
                )
            if exit_day is None:
                break
            day = exit_day + dt.timedelta(days=rng.randint(10, 200))
            if day >= TODAY:
                break
        for stay in build_history(facts, [], BOOK, nationality, TODAY).stays:
            batch["stays"].append(
                (
                    tid,
                    stay.country,
                    stay.entry_movement_id,
                    stay.exit_movement_id,
                    POST,
                    stay.entry_date,
                    stay.exit_date,
                    stay.exit_missing,
                    stay.days_granted,
                    stay.extension_days,
                    stay.latest_exit,
                    stay.overstay_days,
                    stay.rule,
                )
            )
        if len(batch["movements"]) >= COMMIT_EVERY:
            yield batch
            batch = {"travellers": [], "documents": [], "movements": [], "stays": []}
    yield batch


COLUMNS = {
    "travellers": "id, surname, given_names, nationality, birth_date, sex, created_utc, person_key",
    "documents": "id, traveller_id, document_type, document_code, issuing_state, number, expiry_date, mrz",
    "movements": "id, traveller_id, document_id, direction, post_code, country, officer, at_utc, local_date, "
    "days_granted, decision, purpose, transport, vehicle, nationality, created_utc, surname, given_names, "
    "birth_date, sex, doc_type, doc_code, doc_issuing_state, doc_number, doc_expiry",
    "stays": "traveller_id, country, entry_movement_id, exit_movement_id, post_code, entry_date, exit_date, "
    "exit_missing, days_granted, extension_days, latest_exit, overstay_days, rule",
}
INSERTS = {
    table: f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * (columns.count(',') + 1))})"
    for table, columns in COLUMNS.items()
}


def _sql_value(value: Any) -> Any:
    # As SQLAlchemy's SQLite types store them, so that the services read them back.
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def bulk_load(engines: list[Engine], movements: int, seed: int) -> dict[str, int]:
    """Stream the history into every engine's store (the same rows in each); returns the counts."""
    counts = {"travellers": 0, "movements": 0, "stays": 0, "open": 0}
    raws = [engine.raw_connection() for engine in engines]
    try:
        for raw in raws:
            raw.driver_connection.execute("PRAGMA synchronous = OFF")  # type: ignore[union-attr]
        for batch in history_rows(people_stream(movements, seed), movements, seed):
            for raw in raws:
                cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
                cursor.execute("BEGIN")
                for table in ("travellers", "documents", "movements", "stays"):
                    cursor.executemany(
                        INSERTS[table], [tuple(_sql_value(v) for v in row) for row in batch[table]]
                    )
                cursor.execute("COMMIT")
            counts["travellers"] += len(batch["travellers"])
            counts["movements"] += len(batch["movements"])
            counts["stays"] += len(batch["stays"])
            counts["open"] += sum(1 for row in batch["stays"] if row[6] is None)
            print(f"  loaded {counts['movements']:,} movements", file=sys.stderr, flush=True)
        for raw in raws:
            raw.driver_connection.execute("PRAGMA synchronous = FULL")  # type: ignore[union-attr]
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
            raw.driver_connection.execute("ANALYZE")  # type: ignore[union-attr]
    finally:
        for raw in raws:
            raw.close()
    return counts


# --- timing -------------------------------------------------------------------------------------------


def timed(samples: list[Callable[[], object]]) -> list[float]:
    times = []
    for call in samples:
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def lines_of(db: Session, tid: int) -> tuple[str, ...]:
    from sqlalchemy import text

    row = db.execute(
        text(
            "SELECT t.surname, t.given_names, t.nationality, t.birth_date, t.sex, d.number, d.expiry_date "
            "FROM travellers t JOIN documents d ON d.traveller_id = t.id WHERE t.id = :id"
        ),
        {"id": tid},
    ).one()
    return compose_td3(
        document_code="P",
        issuing_state=row.nationality,
        surname=row.surname,
        given_names=row.given_names,
        document_number=row.number,
        nationality=row.nationality,
        birth_date=dt.date.fromisoformat(str(row.birth_date)),
        sex=row.sex,
        expiry_date=dt.date.fromisoformat(str(row.expiry_date)),
    )


def stored_counts(session: PostSession) -> dict[str, int]:
    """What an earlier run built (``--reuse``)."""
    with session.reading() as db:
        connection = hot.connection(db)
        return {
            "movements": connection.execute("SELECT count(*) FROM movements").fetchone()[0],
            "travellers": connection.execute("SELECT max(id) FROM travellers").fetchone()[0],
            "open": connection.execute("SELECT count(*) FROM stays WHERE exit_date IS NULL").fetchone()[0],
        }


def last_scan_day(session: PostSession) -> dt.datetime:
    """The moment after which the next daily scans are new (a reused store was scanned before)."""
    with session.reading() as db:
        last = hot.post_settings(db).get(overstays.SCAN_DAY_SETTING)
    if not isinstance(last, str):
        return NOW
    return max(NOW, dt.datetime.combine(dt.date.fromisoformat(last), NOW.timetz()) + dt.timedelta(days=1))


def measure(session: PostSession, travellers: int, samples: int, seed: int) -> dict[str, list[float]]:
    rng = random.Random(seed)
    picks = rng.sample(range(1, travellers + 1), 2 * samples)
    with session.reading() as db:
        documents = {tid: lines_of(db, tid) for tid in picks}
    result: dict[str, list[float]] = {}
    result["check one traveller"] = timed(
        [lambda t=t: checks.check_traveller(session, documents[t], NOW) for t in picks[:samples]]
    )

    def record(t: int) -> None:
        suggested = checks.check_traveller(session, documents[t], NOW).suggested
        started = time.perf_counter()
        record_crossing(session, CrossingRequest(documents[t], suggested, NOW))
        recording.append((time.perf_counter() - started) * 1000)

    recording: list[float] = []
    for t in picks[samples:]:
        record(t)
    result["record one crossing"] = recording
    # The scan of yesterday has run; today's finds the stays whose latest exit passed since.
    first = last_scan_day(session)
    overstays.daily_scan(session, first - dt.timedelta(days=1))
    result["daily overstay scan (incremental)"] = timed(
        [lambda d=d: overstays.daily_scan(session, first + dt.timedelta(days=d)) for d in range(3)]
    )
    return result


def app_memory(store: Path) -> float | None:
    """Resident memory (MB) of the desktop app with this store open, logged in, after one check."""
    script = (
        "import os, sys, resource\n"
        "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from midas_desktop.services.session import login\n"
        "from midas_desktop.gui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        f"session = login(Path({str(store)!r}), 'admin', {PASSWORD!r})\n"
        "window = MainWindow(session)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "from midas_desktop.services.checks import check_traveller\n"
        "import datetime as dt\n"
        "check_traveller(session, sys.argv[1:3], dt.datetime.now(dt.UTC))\n"
        "app.processEvents()\n"
        "print(open('/proc/self/status').read().split('VmRSS:')[1].split()[0])\n"
    )
    lines = compose_td3(
        document_code="P",
        issuing_state="MEX",
        surname="MEMORY",
        given_names="PROBE",
        document_number="B00000001",
        nationality="MEX",
        birth_date=dt.date(1980, 1, 1),
        sex="F",
        expiry_date=dt.date(2031, 1, 1),
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", script, *lines],
            capture_output=True,
            text=True,
            timeout=600,
            env=os.environ,
        )
        return int(done.stdout.strip().splitlines()[-1]) / 1024
    except (subprocess.SubprocessError, ValueError, IndexError):
        return None


def peer_session(session: PostSession, plain: Path) -> PostSession:
    """The same user and post on a plain SQLite copy of the schema and of the post's own rows."""
    engine = plain_sqlite_engine(plain)
    schema.upgrade(engine)
    with Session(session.engine) as source, Session(engine) as target, target.begin():
        for model in (PostSettings, User, CertificateRow, StayRuleRow):
            for row in source.execute(select(model)).scalars():
                source.expunge(row)
                target.merge(row)
    return session.on_engine(engine, plain)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--movements", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--no-peer", action="store_true", help="skip the plain-SQLite peer")
    parser.add_argument("--no-app", action="store_true", help="skip the desktop app's memory")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", metavar="DIR", help="build the stores in DIR and keep them")
    parser.add_argument(
        "--reuse", action="store_true", help="with --keep: time the stores already built in DIR again"
    )
    args = parser.parse_args()

    results: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.keep) if args.keep else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "post.db"
        reusing = bool(args.reuse and args.keep and path.exists())
        if not reusing:
            init_store(
                path,
                post_code=POST,
                post_name="Bench",
                country="GTM",
                timezone=None,
                admin="admin",
                password=PASSWORD,
            )
        with login(path, "admin", PASSWORD) as session:
            peer = None if args.no_peer else peer_session(session, folder / "plain.db")
            engines = [session.engine] + ([peer.engine] if peer else [])
            started = time.perf_counter()
            counts = stored_counts(session) if reusing else bulk_load(engines, args.movements, args.seed)
            loading = time.perf_counter() - started
            print(
                f"bulk load of {counts['movements']:,} movements ({counts['travellers']:,} travellers, "
                f"{counts['open']:,} open stays) into {len(engines)} store(s): {loading:.0f} s",
                file=sys.stderr,
            )
            results["SQLCipher (midas)"] = measure(session, counts["travellers"], args.samples, args.seed)
            if peer is not None:
                results["plain SQLite (peer)"] = measure(peer, counts["travellers"], args.samples, args.seed)
                peer.close()
        memory = None if args.no_app else app_memory(path)

    names = list(results)
    print(
        f"\nStore benchmark: {counts['movements']:,} movements, {args.samples} samples, ms (median / p95)\n"
    )
    header = "| operation | " + " | ".join(names) + (" | ratio (median) |" if len(names) == 2 else " |")
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    for operation in results[names[0]]:
        cells, medians = [], []
        for name in names:
            values = results[name][operation]
            medians.append(statistics.median(values))
            cells.append(f"{medians[-1]:.1f} / {p95(values):.1f}")
        ratio = f" {medians[0] / medians[1]:.2f}x |" if len(names) == 2 else ""
        print(f"| {operation} | " + " | ".join(cells) + " |" + ratio)
    if memory is not None:
        print(f"\nThe desktop app with this store open, logged in, after a check: {memory:.0f} MB resident.")
    print(f"Bulk load: {loading:.0f} s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
