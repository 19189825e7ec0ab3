"""The record rules (``domain.record_rules``) on times a client can write but UTC cannot hold: the
counter's, the sync client's and the server's one check refuses them by name, it never fails itself."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from midas_desktop.domain import record_rules

CLOCK = dt.datetime(2026, 6, 1, 12, 0, 0)
# Valid ISO-8601 with an offset, but in UTC before year 1 or after year 9999.
OUTSIDE_UTC = ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"]


def movement(at: str) -> dict[str, object]:
    return {
        "id": str(uuid.uuid4()),
        "direction": "entry",
        "post": "GTM-TECUN",
        "country": "GTM",
        "at": at,
        "local_date": at[:10],
        "traveller": {"surname": "SYNTHETIC", "nationality": "MEX", "sex": "F"},
    }


def extension(granted_utc: str) -> dict[str, object]:
    return {
        "id": str(uuid.uuid4()),
        "entry_movement_id": str(uuid.uuid4()),
        "days": 30,
        "latest_exit": "2026-07-01",
        "granted_by": "supervisor",
        "granted_utc": granted_utc,
    }


@pytest.mark.parametrize("moment", OUTSIDE_UTC)
def test_a_time_outside_utc_is_a_refused_record(moment: str) -> None:
    assert record_rules.movement_problem(movement(moment), clock=CLOCK) == "at: not a time that exists in UTC"
    assert (
        record_rules.record_problem("stay_extension", extension(moment), clock=CLOCK)
        == "granted_utc: not a time that exists in UTC"
    )
    with pytest.raises(record_rules.RecordRefused, match=r"^at: "):
        record_rules.check_movement(movement(moment), clock=CLOCK)


def test_the_same_records_within_range_pass() -> None:
    assert record_rules.movement_problem(movement("2026-06-01T11:00:00-01:00"), clock=CLOCK) is None
    assert record_rules.extension_problem(extension("2026-06-01T11:00:00Z"), clock=CLOCK) is None
