"""The centre keeps a person's identity key on the traveller who holds their history, so that a
renewed document (a new number, the same person) still finds them, however a batch met them: first
without a birth date, or through two records that one document then joined."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from central_db import upgraded_engine
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from midas_desktop.server.models import CentralTraveller
from midas_desktop.server.travellers import attach_travellers

NOW = dt.datetime(2026, 12, 1, 12, 0)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    yield from upgraded_engine(request.param, tmp_path)


def crossing(number: str, *, born: str | None = "1980-05-17") -> dict[str, Any]:
    """A movement row as the ingest hands it over: Ana Pérez's document ``number``."""
    payload = {
        "traveller": {
            "surname": "PEREZ",
            "given_names": "ANA",
            "nationality": "HND",
            "birth_date": born,
            "sex": "F",
        },
        "document": {"issuing_state": "HND", "number": number, "type": "passport", "code": "P"},
    }
    return {"id": str(uuid.uuid4()), "payload": payload}


def attach(engine: Engine, *rows: dict[str, Any]) -> list[int]:
    with Session(engine) as db, db.begin():
        attach_travellers(db, list(rows), NOW)
    return [row["traveller_id"] for row in rows]


def keys(engine: Engine) -> dict[int, str | None]:
    with Session(engine) as db:
        return {t: key for t, key in db.execute(select(CentralTraveller.id, CentralTraveller.person_key))}


def test_a_traveller_first_met_without_a_birth_date_takes_the_key_later_in_the_same_batch(
    engine: Engine,
) -> None:
    first, second = attach(engine, crossing("D1", born=None), crossing("D1"))
    assert first == second
    assert keys(engine)[first] is not None
    (renewed,) = attach(engine, crossing("D3"))
    assert renewed == first


def test_a_join_keeps_the_key_of_the_traveller_joined_away(engine: Engine) -> None:
    (no_key,) = attach(engine, crossing("D1", born=None))
    (keyed,) = attach(engine, crossing("D2"))
    assert no_key != keyed and keys(engine)[no_key] is None and keys(engine)[keyed] is not None
    (joined,) = attach(engine, crossing("D1"))  # D1 now with the birth date: the key of D2's traveller
    held = {traveller: key for traveller, key in keys(engine).items() if key is not None}
    assert list(held) == [joined]
    (renewed,) = attach(engine, crossing("D3"))
    assert renewed == joined


def test_a_key_met_before_a_join_in_the_same_batch_ends_on_the_kept_traveller(engine: Engine) -> None:
    (one,) = attach(engine, crossing("D1", born=None))
    (two,) = attach(engine, crossing("D2", born=None))
    assert one != two
    # D2 with the key first (its traveller would take it), then D1 with the key: both one person.
    first, second = attach(engine, crossing("D2"), crossing("D1"))
    assert first == second
    held = {traveller: key for traveller, key in keys(engine).items() if key is not None}
    assert list(held) == [first]
    (renewed,) = attach(engine, crossing("D3"))
    assert renewed == first


def spelled(row: dict[str, Any], surname: str) -> dict[str, Any]:
    row["payload"]["traveller"]["surname"] = surname
    return row


def test_a_join_of_two_keyed_travellers_still_finds_the_person_by_either_key(engine: Engine) -> None:
    # The passport spells the surname PEREZ, the identity card PERES: two keys, two travellers.
    (passport,) = attach(engine, crossing("P1"))
    (card,) = attach(engine, spelled(crossing("C1"), "PERES"))
    assert passport != card
    (joined,) = attach(engine, crossing("C1"))  # the card under the passport's spelling: one person
    assert joined == passport
    # The renewed card, printed PERES again, in a later batch and within the batch that joins.
    (renewed,) = attach(engine, spelled(crossing("C2"), "PERES"))
    assert renewed == passport
    (again,) = attach(engine, crossing("P2"))
    assert again == passport


def test_a_key_let_go_by_a_join_within_one_batch_still_finds_the_person(engine: Engine) -> None:
    (passport,) = attach(engine, crossing("P1"))
    (card,) = attach(engine, spelled(crossing("C1"), "PERES"))
    assert card != passport
    first, second = attach(engine, crossing("C1"), spelled(crossing("C2"), "PERES"))
    assert first == second == passport


def test_a_key_a_batch_gave_a_traveller_it_then_joined_still_finds_the_person(engine: Engine) -> None:
    (passport,) = attach(engine, crossing("P1"))
    (card,) = attach(engine, crossing("C1", born=None))
    assert card != passport
    # In one batch: the card with the birth date (its traveller takes the PERES key), then the card
    # under the passport's spelling (the two travellers are one).
    first, second = attach(engine, spelled(crossing("C1"), "PERES"), crossing("C1"))
    assert first == second == passport  # the card's traveller is the passport's now
    (renewed,) = attach(engine, spelled(crossing("C2"), "PERES"))
    assert renewed == passport
