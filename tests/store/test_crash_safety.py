"""A crossing whose call returned survives kill -9 of the process right after (WAL, synchronous=FULL).

CI runs a few kills; scripts/kill_test.py runs hundreds.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import OFFICER_PASSWORD
from sqlalchemy import select

from midas_desktop.services import verification
from midas_desktop.services.session import login
from midas_desktop.store.models import Movement

CHILD = Path(__file__).with_name("crash_child.py")


def test_acknowledged_crossings_survive_sigkill(store_path: Path) -> None:
    rng = random.Random(1)
    acknowledged: set[str] = set()
    for kill in range(4):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(store_path), "officer", OFFICER_PASSWORD, str(kill)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        wanted = rng.randint(1, 6)
        for _ in range(wanted):
            acknowledged.add(child.stdout.readline().strip())
        time.sleep(rng.random() * 0.02)  # land the kill at an arbitrary point of the next crossing
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        for line in child.stdout:  # ids printed between our last read and the kill were acknowledged too
            acknowledged.add(line.strip())
    acknowledged.discard("")
    with login(store_path, "admin", "admin-password-1") as admin:
        with admin.transaction() as db:
            stored = set(db.execute(select(Movement.id)).scalars())
        report = verification.verify_store(admin)
    assert acknowledged <= stored, f"lost: {acknowledged - stored}"
    assert report.ok, report.errors
