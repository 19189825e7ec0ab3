"""Travellers at the centre: the domain's rule of identity over every post's movements, and the
national view of one traveller (``midas-server traveller``) in the same shape as a post's check.

Pushed movements are attached to a traveller as they are stored (:func:`attach_travellers`): the
document, else the identity key of a renewed document, by ``domain.identity.recognise``, the same
function the posts use. Their stays come from ``domain.stay.history.build_history``, as at the posts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from midas_desktop.domain.identity import (
    KnownTraveller,
    PersonIdentity,
    document_key,
    joined_person_key,
    keys_let_go,
    person_key,
    recognise,
)
from midas_desktop.domain.stay import RuleBook, default_rule_book
from midas_desktop.domain.stay.history import (
    Direction,
    ExtensionFact,
    MovementFact,
    TravellerAssessment,
    assess_traveller,
)
from midas_desktop.domain.watchlist import Subject, WatchlistEntry, WatchlistIndex
from midas_desktop.server import bulk
from midas_desktop.server.models import (
    CentralDocument,
    CentralPersonKeyAlias,
    CentralTraveller,
    CentralWatchlist,
    PostRow,
    ServerExtension,
    ServerMovement,
)

CA4 = frozenset({"GTM", "SLV", "HND", "NIC"})


def relevant_countries(country: str | None) -> list[str]:
    """Whose movements a post needs: its own country's, and the whole CA-4 area's for a member.

    A traveller may leave by any post of the country, and CA-4 stays add up across the four members,
    so a post needs every such movement, not only those of travellers it has seen (the traveller who
    entered at another post is new here when they leave here).
    """
    if country is None:
        return []
    return sorted(CA4) if country in CA4 else [country]


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def person_of_payload(payload: dict[str, Any]) -> PersonIdentity:
    raw = payload.get("traveller") or {}
    return PersonIdentity(
        surname=str(raw.get("surname") or ""),
        given_names=str(raw.get("given_names") or ""),
        nationality=str(raw.get("nationality") or "")[:3],
        birth_date=_date(raw.get("birth_date")),
        sex=str(raw.get("sex") or "X")[:1],
    )


def document_of_payload(payload: dict[str, Any]) -> dict[str, Any] | None:
    document = payload.get("document")
    if isinstance(document, dict) and document.get("number") and document.get("issuing_state"):
        return document
    return None


@dataclass(frozen=True, slots=True)
class PayloadIdentity:
    """What identifies a movement's traveller, read from its payload (pure: computed before the
    ingest takes its lock, so that only the lookups and decisions are made under it)."""

    person: PersonIdentity
    document: dict[str, Any] | None
    document_key: str | None
    person_key: str | None


def identity_of(payload: dict[str, Any]) -> PayloadIdentity:
    person, document = person_of_payload(payload), document_of_payload(payload)
    return PayloadIdentity(
        person,
        document,
        document_key(document["issuing_state"], document["number"]) if document else None,
        person_key(person),
    )


def attach_travellers(
    db: Session,
    rows: Sequence[dict[str, Any]],
    now: dt.datetime,
    identities: dict[str, PayloadIdentity] | None = None,
) -> None:
    """Set ``traveller_id`` on each movement row about to be stored, creating travellers and
    documents that are new and joining records found to be one person. ``identities``: the rows'
    :func:`identity_of` by movement id, when the caller computed them ahead."""
    if not rows:
        return
    known = identities or {}
    found = [known.get(row["id"]) or identity_of(row["payload"]) for row in rows]
    persons = [identity.person for identity in found]
    documents = [identity.document for identity in found]
    doc_keys = [identity.document_key for identity in found]
    person_keys = [identity.person_key for identity in found]

    by_document: dict[str, int] = {}
    wanted_docs = sorted({k for k in doc_keys if k})
    for known_document, traveller_id in _among(
        db, CentralDocument.document_key, CentralDocument.traveller_id, wanted_docs
    ):
        by_document[known_document] = traveller_id
    by_person: dict[str, int] = {}
    wanted_keys = sorted({k for k in person_keys if k})
    # The oldest traveller of a key, chosen here: an ORDER BY the id tempts the planner into walking
    # the whole table in id order.
    for known_key, traveller_id in _among(db, CentralTraveller.person_key, CentralTraveller.id, wanted_keys):
        if known_key is not None:
            by_person[known_key] = min(traveller_id, by_person.get(known_key, traveller_id))
    # A key nobody holds as their own may be another key of a traveller (one a join let go).
    unheld = [k for k in wanted_keys if k not in by_person]
    for alias, traveller_id in _among(
        db, CentralPersonKeyAlias.person_key, CentralPersonKeyAlias.traveller_id, unheld
    ):
        by_person[alias] = traveller_id

    # New travellers and documents are written together at the end (two statements for the whole
    # batch, not one round trip per traveller); until then a new traveller has a placeholder id < 0.
    pending: list[dict[str, Any]] = []
    new_documents: list[dict[str, Any]] = []
    # The identity key a stored traveller may not hold yet, by traveller: written at the end where
    # the traveller still has none (the first key wins, as with the posts' own rule).
    key_updates: dict[int, str] = {}

    def materialise() -> None:
        if not pending:
            return
        ids: Iterable[int] | None = bulk.next_ids(db, CentralTraveller, len(pending))
        if ids is not None:
            ids = list(ids)
            bulk.insert_rows(
                db, CentralTraveller, [{"id": i, **p} for i, p in zip(ids, pending, strict=True)]
            )
        else:
            ids = db.execute(
                insert(CentralTraveller).returning(CentralTraveller.id, sort_by_parameter_order=True), pending
            ).scalars()
        real = {-(index + 1): int(traveller_id) for index, traveller_id in enumerate(ids)}
        pending.clear()
        for mapping in (by_document, by_person):
            for name, value in mapping.items():
                mapping[name] = real.get(value, value)
        for item in (*rows, *new_documents):
            if "traveller_id" in item and item["traveller_id"] is not None:
                item["traveller_id"] = real.get(item["traveller_id"], item["traveller_id"])

    for row, person, document, doc_key, key in zip(
        rows, persons, documents, doc_keys, person_keys, strict=True
    ):
        candidates: list[KnownTraveller] = []
        if doc_key and doc_key in by_document:
            candidates.append(
                KnownTraveller(
                    by_document[doc_key], PersonIdentity("", "", "", None, ""), frozenset({doc_key})
                )
            )
        if key and key in by_person:
            candidates.append(KnownTraveller(by_person[key], person, frozenset()))
        key_holder = by_person.get(key) if key else None
        # No candidate, no one to recognise: a new traveller (recognise would say so, slower).
        decision = recognise(person, doc_key, candidates) if candidates else None
        same = sorted({int(str(t)) for t, _link in decision.same}) if decision else []
        if len(same) > 1 and same[0] < 0:
            # Joining a traveller first seen in this very batch: give it its real id first.
            materialise()
            same = sorted({by_document.get(doc_key or "", 0), by_person.get(key or "", 0)} - {0})
        if not same:
            pending.append(
                {
                    "surname": person.surname,
                    "given_names": person.given_names,
                    "nationality": person.nationality,
                    "birth_date": person.birth_date,
                    "sex": person.sex,
                    "person_key": key,
                    "created_utc": now,
                }
            )
            traveller_id = -len(pending)
        else:
            traveller_id = same[0]
            if len(same) > 1:
                # The keys this batch meant for them are theirs before the join decides which the
                # joined traveller keeps, as if the batch's records had come one by one.
                _write_keys(db, {t: key_updates.pop(t) for t in same if t in key_updates})
                _join(db, traveller_id, same[1:], by_document, by_person)
                # This batch's own rows and documents that named a joined traveller follow too.
                for item in (*rows, *new_documents):
                    if item.get("traveller_id") in same[1:]:
                        item["traveller_id"] = traveller_id
        if key:
            by_person.setdefault(key, traveller_id)
            if traveller_id < 0:
                # A traveller new in this batch, first seen without the key (no birth date then).
                if pending[-traveller_id - 1]["person_key"] is None:
                    pending[-traveller_id - 1]["person_key"] = key
            elif key_holder != traveller_id:
                key_updates.setdefault(traveller_id, key)
        if doc_key and doc_key not in by_document and document is not None:
            new_documents.append(
                {
                    "traveller_id": traveller_id,
                    "document_key": doc_key,
                    "issuing_state": str(document["issuing_state"])[:3],
                    "number": str(document["number"])[:40],
                    "document_type": str(document.get("type") or "")[:8] or None,
                    "document_code": str(document.get("code") or "")[:2] or None,
                    "expiry_date": _date(document.get("expiry_date")),
                }
            )
            by_document[doc_key] = traveller_id
        row["traveller_id"] = traveller_id
    materialise()
    _write_keys(db, key_updates)
    bulk.insert_rows(db, CentralDocument, new_documents)


def _among(db: Session, key: Any, value: Any, wanted: list[str]) -> Iterator[tuple[str, int]]:
    """(key, value) of the rows whose ``key`` column is among ``wanted``, 500 keys a statement."""
    for start in range(0, len(wanted), 500):
        rows = db.execute(select(key, value).where(bulk.among(db, key, wanted[start : start + 500])))
        yield from ((found, held) for found, held in rows)


def _write_keys(db: Session, key_updates: dict[int, str]) -> None:
    """Each traveller's identity key, where it holds none yet (the first key wins, as at the posts)."""
    if not key_updates:
        return
    table = cast(Table, CentralTraveller.__table__)
    db.connection().execute(
        update(table)
        .where(table.c.id == bindparam("traveller"), table.c.person_key.is_(None))
        .values(person_key=bindparam("key")),
        [{"traveller": traveller, "key": key} for traveller, key in key_updates.items()],
    )


