"""Retention and erasure: personal data is kept only as long as the post's rules say.

Rules (administrator-set, in the post settings; defaults below): a stay and its movements are erased a
number of years after its exit; a stay that ended in an overstay is kept longer (an overstay case);
an exit with no recorded entry ages from its own date. A traveller with nothing left is erased with
their documents. An alert tied to no traveller, movement or stay (a referral or a refusal of a document
whose MRZ could not be recorded, and the watchlist hits raised with it: what was read, and the document
image and portrait the counter sent) ages like a movement from the day it was raised, whatever its
status, and goes with its images. Erasure is for good: ``secure_delete`` zeroes the freed space
inside the encrypted file, and the write-ahead log is checkpointed and truncated so no older page
version survives in it. Open stays are never erased. Each purge writes one audit entry with its
counts (no personal data).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, delete, exists, select
from sqlalchemy.orm import Session

from midas_desktop.domain.roles import Action
from midas_desktop.services import audit_log
from midas_desktop.services.clock import local_date
from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import (
    Alert,
    AlertImage,
    Document,
    Movement,
    OutboxRecord,
    PersonKeyAlias,
    PostSettings,
    Stay,
    Traveller,
)

DEFAULT_RULES = {"movement_years_after_exit": 3, "overstay_case_years": 5, "warn_days": 30}


@dataclass(frozen=True)
class RetentionRules:
    movement_years_after_exit: int = 3
    overstay_case_years: int = 5
    warn_days: int = 30

    def to_dict(self) -> dict[str, int]:
        return {
            "movement_years_after_exit": self.movement_years_after_exit,
            "overstay_case_years": self.overstay_case_years,
            "warn_days": self.warn_days,
        }


@dataclass(frozen=True)
class PurgeReport:
    day: dt.date
    stays: int
    movements: int
    alerts: int
    outbox: int
    travellers: int
    due_soon: int  # stays that will be erased within the warning period
    erased: bool

    def to_dict(self) -> dict[str, object]:
        return {
            "date": self.day.isoformat(),
            "stays": self.stays,
            "movements": self.movements,
            "alerts": self.alerts,
            "outbox": self.outbox,
            "travellers": self.travellers,
            "due_soon": self.due_soon,
            "erased": self.erased,
        }


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def rules_of(db: Session) -> RetentionRules:
    settings = db.get(PostSettings, 1)
    stored = dict(settings.settings.get("retention", {})) if settings is not None else {}
    return RetentionRules(**{k: int(v) for k, v in {**DEFAULT_RULES, **stored}.items() if k in DEFAULT_RULES})


def set_rules(session: PostSession, rules: RetentionRules) -> None:
    session.require(Action.MANAGE_POST)
    if rules.movement_years_after_exit < 1 or rules.overstay_case_years < rules.movement_years_after_exit:
        raise BadInput(
            "keep movements at least 1 year, and overstay cases at least as long as movements",
            code="retention_years",
        )
    with session.transaction() as db:
        settings = db.get(PostSettings, 1)
        assert settings is not None
        settings.settings = {**settings.settings, "retention": rules.to_dict()}
        audit_log.append(db, session, "retention_rules_changed", rules.to_dict())


def _expired_stays(rules: RetentionRules, day: dt.date) -> Select[int, str | None, str | None]:
    ordinary = _years_before(day, rules.movement_years_after_exit)
    cases = _years_before(day, rules.overstay_case_years)
    return select(Stay.id, Stay.entry_movement_id, Stay.exit_movement_id).where(
        Stay.exit_date.is_not(None),
        ((Stay.overstay_days == 0) & (Stay.exit_date < ordinary)) | (Stay.exit_date < cases),
    )


def purge(session: PostSession, at: dt.datetime, *, erase: bool) -> PurgeReport:
    """Erase what is past retention on the day of ``at`` (``erase=False``: count only, the warning)."""
    session.require(Action.MANAGE_POST)
    day = local_date(at, session.post.timezone)
    with session.transaction() as db:
        rules = rules_of(db)
        due = db.execute(_expired_stays(rules, day)).all()
        soon = len(db.execute(_expired_stays(rules, day + dt.timedelta(days=rules.warn_days))).all()) - len(
            due
        )
        stay_ids = [row.id for row in due]
        movement_ids = [m for row in due for m in (row.entry_movement_id, row.exit_movement_id) if m]
        lone_exits = _years_before(day, rules.movement_years_after_exit)
        movement_ids += list(
            db.execute(
                select(Movement.id).where(
                    Movement.local_date < lone_exits,
                    ~exists().where(Stay.entry_movement_id == Movement.id),
                    ~exists().where(Stay.exit_movement_id == Movement.id),
                )
            ).scalars()
        )
        lone_alert_ids = list(db.execute(_expired_lone_alerts(lone_exits)).scalars())
        counts = {
            "stays": len(stay_ids),
            "movements": len(movement_ids),
            "alerts": len(lone_alert_ids),
            "outbox": 0,
            "travellers": 0,
        }
        due_anything = bool(stay_ids or movement_ids or lone_alert_ids)
        if erase and due_anything:
            counts.update(_erase(db, stay_ids, movement_ids))
            counts["alerts"] += _erase_alerts(db, lone_alert_ids)
            audit_log.append(
                db,
                session,
                "retention_purge",
                {"date": day.isoformat(), **counts, "rules": rules.to_dict()},
            )
            # Which records went, signed by whoever purged them: the post's own checks tell a lawful
            # erasure from a deleted record (ids only, in entries of bounded size).
            for start in range(0, len(movement_ids), PURGED_IDS_PER_ENTRY):
                audit_log.append(
                    db,
                    session,
                    "retention_purged_records",
                    {"movements": sorted(movement_ids[start : start + PURGED_IDS_PER_ENTRY])},
                )
    if erase and due_anything:
        session.checkpoint()
    return PurgeReport(day=day, due_soon=max(0, soon), erased=erase, **counts)


PURGED_IDS_PER_ENTRY = 2000


def _expired_lone_alerts(before: dt.date) -> Select[int]:
    """Alerts about no recorded traveller, movement or stay raised before the day ``before``."""
    return select(Alert.id).where(
        Alert.traveller_id.is_(None),
        Alert.movement_id.is_(None),
        Alert.stay_id.is_(None),
        Alert.created_utc < dt.datetime.combine(before, dt.time()),
    )


def _erase_alerts(db: Session, alert_ids: list[int]) -> int:
    """The alerts and the images sent with them (not left to the foreign key's cascade alone)."""
    erased = 0
    for start in range(0, len(alert_ids), 500):
        ids = alert_ids[start : start + 500]
        db.execute(delete(AlertImage).where(AlertImage.alert_id.in_(ids)))
        erased += _count(db.execute(delete(Alert).where(Alert.id.in_(ids))))
    return erased


def _erase(db: Session, stay_ids: list[int], movement_ids: list[str]) -> dict[str, int]:
    chunk = 500
    counts = {"alerts": 0, "outbox": 0, "travellers": 0}
    travellers: set[int] = set()
    for start in range(0, max(len(stay_ids), len(movement_ids)), chunk):
        stays = stay_ids[start : start + chunk]
        movements = movement_ids[start : start + chunk]
        travellers.update(
            db.execute(select(Movement.traveller_id).where(Movement.id.in_(movements))).scalars()
        )
        counts["alerts"] += _count(
            db.execute(delete(Alert).where(Alert.movement_id.in_(movements) | Alert.stay_id.in_(stays)))
        )
        counts["outbox"] += _count(db.execute(delete(OutboxRecord).where(OutboxRecord.id.in_(movements))))
        db.execute(delete(Stay).where(Stay.id.in_(stays)))
    for start in range(0, len(movement_ids), chunk):
        db.execute(delete(Movement).where(Movement.id.in_(movement_ids[start : start + chunk])))
    orphans = [
        t
        for t in travellers
        if db.execute(select(exists().where(Movement.traveller_id == t))).scalar_one() is False
    ]
    for start in range(0, len(orphans), chunk):
        ids = orphans[start : start + chunk]
        db.execute(delete(Alert).where(Alert.traveller_id.in_(ids)))
        db.execute(delete(Document).where(Document.traveller_id.in_(ids)))
        db.execute(delete(PersonKeyAlias).where(PersonKeyAlias.traveller_id.in_(ids)))
        counts["travellers"] += _count(db.execute(delete(Traveller).where(Traveller.id.in_(ids))))
    return counts


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
