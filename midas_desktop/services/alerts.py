"""Alerts for supervisors: creating them (with the crossing that raised them) and resolving them."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from midas_desktop.domain.roles import Action
from midas_desktop.services import audit_log
from midas_desktop.services.clock import iso_utc, utc_now
from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import PostSession
from midas_desktop.store import hot
from midas_desktop.store.models import Alert, AlertImage, Movement, Stay, Traveller


class AlertStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    ESCALATED = "escalated"
    RESOLVED = "resolved"


class HasId(Protocol):
    """A traveller, a movement or a stay, as stored or about to be (only its id is kept)."""

    @property
    def id(self) -> Any: ...


def new_alert(
    kind: str,
    traveller: HasId | None,
    movement: HasId | None,
    now: dt.datetime,
    summary: str,
    details: dict[str, Any],
) -> Alert:
    stay_id = details.get("stay_id")
    return Alert(
        kind=kind,
        status=AlertStatus.OPEN.value,
        traveller_id=traveller.id if traveller else None,
        movement_id=movement.id if movement else None,
        stay_id=stay_id if kind == "overstay" else None,
        created_utc=now,
        summary=summary,
        details=details,
    )


def _overstay_summary(overstay_days: int, exited: bool, latest_exit: str) -> str:
    when = "exited" if exited else "still in the country"
    return f"overstay of {overstay_days} day(s) ({when}); latest legal exit was {latest_exit}"


class StayLike(Protocol):
    @property
    def id(self) -> Any: ...

    @property
    def latest_exit(self) -> dt.date | None: ...

    @property
    def entry_date(self) -> dt.date: ...


def overstay_alert(
    traveller: HasId,
    stay: StayLike,
    movement: HasId | None,
    now: dt.datetime,
    overstay_days: int,
    *,
    exited: bool,
) -> Alert:
    return new_alert("overstay", traveller, movement, now, *_overstay_text(stay, overstay_days, exited))


def overstay_alert_row(
    traveller: HasId, stay: StayLike, now: dt.datetime, overstay_days: int, *, exited: bool
) -> hot.AlertRow:
    """:func:`overstay_alert` (without a movement) as a row to insert in bulk (``hot.insert_alerts``)."""
    summary, details = _overstay_text(stay, overstay_days, exited)
    return hot.AlertRow(
        "overstay", AlertStatus.OPEN.value, traveller.id, None, stay.id, now, summary, details
    )


def _overstay_text(stay: StayLike, overstay_days: int, exited: bool) -> tuple[str, dict[str, Any]]:
    return (
        _overstay_summary(overstay_days, exited, str(stay.latest_exit)),
        {
            "stay_id": stay.id,
            "overstay_days": overstay_days,
            "exited": exited,
            "latest_exit": str(stay.latest_exit),
            "entry_date": str(stay.entry_date),
        },
    )


def find_overstay_alert(db: Session, stay_id: int) -> Alert | None:
    return db.execute(
        select(Alert).where(Alert.kind == "overstay", Alert.stay_id == stay_id)
    ).scalar_one_or_none()


def update_overstay(
    alert: Alert,
    overstay_days: int,
    *,
    exited: bool,
    movement: HasId | None,
    change: dict[str, object] | None = None,
) -> None:
    """New figures for an overstay alert; ``change`` (what moved it and why) joins its ``changes``."""
    details = dict(alert.details)
    details.update(overstay_days=overstay_days, exited=exited)
    if change is not None:
        details["changes"] = [*details.get("changes", []), change]
    alert.details = details
    alert.summary = _overstay_summary(overstay_days, exited, str(details.get("latest_exit")))
    if movement is not None:
        alert.movement_id = movement.id


def resolve_by_system(alert: Alert, now: dt.datetime, change: dict[str, object]) -> None:
    """The overstay is gone (an exit recorded elsewhere arrived, or an extension covers it): resolved,
    with the reason in the note and the change in the details."""
    alert.status = AlertStatus.RESOLVED.value
    alert.resolved_by = "system"
    alert.resolved_utc = now
    where = f" at {change['post']}" if change.get("post") else ""
    if change.get("exit_date"):
        alert.note = f"no overstay: exit on {change['exit_date']} recorded{where}"
    else:
        alert.note = "no overstay any more" + (f" ({change['cause']})" if change.get("cause") else "")


def alert_dict(alert: Alert) -> dict[str, object]:
    return {
        "id": alert.id,
        "kind": alert.kind,
        "status": alert.status,
        "summary": alert.summary,
        "created": iso_utc(alert.created_utc),
        "movement_id": alert.movement_id,
        "details": alert.details,
        "note": alert.note,
        "resolved_by": alert.resolved_by,
    }


def list_alerts(
    session: PostSession, status: str | None = None, kind: str | None = None
) -> list[dict[str, object]]:
    session.require(Action.REVIEW_ALERTS)
    with session.transaction() as db:
        query = select(Alert).order_by(Alert.created_utc.desc(), Alert.id.desc())
        if status:
            query = query.where(Alert.status == status)
        if kind:
            query = query.where(Alert.kind == kind)
        return [alert_dict(a) for a in db.execute(query).scalars()]


def change_status(session: PostSession, alert_id: int, status: AlertStatus, note: str) -> dict[str, object]:
    """Acknowledge, escalate or resolve an alert; resolving needs a note. Audited."""
    session.require(Action.REVIEW_ALERTS)
    if status is AlertStatus.RESOLVED and not note.strip():
        raise BadInput("resolving an alert needs a note", code="alert_needs_note")
    with session.transaction() as db:
        alert = db.get(Alert, alert_id)
        if alert is None:
            raise BadInput(f"there is no alert {alert_id}", code="no_such_alert", params={"id": alert_id})
        alert.status = status.value
        alert.note = note or alert.note
        if status is AlertStatus.RESOLVED:
            alert.resolved_by = session.user.username
            alert.resolved_utc = utc_now()
        audit_log.append(db, session, f"alert_{status.value}", {"alert": alert_id, "kind": alert.kind})
        db.flush()
        return alert_dict(alert)


def alert_queue(session: PostSession) -> list[dict[str, object]]:
    """Every alert as :func:`alerts.list_alerts` gives it, plus the traveller's nationality and the day."""
    alerts = list_alerts(session)
    with session.transaction() as db:
        rows = db.execute(
            select(Alert.id, Traveller.nationality).join(Traveller, Alert.traveller_id == Traveller.id)
        )
        nationality = {alert_id: nat for alert_id, nat in rows.all()}
    for alert in alerts:
        alert["nationality"] = nationality.get(int(alert["id"]), "")  # type: ignore[call-overload]
    _add_who_and_document(session, alerts)
    return alerts


