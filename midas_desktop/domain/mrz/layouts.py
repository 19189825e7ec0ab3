"""Where every field of each MRZ layout sits (ICAO Doc 9303 Parts 4 to 7, and the French national
identity card's own layout, ``FRA-ID``), as plain data.

Positions are 0-based and ``end`` is exclusive (Python slice convention): Doc 9303's 1-based
"positions 6 to 14" of line 1 is ``FieldSpan(..., line=0, start=5, end=14)``. The OCR module uses
the character class of each span to repair misread glyphs field by field, so every position of every
line is covered by exactly one span.

Character classes (what a position may hold):
- ``digit``: 0-9; a date may instead be all fillers (unknown date).
- ``alpha``: A-Z or the filler (document code, country codes).
- ``alnum``: A-Z, 0-9 or the filler (document number, optional data).
- ``name``: A-Z or the filler (the name field; '<<' separates primary from secondary identifier).
- ``sex``: M, F or the filler (unspecified).
- ``check``: a check digit 0-9 (a filler only where noted: TD3 personal-number check over empty
  data, and the long-document-number marker of TD1/TD2).
- ``filler``: only '<' (none of the five current layouts has such a position; kept for completeness).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

CharClass = Literal["digit", "alpha", "alnum", "name", "sex", "check", "filler"]


@dataclass(frozen=True)
class FieldSpan:
    """One field: ``lines[line][start:end]`` holds characters of class ``kind``."""

    name: str
    line: int
    start: int
    end: int
    kind: CharClass

    def read(self, lines: tuple[str, ...] | list[str]) -> str:
        """The raw characters of this span."""
        return lines[self.line][self.start : self.end]


@dataclass(frozen=True)
class CheckSpec:
    """A check digit at ``lines[line][index]`` over the concatenation of ``covers`` segments."""

    name: str
    line: int
    index: int
    covers: tuple[tuple[int, int, int], ...]  # (line, start, end) segments, in order

    def data(self, lines: tuple[str, ...] | list[str]) -> str:
        """The protected characters, in the order the check digit weighs them."""
        return "".join(lines[line][start:end] for line, start, end in self.covers)


@dataclass(frozen=True)
class Layout:
    """One MRZ format: its size, the document codes it admits, its fields and its check digits."""

    type: str
    line_count: int
    line_length: int
    document_codes: frozenset[str]  # allowed first characters of line 1
    name_field_length: int
    fields: tuple[FieldSpan, ...]
    checks: tuple[CheckSpec, ...]
    # The field into which a document number longer than 9 characters overflows (TD1, TD2), else None.
    long_number_field: str | None

    def span(self, name: str) -> FieldSpan:
        """The span called ``name``; KeyError if the layout has none."""
        for field in self.fields:
            if field.name == name:
                return field
        raise KeyError(name)

    def has(self, name: str) -> bool:
        """True if the layout has a span called ``name``."""
        return any(field.name == name for field in self.fields)

    def field_at(self, line: int, index: int) -> FieldSpan | None:
        """The span covering one position, or None outside the layout."""
        for field in self.fields:
            if field.line == line and field.start <= index < field.end:
                return field
        return None

    def check(self, name: str) -> CheckSpec | None:
        """The check digit called ``name`` (document_number, ..., composite), or None."""
        for spec in self.checks:
            if spec.name == name:
                return spec
        return None


def _f(name: str, line: int, start: int, end: int, kind: CharClass) -> FieldSpan:
    return FieldSpan(name, line, start, end, kind)


def _line1_with_names(length: int) -> tuple[FieldSpan, ...]:
    """Line 1 of TD2, TD3 and both visas: document code, issuing state, then the name field."""
    return (
        _f("document_code", 0, 0, 2, "alpha"),
        _f("issuing_state", 0, 2, 5, "alpha"),
        _f("names", 0, 5, length, "name"),
    )


def _line2_common() -> tuple[FieldSpan, ...]:
    """Positions 1-28 of line 2 of TD2, TD3 and both visas, which all share them."""
    return (
        _f("document_number", 1, 0, 9, "alnum"),
        _f("document_number_check", 1, 9, 10, "check"),
        _f("nationality", 1, 10, 13, "alpha"),
        _f("birth_date", 1, 13, 19, "digit"),
        _f("birth_date_check", 1, 19, 20, "check"),
        _f("sex", 1, 20, 21, "sex"),
        _f("expiry_date", 1, 21, 27, "digit"),
        _f("expiry_date_check", 1, 27, 28, "check"),
    )


def _line2_checks() -> tuple[CheckSpec, ...]:
    return (
        CheckSpec("document_number", 1, 9, ((1, 0, 9),)),
        CheckSpec("birth_date", 1, 19, ((1, 13, 19),)),
        CheckSpec("expiry_date", 1, 27, ((1, 21, 27),)),
    )


TD1 = Layout(
    type="TD1",
    line_count=3,
    line_length=30,
    document_codes=frozenset("ACI"),
    name_field_length=30,
    fields=(
        _f("document_code", 0, 0, 2, "alpha"),
        _f("issuing_state", 0, 2, 5, "alpha"),
        _f("document_number", 0, 5, 14, "alnum"),
        _f("document_number_check", 0, 14, 15, "check"),
        _f("optional_data", 0, 15, 30, "alnum"),
        _f("birth_date", 1, 0, 6, "digit"),
        _f("birth_date_check", 1, 6, 7, "check"),
        _f("sex", 1, 7, 8, "sex"),
        _f("expiry_date", 1, 8, 14, "digit"),
        _f("expiry_date_check", 1, 14, 15, "check"),
        _f("nationality", 1, 15, 18, "alpha"),
        _f("optional_data_2", 1, 18, 29, "alnum"),
        _f("composite_check", 1, 29, 30, "check"),
        _f("names", 2, 0, 30, "name"),
    ),
    checks=(
        CheckSpec("document_number", 0, 14, ((0, 5, 14),)),
        CheckSpec("birth_date", 1, 6, ((1, 0, 6),)),
        CheckSpec("expiry_date", 1, 14, ((1, 8, 14),)),
        CheckSpec("composite", 1, 29, ((0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29))),
    ),
    long_number_field="optional_data",
)

TD2 = Layout(
    type="TD2",
    line_count=2,
    line_length=36,
    document_codes=frozenset("ACI"),
    name_field_length=31,
    fields=(
        *_line1_with_names(36),
        *_line2_common(),
        _f("optional_data", 1, 28, 35, "alnum"),
        _f("composite_check", 1, 35, 36, "check"),
    ),
    checks=(*_line2_checks(), CheckSpec("composite", 1, 35, ((1, 0, 10), (1, 13, 20), (1, 21, 35)))),
    long_number_field="optional_data",
)

TD3 = Layout(
    type="TD3",
    line_count=2,
    line_length=44,
    document_codes=frozenset("P"),
    name_field_length=39,
    fields=(
        *_line1_with_names(44),
        *_line2_common(),
        _f("optional_data", 1, 28, 42, "alnum"),
        _f("optional_data_check", 1, 42, 43, "check"),
        _f("composite_check", 1, 43, 44, "check"),
    ),
    checks=(
        *_line2_checks(),
        CheckSpec("optional_data", 1, 42, ((1, 28, 42),)),
        CheckSpec("composite", 1, 43, ((1, 0, 10), (1, 13, 20), (1, 21, 43))),
    ),
    long_number_field=None,
)

# Machine readable visas: no composite check digit and no check digit over the optional data.
MRVA = Layout(
    type="MRVA",
    line_count=2,
    line_length=44,
    document_codes=frozenset("V"),
    name_field_length=39,
    fields=(*_line1_with_names(44), *_line2_common(), _f("optional_data", 1, 28, 44, "alnum")),
    checks=_line2_checks(),
    long_number_field=None,
)

MRVB = Layout(
    type="MRVB",
    line_count=2,
    line_length=36,
    document_codes=frozenset("V"),
    name_field_length=31,
    fields=(*_line1_with_names(36), *_line2_common(), _f("optional_data", 1, 28, 36, "alnum")),
    checks=_line2_checks(),
    long_number_field=None,
)

# The French national identity card (1988-2021, still carried): 2 x 36 like TD2 but its own
# layout, not an ICAO one. Line 1: 'IDFRA', the surname (25), the issuing office (6: department and
# office). Line 2: the card number (12: year and month of issue, department, serial) and its check
# digit, the given names (14, separated by '<<'), birth date and check digit, sex, and a check digit
# over everything before it on both lines. No expiry date and no nationality field (French).
FRA_ID = Layout(
    type="FRA-ID",
    line_count=2,
    line_length=36,
    document_codes=frozenset("I"),
    name_field_length=25,
    fields=(
        _f("document_code", 0, 0, 2, "alpha"),
        _f("issuing_state", 0, 2, 5, "alpha"),
        _f("surname", 0, 5, 30, "name"),
        _f("optional_data", 0, 30, 36, "alnum"),
        _f("document_number", 1, 0, 12, "alnum"),
        _f("document_number_check", 1, 12, 13, "check"),
        _f("given_names", 1, 13, 27, "name"),
        _f("birth_date", 1, 27, 33, "digit"),
        _f("birth_date_check", 1, 33, 34, "check"),
        _f("sex", 1, 34, 35, "sex"),
        _f("composite_check", 1, 35, 36, "check"),
    ),
    checks=(
        CheckSpec("document_number", 1, 12, ((1, 0, 12),)),
        CheckSpec("birth_date", 1, 33, ((1, 27, 33),)),
        CheckSpec("composite", 1, 35, ((0, 0, 36), (1, 0, 35))),
    ),
    long_number_field=None,
)

ICAO_TYPES = ("TD1", "TD2", "TD3", "MRVA", "MRVB")

LAYOUTS: Mapping[str, Layout] = MappingProxyType(
    {layout.type: layout for layout in (TD1, TD2, TD3, MRVA, MRVB, FRA_ID)}
)
