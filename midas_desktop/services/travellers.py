"""Finding the traveller behind a document, and their stays as the stay calculator sees them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from midas_desktop.domain.mrz import MrzFields
from midas_desktop.domain.stay import Stay as DomainStay
from midas_desktop.store.models import Document, Stay, Traveller


def find_or_create(
    db: Session, fields: MrzFields, document_type: str, mrz_lines: tuple[str, ...], now: dt.datetime
) -> tuple[Traveller, Document]:
    """The traveller holding this document; a new passport of a known person joins their record.

    A person is recognised by the document (issuing state + number), else by nationality, birth
    date and exact names, which is how a renewed passport finds the old one's history.
    """
    document = db.execute(
        select(Document).where(
            Document.issuing_state == fields.issuing_state, Document.number == fields.document_number
        )
    ).scalar_one_or_none()
    if document is not None:
        if document.expiry_date != fields.expiry_date:
            document.expiry_date = fields.expiry_date
            document.mrz = "\n".join(mrz_lines)
        return document.traveller, document
    traveller = None
    if fields.birth_date is not None:
        traveller = db.execute(
            select(Traveller)
            .where(
                Traveller.nationality == fields.nationality,
                Traveller.birth_date == fields.birth_date,
                Traveller.surname == fields.surname,
                Traveller.given_names == fields.given_names,
            )
            .limit(1)
        ).scalar_one_or_none()
    if traveller is None:
        traveller = Traveller(
            surname=fields.surname,
            given_names=fields.given_names,
            nationality=fields.nationality,
            birth_date=fields.birth_date,
            sex=fields.sex,
            created_utc=now,
        )
        db.add(traveller)
        db.flush()
    document = Document(
        traveller_id=traveller.id,
        document_type=document_type,
        document_code=fields.document_code,
        issuing_state=fields.issuing_state,
        number=fields.document_number,
        expiry_date=fields.expiry_date,
        mrz="\n".join(mrz_lines),
    )
    db.add(document)
    db.flush()
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