def _join(
    db: Session, keep: int, others: list[int], by_document: dict[str, int], by_person: dict[str, int]
) -> None:
    """Records found to be one traveller become one (a document linking two histories). The kept
    traveller takes a joined one's identity key when it has none, and keeps the other keys they held
    as other keys of the person, so that a renewed document still finds them."""
    db.flush()
    keys: dict[int, str | None] = {
        traveller: key
        for traveller, key in db.execute(
            select(CentralTraveller.id, CentralTraveller.person_key).where(
                CentralTraveller.id.in_([keep, *others])
            )
        )
    }
    held = [keys.get(other) for other in sorted(others)]
    kept_key = joined_person_key(keys.get(keep), held)
    let_go = keys_let_go(keys.get(keep), held)
    for model in (ServerMovement, CentralDocument, CentralPersonKeyAlias):
        db.execute(
            update(model)
            .where(model.traveller_id.in_(others))
            .values(traveller_id=keep)
            .execution_options(synchronize_session=False)
        )
    db.execute(
        update(CentralTraveller)
        .where(CentralTraveller.id.in_(others))
        .values(person_key=None)
        .execution_options(synchronize_session=False)
    )
    if kept_key != keys.get(keep):
        db.execute(
            update(CentralTraveller)
            .where(CentralTraveller.id == keep)
            .values(person_key=kept_key)
            .execution_options(synchronize_session=False)
        )
    if let_go:
        # The person is still found by the keys the joined travellers held (by_person, below, sends
        # this batch's later records to the kept traveller too).
        db.execute(delete(CentralPersonKeyAlias).where(CentralPersonKeyAlias.person_key.in_(let_go)))
        db.execute(
            insert(CentralPersonKeyAlias), [{"person_key": key, "traveller_id": keep} for key in let_go]
        )
    for mapping in (by_document, by_person):
        for key, value in mapping.items():
            if value in others:
                mapping[key] = keep


