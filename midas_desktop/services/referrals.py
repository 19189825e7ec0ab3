"""A traveller the counter cannot simply admit: referred to a supervisor, or a document refused whose
MRZ cannot be recorded as a crossing.

Every document has a way forward. A valid document with a stopping verdict (a watchlist hit, no days
left, an expired passport) is referred with :func:`refer_traveller`; the officer records the crossing
later only with a reason. An MRZ that is not valid (a misread, a check digit that disagrees, lines
that cannot be read) cannot be recorded as a movement, since nobody can say whose it is; it can still
be referred or refused, and either raises an ``invalid_document`` alert with what was read, the
problems found, the watchlist hits on what was read, and the image the counter saw. One transaction:
the alerts, their images and the audit entry are stored together or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from midas_desktop.domain.mrz import check_mrz
from midas_desktop.domain.roles import Action
from midas_desktop.domain.verdict import probable_misread
from midas_desktop.services import alerts as alert_service
from midas_desktop.services import audit_log, travellers, watchlist
from midas_desktop.services.clock import iso_utc, local_date, to_utc_naive, utc_now
from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import AlertImage, Traveller

__all__ = ["CounterDecision", "Referral", "ReferralImage", "alert_images", "refer"]

#: Images larger than this are refused (the counter sends scaled-down JPEGs of a few hundred kB).
MAX_IMAGE_BYTES = 2_000_000


class CounterDecision(StrEnum):
    REFERRED = "referred"  # a supervisor decides; nothing is recorded as a crossing yet
    REFUSED = "refused"  # entry refused on a document whose MRZ cannot be recorded


@dataclass(frozen=True)
class ReferralImage:
    kind: str  # document | portrait
    data: bytes
    media_type: str = "image/jpeg"


@dataclass(frozen=True)
class Referral:
    lines: Sequence[str]
    at: dt.datetime  # aware
    decision: CounterDecision
    reason: str = ""
    #: The verdict's reasons as codes (``domain.verdict``), so the supervisor sees why it stopped.
    stop_reasons: Sequence[str] = ()
    source: str = ""  # how the lines came: reader, typed, image, camera
    #: The image reader was unsure of the lines (low confidence, a repaired character).
    reading_unsure: bool = False
    images: Sequence[ReferralImage] = ()


def refer(session: PostSession, referral: Referral) -> list[dict[str, object]]:
    """Raise the alerts of a referral or of a refused unrecordable document; returns them as
    :func:`alerts.alert_dict` gives them (the first is the referral itself)."""
    session.require(Action.RECORD_CROSSING)
    reason = referral.reason.strip()
    if referral.decision is CounterDecision.REFUSED and not reason:
        raise BadInput("a refusal needs its reason", code="refusal_needs_reason")
    for image in referral.images:
        if image.kind not in ("document", "portrait") or len(image.data) > MAX_IMAGE_BYTES:
            raise BadInput("an image sent with an alert is too large or of an unknown kind", code="bad_image")
    day = local_date(referral.at, session.post.timezone)
    mrz = check_mrz(referral.lines, today=day)
    if referral.decision is CounterDecision.REFUSED and mrz.valid:
        raise BadInput(
            "a valid document is refused as a crossing (it is recorded with its reason)",
            code="refuse_valid_as_crossing",
        )
    now = utc_now()
    fields = mrz.fields
    counter = {
        "decision": referral.decision.value,
        "reason": reason,
        "officer": session.user.username,
        "at": iso_utc(to_utc_naive(referral.at)),
        "local_date": day.isoformat(),  # the post's calendar day (a refusal counts on it)
        "post": session.post.code,
        "source": referral.source,
    }
    document: dict[str, object] = {
        "lines": list(mrz.lines),
        "valid": mrz.valid,
        "misread": probable_misread(mrz, reading_unsure=referral.reading_unsure),
        "reading_unsure": referral.reading_unsure,
        "problems": [finding.to_dict() for finding in mrz.findings if finding.severity == "error"],
        "fields": fields.to_dict() if fields is not None else None,
        "type": mrz.type,
    }
    with session.transaction() as db:
        traveller: Traveller | None = None
        hits = []
        if fields is not None:
            found = travellers.look_up(
                db,
                travellers.person_of_fields(fields),
                travellers.document_of_fields(fields, mrz.type or "", mrz.lines) if mrz.valid else None,
            )
            if found.traveller_ids:
                traveller = db.get(Traveller, found.traveller_ids[0])
            # What was read is searched even when a check digit fails: a listed number must show.
            hits = watchlist.search(db, session, fields)
        kind = "referral" if mrz.valid else "invalid_document"
        summary = (
            f"referred to a supervisor: {reason}"
            if referral.decision is CounterDecision.REFERRED
            else f"entry refused: {reason}"
        )
        if not mrz.valid:
            summary = ("probable misread of the MRZ; " if document["misread"] else "invalid MRZ; ") + summary
        main = alert_service.new_alert(
            kind,
            traveller,
            None,
            now,
            summary,
            {
                "counter": counter,
                "document": document,
                "stop_reasons": list(referral.stop_reasons),
                "watchlist": [watchlist.hit_dict(hit) for hit in hits],
            },
        )
        raised = [main]
        for hit in hits:
            raised.append(
                watchlist.hit_alert(hit, traveller, None, now, counter=counter, document_valid=mrz.valid)
            )
        for alert in raised:
            db.add(alert)
        db.flush()
        for image in referral.images:
            db.add(
                AlertImage(
                    alert_id=main.id,
                    kind=image.kind,
                    media_type=image.media_type,
                    data=image.data,
                    created_utc=now,
                )
            )
        audit_log.append(
            db,
            session,
            "refer_traveller" if referral.decision is CounterDecision.REFERRED else "refuse_document",
            {"alerts": [alert.id for alert in raised], "kinds": [alert.kind for alert in raised]},
        )
        db.flush()
        return [alert_service.alert_dict(alert) for alert in raised]


def alert_images(session: PostSession, alert_id: int) -> list[ReferralImage]:
    """The images sent with an alert (supervisors)."""
    session.require(Action.REVIEW_ALERTS)
    with session.reading() as db:
        rows = db.execute(
            select(AlertImage).where(AlertImage.alert_id == alert_id).order_by(AlertImage.id)
        ).scalars()
        return [ReferralImage(row.kind, bytes(row.data), row.media_type) for row in rows]
