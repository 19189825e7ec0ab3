"""Applying movements pulled from the central server (recorded at other posts) to this post's store.

A pulled entry opens a stay in *its* post's country; a pulled exit closes the open stay there. So an
exit recorded here closes an entry recorded at another post of the country, and CA-4 stays add up
across the four countries. Pulled rows never create outbox records (they are the server's already),
and a movement id already in the store is skipped, so pulling the same page twice changes nothing.
The caller owns the transaction, so that the pull cursor moves with the rows it covers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from midas_desktop.domain.stay import NoStayRule, RuleBook, StayInputError, evaluate_for_traveller
from midas_desktop.services import travellers
from midas_desktop.services.stay_rules import load_rule_book
from midas_desktop.store.models import Document, Movement, Stay, Traveller, WatchlistRow


class PulledRecordError(ValueError):
    """A pulled movement that cannot be applied; the message carries no personal data."""


def _date(text: object) -> dt.date | None:
    return dt.date.fromisoformat(text) if isinstance(text, str) and text else None


def _utc(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _traveller_for(
    db: Session, payload: dict[str, Any], now: dt.datetime
) -> tuple[Traveller, Document | None]:
    """The same recognition as at the counter: the document, else nationality, birth date and names."""
    raw = payload["traveller"]
    person = travellers.PersonFields(
        surname=str(raw.get("surname") or ""),
        given_names=str(raw.get("given_names") or ""),
        nationality=str(raw["nationality"]),
        birth_date=_date(raw.get("birth_date")),
        sex=str(raw.get("sex") or "X")[:1],
    )
    doc = payload.get("document")
    document = None
    if isinstance(doc, dict) and doc.get("number") and doc.get("issuing_state"):
        document = travellers.DocumentFields(
            document_type=str(doc.get("type") or "")[:8],
            document_code=str(doc.get("code") or "")[:2],
            issuing_state=str(doc["issuing_state"]),
            number=str(doc["number"]),
            expiry_date=_date(doc.get("expiry_date")),
            mrz="",  # the MRZ lines are not sent between posts; the fields above are what matters
        )
    return travellers.recognise(db, person, document, now)


def _figures(
    book: RuleBook, stay: Stay, nationality: str, history: list[Stay], day: dt.date
) -> tuple[str, dt.date | None, int]:
    """(rule, latest exit, overstay days) of ``stay`` evaluated on ``day``; unknown rules count nothing."""
    try:
        result = evaluate_for_traveller(
            book,
            stay.country,
            nationality,
            [travellers.as_domain(s) for s in history if s.entry_date <= day],
            day,
        )
    except (NoStayRule, StayInputError):
        return "none", None, 0
    return result.rule, result.latest_exit, result.overstay_days


def apply_movement(db: Session, book: RuleBook, payload: dict[str, Any], now: dt.datetime) -> bool:
    """Apply one pulled movement; False when it is already in the store."""
    try:
        movement_id = str(payload["id"])
        if db.get(Movement, movement_id) is not None:
            return False
        direction = payload["direction"]
        if direction not in ("entry", "exit"):
            raise ValueError("direction")
        country = str(payload["country"])
        day = dt.date.fromisoformat(payload["local_date"])
        at_utc = _utc(payload["at"])
        traveller, document = _traveller_for(db, payload, now)
    except (KeyError, TypeError, ValueError) as exc:
        raise PulledRecordError(f"a pulled movement is malformed ({type(exc).__name__})") from exc
    movement = Movement(
        id=movement_id,
        traveller_id=traveller.id,
        document_id=document.id if document else None,
        direction=direction,
        post_code=str(payload.get("post") or "")[:32],
        country=country,
        officer=str(payload.get("officer") or "")[:64],
        at_utc=at_utc,
        local_date=day,
        days_granted=payload.get("days_granted"),
        decision=str(payload.get("decision") or ("admitted" if direction == "entry" else "departed")),
        purpose=payload.get("purpose"),
        transport=payload.get("transport"),
        vehicle=payload.get("vehicle"),
        reason=payload.get("reason"),
        nationality=traveller.nationality,
        created_utc=now,
    )
    db.add(movement)
    db.flush()
    history = travellers.stays_of(db, traveller.id)
    if direction == "entry" and movement.decision == "refused":
        return True  # a refused entry is on record, but the traveller never stayed
    if direction == "entry":
        _open(db, book, traveller, movement, history, day)
    else:
        _close(db, book, traveller, movement, history, day)
    return True


def _open(
    db: Session, book: RuleBook, traveller: Traveller, movement: Movement, history: list[Stay], day: dt.date
) -> None:
    country = movement.country
    # An exit already here (recorded at this post, or pulled, before this entry arrived) that no stay
    # claims yet closes the stay this entry opens: sync order need not be the order of crossings.
    claimed = {s.exit_movement_id for s in history if s.exit_movement_id}
    pending_exit = db.execute(
        select(Movement)
        .where(
            Movement.traveller_id == traveller.id,
            Movement.country == country,
            Movement.direction == "exit",
            Movement.local_date >= day,
        )
        .order_by(Movement.at_utc)
    ).scalars()
    exit_movement = next(
        (m for m in pending_exit if m.id not in claimed and m.at_utc >= movement.at_utc), None
    )
    stay = Stay(
        traveller_id=traveller.id,
        country=country,
        entry_movement_id=movement.id,
        exit_movement_id=exit_movement.id if exit_movement else None,
        entry_date=day,
        exit_date=exit_movement.local_date if exit_movement else None,
        days_granted=movement.days_granted,
        extension_days=0,
        latest_exit=None,
        rule="none",
    )
    db.add(stay)
    db.flush()
    history = [*history, stay]
    stay.rule, stay.latest_exit, _ = _figures(book, stay, traveller.nationality, history, day)
    if stay.exit_date is not None:
        stay.overstay_days = _figures(book, stay, traveller.nationality, history, stay.exit_date)[2]


def _close(
    db: Session, book: RuleBook, traveller: Traveller, movement: Movement, history: list[Stay], day: dt.date
) -> None:
    open_stays = [
        s for s in history if s.country == movement.country and s.exit_date is None and s.entry_date <= day
    ]
    if not open_stays:
        return  # its entry has not arrived yet; when it does, it finds this exit (see _open)
    stay = open_stays[-1]
    stay.exit_date = day
    stay.exit_movement_id = movement.id
    db.flush()
    stay.overstay_days = _figures(book, stay, traveller.nationality, history, day)[2]


def apply_movements(db: Session, payloads: Iterable[dict[str, Any]], now: dt.datetime) -> int:
    """Apply pulled movements in the server's order; returns how many were new here."""
    book = load_rule_book(db)
    return sum(1 for payload in payloads if apply_movement(db, book, payload, now))


def apply_watchlist(db: Session, entries: Iterable[dict[str, Any]], now: dt.datetime) -> int:
    """Add pulled watchlist entries not already held (by ``entry_id``); returns how many were new."""
    known = set(db.execute(select(WatchlistRow.entry_id)).scalars())
    added = 0
    for entry in entries:
        entry_id = str(entry["entry_id"])
        if entry_id in known:
            continue
        known.add(entry_id)
        db.add(
            WatchlistRow(
                entry_id=entry_id,
                document_number=entry.get("document_number"),
                issuing_state=entry.get("issuing_state"),
                surname=str(entry.get("surname") or ""),
                given_names=str(entry.get("given_names") or ""),
                birth_date=_date(entry.get("birth_date")),
                reason=str(entry.get("reason") or ""),
                source=str(entry.get("source") or "central"),
                imported_utc=now,
            )
        )
        added += 1
    return added
