"""Which certificate speaks for a record at the centre: the user's latest one issued by the record's
moment, moments compared as times (a record's time may carry any offset), not as text."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from central_db import upgraded_engine
from sqlalchemy import Engine
from trusted_post import TrustedPost

from midas_desktop.domain import trust
from midas_desktop.domain.roles import Role
from midas_desktop.server import core
from midas_desktop.sync import protocol

MINUS_FIVE = dt.timezone(dt.timedelta(hours=-5))


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    yield from upgraded_engine("sqlite", tmp_path)


@pytest.mark.parametrize("zone", [dt.UTC, MINUS_FIVE])
def test_a_record_made_after_its_makers_disable_is_refused_whatever_its_offset(
    engine: Engine, zone: dt.timezone
) -> None:
    post = TrustedPost(engine, "GTM-OFFS", "GTM")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    disable = trust.issue_certificate(
        trust.signer_of(post.admin_keys.sign_private),
        "admin:admin:1",
        post=post.code,
        user_id=2,
        username="officer",
        role=Role.OFFICER,
        status=trust.STATUS_DISABLED,
        serial=2,
        sign_key=post.officer_keys.sign_public,
        box_key=post.officer_keys.box_public,
        issued_at=(now - dt.timedelta(hours=2)).isoformat().replace("+00:00", "Z"),
    )
    made = (now - dt.timedelta(hours=1)).astimezone(zone)  # an hour after the disable
    payload = post.movement("Z9999999", "entry", made.date().isoformat())
    payload["at"] = made.isoformat().replace("+00:00", "Z")
    record = {"id": payload["id"], "kind": "movement", "payload": post.sign_record(payload)}
    # Carried by a colleague's batch (the administrator's), with the disable certificate.
    batch = protocol.make_batch(
        post.code,
        str(uuid.uuid4()),
        now.isoformat(),
        "admin:1",
        [record],
        protocol.PushExtras(certificates=[disable.to_dict()]),
    )
    envelope = {"batch": batch, "signature": trust.sign(post.admin_keys.sign_private, batch)}
    with pytest.raises(core.Rejected, match="unknown or disabled user"):
        core.store_batch(engine, envelope)
