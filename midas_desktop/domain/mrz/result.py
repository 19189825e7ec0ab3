"""The outcome of checking an MRZ: fields, check digits and findings, with their JSON form.

``MrzResult.to_dict()`` is a contract shared with the CLI and the desktop app; keep its keys stable.

Problem vocabulary (``Finding.problem``), the only strings used:
- ``line count``: not 2 or 3 lines, or not the count the layout needs.
- ``line length``: a line is not as long as the layout needs.
- ``unknown layout``: the lines fit no ICAO layout.
- ``invalid character``: a character outside [A-Z0-9<], or a filler where the field forbids it.
- ``unknown document code``: the document code does not fit the layout.
- ``unknown country code``: issuing state or nationality is not an ICAO/ISO code.
- ``specimen country code``: a code seen only on specimens (warning).
- ``unspecified country code``: nationality left as '<<<' (warning).
- ``digit in country code``, ``digit in name``, ``letter in digit field``: characters of the wrong class.
- ``invalid date``: a date that does not exist (month 13, 30 February...) or is partly filler.
- ``invalid sex``: not M, F or '<'.
- ``check digit``: a check digit that does not agree with the data it protects.
- ``filler noise in name``: filler misread as letters (K, C, E, L) in the name field.
- ``truncated``: a name that fills its field to the last character and may be cut short (info).
- ``second name separator``: a second '<<' inside the name field (only one, between the primary and
  the secondary identifier, is allowed).
- ``check digit over filler``: a long document number (TD1, TD2) whose check digit agrees only when
  computed over the filler before the number's overflow as well, as Belgian and Portuguese identity
  cards print it (warning; the ICAO reading leaves the filler out).

Severities: ``error`` makes the document invalid; ``warning`` and ``info`` do not.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, fields
from typing import Literal

Severity = Literal["error", "warning", "info"]

LINE_COUNT = "line count"
LINE_LENGTH = "line length"
UNKNOWN_LAYOUT = "unknown layout"
INVALID_CHARACTER = "invalid character"
UNKNOWN_DOCUMENT_CODE = "unknown document code"
UNKNOWN_COUNTRY_CODE = "unknown country code"
SPECIMEN_COUNTRY_CODE = "specimen country code"
UNSPECIFIED_COUNTRY_CODE = "unspecified country code"
DIGIT_IN_COUNTRY_CODE = "digit in country code"
DIGIT_IN_NAME = "digit in name"
LETTER_IN_DIGIT_FIELD = "letter in digit field"
INVALID_DATE = "invalid date"
INVALID_SEX = "invalid sex"
CHECK_DIGIT = "check digit"
FILLER_NOISE_IN_NAME = "filler noise in name"
TRUNCATED = "truncated"
SECOND_NAME_SEPARATOR = "second name separator"
CHECK_DIGIT_OVER_FILLER = "check digit over filler"

PROBLEMS: frozenset[str] = frozenset(
    {
        LINE_COUNT,
        LINE_LENGTH,
        UNKNOWN_LAYOUT,
        INVALID_CHARACTER,
        UNKNOWN_DOCUMENT_CODE,
        UNKNOWN_COUNTRY_CODE,
        SPECIMEN_COUNTRY_CODE,
        UNSPECIFIED_COUNTRY_CODE,
        DIGIT_IN_COUNTRY_CODE,
        DIGIT_IN_NAME,
        LETTER_IN_DIGIT_FIELD,
        INVALID_DATE,
        INVALID_SEX,
        CHECK_DIGIT,
        FILLER_NOISE_IN_NAME,
        TRUNCATED,
        SECOND_NAME_SEPARATOR,
        CHECK_DIGIT_OVER_FILLER,
    }
)


@dataclass(frozen=True)
class Finding:
    """One problem with one field (or line); ``candidates`` are corrected values of that field."""

    field: str
    problem: str
    expected: str | None = None
    found: str | None = None
    severity: Severity = "error"
    candidates: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """JSON form; ``candidates`` appears only when there are some."""
        result: dict[str, object] = {
            "field": self.field,
            "problem": self.problem,
            "expected": self.expected,
            "found": self.found,
            "severity": self.severity,
        }
        if self.candidates:
            result["candidates"] = list(self.candidates)
        return result


@dataclass(frozen=True)
class CheckOutcome:
    """One check digit: the digit the data calls for (None if the data holds non-MRZ characters)."""

    ok: bool
    expected: str | None
    found: str

    def to_dict(self) -> dict[str, object]:
        """JSON form."""
        return {"ok": self.ok, "expected": self.expected, "found": self.found}


@dataclass(frozen=True)
class MrzFields:
    """The fields of a document, fillers stripped; dates None when unknown ('<<<<<<') or invalid."""

    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: datetime.date | None
    sex: str
    expiry_date: datetime.date | None
    optional_data: str
    optional_data_2: str | None  # only TD1 has a second optional data field

    def to_dict(self) -> dict[str, object]:
        """JSON form, dates as ISO 8601 strings."""
        result: dict[str, object] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            result[item.name] = value.isoformat() if isinstance(value, datetime.date) else value
        return result


@dataclass(frozen=True)
class MrzResult:
    """Everything :func:`check_mrz` learned; ``valid`` ignores expiry, which ``expired`` reports."""

    valid: bool
    type: str | None
    lines: tuple[str, ...]
    fields: MrzFields | None
    checks: dict[str, CheckOutcome]
    findings: tuple[Finding, ...]
    expired: bool | None

    def to_dict(self) -> dict[str, object]:
        """The JSON object of the contract (keys: valid, type, lines, fields, checks, findings, expired)."""
        return {
            "valid": self.valid,
            "type": self.type,
            "lines": list(self.lines),
            "fields": None if self.fields is None else self.fields.to_dict(),
            "checks": {name: outcome.to_dict() for name, outcome in self.checks.items()},
            "findings": [finding.to_dict() for finding in self.findings],
            "expired": self.expired,
        }
