"""Recording crossings: stay figures, alerts, outbox and audit, all in one transaction."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from conftest import td3
from sqlalchemy import func, select

from midas_desktop.services import alerts, overstays, verification
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import Movement, OutboxRecord, Stay

GT = dt.timezone(dt.timedelta(hours=-6))


def at(day: str, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour)).replace(tzinfo=GT)


def cross(
    session: PostSession,
    direction: Direction,
    day: str,
    lines: tuple[str, ...] | None = None,
    days: int | None = None,
) -> dict[str, object]:
    return record_crossing(
        session, CrossingRequest(lines=lines or td3(), direction=direction, at=at(day), days_granted=days)
    ).to_dict()


def count(session: PostSession, model: type) -> int:
    with session.transaction() as db:
        return int(db.execute(select(func.count()).select_from(model)).scalar_one())


def test_entry_opens_a_stay_under_the_ca4_rule(officer: PostSession) -> None:
    result = cross(officer, Direction.ENTRY, "2025-01-01")
    stay = result["stay"]
    assert isinstance(stay, dict)
    assert stay["rule"] == "shared_area"
    assert (stay["days_used"], stay["days_remaining"], stay["latest_exit"]) == (1, 89, "2025-03-31")
    movement = result["movement"]
    assert isinstance(movement, dict)
    assert movement["direction"] == "entry" and movement["local_date"] == "2025-01-01"
    assert movement["at"] == "2025-01-01T16:00:00Z"  # stored in UTC
    assert result["alerts"] == []
    assert count(officer, OutboxRecord) == 1  # the outbox record is written with the movement


def test_exit_after_the_allowed_stay_raises_an_overstay_alert(
    officer: PostSession, supervisor: PostSession
) -> None:
    cross(officer, Direction.ENTRY, "2025-01-01")
    result = cross(officer, Direction.EXIT, "2025-04-05")
    stay = result["stay"]
    assert isinstance(stay, dict)
    assert (stay["days_used"], stay["overstay_days"], stay["latest_exit"]) == (95, 5, "2025-03-31")
    kinds = [a["kind"] for a in result["alerts"]]
    assert kinds == ["overstay"]
    queue = alerts.list_alerts(supervisor, status="open")
    assert [a["kind"] for a in queue] == ["overstay"]
    resolved = alerts.change_status(
        supervisor, int(queue[0]["id"]), alerts.AlertStatus.RESOLVED, "fined at exit"
    )
    assert resolved["status"] == "resolved" and resolved["resolved_by"] == "supervisor"
    report = verification.verify_audit(supervisor)
    assert report.ok and report.audit_entries >= 5


def test_days_granted_shortens_the_stay_and_cannot_exceed_the_rule(officer: PostSession) -> None:
    result = cross(officer, Direction.ENTRY, "2025-01-01", days=30)
    assert result["stay"]["latest_exit"] == "2025-01-30"
    with pytest.raises(BadInput, match="at most 90 days"):
        cross(
            officer, Direction.ENTRY, "2025-06-01", lines=td3(number="Y7654321B", surname="LOPEZ"), days=120
        )


def test_an_invalid_mrz_records_nothing(officer: PostSession) -> None:
    lines = list(td3())
    lines[1] = lines[1][:9] + ("1" if lines[1][9] != "1" else "2") + lines[1][10:]  # wrong check digit
    with pytest.raises(BadInput, match="not valid"):
        cross(officer, Direction.ENTRY, "2025-01-01", lines=tuple(lines))
    assert count(officer, Movement) == 0 and count(officer, OutboxRecord) == 0


def test_daily_scan_finds_open_overstays_once(officer: PostSession, supervisor: PostSession) -> None:
    cross(officer, Direction.ENTRY, "2025-01-01")
    found = overstays.scan(supervisor, at("2025-04-10"))
    assert [(f["status"], f["overstay_days"], f["latest_exit"]) for f in found] == [
        ("open", 10, "2025-03-31")
    ]
    overstays.scan(supervisor, at("2025-04-11"))
    queue = alerts.list_alerts(supervisor, kind="overstay")
    assert len(queue) == 1 and queue[0]["details"]["overstay_days"] == 11
    assert overstays.scan(supervisor, at("2025-03-31")) == []


def test_previous_overstay_is_flagged_at_the_next_entry(officer: PostSession) -> None:
    cross(officer, Direction.ENTRY, "2024-01-01")
    cross(officer, Direction.EXIT, "2024-04-30")
    result = cross(officer, Direction.ENTRY, "2025-01-01")
    assert "previous_overstay" in [a["kind"] for a in result["alerts"]]


def test_exit_without_entry_is_recorded_with_an_alert(officer: PostSession) -> None:
    result = cross(officer, Direction.EXIT, "2025-01-01")
    assert result["stay"] is None
    assert [a["kind"] for a in result["alerts"]] == ["exit_without_entry"]
    assert count(officer, Movement) == 1 and count(officer, Stay) == 0


def test_expired_document_raises_an_alert(officer: PostSession) -> None:
    result = cross(officer, Direction.ENTRY, "2025-01-01", lines=td3(expiry=dt.date(2024, 12, 31)))
    assert "expired_document" in [a["kind"] for a in result["alerts"]]


def test_a_national_is_exempt(officer: PostSession) -> None:
    result = cross(officer, Direction.ENTRY, "2025-01-01", lines=td3(nationality="GTM", number="G0000001"))
    assert result["stay"]["rule"] == "exempt:national"
    assert result["stay"]["latest_exit"] is None


def test_overstay_counts_for_the_statistics_are_the_scans(
    officer: PostSession, supervisor: PostSession
) -> None:
    """The statistics count overstays without listing them: the same figures as the full scan, every day."""
    people = {
        "A1": ("MEX", [(Direction.ENTRY, "2025-01-01")]),  # still here, past the 90 days
        "B2": ("USA", [(Direction.ENTRY, "2025-01-01"), (Direction.EXIT, "2025-04-05")]),  # left late
        "C3": ("HND", [(Direction.ENTRY, "2025-03-01")]),  # still within the allowance
        "D4": (
            "NIC",
            [(Direction.ENTRY, "2025-01-01"), (Direction.EXIT, "2025-04-20")],
        ),  # leaves late, later
        "E5": ("USA", [(Direction.ENTRY, "2025-01-10"), (Direction.EXIT, "2025-02-10")]),  # left in time
        "F6": ("MEX", [(Direction.ENTRY, "2024-12-01")]),
    }
    for number, (nationality, movements) in people.items():
        for direction, day in movements:
            cross(
                officer,
                direction,
                day,
                lines=td3(number=number, nationality=nationality, surname=f"P{number}"),
            )
    seen: dict[str, dict[str, int]] = {}
    for day in ("2025-02-01", "2025-03-31", "2025-04-10", "2025-04-25"):
        found = overstays.scan(supervisor, at(day), raise_alerts=False)
        counted = overstays.overstays_by_nationality(supervisor, at(day))
        assert counted == Counter(str(item["nationality"]) for item in found)
        seen[day] = dict(counted)
    assert seen["2025-02-01"] == {} and seen["2025-04-10"] == {"MEX": 2, "USA": 1}
    assert seen["2025-04-25"] == {"MEX": 2, "USA": 1, "NIC": 1}
