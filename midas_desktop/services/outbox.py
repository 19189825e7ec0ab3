"""How long recorded crossings may wait unsent: a warning, and optionally a hard limit on new captures.

Offline registration systems warn when records have not reached the centre for some days, and can
refuse new captures once a hard limit has passed, so that a post cut off for weeks is noticed. The
limits live in the post settings (``settings["outbox_limits"]``); ``refuse_days = 0`` means never
refuse. :func:`check_capture_allowed` is called by the crossing service itself, so the limit holds for
the command line as well as for the desktop app.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from midas_desktop.domain.roles import Action
from midas_desktop.services import audit_log
from midas_desktop.services.errors import BadInput, NotPermitted
from midas_desktop.services.session import PostSession
from midas_desktop.store import hot
from midas_desktop.store.models import OutboxRecord, PostSettings

SETTINGS_KEY = "outbox_limits"
MAX_DAYS = 365


@dataclass(frozen=True)
class OutboxLimits:
    warn_days: int = 3  # 0: never warn
    refuse_days: int = 0  # 0: never refuse new captures

    def to_dict(self) -> dict[str, int]:
        return {"warn_days": self.warn_days, "refuse_days": self.refuse_days}


@dataclass(frozen=True)
class OutboxState:
    """What the banner shows: ``level`` is "ok", "warn" or "refuse"."""

    level: str
    pending: int
    oldest_utc: dt.datetime | None  # naive UTC, as stored
    age_days: int  # whole days the oldest unsent record has waited (0 when none)
    limits: OutboxLimits

    @property
    def captures_refused(self) -> bool:
        return self.level == "refuse"

    def to_dict(self) -> dict[str, object]:
        return {
            "level": self.level,
            "pending": self.pending,
            "oldest": self.oldest_utc.isoformat(timespec="seconds") + "Z" if self.oldest_utc else None,
            "age_days": self.age_days,
            "limits": self.limits.to_dict(),
        }


def _as_utc_naive(moment: dt.datetime) -> dt.datetime:
    """Aware moments are converted; naive ones are taken as UTC already (as the store keeps them)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def limits_of(db: Session) -> OutboxLimits:
    stored = hot.post_settings(db).get(SETTINGS_KEY, {})
    if not isinstance(stored, dict):
        stored = {}
    defaults = OutboxLimits()
    try:
        return OutboxLimits(
            warn_days=int(stored.get("warn_days", defaults.warn_days)),
            refuse_days=int(stored.get("refuse_days", defaults.refuse_days)),
        )
    except (TypeError, ValueError):
        return defaults


def get_limits(session: PostSession) -> OutboxLimits:
    with session.transaction() as db:
        return limits_of(db)


def set_limits(session: PostSession, limits: OutboxLimits) -> None:
    """Administrators only; audited."""
    session.require(Action.MANAGE_POST)
    if not (0 <= limits.warn_days <= MAX_DAYS and 0 <= limits.refuse_days <= MAX_DAYS):
        raise BadInput(
            f"the days of the unsent-records limits must be between 0 and {MAX_DAYS}",
            code="outbox_limits_range",
            params={"max_days": MAX_DAYS},
        )
    if limits.refuse_days and limits.warn_days and limits.warn_days >= limits.refuse_days:
        raise BadInput(
            "the warning must come before the hard limit: use fewer warning days",
            code="outbox_warn_before_refuse",
        )
    with session.transaction() as db:
        settings = db.get(PostSettings, 1)
        assert settings is not None
        settings.settings = {**settings.settings, SETTINGS_KEY: limits.to_dict()}
        audit_log.append(db, session, "outbox_limits_changed", limits.to_dict())


def _oldest(db: Session) -> dt.datetime | None:
    # The pending index (sent_utc, created_utc) answers this without reading the records.
    value = db.execute(
        select(func.min(OutboxRecord.created_utc)).where(
            OutboxRecord.sent_utc.is_(None), OutboxRecord.quarantined_utc.is_(None)
        )
    ).scalar_one_or_none()
    return value if isinstance(value, dt.datetime) else None


def oldest_pending(session: PostSession) -> dt.datetime | None:
    """When the oldest record still waiting to be sent was written (naive UTC), or None."""
    with session.transaction() as db:
        return _oldest(db)


def _age_days(oldest: dt.datetime | None, now: dt.datetime) -> float:
    if oldest is None:
        return 0.0
    return max(0.0, (_as_utc_naive(now) - oldest).total_seconds() / 86400)


def _level(age: float, oldest: dt.datetime | None, limits: OutboxLimits) -> str:
    if oldest is None:
        return "ok"
    if limits.refuse_days > 0 and age > limits.refuse_days:
        return "refuse"
    if limits.warn_days > 0 and age > limits.warn_days:
        return "warn"
    return "ok"


def outbox_state(session: PostSession, now: dt.datetime) -> OutboxState:
    """Records waiting, the oldest one's age, and whether that warns or refuses captures."""
    with session.transaction() as db:
        limits = limits_of(db)
        oldest = _oldest(db)
        pending = (
            int(
                db.execute(
                    select(func.count())
                    .select_from(OutboxRecord)
                    .where(OutboxRecord.sent_utc.is_(None), OutboxRecord.quarantined_utc.is_(None))
                ).scalar()
                or 0
            )
            if oldest is not None
            else 0
        )
    age = _age_days(oldest, now)
    return OutboxState(_level(age, oldest, limits), pending, oldest, int(age), limits)


def capture_report(db: Session, now: dt.datetime) -> dict[str, int | str]:
    """What a push tells the centre of the capture freeze (``protocol.parse_capture``): the level,
    the oldest unsent record's whole days and the post's limits, so headquarters sees a post that
    refuses captures, and can tell one that has stopped syncing for longer than its limit."""
    limits = limits_of(db)
    oldest = _oldest(db)
    age = _age_days(oldest, now)
    return {
        "level": _level(age, oldest, limits),
        "age_days": int(age),
        "warn_days": limits.warn_days,
        "refuse_days": limits.refuse_days,
    }


def check_capture_allowed(session: PostSession, now: dt.datetime) -> None:
    """:class:`NotPermitted` when the oldest unsent record has waited longer than the hard limit."""
    with session.reading() as db:
        refuse_if_frozen(db, now)


def refuse_if_frozen(db: Session, now: dt.datetime) -> None:
    """The capture freeze, inside the caller's transaction (the crossing's own, on the counter's path:
    two plain statements on indexed columns)."""
    limits = limits_of(db)
    if limits.refuse_days <= 0:
        return
    oldest = hot.oldest_pending_outbox(db)
    age = _age_days(oldest, now)
    if _level(age, oldest, limits) == "refuse":
        raise NotPermitted(
            f"new captures are refused: records have waited {int(age)} days unsent, longer than the "
            f"limit of {limits.refuse_days} days; sync with the central server first",
            code="captures_refused",
            params={"age_days": int(age), "refuse_days": limits.refuse_days},
        )