# --- one traveller's history --------------------------------------------------------------------


def movement_fact(row: ServerMovement) -> MovementFact:
    return MovementFact(
        id=row.id,
        direction=Direction(row.direction),
        country=row.country,
        local_date=row.local_date,
        at=row.at_utc,
        post=str(row.payload.get("post") or ""),
        decision=row.decision,
        days_granted=row.days_granted,
    )


def facts_of(
    db: Session, traveller_ids: Iterable[int], countries: Iterable[str] | None = None
) -> tuple[list[MovementFact], list[ExtensionFact]]:
    """Every movement of these travellers (only in ``countries`` when given) and their extensions."""
    query = select(ServerMovement).where(ServerMovement.traveller_id.in_(list(traveller_ids)))
    if countries is not None:
        query = query.where(ServerMovement.country.in_(list(countries)))
    movements = [movement_fact(row) for row in db.execute(query).scalars()]
    entries = [m.id for m in movements if m.direction is Direction.ENTRY]
    extensions: list[ExtensionFact] = []
    for start in range(0, len(entries), 500):
        extensions.extend(
            ExtensionFact(row.id, row.entry_movement_id, row.days)
            for row in db.execute(
                select(ServerExtension).where(
                    ServerExtension.entry_movement_id.in_(entries[start : start + 500])
                )
            ).scalars()
        )
    return movements, extensions