def _add_who_and_document(session: PostSession, alerts: list[dict[str, object]]) -> None:
    """The traveller's name and the document of each alert, for the supervisor's list: from the
    traveller's record and the crossing that raised it, or from what the counter read (a referral)."""
    with session.reading() as db:
        names = {
            alert_id: f"{surname}, {given}"
            for alert_id, surname, given in db.execute(
                select(Alert.id, Traveller.surname, Traveller.given_names).join(
                    Traveller, Alert.traveller_id == Traveller.id
                )
            ).all()
        }
        documents = {
            alert_id: f"{state or ''} {number or ''}".strip()
            for alert_id, state, number in db.execute(
                select(Alert.id, Movement.doc_issuing_state, Movement.doc_number).join(
                    Movement, Alert.movement_id == Movement.id
                )
            ).all()
        }
    for alert in alerts:
        alert_id = int(str(alert["id"]))
        read = _fields_read(alert.get("details"))
        alert["traveller_name"] = names.get(alert_id) or (
            f"{read.get('surname', '')}, {read.get('given_names', '')}" if read else ""
        )
        alert["document"] = documents.get(alert_id) or (
            f"{read.get('issuing_state', '')} {read.get('document_number', '')}".strip() if read else ""
        )


def _fields_read(details: object) -> dict[str, object]:
    """The MRZ fields the counter read, kept with a referral (empty for other alerts)."""
    document = details.get("document") if isinstance(details, dict) else None
    fields = document.get("fields") if isinstance(document, dict) else None
    return fields if isinstance(fields, dict) else {}


def alert_detail(session: PostSession, alert_id: int) -> dict[str, object]:
    """One alert with its traveller, their stays (newest first) and the rule that decided each stay."""
    session.require(Action.REVIEW_ALERTS)
    with session.transaction() as db:
        alert = db.get(Alert, alert_id)
        if alert is None:
            raise BadInput(f"there is no alert {alert_id}", code="no_such_alert", params={"id": alert_id})
        result = alert_dict(alert)
        result["resolved_utc"] = iso_utc(alert.resolved_utc) if alert.resolved_utc else None
        movement = db.get(Movement, alert.movement_id) if alert.movement_id else None
        result["movement"] = (
            None
            if movement is None
            else {
                "direction": movement.direction,
                "decision": movement.decision,
                "reason": movement.reason,
                "officer": movement.officer,
                "post": movement.post_code,
                "at": iso_utc(movement.at_utc),
                "document": {
                    "type": movement.doc_type,
                    "issuing_state": movement.doc_issuing_state,
                    "number": movement.doc_number,
                    "expiry_date": movement.doc_expiry.isoformat() if movement.doc_expiry else None,
                },
            }
        )
        result["images"] = [
            kind
            for (kind,) in db.execute(select(AlertImage.kind).where(AlertImage.alert_id == alert_id)).all()
        ]
        traveller = db.get(Traveller, alert.traveller_id) if alert.traveller_id else None
        result["traveller"] = (
            None
            if traveller is None
            else {
                "surname": traveller.surname,
                "given_names": traveller.given_names,
                "nationality": traveller.nationality,
                "birth_date": traveller.birth_date.isoformat() if traveller.birth_date else None,
            }
        )
        stays: list[Stay] = (
            list(
                db.execute(
                    select(Stay)
                    .where(Stay.traveller_id == alert.traveller_id)
                    .order_by(Stay.entry_date.desc())
                ).scalars()
            )
            if traveller is not None
            else []
        )
        result["stays"] = [
            {
                "id": s.id,
                "country": s.country,
                "entry_date": s.entry_date.isoformat(),
                "exit_date": s.exit_date.isoformat() if s.exit_date else None,
                "latest_exit": s.latest_exit.isoformat() if s.latest_exit else None,
                "overstay_days": s.overstay_days,
                "rule": s.rule,
            }
            for s in stays
        ]
        return result
