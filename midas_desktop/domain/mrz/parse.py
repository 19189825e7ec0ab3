"""Reading and validating an MRZ: :func:`check_mrz`, :func:`detect_type`, :func:`split_documents`.

``valid`` means the layout fits, every check digit agrees and nothing in the lines is impossible
(a character of the wrong class, an unknown country, a date that does not exist, filler noise in the
name). Check digits alone are not enough: '<' and 'K' weigh the same, so OCR noise passes them.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from . import result as r
from .candidates import check_digit_fixes, digit_fixes, letter_fixes
from .checkdigit import FILLER, MRZ_ALPHABET, check_digit_or_none
from .countries import country_status, is_known_country
from .dates import UNKNOWN_DATE, birth_date, expiry_date
from .layouts import LAYOUTS, CheckSpec, Layout
from .names import read_names

_COUNTRY_SHAPE = re.compile(r"[A-Z]*<*")
# How far a line may be from a layout's length and still be recognised as that (damaged) layout.
_LENGTH_TOLERANCE = 4
_FILLER_CHECK_ALLOWED = frozenset({"optional_data", "birth_date", "expiry_date"})
# A 2 x 36 MRZ opening so is read as the French national identity card (FRA-ID) unless only the TD2
# reading agrees with its check digits.
_FRENCH_ID_START = "IDFRA"


def normalise(lines: Sequence[str]) -> tuple[str, ...]:
    """Lines as the reader gave them, trimmed and upper-cased; blank lines dropped."""
    return tuple(line.strip().upper() for line in lines if line.strip())


def split_documents(text: str) -> list[list[str]]:
    """Documents in ``text`` separated by blank lines, each as its list of non-empty stripped lines."""
    documents: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            documents.append(current)
            current = []
    if current:
        documents.append(current)
    return documents


def detect_type(lines: Sequence[str]) -> str | None:
    """TD1, TD2, TD3, MRVA, MRVB or FRA-ID from the line count, line lengths and first characters;
    else None."""
    lines = normalise(lines)
    best: Layout | None = None
    best_distance = 0
    for layout in LAYOUTS.values():
        if layout.line_count != len(lines) or layout.type.startswith("MRV") or layout.type == "FRA-ID":
            continue
        distance = max(abs(len(line) - layout.line_length) for line in lines)
        if distance <= _LENGTH_TOLERANCE and (best is None or distance < best_distance):
            best, best_distance = layout, distance
    if best is None:
        return None
    if best.line_count == 2 and lines[0].startswith("V"):
        return "MRVA" if best.type == "TD3" else "MRVB"
    if best.type == "TD2" and lines[0].startswith(_FRENCH_ID_START):
        return "FRA-ID"
    return best.type


@dataclass(frozen=True)
class _DocumentNumber:
    """The document number as read, with the long-number overflow (TD1, TD2) resolved."""

    number: str  # raw characters the check digit covers
    found_check: str
    optional_data: str  # raw optional data left after any overflow
    # A long number as Belgian and Portuguese cards weigh it: the filler before the overflow kept
    with_filler: str | None = None


def _document_number(layout: Layout, lines: tuple[str, ...]) -> _DocumentNumber:
    raw = layout.span("document_number").read(lines)
    found = layout.span("document_number_check").read(lines)
    optional = layout.span("optional_data").read(lines) if layout.has("optional_data") else ""
    if layout.long_number_field is None or found != FILLER:
        return _DocumentNumber(raw, found, optional)
    # Long number: it continues in the optional data up to the first filler, and the last
    # character before that filler is its check digit (Doc 9303 Part 5, note j).
    end = optional.find(FILLER)
    if end == -1:
        end = len(optional)
    overflow = optional[:end]
    if not overflow:
        return _DocumentNumber(raw, found, optional)
    if len(overflow) == 1:
        # The filler says the number goes on, then its check digit: one character cannot be both.
        # It is the number's last character, and the filler after it stands where the check digit
        # should be (so the check fails).
        return _DocumentNumber(raw + overflow, FILLER, optional[end + 1 :])
    return _DocumentNumber(
        raw + overflow[:-1], overflow[-1], optional[end + 1 :], raw + FILLER + overflow[:-1]
    )


def _check_outcome(spec: CheckSpec, data: str, found: str) -> r.CheckOutcome:
    expected = check_digit_or_none([data])
    ok = expected is not None and found == expected
    if spec.name in _FILLER_CHECK_ALLOWED and set(data) <= {FILLER} and found in (FILLER, "0"):
        ok = True  # an empty personal number or unknown date may carry '<' or '0' as its check digit
    return r.CheckOutcome(ok=ok, expected=expected, found=found)


class _Reader:
    """Reads one document of a known layout and correct line lengths, collecting findings."""

    def __init__(self, layout: Layout, lines: tuple[str, ...], today: datetime.date) -> None:
        self.layout = layout
        self.lines = lines
        self.today = today
        self.findings: list[r.Finding] = []
        self.checks: dict[str, r.CheckOutcome] = {}

    def add(
        self,
        field: str,
        problem: str,
        expected: str | None,
        found: str | None,
        severity: r.Severity = "error",
        candidates: tuple[str, ...] = (),
    ) -> None:
        self.findings.append(r.Finding(field, problem, expected, found, severity, candidates))

    def read(self) -> r.MrzFields:
        self._invalid_characters()
        if self.layout.type == "FRA-ID":
            return self._read_french_id()
        raw = self.layout.span
        lines = self.lines
        document_code = self._document_code(raw("document_code").read(lines))
        issuing_state = self._country("issuing_state", raw("issuing_state").read(lines))
        names = read_names(raw("names").read(lines))
        self._names(raw("names").read(lines), names.surname, names.given_names)
        if names.noise_field is not None:
            self.add(names.noise_field, r.FILLER_NOISE_IN_NAME, FILLER, names.noise)
        if names.extra_separator:
            self.add("given_names", r.SECOND_NAME_SEPARATOR, "one '<<' in the name", names.given_names)
        if names.truncated:
            field = "given_names" if names.given_names else "surname"
            value = names.given_names or names.surname
            self.add(field, r.TRUNCATED, None, value, severity="info")
        number = _document_number(self.layout, lines)
        nationality = self._country("nationality", raw("nationality").read(lines))
        birth = self._date("birth_date", birth_date)
        sex = self._sex(raw("sex").read(lines))
        expiry = self._date("expiry_date", expiry_date)
        self._check_digits(number)
        optional_2 = raw("optional_data_2").read(lines) if self.layout.has("optional_data_2") else None
        return r.MrzFields(
            document_code=document_code,
            issuing_state=issuing_state,
            surname=names.surname,
            given_names=names.given_names,
            document_number=number.number.strip(FILLER),
            nationality=nationality,
            birth_date=birth,
            sex=sex,
            expiry_date=expiry,
            optional_data=number.optional_data.strip(FILLER),
            optional_data_2=None if optional_2 is None else optional_2.strip(FILLER),
        )

    def _read_french_id(self) -> r.MrzFields:
        """The French national identity card: surname on line 1, given names on line 2 (separated
        by '<<'), no expiry date, no nationality field."""
        raw = self.layout.span
        lines = self.lines
        document_code = raw("document_code").read(lines)
        if document_code != "ID":
            self.add("document_code", r.UNKNOWN_DOCUMENT_CODE, "ID", document_code)
        issuing_state = raw("issuing_state").read(lines)
        if issuing_state != "FRA":
            self.add("issuing_state", r.UNKNOWN_COUNTRY_CODE, "FRA", issuing_state)
        surname = self._french_name("surname", raw("surname").read(lines))
        given_names = self._french_name("given_names", raw("given_names").read(lines))
        number = _DocumentNumber(
            raw("document_number").read(lines), raw("document_number_check").read(lines), ""
        )
        birth = self._date("birth_date", birth_date)
        sex = self._sex(raw("sex").read(lines))
        self._check_digits(number)
        return r.MrzFields(
            document_code=document_code.rstrip(FILLER),
            issuing_state=issuing_state.rstrip(FILLER),
            surname=surname,
            given_names=given_names,
            document_number=number.number.strip(FILLER),
            nationality="FRA",
            birth_date=birth,
            sex=sex,
            expiry_date=None,
            optional_data=raw("optional_data").read(lines).strip(FILLER),
            optional_data_2=None,
        )

    def _french_name(self, field: str, raw: str) -> str:
        """One name field of the French card: parts joined by spaces, with the noise rules of ICAO
        names ('<<' is a plain separator here: it parts the given names)."""
        reading = read_names(raw)
        if reading.noise:
            self.add(field, r.FILLER_NOISE_IN_NAME, FILLER, reading.noise)
        if reading.truncated:
            self.add(field, r.TRUNCATED, None, raw, severity="info")
        value = " ".join(part for part in (reading.surname, reading.given_names) if part)
        if any(char.isdigit() for char in value):
            self.add(field, r.DIGIT_IN_NAME, "A-Z or <", value, candidates=digit_fixes(value))
        return value

    def _field_name(self, line: int, index: int) -> str:
        span = self.layout.field_at(line, index)
        assert span is not None
        if span.name == "names":
            before = self.lines[line][span.start : index].lstrip(FILLER)
            return "given_names" if FILLER * 2 in before else "surname"
        return span.name.removesuffix("_check")

    def _invalid_characters(self) -> None:
        for line_index, line in enumerate(self.lines):
            for index, char in enumerate(line):
                if char not in MRZ_ALPHABET:
                    field = self._field_name(line_index, index)
                    self.add(field, r.INVALID_CHARACTER, "A-Z, 0-9 or <", char)

    def _document_code(self, raw: str) -> str:
        first, second = raw[0], raw[1]
        if first not in self.layout.document_codes or not (second == FILLER or "A" <= second <= "Z"):
            expected = "/".join(sorted(self.layout.document_codes)) + " then A-Z or <"
            self.add("document_code", r.UNKNOWN_DOCUMENT_CODE, expected, raw)
        return raw.rstrip(FILLER)

    def _country(self, field: str, raw: str) -> str:
        code = raw.rstrip(FILLER)
        if any(char.isdigit() for char in raw):
            fixes = tuple(fix for fix in digit_fixes(code) if is_known_country(fix))
            self.add(field, r.DIGIT_IN_COUNTRY_CODE, "A-Z or <", raw, candidates=fixes)
            return code
        status = country_status(code) if _COUNTRY_SHAPE.fullmatch(raw) else "unknown"
        if status == "unknown" or (status == "unspecified" and field == "issuing_state"):
            self.add(field, r.UNKNOWN_COUNTRY_CODE, None, raw)
        elif status == "specimen":
            self.add(field, r.SPECIMEN_COUNTRY_CODE, None, code, severity="warning")
        elif status == "unspecified":
            self.add(field, r.UNSPECIFIED_COUNTRY_CODE, None, raw, severity="warning")
        return code

    def _names(self, raw: str, surname: str, given_names: str) -> None:
        if not any(char.isdigit() for char in raw):
            return
        for field, value in (("surname", surname), ("given_names", given_names)):
            if any(char.isdigit() for char in value):
                self.add(field, r.DIGIT_IN_NAME, "A-Z or <", value, candidates=digit_fixes(value))

    def _date(
        self, field: str, century: Callable[[str, datetime.date], datetime.date]
    ) -> datetime.date | None:
        raw = self.layout.span(field).read(self.lines)
        if raw == UNKNOWN_DATE:
            return None
        if raw.isdigit():
            try:
                return century(raw, self.today)
            except ValueError:
                self.add(field, r.INVALID_DATE, "YYMMDD", raw)
                return None
        if any("A" <= char <= "Z" for char in raw):
            found_check = self.layout.span(field + "_check").read(self.lines)
            fixes = check_digit_fixes(raw, found_check, digits_only=True) or letter_fixes(raw)
            self.add(field, r.LETTER_IN_DIGIT_FIELD, "YYMMDD", raw, candidates=fixes)
        else:
            self.add(field, r.INVALID_DATE, "YYMMDD", raw)
        return None

    def _sex(self, raw: str) -> str:
        if raw in ("M", "F"):
            return raw
        if raw == FILLER:
            return "X"
        if raw == "X":
            # Doc 9303 prints '<' for unspecified in the MRZ, but several states print 'X' (as in the
            # visual zone): the officer is told, the document is not rejected for it.
            self.add("sex", r.INVALID_SEX, "M, F or <", raw, severity="warning")
            return "X"
        self.add("sex", r.INVALID_SEX, "M, F or <", raw)
        return raw

    def _check_digits(self, number: _DocumentNumber) -> None:
        for spec in self.layout.checks:
            if spec.name == "document_number":
                data, found = number.number, number.found_check
            else:
                data, found = spec.data(self.lines), self.lines[spec.line][spec.index]
            outcome = _check_outcome(spec, data, found)
            if (
                spec.name == "document_number"
                and not outcome.ok
                and number.with_filler is not None
                and check_digit_or_none([number.with_filler]) == found
            ):
                # Belgian and Portuguese cards weigh the filler before the overflow too: accepted,
                # and said, since the ICAO reading leaves the filler out
                outcome = r.CheckOutcome(ok=True, expected=found, found=found)
                self.add(
                    "document_number",
                    r.CHECK_DIGIT_OVER_FILLER,
                    number.with_filler,
                    found,
                    severity="warning",
                )
            self.checks[spec.name] = outcome
            if outcome.ok:
                continue
            candidates: tuple[str, ...] = ()
            if spec.name != "composite" and outcome.expected is not None:
                is_date = spec.name.endswith("_date")
                fixes = check_digit_fixes(data, found, digits_only=is_date)
                candidates = tuple(dict.fromkeys(fix if is_date else fix.strip(FILLER) for fix in fixes))
            self.add(spec.name, r.CHECK_DIGIT, outcome.expected, found, candidates=candidates)


def check_mrz(lines: Sequence[str], today: datetime.date | None = None) -> r.MrzResult:
    """Parse and validate an MRZ of any ICAO layout; ``today`` (default: the system date) fixes
    the century of the dates and whether the document has expired."""
    today = today or datetime.date.today()
    normalised = normalise(lines)
    document_type = detect_type(normalised)
    if document_type is None:
        if len(normalised) in (2, 3):
            finding = r.Finding("lines", r.UNKNOWN_LAYOUT, "2x36, 2x44 or 3x30", _shape(normalised))
        else:
            finding = r.Finding("lines", r.LINE_COUNT, "2 or 3", str(len(normalised)))
        return r.MrzResult(False, None, normalised, None, {}, (finding,), None)
    layout = LAYOUTS[document_type]
    length_findings = tuple(
        r.Finding(f"line {index + 1}", r.LINE_LENGTH, str(layout.line_length), str(len(line)))
        for index, line in enumerate(normalised)
        if len(line) != layout.line_length
    )
    if length_findings:
        return r.MrzResult(False, document_type, normalised, None, {}, length_findings, None)
    result = _read_as(layout, normalised, today)
    if document_type == "FRA-ID" and not result.valid:
        # the candidate layouts of an 'IDFRA' 2 x 36 MRZ: the one whose check digits agree
        as_td2 = _read_as(LAYOUTS["TD2"], normalised, today)
        if as_td2.valid:
            return as_td2
    return result


def _read_as(layout: Layout, lines: tuple[str, ...], today: datetime.date) -> r.MrzResult:
    reader = _Reader(layout, lines, today)
    fields = reader.read()
    valid = all(outcome.ok for outcome in reader.checks.values()) and not any(
        finding.severity == "error" for finding in reader.findings
    )
    expired = None if fields.expiry_date is None else fields.expiry_date < today
    return r.MrzResult(valid, layout.type, lines, fields, reader.checks, tuple(reader.findings), expired)


def _shape(lines: tuple[str, ...]) -> str:
    return "x".join(str(len(line)) for line in lines)
