"""What a traveller search asks and finds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from midas_desktop.server.console.access import Invalid
from midas_desktop.server.console.forms import Fields


@dataclass(frozen=True)
class TravellerQuery:
    """By document (number, optionally its issuing state), or by name and birth date (fuzzy)."""

    document_number: str | None = None
    issuing_state: str | None = None
    surname: str | None = None
    given_names: str | None = None
    birth_date: dt.date | None = None

    @property
    def by_document(self) -> bool:
        return self.document_number is not None

    @property
    def empty(self) -> bool:
        return self.document_number is None and self.surname is None

    @classmethod
    def parse(cls, fields: Fields) -> TravellerQuery:
        number = fields.text("document", 40, required=False)
        state = fields.country("state")
        surname = fields.text("surname", 200, required=False)
        given = fields.text("given_names", 200, required=False)
        birth = fields.date("birth_date")
        if number is None and surname is not None and birth is None:
            raise Invalid("error.search_needs_birth_date")
        if number is None and surname is None and (given or birth):
            raise Invalid("error.field_required", {"field": "surname"})
        return cls(number, state, surname, given, birth)


@dataclass
class Found:
    traveller_id: int
    surname: str
    given_names: str
    nationality: str
    birth_date: dt.date | None
    score: float | None
    how: str
    documents: list[str] = field(default_factory=list)


@dataclass
class SearchResult:
    query: TravellerQuery
    found: list[Found] = field(default_factory=list)


TravellerHistory = dict[str, Any]
