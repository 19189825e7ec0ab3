"""Crash test: record crossings in a child process and kill it with SIGKILL at random moments.

After every kill the store must open, every crossing whose call had returned (the child prints its
movement id only after ``record_crossing`` returned) must be in it, and the integrity checks
(SQLCipher page HMACs, SQLite structure, audit chain) must pass.

Usage: python scripts/kill_test.py [--kills 200] [--seed 1] [--store DIR] [--json]
The test suite runs it with a small count; the full run prints the figures quoted in the README.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from midas_desktop.domain.mrz import compose_td3
from midas_desktop.services import users, verification
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import init_store, login
from midas_desktop.store.models import Movement

ADMIN = ("admin", "kill-test-admin-1")
OFFICER = ("officer", "kill-test-officer-1")
ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def child(store: Path, seed: int) -> None:
    """Record crossings for ever, printing each movement id once its call has returned."""
    rng = random.Random(seed)
    with login(store, *OFFICER) as session:
        while True:
            number = "".join(rng.choice(ALPHABET) for _ in range(9))
            lines = compose_td3(
                document_code="P",
                issuing_state="MEX",
                surname="KILL",
                given_names="TEST",
                document_number=number,
                nationality="MEX",
                birth_date=dt.date(1990, 1, 1),
                sex="F",
                expiry_date=dt.date(2035, 1, 1),
            )
            result = record_crossing(
                session, CrossingRequest(lines, Direction.ENTRY, dt.datetime.now(dt.UTC))
            )
            sys.stdout.write(f"{result.movement['id']}\n")
            sys.stdout.flush()


def run(store: Path, kills: int, seed: int) -> dict[str, object]:
    if not store.exists():
        init_store(
            store,
            post_code="KILL",
            post_name="Kill test",
            country="GTM",
            timezone=None,
            admin=ADMIN[0],
            password=ADMIN[1],
        )
        with login(store, *ADMIN) as admin:
            users.add_user(admin, OFFICER[0], "officer", OFFICER[1])
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    started = time.monotonic()
    for kill in range(kills):
        process = subprocess.Popen(
            [sys.executable, __file__, "--child", str(store), str(seed * 100_000 + kill)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        # Let it record a few, then kill at a random moment inside the next one.
        for _ in range(rng.randint(0, 4)):
            line = process.stdout.readline().strip()
            if line:
                acknowledged.add(line)
        time.sleep(rng.random() * 0.03)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        acknowledged.update(line.strip() for line in process.stdout if line.strip())
        process.stdout.close()
    with login(store, *ADMIN) as admin:
        with admin.transaction() as db:
            stored = set(db.execute(select(Movement.id)).scalars())
        report = verification.verify_store(admin)
    lost = acknowledged - stored
    return {
        "kills": kills,
        "acknowledged": len(acknowledged),
        "found": len(acknowledged & stored),
        "lost": len(lost),
        "stored": len(stored),
        "integrity_ok": report.ok,
        "errors": report.errors,
        "seconds": round(time.monotonic() - started, 1),
    }


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), int(sys.argv[3]))
        return 0
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--store", type=Path, help="folder for the store (default: a temporary one)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.store or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        figures = run(folder / "post.db", args.kills, args.seed)
    if args.json:
        print(json.dumps(figures))
    else:
        print("| kills | acknowledged | found | lost | integrity | time |")
        print("|---|---|---|---|---|---|")
        print(
            f"| {figures['kills']} | {figures['acknowledged']} | {figures['found']} | {figures['lost']} | "
            f"{'ok' if figures['integrity_ok'] else 'FAILED'} | {figures['seconds']} s |"
        )
    return 0 if figures["lost"] == 0 and figures["integrity_ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
