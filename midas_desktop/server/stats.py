"""National statistics: totals by post, day, direction and nationality, and national overstays.

Overstays are counted with the domain's stay arithmetic over every post's movements (the default
rule book: the CA-4 shared area for its members, 90 days per entry elsewhere), so a CA-4 stay that
entered in Guatemala and goes on in Honduras adds up across both.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from itertools import groupby
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from midas_desktop.domain.stay import (
    NoStayRule,
    RuleBook,
    Stay,
    StayInputError,
    default_rule_book,
    evaluate_for_traveller,
)
from midas_desktop.server.models import PostRow, ServerExtension, ServerMovement


def national_stats(engine: Engine, day: dt.date | None = None) -> dict[str, Any]:
    """The figures of ``midas-server stats`` (contract keys first, then breakdowns)."""
    day = day or dt.datetime.now(dt.UTC).date()
    with Session(engine) as db:
        total = db.execute(select(func.count()).select_from(ServerMovement)).scalar() or 0
        posts = db.execute(
            select(func.count()).select_from(PostRow).where(PostRow.revoked.is_(False))
        ).scalar()
        by_post = {
            code: count
            for code, count in db.execute(
                select(PostRow.code, func.count(ServerMovement.seq))
                .join(ServerMovement, ServerMovement.post_id == PostRow.id, isouter=True)
                .group_by(PostRow.code)
                .order_by(PostRow.code)
            )
        }
        by_day: list[dict[str, Any]] = [
            {"date": str(date), "direction": direction, "nationality": nationality, "count": count}
            for date, direction, nationality, count in db.execute(
                select(
                    ServerMovement.local_date,
                    ServerMovement.direction,
                    ServerMovement.nationality,
                    func.count(),
                )
                .group_by(ServerMovement.local_date, ServerMovement.direction, ServerMovement.nationality)
                .order_by(ServerMovement.local_date, ServerMovement.direction, ServerMovement.nationality)
            )
        ]
        overstays = national_overstays(db, day)
    by_direction: dict[str, int] = defaultdict(int)
    by_nationality: dict[str, int] = defaultdict(int)
    for row in by_day:
        by_direction[row["direction"]] += row["count"]
        by_nationality[row["nationality"]] += row["count"]
    return {
        "movements": total,
        "posts": posts or 0,
        "by_post": by_post,
        "by_day": by_day,
        "overstays": overstays["open"] + overstays["exited"],
        "overstays_open": overstays["open"],
        "overstays_exited": overstays["exited"],
        "by_direction": dict(sorted(by_direction.items())),
        "by_nationality": dict(sorted(by_nationality.items())),
        "as_of": day.isoformat(),
    }


def national_overstays(db: Session, day: dt.date, book: RuleBook | None = None) -> dict[str, int]:
    """Travellers in overstay on ``day``: a stay still open past its latest exit (``open``), or else
    one closed after it (``exited``); each traveller counts once."""
    book = book or default_rule_book()
    extended: dict[str, int] = defaultdict(int)
    for movement_id, days in db.execute(select(ServerExtension.entry_movement_id, ServerExtension.days)):
        extended[movement_id] += days
    rows = db.execute(
        select(
            ServerMovement.traveller_key,
            ServerMovement.nationality,
            ServerMovement.direction,
            ServerMovement.country,
            ServerMovement.local_date,
            ServerMovement.days_granted,
            ServerMovement.id,
        )
        # A refused entry opens no stay.
        .where(ServerMovement.local_date <= day, ServerMovement.decision != "refused")
        .order_by(ServerMovement.traveller_key, ServerMovement.at_utc, ServerMovement.seq)
    )
    found = {"open": 0, "exited": 0}
    for _key, movements in groupby(rows, key=lambda r: r[0]):
        history = list(movements)
        nationality = history[0][1]
        stays = _stays(history, extended)
        for stay, closed in stays:
            check = stay.exit if closed and stay.exit is not None else day
            counted = [s for s, _ in stays if s.entry <= check]
            try:
                result = evaluate_for_traveller(book, stay.country, nationality, counted, check)
            except (NoStayRule, StayInputError):
                continue
            if result.overstay_days > 0:
                found["exited" if closed else "open"] += 1
                break  # one per traveller: the first stay found in overstay
    return found


def _stays(history: list[Any], extended: dict[str, int]) -> list[tuple[Stay, bool]]:
    """Entries open stays in their country; an exit closes the open one there (or is left alone).

    Extensions granted at any post add their days to the stay opened by their entry movement.
    """
    open_at: dict[str, tuple[dt.date, int | None, int]] = {}
    result: list[tuple[Stay, bool]] = []
    for _key, _nat, direction, country, date, granted, movement_id in history:
        if direction == "entry":
            if country in open_at:  # an exit never recorded: the stay lasts up to this entry
                start, g, extra = open_at.pop(country)
                result.append((Stay(country, start, max(start, date), g, extra), True))
            open_at[country] = (date, granted, extended.get(movement_id, 0))
        elif country in open_at:
            start, g, extra = open_at.pop(country)
            result.append((Stay(country, start, max(start, date), g, extra), True))
    result.extend(
        (Stay(country, start, None, g, extra), False) for country, (start, g, extra) in open_at.items()
    )
    return sorted(result, key=lambda item: item[0].entry)
