"""Recording an entry or an exit at the post: the officer's main use case.

One call, one transaction: the movement, the stay it opens or closes, its alerts, its sync outbox
record and its audit entry are committed together or not at all. With ``synchronous=FULL`` a crossing
whose call has returned survives a power cut.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from midas_desktop.domain import record_rules
from midas_desktop.domain.mrz import MrzResult, check_mrz
from midas_desktop.domain.roles import Action
from midas_desktop.domain.stay import ExemptResult, NoStayRule, RuleBook, StayResult, StayRule
from midas_desktop.domain.stay.history import Direction, TravellerAssessment
from midas_desktop.services import alerts as alert_service
from midas_desktop.services import audit_log, history, outbox, records, travellers, watchlist
from midas_desktop.services.clock import local_date, to_utc_naive, utc_now
from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import PostSession
from midas_desktop.services.stay_rules import load_rule_book
from midas_desktop.store import hot
from midas_desktop.store.models import Alert

__all__ = [
    "CrossingRequest",
    "CrossingResult",
    "Direction",
    "record_crossing",
    "validate_document",
]


@dataclass(frozen=True)
class CrossingRequest:
    lines: Sequence[str]
    direction: Direction
    at: dt.datetime  # aware
    days_granted: int | None = None
    purpose: str | None = None
    transport: str | None = None
    vehicle: str | None = None
    refusal_reason: str | None = None  # an entry refused: recorded, but no stay opens
    # The officer recorded the crossing in spite of a stopping verdict (a watchlist hit, an expired
    # document, no days left): why, kept with the alerts it raised and in the audit log.
    override_reason: str | None = None

    @property
    def refused(self) -> bool:
        return self.refusal_reason is not None


@dataclass
class CrossingResult:
    movement: dict[str, object]
    stay: dict[str, object] | None
    alerts: list[dict[str, object]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"movement": self.movement, "stay": self.stay, "alerts": self.alerts}


def validate_document(lines: Sequence[str], today: dt.date) -> MrzResult:
    """The parsed MRZ, or :class:`BadInput` naming the first problem (nothing is recorded then)."""
    result = check_mrz(lines, today=today)
    if not result.valid or result.fields is None:
        errors = [f for f in result.findings if f.severity == "error"] or list(result.findings)
        first = errors[0].to_dict() if errors else {"problem": "unreadable"}
        where = f" in {first['field']}" if first.get("field") else ""
        raise BadInput(
            f"the MRZ is not valid: {first.get('problem')}{where}; nothing was recorded",
            code="mrz_not_valid",
            params={"problem": first.get("problem"), "field": first.get("field")},
        )
    return result


def record_crossing(session: PostSession, request: CrossingRequest) -> CrossingResult:
    session.require(Action.RECORD_CROSSING)
    day = local_date(request.at, session.post.timezone)
    _obey_record_rules(record_rules.moment_problem(to_utc_naive(request.at), utc_now()))
    mrz = validate_document(request.lines, day)
    assert mrz.fields is not None and mrz.type is not None
    if request.days_granted is not None and request.days_granted < 1:
        raise BadInput("days granted must be at least 1", code="days_granted_min")
    if request.refused and (
        request.direction is not Direction.ENTRY or not str(request.refusal_reason).strip()
    ):
        raise BadInput(
            "only an entry can be refused, and a refusal needs its reason", code="refusal_needs_reason"
        )
    now = utc_now()
    country = session.post.country
    with session.transaction() as db:
        # Offline registration limit: past it, a post that has not synced for too long stops capturing.
        outbox.refuse_if_frozen(db, dt.datetime.now(dt.UTC))
        book = load_rule_book(db)
        traveller, _found = travellers.recognise_for_write(
            db,
            travellers.person_of_fields(mrz.fields),
            travellers.document_of_fields(mrz.fields, mrz.type, mrz.lines),
            now,
        )
        if request.days_granted is not None and request.direction is Direction.ENTRY:
            _check_days_granted(book, country, traveller.nationality, request.days_granted)
        facts = history.load_facts(db, [traveller.id], traveller.nationality)
        movement = hot.MovementRow(
            id=str(uuid.uuid4()),
            traveller_id=traveller.id,
            document_id=traveller.document_id,
            direction=request.direction.value,
            post_code=session.post.code,
            country=country,
            officer=session.user.username,
            at_utc=to_utc_naive(request.at),
            local_date=day,
            days_granted=request.days_granted
            if request.direction is Direction.ENTRY and not request.refused
            else None,
            decision=_decision(request),
            reason=request.refusal_reason,
            purpose=request.purpose,
            transport=request.transport,
            vehicle=request.vehicle,
            nationality=traveller.nationality,
            created_utc=now,
            surname=mrz.fields.surname,
            given_names=mrz.fields.given_names,
            birth_date=mrz.fields.birth_date,
            sex=mrz.fields.sex,
            doc_type=mrz.type,
            doc_code=mrz.fields.document_code,
            doc_issuing_state=mrz.fields.issuing_state,
            doc_number=mrz.fields.document_number,
            doc_expiry=mrz.fields.expiry_date,
        )
        assessment = history.assess(
            facts, book, country, day, request.at, crossing=history.movement_fact(movement)
        )
        figures = assessment.figures
        movement_json = records.sign_movement(session, movement)
        # The rules the central server applies on receipt, applied here first: what the post
        # records, the server accepts (domain.record_rules).
        _obey_record_rules(
            record_rules.movement_problem(
                movement_json, clock=now, post=session.post.code, country=session.post.country
            )
        )
        hot.insert_movement(db, movement)
        rows = history.project(db, traveller.id, assessment.after)
        new_alerts = _alerts_for(db, assessment, traveller, movement, rows, request, now)
        if mrz.expired:
            new_alerts.append(
                alert_service.new_alert(
                    "expired_document",
                    traveller,
                    movement,
                    now,
                    f"document expired on {mrz.fields.expiry_date}",
                    {"expiry_date": str(mrz.fields.expiry_date)},
                )
            )
        for hit in watchlist.search(db, session, mrz.fields):
            new_alerts.append(watchlist.hit_alert(hit, traveller, movement, now))
        if request.override_reason and request.override_reason.strip():
            for alert in new_alerts:
                alert.details = {**alert.details, "override_reason": request.override_reason.strip()}
        if new_alerts:
            db.add_all(new_alerts)
            db.flush()
        hot.insert_outbox(db, movement.id, "movement", movement_json, now)
        audit_log.append(
            db,
            session,
            "record_refusal" if request.refused else f"record_{request.direction.value}",
            {
                "movement": movement.id,
                "sha256": records.digest(movement_json),
                "alerts": [a.kind for a in new_alerts],
                **({"override": True} if request.override_reason else {}),
            },
        )
        stay_row = _stay_of(assessment, movement, rows)
        return CrossingResult(
            movement=movement_json,
            stay=_figures_dict(figures if not request.refused else None, stay_row),
            alerts=[alert_service.alert_dict(a) for a in new_alerts],
        )


def _obey_record_rules(problem: str | None) -> None:
    if problem:
        raise BadInput(f"{problem}; nothing was recorded")


def _check_days_granted(book: RuleBook, country: str, nationality: str, days: int) -> None:
    """An officer may grant fewer days than the rule's N, never more."""
    try:
        rule = book.rule_for(country, nationality)
    except NoStayRule:
        return
    if isinstance(rule, StayRule) and days > rule.max_days:
        raise BadInput(
            f"at most {rule.max_days} days can be granted under the rule {rule.kind.value}",
            code="days_above_rule",
            params={"max_days": rule.max_days, "rule": rule.kind.value},
        )


