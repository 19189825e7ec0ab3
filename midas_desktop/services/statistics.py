"""Counts of movements by day, direction and nationality (``midas stats``, the admin's charts).

A refused entry is a recorded movement but not an entry: it is counted under direction ``refusal``.
Extensions granted in the period are counted too.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import case, func, select

from midas_desktop.domain.roles import Action
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import Movement, StayExtension


def movement_counts(
    session: PostSession, first: dt.date | None = None, last: dt.date | None = None
) -> dict[str, object]:
    """``{"movements", "entries", "exits", "refusals", "extensions", "by_day": [{"date", "direction",
    "nationality", "count"}]}``."""
    session.require(Action.VIEW_STATISTICS)
    direction = case((Movement.decision == "refused", "refusal"), else_=Movement.direction)
    query = (
        select(Movement.local_date, direction, Movement.nationality, func.count())
        .group_by(Movement.local_date, direction, Movement.nationality)
        .order_by(Movement.local_date, direction, Movement.nationality)
    )
    extensions = select(func.count(StayExtension.id))
    if first is not None:
        query = query.where(Movement.local_date >= first)
        extensions = extensions.where(StayExtension.granted_utc >= dt.datetime.combine(first, dt.time()))
    if last is not None:
        query = query.where(Movement.local_date <= last)
        extensions = extensions.where(
            StayExtension.granted_utc < dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
        )
    with session.transaction() as db:
        rows = db.execute(query).all()
        extension_count = db.execute(extensions).scalar_one()
    by_day = [
        {"date": d.isoformat(), "direction": kind, "nationality": nat, "count": n} for d, kind, nat, n in rows
    ]
    totals = {kind: sum(n for _, k, _, n in rows if k == kind) for kind in ("entry", "exit", "refusal")}
    return {
        "movements": sum(totals.values()),
        "entries": totals["entry"],
        "exits": totals["exit"],
        "refusals": totals["refusal"],
        "extensions": extension_count,
        "by_day": by_day,
    }
