"""Finding the traveller behind a document, and their stays as the stay calculator sees them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from midas_desktop.domain.mrz import MrzFields
from midas_desktop.domain.stay import Stay as DomainStay
from midas_desktop.store.models import Document, Stay, Traveller


@dataclass(frozen=True)
class PersonFields:
    surname: str
    given_names: str
    nationality: str
    birth_date: dt.date | None
    sex: str


@dataclass(frozen=True)
class DocumentFields:
    document_type: str
    document_code: str
    issuing_state: str
    number: str
    expiry_date: dt.date | None
    mrz: str  # the lines, or "" when they were not sent (movements pulled from other posts)


def recognise(
    db: Session, person: PersonFields, document: DocumentFields | None, now: dt.datetime
) -> tuple[Traveller, Document | None]:
    """The traveller holding this document; a new passport of a known person joins their record.

    A person is recognised by the document (issuing state + number), else by nationality, birth
    date and exact names, which is how a renewed passport finds the old one's history. The counter
    and the movements pulled from other posts both come through here.
    """
    if document is not None:
        known = db.execute(
            select(Document).where(
                Document.issuing_state == document.issuing_state, Document.number == document.number
            )
        ).scalar_one_or_none()
        if known is not None:
            if document.mrz and known.expiry_date != document.expiry_date:
                known.expiry_date = document.expiry_date
                known.mrz = document.mrz
            return known.traveller, known
    traveller = None
    if person.birth_date is not None:
        traveller = db.execute(
            select(Traveller)
            .where(
                Traveller.nationality == person.nationality,
                Traveller.birth_date == person.birth_date,
                Traveller.surname == person.surname,
                Traveller.given_names == person.given_names,
            )
            .limit(1)
        ).scalar_one_or_none()
    if traveller is None:
        traveller = Traveller(
            surname=person.surname,
            given_names=person.given_names,
            nationality=person.nationality,
            birth_date=person.birth_date,
            sex=person.sex,
            created_utc=now,
        )
        db.add(traveller)
        db.flush()
    if document is None:
        return traveller, None
    row = Document(
        traveller_id=traveller.id,
        document_type=document.document_type,
        document_code=document.document_code,
        issuing_state=document.issuing_state,
        number=document.number,
        expiry_date=document.expiry_date,
        mrz=document.mrz,
    )
    db.add(row)
    db.flush()
    return traveller, row


def find_or_create(
    db: Session, fields: MrzFields, document_type: str, mrz_lines: tuple[str, ...], now: dt.datetime
) -> tuple[Traveller, Document]:
    """The traveller behind a document read at the counter (see :func:`recognise`)."""
    traveller, document = recognise(
        db,
        PersonFields(fields.surname, fields.given_names, fields.nationality, fields.birth_date, fields.sex),
        DocumentFields(
            document_type,
            fields.document_code,
            fields.issuing_state,
            fields.document_number,
            fields.expiry_date,
            "\n".join(mrz_lines),
        ),
        now,
    )
    assert document is not None
    return traveller, document


def stays_of(db: Session, traveller_id: int) -> list[Stay]:
    return list(
        db.execute(
            select(Stay).where(Stay.traveller_id == traveller_id).order_by(Stay.entry_date, Stay.id)
        ).scalars()
    )


def as_domain(stay: Stay) -> DomainStay:
    return DomainStay(
        country=stay.country,
        entry=stay.entry_date,
        exit=stay.exit_date,
        days_granted=stay.days_granted,
        extension_days=stay.extension_days,
    )
