"""The central database's bulk helpers find exactly the rows asked for, whatever the texts hold."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from central_db import upgraded_engine
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from midas_desktop.server import bulk
from midas_desktop.server.models import CentralDocument

AWKWARD_KEYS = [
    'P|GTM|"quoted"',
    "P|GTM|back\\slash",
    "P|GTM|{braces},commas",
    "P|GTM| spaces ",
    "NULL",
    "",
    "P|GTM|Ñandú ü 日本",
    "P|GTM|'apostrophe'",
    'P|GTM|\\"both\\"',
]


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    yield from upgraded_engine(request.param, tmp_path)


def test_among_finds_each_text_value_exactly(engine: Engine) -> None:
    with Session(engine) as db, db.begin():
        for index, key in enumerate([*AWKWARD_KEYS, "P|GTM|other"]):
            db.add(
                CentralDocument(
                    traveller_id=index + 1,
                    document_key=key,
                    issuing_state="GTM",
                    number=str(index),
                    expiry_date=dt.date(2030, 1, 1),
                )
            )
    with Session(engine) as db:
        found = db.execute(
            select(CentralDocument.document_key).where(
                bulk.among(db, CentralDocument.document_key, [*AWKWARD_KEYS, "P|GTM|absent"])
            )
        ).scalars()
        assert sorted(found) == sorted(AWKWARD_KEYS)
        assert not db.execute(
            select(CentralDocument.id).where(bulk.among(db, CentralDocument.document_key, []))
        ).all()
