"""Property tests: composed documents of every type validate and round-trip, and any single changed
character in a check-digit-protected field is caught.

Excluded on purpose: a change between characters of the same check weight (value modulo 10, e.g.
'<', '0', 'A', 'K', 'U' or '1', 'B', 'L', 'V'), which no ICAO check digit can see. Where such a change
is a letter in a date, the character-class rules catch it anyway (tested in test_mrz_fields.py).
"""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from midas_desktop.domain.mrz import (
    LAYOUTS,
    check_mrz,
    compose_mrva,
    compose_mrvb,
    compose_td1,
    compose_td2,
    compose_td3,
)
from midas_desktop.domain.mrz.checkdigit import weighs_the_same

TODAY = datetime.date(2024, 6, 1)
COMPOSERS = {
    "TD1": compose_td1,
    "TD2": compose_td2,
    "TD3": compose_td3,
    "MRVA": compose_mrva,
    "MRVB": compose_mrvb,
}
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
OPTIONAL_LENGTH = {"TD1": 15, "TD2": 7, "TD3": 14, "MRVA": 16, "MRVB": 8}
CODES = {"TD1": "IACI", "TD2": "ACI", "TD3": "P", "MRVA": "V", "MRVB": "V"}
COUNTRIES = ["UTO", "D", "FRA", "GBD", "XXA", "EUE", "USA", "RKS"]

# Words that are not filler noise: no 'KKK' patterns, no lone letters (see names.py).
words = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=8).filter(
    lambda word: word.count("K") < 3
)
names = st.lists(words, min_size=1, max_size=3).map(" ".join)
alnum = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=9)
dates = st.one_of(st.none(), st.dates(datetime.date(1930, 1, 1), datetime.date(2024, 6, 1)))
expiries = st.one_of(st.none(), st.dates(datetime.date(1980, 1, 1), datetime.date(2070, 12, 31)))


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    type_ = draw(st.sampled_from(sorted(COMPOSERS)))
    optional = draw(st.text(alphabet=ALPHABET[:-1], max_size=OPTIONAL_LENGTH[type_]))
    fields: dict[str, object] = {
        "document_code": draw(st.sampled_from(CODES[type_])) + draw(st.sampled_from(["", "D", "X"])),
        "issuing_state": draw(st.sampled_from(COUNTRIES)),
        "surname": draw(names),
        "given_names": draw(st.one_of(st.just(""), names)),
        "document_number": draw(alnum),
        "nationality": draw(st.sampled_from(COUNTRIES)),
        "birth_date": draw(dates),
        "sex": draw(st.sampled_from("MFX")),
        "expiry_date": draw(expiries),
        "optional_data": optional,
        "optional_data_2": draw(st.text(alphabet=ALPHABET[:-1], max_size=11)) if type_ == "TD1" else "",
    }
    return type_, fields


def _compose(type_: str, fields: dict[str, object]) -> tuple[str, ...]:
    return COMPOSERS[type_](**fields)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(documents())
def test_composed_documents_are_valid_and_round_trip(document: tuple[str, dict[str, object]]) -> None:
    type_, fields = document
    name_length = LAYOUTS[type_].name_field_length
    surname, given_names = str(fields["surname"]), str(fields["given_names"])
    fits = len(surname) + (2 + len(given_names) if given_names else 0) <= name_length
    lines = _compose(type_, fields)
    result = check_mrz(lines, today=TODAY)
    assert result.valid, (lines, result.findings)
    assert result.type == type_
    parsed = result.fields
    assert parsed is not None
    expected = dict(fields)
    expected["document_code"] = str(fields["document_code"])
    expected["optional_data_2"] = fields["optional_data_2"] if type_ == "TD1" else None
    for name, value in expected.items():
        if name in ("surname", "given_names") and not fits:
            continue
        assert getattr(parsed, name) == value, (name, lines)


def _protected_positions(type_: str) -> list[tuple[int, int]]:
    layout = LAYOUTS[type_]
    names = ["document_number", "birth_date", "expiry_date"]
    if type_ == "TD3":
        names.append("optional_data")
    positions: list[tuple[int, int]] = []
    for name in names:
        for span_name in (name, name + "_check"):
            span = layout.span(span_name)
            positions += [(span.line, index) for index in range(span.start, span.end)]
    if layout.has("composite_check"):
        span = layout.span("composite_check")
        positions.append((span.line, span.start))
    return positions


@settings(max_examples=400, deadline=None)
@given(documents(), st.data())
def test_any_single_change_in_a_protected_field_is_caught(
    document: tuple[str, dict[str, object]], data: st.DataObject
) -> None:
    type_, fields = document
    lines = list(_compose(type_, fields))
    line, index = data.draw(st.sampled_from(_protected_positions(type_)))
    old = lines[line][index]
    new = data.draw(st.sampled_from([char for char in ALPHABET if not weighs_the_same(char, old)]))
    lines[line] = lines[line][:index] + new + lines[line][index + 1 :]
    result = check_mrz(lines, today=TODAY)
    assert not result.valid, (lines, old, new)
    caught = {"check digit", "letter in digit field", "invalid date", "invalid character"}
    assert any(finding.problem in caught for finding in result.findings)
