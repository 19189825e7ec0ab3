"""Watchlist entries, the subject checked against them, and the CSV import.

The CSV has a header row with the columns ``document_number, issuing_state, surname, given_names,
birth_date, reason, source`` (any order, optional ``entry_id``; extra columns are ignored). It may be
comma- or semicolon-separated and UTF-8 with or without a BOM. An entry names a document, a person,
or both: a lost/stolen document list has no names, a court order may have no document. A bad row
never stops the import; it is reported with its line number and why.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date

REQUIRED_COLUMNS = (
    "document_number",
    "issuing_state",
    "surname",
    "given_names",
    "birth_date",
    "reason",
    "source",
)
OPTIONAL_COLUMNS = ("entry_id",)


@dataclass(frozen=True)
class WatchlistEntry:
    """One listed document and/or person, names in their natural spelling."""

    document_number: str | None
    issuing_state: str | None
    surname: str
    given_names: str
    birth_date: date | None
    reason: str
    source: str  # e.g. "national", "interpol_sltd" (lost/stolen documents), "court_order"
    entry_id: str | None = None


@dataclass(frozen=True)
class Subject:
    """A traveller being checked. Names may come from an MRZ (A-Z, fillers already spaces) or be typed."""

    surname: str
    given_names: str
    birth_date: date | None
    document_number: str | None
    issuing_state: str | None
    nationality: str | None = None


@dataclass(frozen=True)
class RowError:
    line: int  # 1-based line of the CSV text, the header being line 1
    message: str


@dataclass
class ParsedWatchlist:
    entries: list[WatchlistEntry] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def normalise_document_number(number: str | None) -> str:
    """Upper-case letters and digits only: spaces, hyphens and MRZ fillers '<' removed.
    O and 0 stay distinct: an exact match must be exact."""
    if not number:
        return ""
    return "".join(ch for ch in number.upper() if ch.isascii() and ch.isalnum())


def normalise_issuing_state(state: str | None) -> str:
    """ICAO code, upper-case, fillers removed ("D<<" → "D")."""
    if not state:
        return ""
    return state.upper().replace("<", "").strip()


def parse_watchlist_csv(text: str) -> ParsedWatchlist:
    """Parse watchlist CSV text; bad rows go to ``errors`` with their line number."""
    result = ParsedWatchlist()
    text = text.removeprefix("\ufeff")
    if not text.strip():
        result.errors.append(RowError(1, "empty file: expected a header row"))
        return result
    header_line = text.splitlines()[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [name.strip().lower() for name in next(reader)]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        result.errors.append(RowError(1, f"header lacks column(s): {', '.join(missing)}"))
        return result
    columns = {name: header.index(name) for name in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS) if name in header}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue  # blank lines are not errors
        if len(row) != len(header):
            result.errors.append(RowError(line, f"expected {len(header)} fields, found {len(row)}"))
            continue
        values = {name: " ".join(row[index].split()) for name, index in columns.items()}
        entry_or_error = _entry_from_row(values)
        if isinstance(entry_or_error, str):
            result.errors.append(RowError(line, entry_or_error))
        else:
            result.entries.append(entry_or_error)
    return result


def _entry_from_row(values: dict[str, str]) -> WatchlistEntry | str:
    """The entry, or the reason the row is rejected."""
    document_number = values["document_number"]
    if document_number and not normalise_document_number(document_number):
        return f"document number {document_number!r} has no letters or digits"
    issuing_state = normalise_issuing_state(values["issuing_state"])
    if issuing_state and not (
        len(issuing_state) <= 3 and issuing_state.isascii() and issuing_state.isalpha()
    ):
        return f"issuing state {values['issuing_state']!r} is not an ICAO code of 1-3 letters"
    surname, given_names = values["surname"], values["given_names"]
    if not document_number and not (surname or given_names):
        return "neither a document number nor a name: nothing to match on"
    birth_date: date | None = None
    if values["birth_date"]:
        try:
            if len(values["birth_date"]) != len("YYYY-MM-DD"):
                raise ValueError("not the extended ISO form")
            birth_date = date.fromisoformat(values["birth_date"])
        except ValueError:
            return f"birth date {values['birth_date']!r} is not a date YYYY-MM-DD"
    return WatchlistEntry(
        document_number=document_number or None,
        issuing_state=issuing_state or None,
        surname=surname,
        given_names=given_names,
        birth_date=birth_date,
        reason=values["reason"],
        source=values["source"],
        entry_id=values.get("entry_id") or None,
    )
