"""Child process of the crash test: records crossings and prints each movement id once the call returned.

Usage: python crash_child.py STORE USER PASSWORD SEED
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from midas_desktop.domain.mrz import compose_td3
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import login


def main() -> None:
    store, user, password, seed = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    rng = random.Random(seed)
    with login(store, user, password) as session:
        while True:
            number = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
            lines = compose_td3(
                document_code="P",
                issuing_state="MEX",
                surname="CRASH",
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
            print(result.movement["id"], flush=True)


if __name__ == "__main__":
    main()
