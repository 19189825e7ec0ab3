"""Finding a traveller nationally (the national view of ``midas-server traveller``) and their
history across every post: documents, stays, extensions, refusals, watchlist hits.

By document: the number, with or without its issuing state, through indexed lookups. By name and
birth date: the travellers born on that day or a near one (indexed), compared by the watchlist's
matcher (``domain.watchlist.WatchlistIndex``) — the same fuzzy comparison the posts' watchlist uses.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from midas_desktop.domain.identity import document_key
from midas_desktop.domain.stay import default_rule_book
from midas_desktop.domain.stay.history import build_history
from midas_desktop.domain.watchlist import Subject, WatchlistEntry, WatchlistIndex
from midas_desktop.domain.watchlist.scoring import near_birth_dates
from midas_desktop.server import travellers
from midas_desktop.server.central_audit.service import record
from midas_desktop.server.console.access import Actor, NotFound, Permission, require
from midas_desktop.server.models import (
    CentralDocument,
    CentralTraveller,
    PostRow,
    ServerExtension,
    ServerMovement,
)
from midas_desktop.server.traveller_search.schemas import Found, SearchResult, TravellerQuery

LIMIT = 50


def search(engine: Engine, actor: Actor, query: TravellerQuery) -> SearchResult:
    require(actor, Permission.READ)
    result = SearchResult(query)
    if query.empty:
        return result
    with Session(engine) as db, db.begin():
        if query.by_document:
            result.found = _by_document(db, query)
        else:
            result.found = _by_name(db, query)
        _add_documents(db, result.found)
        # Who looked for someone, how, and how many were found; never the names or numbers asked.
        record(
            db,
            actor,
            "traveller_search",
            None,
            by="document" if query.by_document else "name_and_birth_date",
            found=len(result.found),
        )
    return result


def _person(row: CentralTraveller, score: float | None, how: str) -> Found:
    return Found(row.id, row.surname, row.given_names, row.nationality, row.birth_date, score, how)


def _by_document(db: Session, query: TravellerQuery) -> list[Found]:
    assert query.document_number is not None
    number = "".join(query.document_number.upper().split()).replace("<", "")
    if query.issuing_state:
        condition = CentralDocument.document_key == document_key(query.issuing_state, number)
    else:
        condition = CentralDocument.number == number
    owners = list(db.execute(select(CentralDocument.traveller_id).where(condition).limit(LIMIT)).scalars())
    rows = db.execute(select(CentralTraveller).where(CentralTraveller.id.in_(owners))).scalars()
    return [_person(row, None, "document") for row in rows]


def _by_name(db: Session, query: TravellerQuery) -> list[Found]:
    assert query.surname is not None and query.birth_date is not None
    days = [query.birth_date, *near_birth_dates(query.birth_date)]
    candidates = {
        row.id: row
        for row in db.execute(
            select(CentralTraveller).where(CentralTraveller.birth_date.in_(days)).limit(20000)
        ).scalars()
    }
    index = WatchlistIndex(
        (
            WatchlistEntry(None, None, row.surname, row.given_names, row.birth_date, "", "", str(row.id))
            for row in candidates.values()
        ),
        preselected=True,
    )
    hits = index.search(
        Subject(query.surname, query.given_names or "", query.birth_date, None, None), limit=LIMIT
    )
    return [
        _person(candidates[int(hit.entry.entry_id or 0)], round(hit.score, 3), hit.kind)
        for hit in hits
        if hit.entry.entry_id and int(hit.entry.entry_id) in candidates
    ]


def _add_documents(db: Session, found: list[Found]) -> None:
    if not found:
        return
    by_id = {f.traveller_id: f for f in found}
    for traveller_id, state, number in db.execute(
        select(CentralDocument.traveller_id, CentralDocument.issuing_state, CentralDocument.number)
        .where(CentralDocument.traveller_id.in_(list(by_id)))
        .order_by(CentralDocument.id)
    ):
        by_id[traveller_id].documents.append(f"{state} {number}")


def traveller(engine: Engine, actor: Actor, traveller_id: int, day: dt.date | None = None) -> dict[str, Any]:
    """One traveller's national history (audited: who looked at whom)."""
    require(actor, Permission.READ)
    day = day or dt.datetime.now(dt.UTC).date()
    with Session(engine) as db, db.begin():
        history = history_in(db, traveller_id, day)
        record(db, actor, "traveller_viewed", str(traveller_id))
        return history


def history_in(db: Session, traveller_id: int, day: dt.date) -> dict[str, Any]:
    """Documents, movements at every post, stays (the domain's), extensions and refusals."""
    person = db.get(CentralTraveller, traveller_id)
    if person is None:
        raise NotFound("error.no_traveller")
    documents = list(
        db.execute(
            select(CentralDocument)
            .where(CentralDocument.traveller_id == traveller_id)
            .order_by(CentralDocument.id)
        ).scalars()
    )
    movements, extensions = travellers.facts_of(db, [traveller_id])
    history = build_history(movements, extensions, default_rule_book(), person.nationality, day)
    extension_rows = []
    entry_ids = [m.id for m in movements if m.direction.value == "entry"]
    if entry_ids:
        codes = dict(db.execute(select(PostRow.id, PostRow.code)).all())
        for ext in db.execute(
            select(ServerExtension).where(ServerExtension.entry_movement_id.in_(entry_ids))
        ).scalars():
            extension_rows.append(
                {
                    "id": ext.id,
                    "entry_movement_id": ext.entry_movement_id,
                    "days": ext.days,
                    "by": codes.get(ext.post_id, "") if ext.post_id is not None else "HQ",
                    "granted_by": str(ext.payload.get("granted_by") or ""),
                    "reason": str(ext.payload.get("reason") or ""),
                    "latest_exit": str(ext.payload.get("latest_exit") or ""),
                }
            )
    transports: dict[str, str | None] = dict(
        db.execute(
            select(ServerMovement.id, ServerMovement.payload["transport"].as_string()).where(
                ServerMovement.traveller_id == traveller_id
            )
        ).all()
    )
    return {
        "traveller_id": traveller_id,
        "person": {
            "surname": person.surname,
            "given_names": person.given_names,
            "nationality": person.nationality,
            "birth_date": person.birth_date.isoformat() if person.birth_date else None,
            "sex": person.sex,
        },
        "documents": [
            {
                "issuing_state": d.issuing_state,
                "number": d.number,
                "type": d.document_type,
                "expiry_date": d.expiry_date.isoformat() if d.expiry_date else None,
            }
            for d in documents
        ],
        "movements": [
            {
                "date": m.local_date.isoformat(),
                "direction": m.direction.value,
                "decision": m.decision,
                "country": m.country,
                "post": m.post,
                "transport": transports.get(m.id) or "",
            }
            for m in history.movements
        ],
        "stays": [s.to_dict() for s in history.stays],
        "open_stays": [s.entry_movement_id for s in history.stays if s.open],
        "extensions": extension_rows,
        "refusals": [
            {"date": m.local_date.isoformat(), "country": m.country, "post": m.post} for m in history.refusals
        ],
        "as_of": day.isoformat(),
    }
