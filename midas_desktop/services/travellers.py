"""Finding the traveller behind a document at this post, with the domain's one rule of identity.

The store fetches the candidates (the record holding the document, the records with the same identity
key, the records born the same day); ``domain.identity.recognise`` decides which are this traveller
and which are only possibly the same. The counter's check, the recording and the movements pulled from
other posts all come through here, so they agree on who is who.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import update
from sqlalchemy.orm import Session

from midas_desktop.domain.identity import (
    KnownTraveller,
    Link,
    PersonIdentity,
    PossibleMatch,
    Recognition,
    document_key,
    joined_person_key,
    keys_let_go,
    person_key,
    recognise,
)
from midas_desktop.domain.mrz import MrzFields
from midas_desktop.store import hot
from midas_desktop.store.models import Alert, Document, Movement, PersonKeyAlias, Stay, Traveller

__all__ = [
    "DocumentFields",
    "Known",
    "PersonIdentity",
    "Recognised",
    "document_of_fields",
    "documents_of",
    "join_travellers",
    "look_up",
    "person_of_fields",
    "recognise_for_write",
]

# Near matches are looked for among the records born the same day; a birthday shared by more than this
# many records here is not searched further (the exact rules still apply).
_NEAR_MATCH_CANDIDATES = 500


@dataclass(frozen=True)
class DocumentFields:
    document_type: str
    document_code: str
    issuing_state: str
    number: str
    expiry_date: dt.date | None
    mrz: str  # the lines, or "" when they were not sent (movements pulled from other posts)

    @property
    def key(self) -> str:
        return document_key(self.issuing_state, self.number)


@dataclass
class Recognised:
    """The records of this post that are the traveller (``traveller_ids``: one after a write) and the
    near matches to confirm."""

    traveller_ids: list[int]
    links: dict[int, Link]
    possible: list[PossibleMatch] = field(default_factory=list)

    @property
    def known(self) -> bool:
        return bool(self.traveller_ids)


def person_of_fields(fields: MrzFields) -> PersonIdentity:
    return PersonIdentity(
        fields.surname, fields.given_names, fields.nationality, fields.birth_date, fields.sex
    )


def document_of_fields(fields: MrzFields, document_type: str, lines: Iterable[str]) -> DocumentFields:
    return DocumentFields(
        document_type,
        fields.document_code,
        fields.issuing_state,
        fields.document_number,
        fields.expiry_date,
        "\n".join(lines),
    )


def _candidates(
    db: Session, person: PersonIdentity, document: DocumentFields | None, *, near: bool = True
) -> list[KnownTraveller]:
    """The records that may be this person: the scanned document's owner, those with the same identity
    key, and (``near``) everyone born the same day. Only the owner's document keys matter to
    ``recognise`` (the scanned document is nobody else's), so no other documents are read."""
    owner: int | None = None
    if document is not None:
        found = hot.document_owner(db, document.issuing_state, document.number)
        owner = found[1] if found is not None else None
    rows: dict[int, hot.TravellerRow] = {}
    if near and person.birth_date is not None:
        rows.update(
            (row.id, row) for row in hot.travellers_born(db, person.birth_date, _NEAR_MATCH_CANDIDATES)
        )
    wanted: set[int] = set()
    key = person_key(person)
    key_holders = set(hot.travellers_with_key(db, key)) if key is not None else set()
    wanted.update(key_holders)
    if owner is not None:
        wanted.add(owner)
    missing = sorted(wanted - rows.keys())
    if missing:
        rows.update((row.id, row) for row in hot.travellers(db, missing))
    owned = frozenset({document.key}) if document is not None else frozenset()
    # A traveller holding this very identity key is this person by the identity rule, whatever its
    # own fields say: one first recorded without a birth date took the key later and has no birth
    # date to compare (as at the centre, which offers such a traveller with the person looked up).
    return [
        KnownTraveller(
            row.id,
            person
            if row.id in key_holders
            else PersonIdentity(row.surname, row.given_names, row.nationality, row.birth_date, row.sex),
            owned if row.id == owner else frozenset(),
        )
        for row in (rows[i] for i in sorted(rows))
    ]


def _decide(
    db: Session, person: PersonIdentity, document: DocumentFields | None, *, near: bool = True
) -> Recognition:
    return recognise(person, document.key if document else None, _candidates(db, person, document, near=near))


def look_up(
    db: Session, person: PersonIdentity, document: DocumentFields | None, *, near: bool = True
) -> Recognised:
    """Read-only recognition (the counter's check): nothing is written. ``near=False`` skips the near
    matches (only shown to the officer; recording does not need them)."""
    decision = _decide(db, person, document, near=near)
    ids = sorted(int(str(traveller_id)) for traveller_id, _link in decision.same)
    return Recognised(
        traveller_ids=ids,
        links={int(str(traveller_id)): link for traveller_id, link in decision.same},
        possible=list(decision.possible),
    )


@dataclass(frozen=True)
class Known:
    """The traveller a document belongs to once recorded: ids, and the nationality the rules use."""

    id: int
    nationality: str
    document_id: int | None


def recognise_for_write(
    db: Session, person: PersonIdentity, document: DocumentFields | None, now: dt.datetime
) -> tuple[Known, Recognised]:
    """The traveller holding this document, created when new; records found to be one person are
    joined (a renewal linking two histories), and the document is added to the traveller's.

    The counter's hot path: the document and the identity key only (near matches are for the check's
    screen), in plain SQL (``store.hot``)."""
    found = look_up(db, person, document, near=False)
    key = person_key(person)
    if found.traveller_ids:
        keep = found.traveller_ids[0]
        if len(found.traveller_ids) > 1:
            join_travellers(db, keep, found.traveller_ids[1:])
        [row] = hot.travellers(db, [keep])
        nationality = row.nationality
        if row.person_key is None and key is not None:
            hot.set_person_key(db, keep, key)
    else:
        keep = hot.insert_traveller(db, person, key, now)
        nationality = person.nationality
    found.traveller_ids = [keep]
    if document is None:
        return Known(keep, nationality, None), found
    owner = hot.document_owner(db, document.issuing_state, document.number)
    if owner is None:
        document_id = hot.insert_document(db, keep, document)
    else:
        document_id = owner[0]
        if document.mrz and owner[2] != document.expiry_date:
            hot.renew_document(db, document_id, document.expiry_date, document.mrz)
    return Known(keep, nationality, document_id), found


def join_travellers(db: Session, keep: int, others: Iterable[int]) -> None:
    """Records found to be one traveller become one: everything of ``others`` moves to ``keep``, and
    the identity keys they held stay the person's (``domain.identity.keys_let_go``)."""
    others = [other for other in others if other != keep]
    if not others:
        return
    for model in (Movement, Document, Stay, Alert, PersonKeyAlias):
        db.execute(
            update(model)
            .where(model.traveller_id.in_(others))
            .values(traveller_id=keep)
            .execution_options(synchronize_session=False)
        )
    kept = db.get(Traveller, keep)
    joined = [row for row in (db.get(Traveller, other) for other in others) if row is not None]
    if kept is not None:
        held = [row.person_key for row in joined]
        for key in keys_let_go(kept.person_key, held):
            db.merge(PersonKeyAlias(person_key=key, traveller_id=keep))
        kept.person_key = joined_person_key(kept.person_key, held)
    for row in joined:
        db.delete(row)
    db.flush()
    db.expire_all()


def documents_of(db: Session, traveller_ids: Iterable[int]) -> list[hot.DocumentRow]:
    return hot.documents_of(db, list(traveller_ids))


def person_dict(row: Traveller | hot.TravellerRow) -> dict[str, object]:
    return {
        "surname": row.surname,
        "given_names": row.given_names,
        "nationality": row.nationality,
        "birth_date": row.birth_date.isoformat() if row.birth_date else None,
        "sex": row.sex,
    }


def document_dict(row: Document | hot.DocumentRow, link: str) -> dict[str, object]:
    return {
        "issuing_state": row.issuing_state,
        "number": row.number,
        "type": row.document_type,
        "code": row.document_code,
        "expiry_date": row.expiry_date.isoformat() if row.expiry_date else None,
        "link": link,
    }
