"""The counts of movements the store keeps by day, kind, nationality and post (what statistics read)
stay equal to a count of the movements themselves, whatever writes, changes or erases them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import OFFICER_PASSWORD, td3
from sqlalchemy import text

from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import login

COUNTED = (
    "SELECT local_date, CASE WHEN decision = 'refused' THEN 'refusal' ELSE direction END, nationality, "
    "post_code, count(*) FROM movements GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
)
KEPT = (
    "SELECT local_date, kind, nationality, post_code, movements FROM movement_day_counts ORDER BY 1, 2, 3, 4"
)


def test_the_kept_counts_follow_every_write(store_path: Path) -> None:
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        for n in range(6):
            day = dt.datetime(2025, 3, 1 + n % 2, 15, tzinfo=dt.UTC)
            nationality = "MEX" if n % 3 else "HND"
            document = td3(number=f"K{n:07d}", nationality=nationality)
            record_crossing(officer, CrossingRequest(document, Direction.ENTRY, day))
            if n < 2:  # two of them leave again the next day
                record_crossing(
                    officer, CrossingRequest(document, Direction.EXIT, day + dt.timedelta(days=1))
                )
        refused = td3(number="R0000001", nationality="SLV")
        record_crossing(
            officer,
            CrossingRequest(
                refused, Direction.ENTRY, dt.datetime(2025, 3, 2, 9, tzinfo=dt.UTC), refusal_reason="x"
            ),
        )
        with officer.engine.begin() as connection:
            kept = connection.execute(text(KEPT)).all()
            assert kept == connection.execute(text(COUNTED)).all()
            assert ("2025-03-02", "refusal", "SLV", "GTM-TECUN", 1) in [
                (*map(str, r[:4]), r[4]) for r in kept
            ]
            # Changed and erased rows (a correction, a retention purge) move the counts with them; a
            # count that reaches zero leaves no row behind.
            connection.execute(text("UPDATE movements SET nationality = 'CRI' WHERE direction = 'exit'"))
            assert connection.execute(text(KEPT)).all() == connection.execute(text(COUNTED)).all()
            refused_ids = "SELECT id FROM movements WHERE decision = 'refused'"
            connection.execute(text(f"DELETE FROM alerts WHERE movement_id IN ({refused_ids})"))
            connection.execute(text("DELETE FROM movements WHERE decision = 'refused'"))
            assert connection.execute(text(KEPT)).all() == connection.execute(text(COUNTED)).all()
            assert (
                connection.execute(
                    text("SELECT count(*) FROM movement_day_counts WHERE kind = 'refusal'")
                ).scalar()
                == 0
            )
