"""Counts of movements by day, direction and nationality (``midas stats``, the admin's charts).

A refused entry is a recorded movement but not an entry: it is counted under direction ``refusal``.
So is the refusal of a document whose MRZ is not valid (unreadable, or a check digit that fails): it
cannot be a movement, nobody can say whose it is, and it is kept as an ``invalid_document`` alert whose
counter decision is ``refused``; it counts on the day and at the post of the counter, under the
nationality that was read (``XXX`` when none could be). Extensions granted in the period are counted
too.

:func:`counted_rows` is the one query behind every figure: ``midas stats``, the statistics screen's
summary and charts, and its CSV, XLSX and PDF exports.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, String, cast, func, literal, select, union_all

from midas_desktop.domain.roles import Action
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import Alert, MovementDayCount, StayExtension

#: The nationality counted for a refused document whose nationality could not be read (ICAO's code
#: for an unspecified nationality).
UNREAD_NATIONALITY = "XXX"


def _detail(path: str) -> Any:
    return func.json_extract(Alert.details, path)


def counted_rows(first: dt.date | None = None, last: dt.date | None = None) -> Select[Any]:
    """``(local_date, kind, nationality, post_code, count)`` with kind ``entry``, ``exit`` or
    ``refusal``: the movements, and the refused documents that could not be recorded as movements."""
    # The movements as the store counts them while it writes them (``MovementDayCount``: a refused
    # crossing is a refusal, any other its direction): a report reads a few rows a day, not every
    # movement of the period.
    movements = select(
        MovementDayCount.local_date.label("day"),
        MovementDayCount.kind.label("kind"),
        MovementDayCount.nationality.label("nationality"),
        MovementDayCount.post_code.label("post"),
        MovementDayCount.movements.label("n"),
    )
    # Alerts raised before the counter kept its local date: the date of the UTC moment.
    refused_day = func.coalesce(_detail("$.counter.local_date"), func.substr(_detail("$.counter.at"), 1, 10))
    refused = select(
        refused_day.label("day"),
        literal("refusal").label("kind"),
        cast(
            func.coalesce(func.nullif(_detail("$.document.fields.nationality"), ""), UNREAD_NATIONALITY),
            String,
        ).label("nationality"),
        cast(func.coalesce(_detail("$.counter.post"), ""), String).label("post"),
        literal(1).label("n"),
    ).where(Alert.kind == "invalid_document", _detail("$.counter.decision") == "refused")
    if first is not None:
        movements = movements.where(MovementDayCount.local_date >= first)
        refused = refused.where(refused_day >= first.isoformat())
    if last is not None:
        movements = movements.where(MovementDayCount.local_date <= last)
        refused = refused.where(refused_day <= last.isoformat())
    both = union_all(movements, refused).subquery()
    return (
        select(both.c.day, both.c.kind, both.c.nationality, both.c.post, func.sum(both.c.n))
        .group_by(both.c.day, both.c.kind, both.c.nationality, both.c.post)
        .order_by(both.c.day, both.c.kind, both.c.nationality, both.c.post)
    )


def movement_counts(
    session: PostSession, first: dt.date | None = None, last: dt.date | None = None
) -> dict[str, object]:
    """``{"movements", "entries", "exits", "refusals", "extensions", "by_day": [{"date", "direction",
    "nationality", "count"}]}``."""
    session.require(Action.VIEW_STATISTICS)
    extensions = select(func.count(StayExtension.id))
    if first is not None:
        extensions = extensions.where(StayExtension.granted_utc >= dt.datetime.combine(first, dt.time()))
    if last is not None:
        extensions = extensions.where(
            StayExtension.granted_utc < dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
        )
    with session.transaction() as db:
        rows = db.execute(counted_rows(first, last)).all()
        extension_count = db.execute(extensions).scalar_one()
    merged: dict[tuple[str, str, str], int] = {}
    for day, kind, nationality, _post, n in rows:
        key = (_iso(day), str(kind), str(nationality))
        merged[key] = merged.get(key, 0) + n
    by_day = [
        {"date": d, "direction": kind, "nationality": nat, "count": n}
        for (d, kind, nat), n in sorted(merged.items())
    ]
    totals = {
        kind: sum(n for (_, k, _), n in merged.items() if k == kind) for kind in ("entry", "exit", "refusal")
    }
    return {
        "movements": sum(totals.values()),
        "entries": totals["entry"],
        "exits": totals["exit"],
        "refusals": totals["refusal"],
        "extensions": extension_count,
        "by_day": by_day,
    }


def _iso(day: object) -> str:
    return day.isoformat() if isinstance(day, dt.date) else str(day)
