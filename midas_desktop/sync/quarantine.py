"""Records set aside so that they never hold the others back.

A record that breaks the record rules (``domain.record_rules``: one made before the rules existed, or
by an older version) or that the server refuses on its own (naming it by id) is quarantined: kept as
it is, with the reason and the moment, and no longer sent. Every other record goes on. The
administrator sees them (``midas sync quarantine``, ``status``) and can release one to be sent again
(after the server is updated, or the clock is put right). Nothing is ever deleted here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select

from midas_desktop.domain import record_rules
from midas_desktop.domain.roles import Action
from midas_desktop.services import audit_log
from midas_desktop.services.clock import iso_utc, utc_now
from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import OutboxRecord

REASON_LENGTH = 300


@dataclass(frozen=True)
class QuarantinedRecord:
    """What the administrator is shown: no name, no document number (the id finds the record)."""

    id: str
    kind: str
    created: str
    quarantined: str
    reason: str

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def set_aside(db: Any, signer: Any, record_id: str, reason: str, now: dt.datetime | None = None) -> bool:
    """Quarantine one pending record in the caller's transaction (audited); False if it was not pending."""
    row = db.get(OutboxRecord, record_id)
    if row is None or row.sent_utc is not None or row.quarantined_utc is not None:
        return False
    row.quarantined_utc = now or utc_now()
    row.quarantine_reason = reason[:REASON_LENGTH]
    audit_log.append(db, signer, "sync_quarantine", {"record": record_id, "reason": row.quarantine_reason})
    return True


def problem_before_sending(
    record: dict[str, Any], post_code: str, country: str | None, clock: dt.datetime | None = None
) -> str | None:
    """The rule a pending record breaks, judged by this post's clock (``clock``: the moment a batch
    is judged at, read once for all its records; now by default). None: it may be sent."""
    return record_rules.record_problem(
        record["kind"], record["payload"], clock=clock or utc_now(), post=post_code, country=country
    )


def quarantined(session: PostSession) -> list[QuarantinedRecord]:
    session.require(Action.SYNC)
    with session.reading() as db:
        rows = db.execute(
            select(
                OutboxRecord.id,
                OutboxRecord.kind,
                OutboxRecord.created_utc,
                OutboxRecord.quarantined_utc,
                OutboxRecord.quarantine_reason,
            )
            .where(OutboxRecord.quarantined_utc.is_not(None), OutboxRecord.sent_utc.is_(None))
            .order_by(OutboxRecord.quarantined_utc)
        ).all()
    return [
        QuarantinedRecord(
            r.id, r.kind, iso_utc(r.created_utc), iso_utc(r.quarantined_utc), r.quarantine_reason or ""
        )
        for r in rows
    ]


def quarantined_count(db: Any) -> int:
    return int(
        db.execute(
            select(func.count())
            .select_from(OutboxRecord)
            .where(OutboxRecord.quarantined_utc.is_not(None), OutboxRecord.sent_utc.is_(None))
        ).scalar()
        or 0
    )


def release(session: PostSession, record_id: str) -> None:
    """Put a quarantined record back in the queue (administrators); it is checked again when sent."""
    session.require(Action.MANAGE_POST)
    with session.transaction() as db:
        row = db.get(OutboxRecord, record_id)
        if row is None or row.quarantined_utc is None or row.sent_utc is not None:
            raise BadInput(f"no quarantined record {record_id}")
        row.quarantined_utc = None
        row.quarantine_reason = None
        audit_log.append(db, session, "sync_release", {"record": record_id})
