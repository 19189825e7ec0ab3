"""Extensions move the latest exit for the counter, the scan and the alerts; refusals open no stay."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import td3

from midas_desktop.services import alerts, extensions, overstays, statistics, verification
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.errors import BadInput, NotPermitted
from midas_desktop.services.session import PostSession

GT = dt.timezone(dt.timedelta(hours=-6))


def at(day: str) -> dt.datetime:
    return dt.datetime.fromisoformat(day + "T10:00").replace(tzinfo=GT)


def test_extension_moves_the_latest_exit_and_clears_the_overstay(
    officer: PostSession, supervisor: PostSession
) -> None:
    entry = record_crossing(officer, CrossingRequest(td3(), Direction.ENTRY, at("2025-01-01")))
    stay_id = int(entry.stay["stay_id"])
    assert [o["overstay_days"] for o in overstays.scan(supervisor, at("2025-04-05"))] == [5]
    with pytest.raises(NotPermitted):
        extensions.grant_extension(
            officer, stay_id, 30, "Dirección General de Migración", "illness", at("2025-04-05")
        )
    granted = extensions.grant_extension(
        supervisor, stay_id, 30, "DGM resolución 12/2025", "hospital stay", at("2025-04-05")
    )
    assert granted.latest_exit == dt.date(2025, 4, 30) and granted.overstay_days == 0
    assert overstays.scan(supervisor, at("2025-04-20")) == []
    [alert] = alerts.list_alerts(supervisor, kind="overstay")
    assert alert["status"] == "resolved" and "extension" in str(alert["note"])
    left = record_crossing(officer, CrossingRequest(td3(), Direction.EXIT, at("2025-04-28")))
    assert left.stay["overstay_days"] == 0 and left.alerts == []
    counts = statistics.movement_counts(supervisor)
    assert counts["extensions"] == 1
    assert "extension_granted" in [e["action"] for e in verification.audit_entries(supervisor)]


def test_extension_needs_authority_and_reason(supervisor: PostSession, officer: PostSession) -> None:
    entry = record_crossing(officer, CrossingRequest(td3(), Direction.ENTRY, at("2025-01-01")))
    with pytest.raises(BadInput, match="authority"):
        extensions.grant_extension(supervisor, int(entry.stay["stay_id"]), 10, " ", "x", at("2025-02-01"))


def test_refusal_is_recorded_counted_and_opens_no_stay(officer: PostSession, supervisor: PostSession) -> None:
    refused = record_crossing(
        officer,
        CrossingRequest(td3(), Direction.ENTRY, at("2025-01-01"), refusal_reason="no means of subsistence"),
    )
    assert refused.movement["decision"] == "refused" and refused.stay is None
    assert refused.movement["reason"] == "no means of subsistence"
    admitted = record_crossing(officer, CrossingRequest(td3(), Direction.ENTRY, at("2025-02-01")))
    assert admitted.stay["days_used"] == 1 and admitted.alerts == []
    counts = statistics.movement_counts(supervisor)
    assert (counts["movements"], counts["entries"], counts["refusals"]) == (2, 1, 1)
    assert "record_refusal" in [e["action"] for e in verification.audit_entries(supervisor)]
    with pytest.raises(BadInput):
        record_crossing(officer, CrossingRequest(td3(), Direction.EXIT, at("2025-02-02"), refusal_reason="x"))