def _decision(request: CrossingRequest) -> str:
    if request.refused:
        return "refused"
    return "admitted" if request.direction is Direction.ENTRY else "departed"


def _figures_dict(
    figures: StayResult | ExemptResult | None, stay: hot.StayRow | None
) -> dict[str, object] | None:
    if figures is None:
        return None
    result = figures.to_dict()
    if stay is not None:
        result["stay_id"] = stay.id
    return result


def _stay_of(
    assessment: TravellerAssessment, movement: hot.MovementRow, rows: dict[str, hot.StayRow]
) -> hot.StayRow | None:
    """The stay this crossing opened (an entry) or closed (an exit)."""
    if movement.direction == Direction.ENTRY.value:
        return rows.get(movement.id)
    closed = next((s for s in assessment.after.stays if s.exit_movement_id == movement.id), None)
    return rows.get(closed.entry_movement_id) if closed else None


def _alerts_for(
    db: Session,
    assessment: TravellerAssessment,
    traveller: travellers.Known,
    movement: hot.MovementRow,
    rows: dict[str, hot.StayRow],
    request: CrossingRequest,
    now: dt.datetime,
) -> list[Alert]:
    """The alerts a crossing raises from the traveller's history (the check showed the same)."""
    if request.refused:
        return []
    new_alerts: list[Alert] = []
    figures = assessment.figures
    if request.direction is Direction.ENTRY:
        before = {s.entry_movement_id: s for s in assessment.history.stays}
        for stay in assessment.after.stays:
            was = before.get(stay.entry_movement_id)
            if stay.exit_missing and stay.country == movement.country and was is not None and was.open:
                # An entry while already in: the exit was never recorded.
                new_alerts.append(
                    alert_service.new_alert(
                        "missing_exit",
                        traveller,
                        movement,
                        now,
                        f"entry on {movement.local_date} while a stay from {stay.entry_date} had no exit",
                        {
                            "stay_id": rows[stay.entry_movement_id].id,
                            "entry_date": str(stay.entry_date),
                            "date": str(movement.local_date),
                        },
                    )
                )
        if assessment.previous_overstays:
            past = assessment.previous_overstays[-1]
            new_alerts.append(
                alert_service.new_alert(
                    "previous_overstay",
                    traveller,
                    movement,
                    now,
                    f"overstayed {past.overstay_days} day(s) after the stay of {past.entry_date}",
                    {
                        "stay_id": rows[past.entry_movement_id].id
                        if past.entry_movement_id in rows
                        else None,
                        "latest_exit": str(past.latest_exit),
                        "exit_date": str(past.exit_date),
                        "overstay_days": past.overstay_days,
                        "exit_missing": past.exit_missing,
                        "count": len(assessment.previous_overstays),
                        "entry_date": str(past.entry_date),
                    },
                )
            )
        if isinstance(figures, StayResult) and figures.overstay_days > 0:
            opened = rows.get(movement.id)
            new_alerts.append(
                alert_service.new_alert(
                    "no_stay_remaining",
                    traveller,
                    movement,
                    now,
                    f"no days of stay remain under {figures.rule}: "
                    f"admitted {figures.overstay_days} day(s) over the allowance",
                    {
                        "stay_id": opened.id if opened else None,
                        "latest_exit": str(figures.latest_exit),
                        "rule": figures.rule,
                        "overstay_days": figures.overstay_days,
                    },
                )
            )
        return new_alerts
    if not assessment.in_country:
        # Common before the entry recorded at another post has synced; a supervisor looks at it.
        return [
            alert_service.new_alert(
                "exit_without_entry",
                traveller,
                movement,
                now,
                f"exit on {movement.local_date} with no recorded entry",
                {"exit_date": str(movement.local_date)},
            )
        ]
    closed = _stay_of(assessment, movement, rows)
    if closed is not None and figures is not None and figures.overstay_days > 0:
        existing = alert_service.find_overstay_alert(db, closed.id)
        if existing is None:
            new_alerts.append(
                alert_service.overstay_alert(
                    traveller, closed, movement, now, figures.overstay_days, exited=True
                )
            )
        else:
            alert_service.update_overstay(existing, figures.overstay_days, exited=True, movement=movement)
    return new_alerts
