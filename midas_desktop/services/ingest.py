"""Applying what the central server sends back: movements recorded at other posts, extensions granted
elsewhere, and the watchlist's additions and removals.

A pulled movement joins its traveller's record (recognised with the domain's rule of identity, as at
the counter) and the traveller's stays are rebuilt from every movement held (``services.history``):
so an exit recorded here closes an entry recorded at another post, CA-4 stays add up across the four
countries, and a late exit replaces the "exit missing" assumption and updates or resolves the overstay
alert it concerns. Pulled rows never create outbox records (they are the server's already), and a
movement or change already held is skipped, so pulling the same page twice changes nothing. The caller
owns the transaction, so that the pull cursors move with the rows they cover.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from midas_desktop.services import history, travellers
from midas_desktop.services import watchlist as watchlist_service
from midas_desktop.services.stay_rules import load_rule_book
from midas_desktop.store import hot
from midas_desktop.store.models import Alert, Movement, Stay, StayExtension, Traveller


class PulledRecordError(ValueError):
    """A pulled record that cannot be applied; the message carries no personal data."""


def _date(text: object) -> dt.date | None:
    return dt.date.fromisoformat(text) if isinstance(text, str) and text else None


def _utc(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _person(payload: dict[str, Any]) -> travellers.PersonIdentity:
    raw = payload["traveller"]
    return travellers.PersonIdentity(
        surname=str(raw.get("surname") or ""),
        given_names=str(raw.get("given_names") or ""),
        nationality=str(raw["nationality"]),
        birth_date=_date(raw.get("birth_date")),
        sex=str(raw.get("sex") or "X")[:1],
    )


def _document(payload: dict[str, Any]) -> travellers.DocumentFields | None:
    doc = payload.get("document")
    if not (isinstance(doc, dict) and doc.get("number") and doc.get("issuing_state")):
        return None
    return travellers.DocumentFields(
        document_type=str(doc.get("type") or "")[:8],
        document_code=str(doc.get("code") or "")[:2],
        issuing_state=str(doc["issuing_state"]),
        number=str(doc["number"]),
        expiry_date=_date(doc.get("expiry_date")),
        mrz="",  # the MRZ lines are not sent between posts; the fields above are what matters
    )


def _insert_movement(db: Session, payload: dict[str, Any], now: dt.datetime) -> hot.MovementRow | None:
    """Store one pulled movement as its post signed it; None when it is already here."""
    try:
        movement_id = str(payload["id"])
        if hot.connection(db).execute("SELECT 1 FROM movements WHERE id = ?", (movement_id,)).fetchone():
            return None
        direction = payload["direction"]
        if direction not in ("entry", "exit"):
            raise ValueError("direction")
        country = str(payload["country"])
        day = dt.date.fromisoformat(payload["local_date"])
        at_utc = _utc(payload["at"])
        person, document = _person(payload), _document(payload)
    except (KeyError, TypeError, ValueError) as exc:
        raise PulledRecordError(f"a pulled movement is malformed ({type(exc).__name__})") from exc
    traveller, _found = travellers.recognise_for_write(db, person, document, now)
    signer, signature = payload.get("signer"), payload.get("signature")
    movement = hot.MovementRow(
        id=movement_id,
        traveller_id=traveller.id,
        document_id=traveller.document_id,
        direction=direction,
        post_code=str(payload.get("post") or "")[:32],
        country=country,
        officer=str(payload.get("officer") or "")[:64],
        at_utc=at_utc,
        local_date=day,
        days_granted=payload.get("days_granted"),
        decision=str(payload.get("decision") or ("admitted" if direction == "entry" else "departed")),
        reason=payload.get("reason"),
        purpose=payload.get("purpose"),
        transport=payload.get("transport"),
        vehicle=payload.get("vehicle"),
        nationality=traveller.nationality,
        created_utc=now,
        surname=person.surname,
        given_names=person.given_names,
        birth_date=person.birth_date,
        sex=person.sex,
        doc_type=document.document_type if document else None,
        doc_code=document.document_code if document else None,
        doc_issuing_state=document.issuing_state if document else None,
        doc_number=document.number if document else None,
        doc_expiry=document.expiry_date if document else None,
        signer=signer if isinstance(signer, str) else None,
        signature=signature if isinstance(signature, str) else None,
    )
    hot.insert_movement(db, movement)
    return movement


def _refresh_travellers(db: Session, movement_ids: dict[str, dict[str, object]], now: dt.datetime) -> None:
    """Rebuild the stays of every traveller these movements belong to (looked up after all of them
    are in, since one of them may have joined two records), with the cause of any alert change."""
    if not movement_ids:
        return
    book = load_rule_book(db)
    owners: dict[int, dict[str, object]] = {}
    ids = list(movement_ids)
    for start in range(0, len(ids), 500):
        for movement_id, traveller_id in db.execute(
            select(Movement.id, Movement.traveller_id).where(Movement.id.in_(ids[start : start + 500]))
        ):
            owners.setdefault(traveller_id, movement_ids[movement_id])
    for traveller_id, cause in owners.items():
        traveller = db.get(Traveller, traveller_id)
        if traveller is not None:
            history.refresh(db, book, traveller, now, cause)


def apply_movements(db: Session, payloads: Iterable[dict[str, Any]], now: dt.datetime) -> int:
    """Apply pulled movements; returns how many were new here."""
    new: dict[str, dict[str, object]] = {}
    for payload in payloads:
        movement = _insert_movement(db, payload, now)
        if movement is not None:
            new[movement.id] = {
                "cause": f"{movement.direction}_recorded_elsewhere",
                "post": movement.post_code,
                "movement_id": movement.id,
            }
    _refresh_travellers(db, new, now)
    return len(new)


def apply_movement(db: Session, payload: dict[str, Any], now: dt.datetime) -> bool:
    """One pulled movement (see :func:`apply_movements`); False when it is already in the store."""
    return apply_movements(db, [payload], now) == 1


def apply_changes(db: Session, changes: Iterable[dict[str, Any]], now: dt.datetime) -> int:
    """Apply the server's change feed (extensions, watchlist additions and removals) in order;
    returns how many changed something here. Unknown kinds are skipped: a newer server may send more."""
    applied = 0
    extended: dict[str, dict[str, object]] = {}
    for change in changes:
        try:
            kind = change["kind"]
            body = change["payload"]
            if kind == "extension":
                if _apply_extension(db, body, now):
                    extended[str(body["entry_movement_id"])] = {
                        "cause": "extension_granted_elsewhere",
                        "post": str(body.get("post") or ""),
                    }
                    applied += 1
            elif kind == "watchlist_entry":
                applied += watchlist_service.apply_pulled_entry(db, body, now)
            elif kind == "overstay_decision":
                applied += _apply_central_decision(db, body, now)
            elif kind == "watchlist_removal":
                applied += watchlist_service.apply_pulled_removal(
                    db,
                    str(body["entry_id"]),
                    str(body.get("removed_by") or "central"),
                    str(body.get("reason") or ""),
                    now,
                )
        except (KeyError, TypeError, ValueError) as exc:
            raise PulledRecordError(f"a pulled change is malformed ({type(exc).__name__})") from exc
    db.flush()
    _refresh_travellers(db, extended, now)
    return applied


def _apply_central_decision(db: Session, body: dict[str, Any], now: dt.datetime) -> bool:
    """Headquarters decided the national overstay alert of the stay opened by ``entry_movement_id``:
    this post's own open overstay alert of that stay is resolved with headquarters' note."""
    entry_id = str(body["entry_movement_id"])
    decision = str(body.get("decision") or "resolved")[:16]
    by = "HQ:" + str(body.get("decided_by") or "")[:60]
    stays = list(db.execute(select(Stay.id).where(Stay.entry_movement_id == entry_id)).scalars())
    if not stays:
        return False
    changed = False
    for alert in db.execute(
        select(Alert).where(Alert.kind == "overstay", Alert.stay_id.in_(stays), Alert.status != "resolved")
    ).scalars():
        alert.status = "resolved"
        alert.resolved_by = by[:64]
        alert.resolved_utc = now
        alert.note = f"{decision}: {str(body.get('note') or '')[:2000]}"
        changed = True
    return changed


def _apply_extension(db: Session, body: dict[str, Any], now: dt.datetime) -> bool:
    extension_id = str(body["id"])
    if db.get(StayExtension, extension_id) is not None:
        return False
    days = body["days"]
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        raise ValueError("days")
    db.add(
        StayExtension(
            id=extension_id,
            stay_id=None,
            entry_movement_id=str(body["entry_movement_id"]),
            post_code=str(body.get("post") or "")[:32] or None,
            days=days,
            latest_exit=_date(body.get("latest_exit")) or now.date(),
            authority=str(body.get("authority") or ""),
            reason=str(body.get("reason") or ""),
            granted_by=str(body.get("granted_by") or "")[:64],
            granted_utc=_utc(str(body["granted_utc"])) if body.get("granted_utc") else now,
        )
    )
    return True
