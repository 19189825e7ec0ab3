"""Alerts for supervisors: creating them (with the crossing that raised them) and resolving them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Select, String, and_, case, func, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from midas_desktop.domain import alert_severity
from midas_desktop.domain.alert_severity import LEAST_SEVERE
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


# --- the supervisor's list: one page at a time ----------------------------------------------------

UNRESOLVED = "unresolved"  # the status filter's "not resolved": open, acknowledged or escalated
PAGE_SIZE = 200  # the list's page
MAX_PAGE_SIZE = 1000
SORT_KEYS = (
    "id",
    "created",
    "severity",
    "kind",
    "status",
    "traveller_name",
    "document",
    "nationality",
    "summary",
)


@dataclass(frozen=True)
class AlertQuery:
    """Which alerts the supervisor's list holds, and in what order (the one rule for the app and the
    command line, applied by the store).

    Filters, all optional: ``status`` one status, :data:`UNRESOLVED` (open, acknowledged or escalated)
    or None for all; ``kind``; ``nationality`` the start of the traveller's nationality (an alert
    without a traveller, a referral, matches no nationality); ``first_day`` and ``last_day`` the days
    of creation in UTC, both included.

    Order: by ``sort`` (one of :data:`SORT_KEYS`), then the newest first, then the higher number;
    ``"created"`` is by creation then number, ``"id"`` by number alone. ``descending`` reverses the
    whole order. ``"severity"`` ascending is the supervisor's order: the most severe first
    (:mod:`domain.alert_severity`), and within one severity the newest first.
    """

    status: str | None = None
    kind: str | None = None
    nationality: str = ""
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    sort: str = "severity"
    descending: bool = False


@dataclass(frozen=True)
class AlertPage:
    """One page of the list: its alerts in order, and how many alerts the whole query matches."""

    alerts: list[dict[str, object]]
    total: int
    offset: int  # the place of the page's first alert in the order (0 for the first)


def alert_queue(
    session: PostSession, query: AlertQuery | None = None, *, offset: int = 0, limit: int = PAGE_SIZE
) -> AlertPage:
    """The alerts from ``offset`` on (at most ``limit``, at most :data:`MAX_PAGE_SIZE`) in the
    query's order, as :func:`alert_dict` gives them plus the traveller's name and nationality and the
    document; and the number of alerts the query matches. Filtered, sorted and counted by the store,
    so a page costs the same memory whatever the number of alerts."""
    session.require(Action.REVIEW_ALERTS)
    query = query or AlertQuery()
    _check(query, offset, limit)
    with session.reading() as db:
        total = db.execute(_counted(query)).scalar_one()
        alerts = _page(db, query, offset, limit) if offset < total else []
    return AlertPage(alerts, total, offset)


def iter_alerts(
    session: PostSession, query: AlertQuery | None = None, *, batch: int = MAX_PAGE_SIZE
) -> Iterator[dict[str, object]]:
    """Every alert the query matches, in its order, read a page at a time from one snapshot (the
    command line's listing: what it prints is never all held at once)."""
    session.require(Action.REVIEW_ALERTS)
    query = query or AlertQuery()
    _check(query, 0, batch)
    return _pages(session, query, batch)


def _pages(session: PostSession, query: AlertQuery, batch: int) -> Iterator[dict[str, object]]:
    with session.reading() as db:
        offset = 0
        while True:
            page = _page(db, query, offset, batch)
            yield from page
            if len(page) < batch:
                return
            offset += batch


def list_alerts(
    session: PostSession, status: str | None = None, kind: str | None = None
) -> list[dict[str, object]]:
    """Every alert of a status and kind (None: all), the newest first."""
    return list(iter_alerts(session, AlertQuery(status=status, kind=kind, sort="created", descending=True)))


def _check(query: AlertQuery, offset: int, limit: int) -> None:
    statuses = {None, "", UNRESOLVED, *(s.value for s in AlertStatus)}
    if (
        query.sort not in SORT_KEYS
        or query.status not in statuses
        or offset < 0
        or not 1 <= limit <= MAX_PAGE_SIZE
    ):
        raise BadInput(
            f"no such list of alerts (sort {query.sort!r}, status {query.status!r}, "
            f"offset {offset}, limit {limit})",
            code="bad_alert_query",
        )


Key = ColumnElement[Any] | InstrumentedAttribute[Any]  # a column, or an expression of columns


def _read(field: str) -> ColumnElement[Any]:
    """A field of the MRZ the counter read, kept with a referral (NULL for other alerts)."""
    return type_coerce(func.json_extract(Alert.details, f"$.document.fields.{field}"), String)


def _joined(a: Key, b: Key) -> ColumnElement[Any]:
    """``"a b"`` without the blanks around an absent part; NULL when both are absent."""
    return func.nullif(func.trim(func.coalesce(a, "") + " " + func.coalesce(b, "")), "")


_FIELDS_READ = func.json_extract(Alert.details, "$.document.fields")
# The traveller's name and the document: from the traveller's record and the crossing that raised the
# alert, or from what the counter read (a referral has neither record).
TRAVELLER_NAME: ColumnElement[str] = func.coalesce(
    Traveller.surname + ", " + Traveller.given_names,
    case(
        (
            and_(func.json_type(Alert.details, "$.document.fields") == "object", _FIELDS_READ != "{}"),
            func.coalesce(_read("surname"), "") + ", " + func.coalesce(_read("given_names"), ""),
        ),
        else_="",
    ),
)
DOCUMENT: ColumnElement[str] = func.coalesce(
    _joined(Movement.doc_issuing_state, Movement.doc_number),
    _joined(_read("issuing_state"), _read("document_number")),
    "",
)
NATIONALITY: ColumnElement[str] = func.coalesce(Traveller.nationality, "")
SEVERITY: ColumnElement[int] = case(dict(alert_severity.SEVERITY), value=Alert.kind, else_=LEAST_SEVERE)
_SORTED_BY: dict[str, Key] = {
    "severity": SEVERITY,
    "kind": Alert.kind,
    "status": Alert.status,
    "traveller_name": TRAVELLER_NAME,
    "document": DOCUMENT,
    "nationality": NATIONALITY,
    "summary": Alert.summary,
}


def _conditions(query: AlertQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.status == UNRESOLVED:
        conditions.append(Alert.status.in_([s.value for s in AlertStatus if s is not AlertStatus.RESOLVED]))
    elif query.status:
        conditions.append(Alert.status == query.status)
    if query.kind:
        conditions.append(Alert.kind == query.kind)
    if query.first_day:
        conditions.append(Alert.created_utc >= dt.datetime.combine(query.first_day, dt.time()))
    if query.last_day:
        after = query.last_day + dt.timedelta(days=1)
        conditions.append(Alert.created_utc < dt.datetime.combine(after, dt.time()))
    prefix = query.nationality.strip().upper()
    if prefix:  # tested on each alert's traveller (not an index range of every traveller of it)
        conditions.append(func.substr(Traveller.nationality, 1, len(prefix)) == prefix)
    return conditions


def _counted(query: AlertQuery) -> Select[int]:
    counted = select(func.count()).select_from(Alert)
    if query.nationality.strip():
        counted = counted.join(Traveller, Alert.traveller_id == Traveller.id)
    return counted.where(*_conditions(query))


def _order(query: AlertQuery) -> list[ColumnElement[Any]]:
    """The query's order as (key, ascending) terms, the whole of it reversed when descending."""
    if query.sort == "id":
        terms: list[tuple[Key, bool]] = [(Alert.id, True)]
    elif query.sort == "created":
        terms = [(Alert.created_utc, True), (Alert.id, True)]
    else:
        terms = [(_SORTED_BY[query.sort], True), (Alert.created_utc, False), (Alert.id, False)]
    return [key.asc() if ascending != query.descending else key.desc() for key, ascending in terms]


def _page(db: Session, query: AlertQuery, offset: int, limit: int) -> list[dict[str, object]]:
    """First the numbers of the page's alerts (the store sorts only numbers and sort keys, keeping
    ``offset + limit`` of them), then those alerts with their traveller and document."""
    wanted = select(Alert.id).select_from(Alert)
    if query.nationality.strip() or query.sort in ("traveller_name", "nationality"):
        wanted = wanted.outerjoin(Traveller, Alert.traveller_id == Traveller.id)
    if query.sort == "document":
        wanted = wanted.outerjoin(Movement, Alert.movement_id == Movement.id)
    ids = list(
        db.execute(wanted.where(*_conditions(query)).order_by(*_order(query)).offset(offset).limit(limit))
        .scalars()
        .all()
    )
    rows = db.execute(
        select(Alert, TRAVELLER_NAME, DOCUMENT, NATIONALITY)
        .outerjoin(Traveller, Alert.traveller_id == Traveller.id)
        .outerjoin(Movement, Alert.movement_id == Movement.id)
        .where(Alert.id.in_(ids))
    ).all()
    found = {}
    for alert, name, document, nationality in rows:
        item = alert_dict(alert)
        item.update(traveller_name=name, document=document, nationality=nationality)
        found[alert.id] = item
    return [found[alert_id] for alert_id in ids if alert_id in found]


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
