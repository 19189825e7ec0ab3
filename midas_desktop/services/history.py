"""A traveller's history at this post: the movements and extensions in the store, handed to the domain's
``build_history``, and the stays it returns written back as rows for the screens and the overstay scan.

Nothing else writes ``stays``: recording, pulled movements, extensions and the scan all end here, so a
stay is whatever the domain makes of every movement known, in whatever order they arrived.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from midas_desktop.domain.stay import RuleBook
from midas_desktop.domain.stay.history import (
    Direction,
    ExtensionFact,
    MovementFact,
    StayRecord,
    TravellerAssessment,
    TravellerHistory,
    assess_traveller,
    build_history,
)
from midas_desktop.services import alerts as alert_service
from midas_desktop.services.clock import local_date
from midas_desktop.store import hot
from midas_desktop.store.models import Alert, Movement, PostSettings, Traveller

#: Who changed an alert when no person did (a movement or an extension that arrived by sync).
SYSTEM_ACTOR = "system"


def movement_fact(row: Movement | hot.MovementRow) -> MovementFact:
    return MovementFact(
        id=row.id,
        direction=Direction(row.direction),
        country=row.country,
        local_date=row.local_date,
        at=row.at_utc,
        post=row.post_code,
        decision=row.decision,
        days_granted=row.days_granted,
    )


@dataclass
class TravellerFacts:
    """Everything this post knows of one traveller (possibly several records about to be joined)."""

    nationality: str
    movements: list[MovementFact]
    extensions: list[ExtensionFact]


def load_facts(db: Session, traveller_ids: Sequence[int], nationality: str) -> TravellerFacts:
    if not traveller_ids:
        return TravellerFacts(nationality, [], [])
    movements = [_movement_fact(row) for row in hot.movement_facts(db, traveller_ids)]
    entries = [m.id for m in movements if m.direction is Direction.ENTRY]
    extensions = [ExtensionFact(*row) for row in hot.extension_facts(db, entries)]
    return TravellerFacts(nationality, movements, extensions)


def assess(
    facts: TravellerFacts,
    book: RuleBook,
    country: str,
    day: dt.date,
    at: dt.datetime,
    crossing: MovementFact | None = None,
) -> TravellerAssessment:
    return assess_traveller(
        facts.movements,
        facts.extensions,
        book=book,
        nationality=facts.nationality,
        country=country,
        day=day,
        at=at,
        crossing=crossing,
    )


def projection_day(db: Session, facts: TravellerFacts, timezone: str | None = None) -> dt.date:
    """The stays are stored as of today at the post, or of the latest movement when it is later
    (a back-office correction dated ahead), so that no stored movement is left out."""
    if timezone is None:
        settings = db.get(PostSettings, 1)
        timezone = settings.timezone if settings else None
    today = local_date(dt.datetime.now(dt.UTC), timezone)
    latest = max((m.local_date for m in facts.movements), default=today)
    return max(today, latest)


def _movement_fact(row: tuple[Any, ...]) -> MovementFact:
    """A row of :func:`hot.movement_facts` as the domain's fact."""
    movement_id, direction, country, day, at, post, decision, granted = row
    return MovementFact(movement_id, Direction(direction), country, day, at, post, decision, granted)


def history_of(
    db: Session, book: RuleBook, traveller: Traveller | hot.TravellerRow, day: dt.date
) -> TravellerHistory:
    facts = load_facts(db, [traveller.id], traveller.nationality)
    return build_history(facts.movements, facts.extensions, book, facts.nationality, day)


def histories_of(
    db: Session, book: RuleBook, travellers: Iterable[Traveller | hot.TravellerRow], day: dt.date
) -> dict[int, TravellerHistory]:
    """:func:`history_of` for many travellers at once (the overstay scans'): their movements and
    extensions are read in one statement each, not one per traveller."""
    people = {traveller.id: traveller for traveller in travellers}
    movements: dict[int, list[MovementFact]] = {traveller_id: [] for traveller_id in people}
    for row in hot.movement_facts_by_traveller(db, list(people)):
        movements[row[0]].append(_movement_fact(row[1:]))
    entries = {
        movement.id: traveller_id
        for traveller_id, facts in movements.items()
        for movement in facts
        if movement.direction is Direction.ENTRY
    }
    extensions: dict[int, list[ExtensionFact]] = {traveller_id: [] for traveller_id in people}
    for row in hot.extension_facts(db, list(entries)):
        extensions[entries[row[1]]].append(ExtensionFact(*row))
    return {
        traveller_id: build_history(
            movements[traveller_id], extensions[traveller_id], book, person.nationality, day
        )
        for traveller_id, person in people.items()
    }