def _person(row: CentralTraveller) -> dict[str, object]:
    return {
        "surname": row.surname,
        "given_names": row.given_names,
        "nationality": row.nationality,
        "birth_date": row.birth_date.isoformat() if row.birth_date else None,
        "sex": row.sex,
    }


def _document(row: CentralDocument, link: str, current: bool) -> dict[str, object]:
    return {
        "issuing_state": row.issuing_state,
        "number": row.number,
        "type": row.document_type,
        "code": row.document_code,
        "expiry_date": row.expiry_date.isoformat() if row.expiry_date else None,
        "link": link,
        "current": current,
    }


def _watchlist(
    db: Session, person: CentralTraveller, documents: list[CentralDocument]
) -> list[dict[str, object]]:
    entries = [
        WatchlistEntry(
            document_number=r.document_number,
            issuing_state=r.issuing_state,
            surname=r.surname,
            given_names=r.given_names,
            birth_date=r.birth_date,
            reason=r.reason,
            source=r.source,
            entry_id=r.entry_id,
        )
        for r in db.execute(select(CentralWatchlist).where(CentralWatchlist.removed_utc.is_(None))).scalars()
    ]
    if not entries:
        return []
    index = WatchlistIndex(entries)
    hits: dict[str, dict[str, object]] = {}
    held: list[CentralDocument | None] = list(documents) or [None]
    for document in held:
        for hit in index.search(
            Subject(
                surname=person.surname,
                given_names=person.given_names,
                birth_date=person.birth_date,
                document_number=document.number if document else None,
                issuing_state=document.issuing_state if document else None,
                nationality=person.nationality,
            )
        ):
            entry = hit.entry
            hits.setdefault(
                entry.entry_id or "",
                {
                    "entry_id": entry.entry_id,
                    "kind": hit.kind,
                    "score": round(hit.score, 3),
                    "explanation": hit.explanation,
                    "reason": entry.reason,
                    "source": entry.source,
                    "listed": {
                        "surname": entry.surname,
                        "given_names": entry.given_names,
                        "birth_date": entry.birth_date.isoformat() if entry.birth_date else None,
                        "document_number": entry.document_number,
                        "issuing_state": entry.issuing_state,
                    },
                },
            )
    return list(hits.values())


