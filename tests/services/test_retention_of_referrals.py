"""Retention reaches the alerts that name no recorded traveller: a document referred or refused at the
counter whose MRZ could not be recorded keeps what was read and the image the counter sent, personal
data, and goes by the same rule as a movement (years after the day it was raised), with its images."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import ADMIN_PASSWORD, td3
from sqlalchemy import func, select

from midas_desktop.services import retention
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.referrals import CounterDecision, Referral, ReferralImage, refer
from midas_desktop.services.session import PostSession, login
from midas_desktop.store.models import Alert, AlertImage

IMAGE = ReferralImage("document", b"\xff\xd8 a scaled-down jpeg of the data page \xff\xd9")
PORTRAIT = ReferralImage("portrait", b"\xff\xd8 the portrait \xff\xd9")


def changed(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The birth date changed by one digit: the MRZ is not valid any more."""
    second = lines[1]
    return (lines[0], second[:13] + str((int(second[13]) + 1) % 10) + second[14:])


def alerts_and_images(session: PostSession) -> tuple[list[tuple[str, int | None]], int]:
    with session.reading() as db:
        alerts = [(a.kind, a.traveller_id) for a in db.execute(select(Alert).order_by(Alert.id)).scalars()]
        images = db.execute(select(func.count()).select_from(AlertImage)).scalar_one()
    return alerts, images


def test_traveller_less_alerts_and_their_images_are_purged_by_the_movement_rule(
    officer: PostSession, store_path: Path
) -> None:
    now = dt.datetime.now().astimezone()
    # A traveller recorded today, then referred with a valid document: that alert has a traveller and
    # goes with them, never on its own.
    known = td3(number="K1111111", nationality="MEX")
    record_crossing(officer, CrossingRequest(known, Direction.ENTRY, now - dt.timedelta(hours=2)))
    refer(officer, Referral(known, now, CounterDecision.REFERRED, "doubts", images=(IMAGE,)))
    # Two documents whose MRZ is not valid: one refused, one referred, each with its images.
    for number, decision in (("R2222222", CounterDecision.REFUSED), ("R3333333", CounterDecision.REFERRED)):
        lines = changed(td3(number=number, nationality="HND"))
        refer(officer, Referral(lines, now, decision, "altered", images=(IMAGE, PORTRAIT)))
    alerts, images = alerts_and_images(officer)
    assert [kind for kind, _ in alerts] == ["referral", "invalid_document", "invalid_document"]
    assert alerts[0][1] is not None and alerts[1][1] is None and images == 5

    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        with admin.reading() as db:
            years = retention.rules_of(db).movement_years_after_exit
        not_yet = now.replace(year=now.year + years) - dt.timedelta(days=1)
        kept = retention.purge(admin, not_yet, erase=True)
        assert kept.alerts == 0
        assert alerts_and_images(admin) == (alerts, 5)

        due = now.replace(year=now.year + years) + dt.timedelta(days=2)
        preview = retention.purge(admin, due, erase=False)
        assert preview.alerts == 2 and not preview.erased
        assert alerts_and_images(admin) == (alerts, 5)  # a preview erases nothing

        erased = retention.purge(admin, due, erase=True)
        assert erased.alerts == 2
        left, images_left = alerts_and_images(admin)
        # The traveller's referral stays (their movement is not due yet: the stay is open).
        assert left == alerts[:1] and images_left == 1
        with admin.reading() as db:
            stored = db.execute(select(AlertImage.data)).scalars().all()
        assert stored == [IMAGE.data]
        assert retention.purge(admin, due, erase=False).alerts == 0
