"""The post refuses at the counter what the central server would refuse on receipt (one set of rules,
``domain.record_rules``): moments outside the sane window, free text too long or holding control
characters, days granted out of range. Nothing is recorded then, and the command says why in one line."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from conftest import OFFICER_PASSWORD, midas_bin, td3
from sqlalchemy import func, select

from midas_desktop.domain import record_rules
from midas_desktop.domain.stay.history import Direction
from midas_desktop.services.clock import parse_moment
from midas_desktop.services.crossings import CrossingRequest, record_crossing
from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import PostSession, login
from midas_desktop.store.models import Movement, OutboxRecord


def midas(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [midas_bin(), *args], input=OFFICER_PASSWORD + "\n", capture_output=True, text=True, timeout=120
    )


def counts(session: PostSession) -> tuple[int, int]:
    with session.reading() as db:
        movements = db.execute(select(func.count()).select_from(Movement)).scalar()
        outbox = db.execute(select(func.count()).select_from(OutboxRecord)).scalar()
    return int(movements or 0), int(outbox or 0)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"at": parse_moment("2099-01-01")}, "at: more than a day ahead"),
        ({"at": parse_moment("1900-01-01")}, "at: more than ten years before"),
        ({"purpose": "p" * 100_000}, "purpose: longer than 64"),
        ({"vehicle": "AB\x1b[2J"}, "vehicle: holds a control character"),
        ({"days_granted": 2**31}, "days"),
    ],
)
def test_the_counter_refuses_what_the_server_would(
    officer: PostSession, change: dict[str, object], reason: str
) -> None:
    fields: dict[str, object] = {"at": parse_moment(None), **change}
    request = CrossingRequest(td3(), Direction.ENTRY, **fields)  # type: ignore[arg-type]
    with pytest.raises(BadInput, match=reason):
        record_crossing(officer, request)
    assert counts(officer) == (0, 0)
    record_crossing(officer, CrossingRequest(td3(), Direction.ENTRY, parse_moment(None)))
    assert counts(officer) == (1, 1)


def test_midas_entry_refuses_a_far_moment_in_one_line(store_path: Path) -> None:
    login_options = ["--store", str(store_path), "--user", "officer", "--password-stdin"]
    for moment in ("2099-01-01T10:00:00Z", "1900-01-01"):
        result = midas("entry", *td3(), "--at", moment, *login_options)
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr.count("\n") == 1 and "at: more than" in result.stderr
    assert midas("entry", *td3(), *login_options).returncode == 0
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        assert counts(officer) == (1, 1)


def test_midas_entry_refuses_a_moment_with_no_utc_time_in_one_line(store_path: Path) -> None:
    """A moment at the calendar's edge whose offset takes it past year 9999 or before year 1 in UTC
    was an internal error at the counter's command line."""
    login_options = ["--store", str(store_path), "--user", "officer", "--password-stdin"]
    for moment in ("9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+01:00"):
        result = midas("entry", *td3(), "--at", moment, *login_options)
        assert result.returncode == 2 and result.stdout == "", result.stderr
        assert result.stderr.count("\n") == 1 and "not an ISO-8601 date or time" in result.stderr
        assert "internal error" not in result.stderr


def test_the_window_is_the_same_rule_at_both_ends() -> None:
    clock = dt.datetime(2026, 6, 1, 12, 0)
    assert record_rules.moment_problem(clock + dt.timedelta(hours=23), clock) is None
    assert record_rules.moment_problem(clock + dt.timedelta(days=2), clock) is not None
    assert record_rules.moment_problem(clock - dt.timedelta(days=3000), clock) is None
    assert record_rules.moment_problem(clock - dt.timedelta(days=4000), clock) is not None
