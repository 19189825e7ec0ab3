"""National statistics: totals by post, day, direction and nationality, and national overstays.

Overstays are counted with the domain's stay arithmetic over every post's movements (the default
rule book: the CA-4 shared area for its members, 90 days per entry elsewhere), so a CA-4 stay that
entered in Guatemala and goes on in Honduras adds up across both.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from midas_desktop.domain.stay import RuleBook, default_rule_book
from midas_desktop.domain.stay.history import build_history
from midas_desktop.server import travellers
from midas_desktop.server.models import PostRow, ServerMovement


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
    one closed after it (``exited``); each traveller counts once, by their first stay in overstay.

    The stays are the domain's (``build_history``), from every movement of the traveller at any post,
    with the extensions granted anywhere: the same stays a post shows at its counter.
    """
    book = book or default_rule_book()
    found = {"open": 0, "exited": 0}
    for nationality, movements, extensions in travellers.histories(db, day):
        history = build_history(movements, extensions, book, nationality, day)
        first = next((stay for stay in history.stays if stay.overstay_days > 0), None)
        if first is not None:
            found["open" if first.open else "exited"] += 1
    return found
