"""The national watchlist from the console: add, edit, remove (with reason and author), import a CSV.

Every change joins the change feed (``core``): posts have it at their next pull, removals included.
Supervisors and administrators change it; analysts read it. Every change is audited.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session

from midas_desktop.domain.watchlist import ParsedWatchlist, WatchlistEntry, parse_watchlist_csv
from midas_desktop.server import core
from midas_desktop.server.central_audit.service import record, record_now
from midas_desktop.server.console.access import Actor, Conflict, Invalid, NotFound, Permission, require
from midas_desktop.server.models import CentralWatchlist
from midas_desktop.server.watchlist_admin.schemas import EntryForm, Removal, WatchlistQuery

PAGE_SIZE = 50


def entry_rows(entries: list[WatchlistEntry]) -> list[dict[str, Any]]:
    """Parsed entries as central rows, each with the same stable id as the post's own import (so one
    entry is one row wherever it came from). ``midas-server watchlist import`` uses it too."""
    rows = []
    for e in entries:
        key = "|".join(
            [
                e.source,
                e.document_number or "",
                e.issuing_state or "",
                e.surname,
                e.given_names,
                e.birth_date.isoformat() if e.birth_date else "",
            ]
        )
        rows.append(
            {
                "entry_id": e.entry_id or hashlib.sha256(key.encode("utf-8")).hexdigest()[:32],
                "document_number": e.document_number,
                "issuing_state": e.issuing_state,
                "surname": e.surname,
                "given_names": e.given_names,
                "birth_date": e.birth_date,
                "reason": e.reason,
                "source": e.source,
            }
        )
    return rows


def _view(row: CentralWatchlist) -> dict[str, Any]:
    return {
        "entry_id": row.entry_id,
        "document_number": row.document_number,
        "issuing_state": row.issuing_state,
        "surname": row.surname,
        "given_names": row.given_names,
        "birth_date": row.birth_date.isoformat() if row.birth_date else "",
        "reason": row.reason,
        "source": row.source,
        "added_by": row.added_by or "",
        "changed_by": row.changed_by or "",
        "imported": row.imported_utc.isoformat(timespec="seconds") + "Z",
    }


def entries(engine: Engine, actor: Actor, query: WatchlistQuery) -> tuple[int, list[dict[str, Any]]]:
    require(actor, Permission.READ)
    with Session(engine) as db:
        statement = select(CentralWatchlist).where(CentralWatchlist.removed_utc.is_(None))
        if query.text:
            like = f"%{query.text.upper()}%"
            statement = statement.where(
                or_(CentralWatchlist.surname.like(like), CentralWatchlist.document_number.like(like))
            )
        total = db.execute(select(func.count()).select_from(statement.subquery())).scalar() or 0
        rows = db.execute(
            statement.order_by(CentralWatchlist.seq.desc()).offset(query.offset).limit(PAGE_SIZE)
        ).scalars()
        return total, [_view(r) for r in rows]


def entry(engine: Engine, actor: Actor, entry_id: str) -> dict[str, Any]:
    require(actor, Permission.READ)
    with Session(engine) as db:
        row = db.execute(
            select(CentralWatchlist).where(CentralWatchlist.entry_id == entry_id)
        ).scalar_one_or_none()
        if row is None or row.removed_utc is not None:
            raise NotFound("error.no_watchlist_entry")
        return _view(row)


def add(engine: Engine, actor: Actor, form: EntryForm) -> str:
    require(actor, Permission.DECIDE)
    entry_id = uuid.uuid4().hex
    row = {"entry_id": entry_id, **form.__dict__}
    core.import_watchlist(engine, [row])
    with Session(engine) as db, db.begin():
        stored = db.execute(
            select(CentralWatchlist).where(CentralWatchlist.entry_id == entry_id)
        ).scalar_one()
        stored.added_by = actor.username
        record(db, actor, "watchlist_added", entry_id)
    return entry_id


def edit(engine: Engine, actor: Actor, entry_id: str, form: EntryForm) -> None:
    require(actor, Permission.DECIDE)
    now = core.utc_now()
    with Session(engine) as db, db.begin():
        row = db.execute(
            select(CentralWatchlist).where(CentralWatchlist.entry_id == entry_id)
        ).scalar_one_or_none()
        if row is None:
            raise NotFound("error.no_watchlist_entry")
        if row.removed_utc is not None:
            raise Conflict("error.watchlist_removed")
        for name, value in form.__dict__.items():
            setattr(row, name, value)
        row.changed_utc, row.changed_by = now, actor.username
        core.append_changes(
            db,
            [
                {
                    "kind": "watchlist_entry",
                    "ref_id": entry_id,
                    "country": None,
                    "post_id": None,
                    "payload": {
                        "entry_id": entry_id,
                        **{k: v for k, v in form.__dict__.items() if k != "birth_date"},
                        "birth_date": form.birth_date.isoformat() if form.birth_date else None,
                    },
                    "created_utc": now,
                }
            ],
        )
        record(db, actor, "watchlist_edited", entry_id)


def remove(engine: Engine, actor: Actor, removal: Removal) -> None:
    require(actor, Permission.DECIDE)
    with Session(engine) as db:
        row = db.execute(
            select(CentralWatchlist).where(CentralWatchlist.entry_id == removal.entry_id)
        ).scalar_one_or_none()
        if row is None:
            raise NotFound("error.no_watchlist_entry")
        if row.removed_utc is not None:
            raise Conflict("error.watchlist_removed")
    core.remove_watchlist_entry(engine, removal.entry_id, actor.username, removal.reason)
    record_now(engine, actor, "watchlist_removed", removal.entry_id)


def import_csv(engine: Engine, actor: Actor, text: str) -> tuple[int, int, ParsedWatchlist]:
    """(added, already known, the parse with its row errors)."""
    require(actor, Permission.DECIDE)
    parsed = parse_watchlist_csv(text)
    if not parsed.entries and not parsed.errors:
        raise Invalid("error.csv_empty")
    rows = entry_rows(parsed.entries)
    added = core.import_watchlist(engine, rows)
    record_now(
        engine, actor, "watchlist_imported", None, added=added, rows=len(rows), errors=len(parsed.errors)
    )
    return added, len(rows) - added, parsed
