"""Unsent records: a warning after some days, and a hard limit that refuses new captures in the service."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import td3
from sqlalchemy import update

from midas_desktop.services import outbox, verification
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.errors import BadInput, NotPermitted
from midas_desktop.services.outbox import OutboxLimits
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import OutboxRecord

GT = dt.timezone(dt.timedelta(hours=-6))
NOW = dt.datetime(2025, 6, 10, 10, 0, tzinfo=GT)


def age_outbox(session: PostSession, days: float, now: dt.datetime = NOW) -> None:
    """Pretend every pending record was written ``days`` before ``now``."""
    written = now.astimezone(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=days)
    with session.transaction() as db:
        db.execute(update(OutboxRecord).where(OutboxRecord.sent_utc.is_(None)).values(created_utc=written))


def test_defaults_warn_after_three_days_and_never_refuse(officer: PostSession) -> None:
    assert outbox.get_limits(officer) == OutboxLimits(warn_days=3, refuse_days=0)
    assert outbox.oldest_pending(officer) is None
    state = outbox.outbox_state(officer, NOW)
    assert (state.level, state.pending, state.age_days) == ("ok", 0, 0)

    record_crossing(officer, CrossingRequest(td3(), Direction.ENTRY, NOW))
    oldest = outbox.oldest_pending(officer)
    assert oldest is not None and oldest.tzinfo is None
    age_outbox(officer, 2)
    assert outbox.outbox_state(officer, NOW).level == "ok"
    age_outbox(officer, 4.5)
    state = outbox.outbox_state(officer, NOW)
    assert (state.level, state.pending, state.age_days) == ("warn", 1, 4)
    age_outbox(officer, 400)
    assert outbox.outbox_state(officer, NOW).level == "warn"  # refuse_days 0: never refused
    outbox.check_capture_allowed(officer, NOW)


def test_hard_limit_refuses_new_captures_in_the_service(officer: PostSession, admin: PostSession) -> None:
    record_crossing(officer, CrossingRequest(td3(number="A1111111"), Direction.ENTRY, NOW))
    with pytest.raises(NotPermitted):
        outbox.set_limits(officer, OutboxLimits(warn_days=2, refuse_days=7))  # administrators only
    outbox.set_limits(admin, OutboxLimits(warn_days=2, refuse_days=7))
    assert outbox.get_limits(officer) == OutboxLimits(2, 7)
    assert "outbox_limits_changed" in [e["action"] for e in verification.audit_entries(admin)]

    age_outbox(officer, 6)
    assert outbox.outbox_state(officer, NOW).level == "warn"
    outbox.check_capture_allowed(officer, NOW)
    age_outbox(officer, 8)
    state = outbox.outbox_state(officer, NOW)
    assert state.level == "refuse" and state.captures_refused
    with pytest.raises(NotPermitted, match="unsent"):
        outbox.check_capture_allowed(officer, NOW)
    # Enforced by the crossing service itself (command line included), refusals too.
    for request in (
        CrossingRequest(td3(number="B2222222"), Direction.ENTRY, NOW),
        CrossingRequest(td3(number="A1111111"), Direction.EXIT, NOW),
        CrossingRequest(td3(number="C3333333"), Direction.ENTRY, NOW, refusal_reason="no visa"),
    ):
        with pytest.raises(NotPermitted, match="sync"):
            record_crossing(officer, request)

    # Once the records are sent, captures are allowed again.
    with officer.transaction() as db:
        db.execute(update(OutboxRecord).values(sent_utc=NOW.astimezone(dt.UTC).replace(tzinfo=None)))
    assert outbox.oldest_pending(officer) is None
    assert outbox.outbox_state(officer, NOW).level == "ok"
    record_crossing(officer, CrossingRequest(td3(number="B2222222"), Direction.ENTRY, NOW))


def test_limits_are_checked(admin: PostSession) -> None:
    with pytest.raises(BadInput):
        outbox.set_limits(admin, OutboxLimits(warn_days=-1, refuse_days=0))
    with pytest.raises(BadInput, match="before the hard limit"):
        outbox.set_limits(admin, OutboxLimits(warn_days=10, refuse_days=5))
    outbox.set_limits(admin, OutboxLimits(warn_days=0, refuse_days=5))
    assert outbox.get_limits(admin) == OutboxLimits(0, 5)
