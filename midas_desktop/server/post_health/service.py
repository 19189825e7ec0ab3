"""Posts as headquarters sees them (``post_trust.overview``: last sync, what each reported waiting,
whether its capture is frozen, protocol, audit anchor, insider alerts), and enrolling and revoking
posts with one-time tokens (administrators only)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from midas_desktop.server import core, post_trust
from midas_desktop.server.central_audit.service import record, record_now
from midas_desktop.server.console.access import Actor, Conflict, NotFound, Permission, require
from midas_desktop.server.models import PostAlert, PostRow
from midas_desktop.server.post_health.schemas import Enrolment, Revocation

# Alert kinds that mean a post's capture is frozen (it refuses to record until headquarters acts).
FROZEN_KINDS = frozenset({"capture_frozen", "capture_freeze"})


def capture_state(post: dict[str, Any], alerts: list[dict[str, Any]], now: dt.datetime) -> str:
    """ "refuse" (the post refuses new captures), "silent" (it has not pushed for longer than its own
    limit, so it refuses them if it recorded anything since), "warn", "ok" or "unknown" (never
    reported): from the post's report at its last push, its open freeze alerts and the time since."""
    if any(a["kind"] in FROZEN_KINDS and a["status"] == "open" for a in alerts):
        return "refuse"
    report = post.get("reported_capture")
    if not isinstance(report, dict):
        return "unknown"
    if report.get("level") == "refuse":
        return "refuse"
    last = post.get("last_batch")
    refuse_days = report.get("refuse_days")
    if isinstance(last, str) and isinstance(refuse_days, int) and refuse_days > 0:
        silent_for = now - dt.datetime.fromisoformat(last.removesuffix("Z"))
        if silent_for > dt.timedelta(days=refuse_days):
            return "silent"
    return "warn" if report.get("level") == "warn" else "ok"


def posts(engine: Engine, actor: Actor) -> list[dict[str, Any]]:
    require(actor, Permission.READ)
    now = core.utc_now()
    with Session(engine) as db:
        found = post_trust.overview(db)
    for post in found:
        alerts = post["alerts"]
        assert isinstance(alerts, list)
        post["capture"] = capture_state(post, alerts, now)
        post["frozen"] = post["capture"] == "refuse"
        post["anchor_status"] = (
            "alert"
            if any(a["status"] == "open" and a["kind"] not in ("root_registered",) for a in alerts)
            else ("anchored" if post["anchor"]["seq"] else "none")  # type: ignore[index]
        )
    return found


def enrol(engine: Engine, actor: Actor, enrolment: Enrolment) -> str:
    """Register a post (or a revoked one again); returns its one-time enrolment token, shown once."""
    require(actor, Permission.ADMINISTER)
    with Session(engine) as db:
        post = db.execute(select(PostRow).where(PostRow.code == enrolment.code)).scalar_one_or_none()
        if post is not None and post.public_key is not None and not post.revoked:
            raise Conflict("error.post_enrolled", {"code": enrolment.code})
        if post is not None and post.root_public is not None and not post.revoked:
            raise Conflict("error.post_enrolled", {"code": enrolment.code})
    token = core.add_post(engine, enrolment.code, enrolment.name)
    record_now(engine, actor, "post_enrolment_issued", enrolment.code)
    return token


def revoke(engine: Engine, actor: Actor, revocation: Revocation) -> None:
    require(actor, Permission.ADMINISTER)
    with Session(engine) as db:
        post = db.execute(select(PostRow).where(PostRow.code == revocation.code)).scalar_one_or_none()
        if post is None:
            raise NotFound("error.no_post", {"code": revocation.code})
        if post.revoked:
            raise Conflict("error.post_revoked", {"code": revocation.code})
    core.revoke_post(engine, revocation.code)
    record_now(engine, actor, "post_revoked", revocation.code)


def close_alert(engine: Engine, actor: Actor, alert_id: int, note: str) -> None:
    """A supervisor closes a post's alert with a note (who and why are kept)."""
    require(actor, Permission.DECIDE)
    with Session(engine) as db, db.begin():
        alert = db.get(PostAlert, alert_id)
        if alert is None:
            raise NotFound("error.no_alert")
        if alert.status != "open":
            raise Conflict("error.already_decided")
        alert.status = "closed"
        alert.resolved_by = actor.username
        alert.note = note
        record(db, actor, "post_alert_closed", str(alert_id), kind=alert.kind)
