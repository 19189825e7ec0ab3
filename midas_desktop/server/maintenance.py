"""Data an upgrade of the central database leaves to the code, filled once after the migrations:
movements stored before travellers existed are attached to them (``travellers.attach_travellers``),
and watchlist entries and extensions stored before the change feed join it, so posts pull them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.orm import Session

from midas_desktop.server import travellers
from midas_desktop.server.models import CentralWatchlist, ChangeRow, PostRow, ServerExtension, ServerMovement


def backfill(engine: Engine) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with Session(engine) as db:
        unattached = db.execute(
            select(ServerMovement.seq).where(ServerMovement.traveller_id.is_(None)).limit(1)
        ).scalar_one_or_none()
        empty_feed = (db.execute(select(func.count()).select_from(ChangeRow)).scalar() or 0) == 0
    if unattached is not None:
        _attach_movements(engine, now)
    if empty_feed:
        _feed_changes(engine, now)


def _attach_movements(engine: Engine, now: dt.datetime) -> None:
    last = 0
    while True:
        with Session(engine) as db, db.begin():
            chunk = db.execute(
                select(ServerMovement.seq, ServerMovement.id, ServerMovement.payload)
                .where(ServerMovement.seq > last, ServerMovement.traveller_id.is_(None))
                .order_by(ServerMovement.seq)
                .limit(500)
            ).all()
            if not chunk:
                return
            rows = [{"id": movement_id, "payload": payload} for _seq, movement_id, payload in chunk]
            travellers.attach_travellers(db, rows, now)
            for row in rows:
                db.execute(
                    update(ServerMovement)
                    .where(ServerMovement.id == row["id"])
                    .values(traveller_id=row["traveller_id"])
                )
            last = chunk[-1][0]


def _feed_changes(engine: Engine, now: dt.datetime) -> None:
    with Session(engine) as db, db.begin():
        changes: list[dict[str, object]] = []
        for entry in db.execute(select(CentralWatchlist).order_by(CentralWatchlist.seq)).scalars():
            payload = {
                "entry_id": entry.entry_id,
                "document_number": entry.document_number,
                "issuing_state": entry.issuing_state,
                "surname": entry.surname,
                "given_names": entry.given_names,
                "birth_date": entry.birth_date.isoformat() if entry.birth_date else None,
                "reason": entry.reason,
                "source": entry.source,
            }
            changes.append(
                {
                    "kind": "watchlist_entry",
                    "ref_id": entry.entry_id,
                    "country": None,
                    "post_id": None,
                    "payload": payload,
                    "created_utc": now,
                }
            )
            if entry.removed_utc is not None:
                changes.append(
                    {
                        "kind": "watchlist_removal",
                        "ref_id": entry.entry_id,
                        "country": None,
                        "post_id": None,
                        "payload": {
                            "entry_id": entry.entry_id,
                            "removed_by": entry.removed_by or "",
                            "reason": entry.removed_reason or "",
                        },
                        "created_utc": now,
                    }
                )
        posts = {post.id: post for post in db.execute(select(PostRow)).scalars()}
        for extension in db.execute(select(ServerExtension)).scalars():
            # Null post: granted by headquarters, whose payload names the stay's country and "HQ".
            post = posts.get(extension.post_id) if extension.post_id is not None else None
            changes.append(
                {
                    "kind": "extension",
                    "ref_id": extension.id,
                    "country": post.country if post else extension.payload.get("country"),
                    "post_id": extension.post_id,
                    "payload": {
                        **extension.payload,
                        "post": post.code if post else extension.payload.get("post", ""),
                    },
                    "created_utc": now,
                }
            )
        if changes:
            db.execute(insert(ChangeRow), changes)