def project(db: Session, traveller_id: int, history: TravellerHistory) -> dict[str, hot.StayRow]:
    """Write ``history``'s stays as this traveller's rows (one per entry movement); returns them by
    entry movement id. Rows keep their id when a stay changes, so its alerts stay attached; only the
    rows that changed are written."""
    db.flush()  # rows the ORM still holds (a join of travellers) before reading beside it
    held = {row.entry_movement_id: row for row in hot.stays_of(db, traveller_id)}
    wanted: dict[str, hot.StayRow] = {}
    for record in history.stays:
        row = held.pop(record.entry_movement_id, None)
        if row is None:
            row = hot.stay_by_entry(db, record.entry_movement_id)  # a stay another record held
        fresh = _row_of(record, traveller_id, row.id if row is not None else 0)
        if row is None:
            fresh.id = hot.insert_stay(db, fresh)
        elif fresh != row:
            hot.update_stay(db, fresh)
        wanted[record.entry_movement_id] = fresh
    for stale in held.values():
        # Its entry movement no longer opens a stay of this traveller (purged, or moved when records
        # were joined): alerts keep their text but lose the link.
        hot.delete_stay(db, stale.id)
    return wanted


def _row_of(record: StayRecord, traveller_id: int, row_id: int) -> hot.StayRow:
    return hot.StayRow(
        id=row_id,
        traveller_id=traveller_id,
        country=record.country,
        entry_movement_id=record.entry_movement_id,
        exit_movement_id=record.exit_movement_id,
        post_code=record.post or None,
        entry_date=record.entry_date,
        exit_date=record.exit_date,
        exit_missing=record.exit_missing,
        days_granted=record.days_granted,
        extension_days=record.extension_days,
        latest_exit=record.latest_exit,
        overstay_days=record.overstay_days,
        rule=record.rule,
    )


def refresh(
    db: Session,
    book: RuleBook,
    traveller: Traveller,
    now: dt.datetime,
    cause: dict[str, object] | None = None,
    as_of: dt.date | None = None,
) -> tuple[TravellerHistory, dict[str, hot.StayRow]]:
    """Rebuild one traveller's stays from every movement held, store them, and bring their overstay
    alerts up to date as of ``as_of`` (default: the day the stays are stored as of); ``cause`` says
    why, for the supervisor (an exit recorded elsewhere, an extension)."""
    facts = load_facts(db, [traveller.id], traveller.nationality)
    stored_as_of = projection_day(db, facts)
    history = build_history(facts.movements, facts.extensions, book, facts.nationality, stored_as_of)
    rows = project(db, traveller.id, history)
    if as_of is not None and as_of != stored_as_of:
        judged = build_history(facts.movements, facts.extensions, book, facts.nationality, as_of)
    else:
        judged = history
    reconcile_overstay_alerts(db, judged, rows, now, cause)
    return history, rows


def reconcile_overstay_alerts(
    db: Session,
    history: TravellerHistory,
    rows: dict[str, hot.StayRow],
    now: dt.datetime,
    cause: dict[str, object] | None,
) -> None:
    """An overstay alert follows its stay: a late exit that ends the overstay resolves it, one that
    changes the days updates it; either way the alert says what changed and why."""
    by_stay_id = {rows[s.entry_movement_id].id: s for s in history.stays if s.entry_movement_id in rows}
    if not hot.overstay_alert_stays(db, list(by_stay_id)):
        return
    alerts = db.execute(
        select(Alert).where(Alert.kind == "overstay", Alert.stay_id.in_(list(by_stay_id)))
    ).scalars()
    for alert in alerts:
        assert alert.stay_id is not None
        record = by_stay_id[alert.stay_id]
        exited = not record.open
        days = record.overstay_days
        if alert.details.get("overstay_days") == days and alert.details.get("exited") == exited:
            continue
        change = {
            "at": now.isoformat(timespec="seconds") + "Z",
            "from_days": alert.details.get("overstay_days"),
            "to_days": days,
            "exit_date": record.exit_date.isoformat() if record.exit_date else None,
            "exit_missing": record.exit_missing,
            **(cause or {}),
        }
        alert_service.update_overstay(alert, days, exited=exited, movement=None, change=change)
        if days == 0 and alert.status != alert_service.AlertStatus.RESOLVED.value:
            alert_service.resolve_by_system(alert, now, change)


def rebuild_all(
    db: Session, book: RuleBook, now: dt.datetime, traveller_ids: Iterable[int] | None = None
) -> int:
    """Rebuild the stays of every traveller (after an upgrade of the store); returns how many."""
    ids = (
        list(traveller_ids) if traveller_ids is not None else list(db.execute(select(Traveller.id)).scalars())
    )
    for traveller_id in ids:
        traveller = db.get(Traveller, traveller_id)
        if traveller is not None:
            refresh(db, book, traveller, now)
    return len(ids)


def rebuild_if_pending(db: Session, book: RuleBook, now: dt.datetime) -> bool:
    """A store upgraded from an older schema rebuilds its stays once, at the first login."""
    settings = db.get(PostSettings, 1)
    if settings is None or not settings.settings.get("history_rebuild_pending"):
        return False
    rebuild_all(db, book, now)
    values = dict(settings.settings)
    values.pop("history_rebuild_pending", None)
    settings.settings = values
    return True