def traveller_view(
    db: Session,
    issuing_state: str,
    number: str,
    *,
    at: dt.datetime,
    post_code: str | None = None,
    country: str | None = None,
    book: RuleBook | None = None,
) -> dict[str, object]:
    """The national view of the traveller holding a document, in the shape of ``midas check``.

    ``post_code``: as that post sees the traveller (its country, and the movements it pulls);
    ``country``: evaluated for that country; default: the country of the traveller's latest movement.
    """
    book = book or default_rule_book()
    countries: list[str] | None = None
    if post_code is not None:
        post = db.execute(select(PostRow).where(PostRow.code == post_code)).scalar_one_or_none()
        if post is None or post.country is None:
            raise LookupError(f"no enrolled post {post_code}")
        country = post.country
        countries = relevant_countries(post.country)
    key = document_key(issuing_state, number)
    found = db.execute(
        select(CentralDocument).where(CentralDocument.document_key == key)
    ).scalar_one_or_none()
    empty: dict[str, object] = {
        "mrz": None,
        "traveller": {"known": False, "documents": [], "possible_matches": []},
        "in_country": False,
        "in_area": False,
        "suggested": "entry",
        "stays": [],
        "figures": None,
        "watchlist": [],
        "previous_overstays": 0,
    }
    if found is None:
        return empty
    traveller = db.get(CentralTraveller, found.traveller_id)
    assert traveller is not None
    documents = list(
        db.execute(
            select(CentralDocument)
            .where(CentralDocument.traveller_id == traveller.id)
            .order_by(CentralDocument.id)
        ).scalars()
    )
    movements, extensions = facts_of(db, [traveller.id], countries)
    if country is None:
        latest = max(movements, key=MovementFact.order_key, default=None)
        country = latest.country if latest else traveller.nationality
    day = at.date()
    assessment = assess_traveller(
        movements,
        extensions,
        book=book,
        nationality=traveller.nationality,
        country=country,
        day=day,
        at=at.replace(tzinfo=None),
    )
    return {
        "mrz": None,
        "traveller": {
            "known": True,
            "person": _person(traveller),
            "documents": [
                _document(d, "document" if d.id == found.id else "renewal", d.id == found.id)
                for d in documents
            ],
            "possible_matches": _possible_matches(db, traveller),
        },
        **assessment_dict(assessment),
        "country": country,
        "watchlist": _watchlist(db, traveller, documents),
    }


def assessment_dict(assessment: TravellerAssessment) -> dict[str, object]:
    return {
        "in_country": assessment.in_country,
        "in_area": assessment.in_area,
        "suggested": assessment.suggested.value,
        "stays": [stay.to_dict() for stay in assessment.history.stays],
        "figures": assessment.figures.to_dict() if assessment.figures else None,
        "previous_overstays": len(assessment.previous_overstays),
    }


def _possible_matches(db: Session, traveller: CentralTraveller) -> list[dict[str, object]]:
    if traveller.birth_date is None:
        return []
    others = (
        db.execute(
            select(CentralTraveller)
            .where(CentralTraveller.birth_date == traveller.birth_date, CentralTraveller.id != traveller.id)
            .limit(500)
        )
        .scalars()
        .all()
    )
    me = PersonIdentity(
        traveller.surname, traveller.given_names, traveller.nationality, traveller.birth_date, traveller.sex
    )
    candidates = [
        KnownTraveller(
            o.id, PersonIdentity(o.surname, o.given_names, o.nationality, o.birth_date, o.sex), frozenset()
        )
        for o in others
    ]
    decision = recognise(me, None, candidates)
    by_id = {o.id: o for o in others}
    out: list[dict[str, object]] = []
    for match in decision.possible:
        row = by_id[int(str(match.traveller_id))]
        docs = db.execute(select(CentralDocument).where(CentralDocument.traveller_id == row.id)).scalars()
        out.append(
            {
                "reason": match.reason.value,
                "score": match.score,
                "traveller": _person(row),
                "documents": [_document(d, "document", False) for d in docs],
            }
        )
    return out


def histories(db: Session, day: dt.date) -> Iterable[tuple[str, list[MovementFact], list[ExtensionFact]]]:
    """Every traveller's nationality, movements and extensions up to ``day``, one traveller at a time."""
    extended: dict[str, list[ExtensionFact]] = defaultdict(list)
    for row in db.execute(
        select(ServerExtension.id, ServerExtension.entry_movement_id, ServerExtension.days)
    ):
        extended[row[1]].append(ExtensionFact(row[0], row[1], row[2]))
    rows = db.execute(
        select(ServerMovement, CentralTraveller.nationality)
        .join(CentralTraveller, CentralTraveller.id == ServerMovement.traveller_id)
        .where(ServerMovement.local_date <= day)
        .order_by(ServerMovement.traveller_id, ServerMovement.seq)
    )
    current: int | None = None
    nationality = ""
    movements: list[MovementFact] = []
    for movement, traveller_nationality in rows:
        if movement.traveller_id != current:
            if movements:
                yield nationality, movements, [e for m in movements for e in extended.get(m.id, [])]
            current, nationality, movements = movement.traveller_id, traveller_nationality, []
        movements.append(movement_fact(movement))
    if movements:
        yield nationality, movements, [e for m in movements for e in extended.get(m.id, [])]
