"""What the watchlist pages ask (an entry added or edited, a removal, a CSV import, a filter)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from midas_desktop.server.console.access import Invalid
from midas_desktop.server.console.forms import Fields


@dataclass(frozen=True)
class EntryForm:
    document_number: str | None
    issuing_state: str | None
    surname: str
    given_names: str
    birth_date: dt.date | None
    reason: str
    source: str

    @classmethod
    def parse(cls, fields: Fields) -> EntryForm:
        number = fields.text("document_number", 40, required=False)
        surname = fields.text("surname", 200, required=False) or ""
        if number is None and not surname:
            raise Invalid("error.watchlist_needs_person_or_document")
        return cls(
            document_number=number.upper().replace(" ", "") if number else None,
            issuing_state=fields.country("issuing_state"),
            surname=surname.upper(),
            given_names=(fields.text("given_names", 200, required=False) or "").upper(),
            birth_date=fields.date("birth_date"),
            reason=fields.required_text("reason", 1000, multiline=True),
            source=fields.text("source", 64, required=False) or "national",
        )


@dataclass(frozen=True)
class Removal:
    entry_id: str
    reason: str

    @classmethod
    def parse(cls, fields: Fields) -> Removal:
        return cls(
            fields.required_identifier("entry_id"), fields.required_text("reason", 1000, multiline=True)
        )


@dataclass(frozen=True)
class WatchlistQuery:
    text: str | None = None
    offset: int = 0

    @classmethod
    def parse(cls, fields: Fields) -> WatchlistQuery:
        return cls(fields.text("q", 100, required=False), fields.whole("offset", 0, 10**7, default=0))
