"""Counts of movements by day, direction and nationality (``midas stats``, the admin's charts)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from midas_desktop.domain.roles import Action
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import Movement


def movement_counts(
    session: PostSession, first: dt.date | None = None, last: dt.date | None = None
) -> dict[str, object]:
    """``{"movements", "entries", "exits", "by_day": [{"date", "direction", "nationality", "count"}]}``."""
    session.require(Action.VIEW_STATISTICS)
    query = (
        select(Movement.local_date, Movement.direction, Movement.nationality, func.count())
        .group_by(Movement.local_date, Movement.direction, Movement.nationality)
        .order_by(Movement.local_date, Movement.direction, Movement.nationality)
    )
    if first is not None:
        query = query.where(Movement.local_date >= first)
    if last is not None:
        query = query.where(Movement.local_date <= last)
    with session.transaction() as db:
        rows = db.execute(query).all()
    by_day = [
        {"date": d.isoformat(), "direction": direction, "nationality": nat, "count": n}
        for d, direction, nat, n in rows
    ]
    entries = sum(n for _, direction, _, n in rows if direction == "entry")
    exits = sum(n for _, direction, _, n in rows if direction == "exit")
    return {"movements": entries + exits, "entries": entries, "exits": exits, "by_day": by_day}
