"""Roles are enforced by the services, whatever the interface."""

from __future__ import annotations

import datetime as dt

import pytest

from midas_desktop.services import alerts, overstays, statistics, users, watchlist
from midas_desktop.services.errors import NotPermitted
from midas_desktop.services.session import PostSession


def test_officer_cannot_reach_supervisor_or_admin_actions(officer: PostSession) -> None:
    now = dt.datetime.now(dt.UTC)
    for forbidden in (
        lambda: users.add_user(officer, "eve", "admin", "password-123"),
        lambda: overstays.scan(officer, now),
        lambda: alerts.list_alerts(officer),
        lambda: alerts.alert_queue(officer),
        lambda: alerts.iter_alerts(officer),
        lambda: statistics.movement_counts(officer),
        lambda: watchlist.import_csv(
            officer, "document_number,issuing_state,surname,given_names,birth_date,reason,source\n"
        ),
    ):
        with pytest.raises(NotPermitted):
            forbidden()


def test_supervisor_reviews_but_does_not_manage_users(supervisor: PostSession) -> None:
    assert overstays.scan(supervisor, dt.datetime.now(dt.UTC)) == []
    with pytest.raises(NotPermitted):
        users.add_user(supervisor, "eve", "officer", "password-123")
