"""Extensions of a stay, granted by a supervisor (new latest exit, authority, reason).

The days go on the stay that opened the current allowance (for a CA-4 chain, its first stay), which is
where the stay arithmetic reads ``extension_days``; the open stay's latest exit is then evaluated
again, so the counter, the overstay scan and the alerts all see the new date.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from midas_desktop.domain import record_rules
from midas_desktop.domain.roles import Action
from midas_desktop.domain.stay import StayResult, evaluate_for_traveller
from midas_desktop.domain.stay.history import area_of, build_history
from midas_desktop.services import audit_log, history, records
from midas_desktop.services.clock import local_date, utc_now
from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import PostSession
from midas_desktop.services.stay_rules import load_rule_book
from midas_desktop.store.models import Document, OutboxRecord, Stay, StayExtension, Traveller


@dataclass(frozen=True)
class ExtensionResult:
    extension_id: str
    stay_id: int
    latest_exit: dt.date
    overstay_days: int

    def to_dict(self) -> dict[str, object]:
        return {
            "extension_id": self.extension_id,
            "stay_id": self.stay_id,
            "latest_exit": self.latest_exit.isoformat(),
            "overstay_days": self.overstay_days,
        }


def open_stay_of_document(session: PostSession, issuing_state: str, number: str) -> int:
    with session.transaction() as db:
        document = db.execute(
            select(Document).where(Document.issuing_state == issuing_state, Document.number == number)
        ).scalar_one_or_none()
        if document is None:
            raise BadInput("no traveller with this document has been recorded here", code="no_traveller_here")
        stay = db.execute(
            select(Stay)
            .where(
                Stay.traveller_id == document.traveller_id,
                Stay.country == session.post.country,
                Stay.exit_date.is_(None),
            )
            .order_by(Stay.entry_date.desc())
            .limit(1)
        ).scalar_one_or_none()
        if stay is None:
            raise BadInput("this traveller has no open stay to extend", code="no_open_stay")
        return stay.id


def grant_extension(
    session: PostSession, stay_id: int, days: int, authority: str, reason: str, at: dt.datetime
) -> ExtensionResult:
    session.require(Action.GRANT_EXTENSION)
    if days < 1:
        raise BadInput("an extension adds at least one day", code="extension_days_min")
    if not authority.strip() or not reason.strip():
        raise BadInput(
            "an extension needs the granting authority and a reason", code="extension_needs_reason"
        )
    day = local_date(at, session.post.timezone)
    now = utc_now()
    with session.transaction() as db:
        stay = db.get(Stay, stay_id)
        if stay is None or stay.exit_date is not None:
            raise BadInput(f"stay {stay_id} is not an open stay", code="stay_not_open")
        traveller = db.get(Traveller, stay.traveller_id)
        assert traveller is not None
        book = load_rule_book(db)
        facts = history.load_facts(db, [traveller.id], traveller.nationality)
        before = build_history(facts.movements, facts.extensions, book, facts.nationality, day)
        figures = evaluate_for_traveller(
            book, stay.country, traveller.nationality, [s.as_stay() for s in before.stays], day
        )
        if not isinstance(figures, StayResult):
            raise BadInput(
                f"no stay limit applies to this traveller ({figures.rule}); nothing to extend",
                code="no_stay_limit",
            )
        # The days go on the stay that opened the current allowance (a CA-4 chain's first stay), which
        # is where the stay arithmetic reads them.
        first = next(
            (
                s
                for s in before.stays
                if s.entry_date == figures.first_day
                and s.country in area_of(book, stay.country, traveller.nationality)
            ),
            None,
        )
        entry_movement_id = first.entry_movement_id if first else stay.entry_movement_id
        assert entry_movement_id is not None
        extension = StayExtension(
            id=str(uuid.uuid4()),
            stay_id=stay.id,
            entry_movement_id=entry_movement_id,
            post_code=session.post.code,
            days=days,
            latest_exit=figures.latest_exit,
            authority=authority.strip(),
            reason=reason.strip(),
            granted_by=session.user.username,
            granted_utc=now,
        )
        db.add(extension)
        db.flush()
        after, _rows = history.refresh(
            db,
            book,
            traveller,
            now,
            {"cause": "extension_granted", "post": session.post.code, "by": session.user.username},
            as_of=day,
        )
        current = next(s for s in after.stays if s.entry_movement_id == stay.entry_movement_id)
        assert current.latest_exit is not None
        extension.latest_exit = current.latest_exit
        overstay_now = evaluate_for_traveller(
            book,
            stay.country,
            traveller.nationality,
            [s.as_stay() for s in after.stays if s.entry_date <= day],
            day,
        ).overstay_days
        payload = records.sign_extension(session, extension)
        problem = record_rules.extension_problem(payload, clock=now, post=session.post.code)
        if problem:  # the central server's rules on receipt (domain.record_rules), applied here first
            raise BadInput(f"{problem}; nothing was recorded")
        db.add(
            OutboxRecord(
                id=extension.id, kind="stay_extension", created_utc=now, sent_utc=None, payload=payload
            )
        )
        audit_log.append(
            db,
            session,
            "extension_granted",
            {"extension": extension.id, "stay": stay.id, "days": days, "sha256": records.digest(payload)},
        )
        return ExtensionResult(extension.id, stay.id, current.latest_exit, overstay_now)
