"""Field rules: check digit findings and candidates, dates, countries, names, layouts, composing."""

from __future__ import annotations

import datetime

import pytest

from midas_desktop.domain.mrz import (
    LAYOUTS,
    PROBLEMS,
    check_digit,
    check_mrz,
    compose_td1,
    compose_td2,
    compose_td3,
    detect_type,
    split_documents,
)
from midas_desktop.domain.mrz.names import read_names, transliterate

TODAY = datetime.date(2024, 6, 1)
TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
TD1 = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]


def _replace(lines: list[str], line: int, start: int, text: str) -> list[str]:
    copy = list(lines)
    copy[line] = copy[line][:start] + text + copy[line][start + len(text) :]
    return copy


def _refresh(lines: list[str]) -> list[str]:
    """Recompute every check digit of a (standard, not long-number) MRZ after editing its fields."""
    type_ = detect_type(lines)
    assert type_ is not None
    copy = list(lines)
    for spec in LAYOUTS[type_].checks:
        copy = _replace(copy, spec.line, spec.index, check_digit(spec.data(copy)))
    return copy


def _problems(lines: list[str]) -> set[tuple[str, str]]:
    return {(finding.field, finding.problem) for finding in check_mrz(lines, today=TODAY).findings}


def test_check_digit_examples() -> None:
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("<<<<<<<<<<<<<<") == "0"
    assert check_digit("") == "0"
    with pytest.raises(ValueError):
        check_digit("ab")


def test_wrong_check_digit_is_a_finding_with_expected_and_found() -> None:
    result = check_mrz(_replace(TD3, 1, 9, "8"), today=TODAY)
    assert not result.valid
    finding = next(f for f in result.findings if f.field == "document_number")
    assert (finding.problem, finding.expected, finding.found) == ("check digit", "6", "8")
    assert finding.to_dict()["severity"] == "error"
    assert result.checks["document_number"].ok is False
    # The composite covers the document number check digit too.
    assert result.checks["composite"].ok is False


def test_o_for_zero_in_document_number_gives_a_fixing_candidate() -> None:
    misread = _replace(TD3, 1, 5, "O")  # L8989O2C3: the 0 read as the letter O
    result = check_mrz(misread, today=TODAY)
    finding = next(f for f in result.findings if f.field == "document_number")
    assert finding.problem == "check digit"
    assert "L898902C3" in finding.candidates
    assert len(finding.candidates) <= 32


def test_check_digit_read_as_letter_keeps_the_field_as_candidate() -> None:
    result = check_mrz(_replace(TD3, 1, 9, "G"), today=TODAY)  # 6 read as G
    finding = next(f for f in result.findings if f.field == "document_number")
    assert finding.candidates[0] == "L898902C3"


def test_letter_in_date_is_found_and_repaired_by_candidate() -> None:
    result = check_mrz(_replace(TD3, 1, 15, "O"), today=TODAY)  # 74O812
    assert not result.valid
    finding = next(f for f in result.findings if f.problem == "letter in digit field")
    assert (finding.field, finding.found) == ("birth_date", "74O812")
    assert finding.candidates == ("740812",)
    assert result.fields is not None and result.fields.birth_date is None


def test_invalid_date_and_unknown_date() -> None:
    invalid = _refresh(_replace(TD3, 1, 13, "991332"))
    assert ("birth_date", "invalid date") in _problems(invalid)
    assert not check_mrz(invalid, today=TODAY).valid
    unknown = _refresh(_replace(TD3, 1, 13, "<<<<<<"))
    result = check_mrz(unknown, today=TODAY)
    assert result.valid and result.fields is not None and result.fields.birth_date is None
    no_expiry = _refresh(_replace(TD3, 1, 21, "<<<<<<"))
    result = check_mrz(no_expiry, today=TODAY)
    assert result.valid and result.expired is None


@pytest.mark.parametrize(
    ("raw", "today", "expected"),
    [
        ("250101", datetime.date(2024, 6, 1), datetime.date(1925, 1, 1)),
        ("240601", datetime.date(2024, 6, 1), datetime.date(2024, 6, 1)),
        ("240602", datetime.date(2024, 6, 1), datetime.date(1924, 6, 2)),
        ("000229", datetime.date(2024, 6, 1), datetime.date(2000, 2, 29)),
        ("991231", datetime.date(2024, 6, 1), datetime.date(1999, 12, 31)),
    ],
)
def test_birth_century_is_never_in_the_future(
    raw: str, today: datetime.date, expected: datetime.date
) -> None:
    lines = _refresh(_replace(TD3, 1, 13, raw))
    result = check_mrz(lines, today=today)
    assert result.fields is not None and result.fields.birth_date == expected


@pytest.mark.parametrize(
    ("raw", "today", "expected", "expired"),
    [
        ("340101", datetime.date(2024, 6, 1), datetime.date(2034, 1, 1), False),
        ("730101", datetime.date(2024, 6, 1), datetime.date(2073, 1, 1), False),
        ("750101", datetime.date(2024, 6, 1), datetime.date(1975, 1, 1), True),
        ("120415", datetime.date(2024, 6, 1), datetime.date(2012, 4, 15), True),
        ("050101", datetime.date(2096, 1, 1), datetime.date(2105, 1, 1), False),
        ("240601", datetime.date(2024, 6, 1), datetime.date(2024, 6, 1), False),
    ],
)
def test_expiry_century_runs_forward(
    raw: str, today: datetime.date, expected: datetime.date, expired: bool
) -> None:
    lines = _refresh(_replace(TD3, 1, 21, raw))
    result = check_mrz(lines, today=today)
    assert result.fields is not None and result.fields.expiry_date == expected
    assert result.expired is expired
    assert result.valid  # validity never depends on expiry


@pytest.mark.parametrize("code", ["D<<", "GBD", "UNO", "XXA", "EUE", "RKS", "UTO", "FRA", "XXX"])
def test_known_country_codes(code: str) -> None:
    lines = _refresh(_replace(_replace(TD3, 0, 2, code), 1, 10, code))
    result = check_mrz(lines, today=TODAY)
    assert result.valid, result.findings
    assert result.fields is not None and result.fields.nationality == code.rstrip("<")


def test_unknown_and_digit_country_codes_are_invalid() -> None:
    assert ("issuing_state", "unknown country code") in _problems(_replace(TD3, 0, 2, "QQQ"))
    assert ("nationality", "unknown country code") in _problems(_refresh(_replace(TD3, 1, 10, "QQQ")))
    assert ("nationality", "unknown country code") in _problems(_refresh(_replace(TD3, 1, 10, "D<D")))
    result = check_mrz(_refresh(_replace(TD3, 1, 10, "UT0")), today=TODAY)
    finding = next(f for f in result.findings if f.field == "nationality")
    assert finding.problem == "digit in country code" and finding.candidates == ("UTO",)
    assert not result.valid


def test_sex_values() -> None:
    assert check_mrz(_replace(TD3, 1, 20, "<"), today=TODAY).fields.sex == "X"  # type: ignore[union-attr]
    result = check_mrz(_replace(TD3, 1, 20, "Q"), today=TODAY)
    assert not result.valid and ("sex", "invalid sex") in _problems(_replace(TD3, 1, 20, "Q"))
    printed_x = check_mrz(_replace(TD3, 1, 20, "X"), today=TODAY)
    assert printed_x.valid and printed_x.fields is not None and printed_x.fields.sex == "X"
    assert [(f.field, f.severity) for f in printed_x.findings] == [("sex", "warning")]


def test_document_code_rules() -> None:
    assert ("document_code", "unknown document code") in _problems(_replace(TD3, 0, 0, "I"))
    assert ("document_code", "unknown document code") in _problems(_replace(TD1, 0, 0, "I1"))
    assert check_mrz(_replace(TD3, 0, 1, "D"), today=TODAY).valid  # PD: diplomatic passport


def test_wrong_characters_are_invalid_even_when_check_digits_agree() -> None:
    digit_in_name = _replace(TD3, 0, 7, "1")  # ER1KSSON: names are not under any check digit
    result = check_mrz(digit_in_name, today=TODAY)
    assert all(outcome.ok for outcome in result.checks.values())
    finding = next(f for f in result.findings if f.problem == "digit in name")
    assert finding.field == "surname" and finding.candidates == ("ERIKSSON",)
    assert not result.valid
    lower = check_mrz(_replace(TD3, 0, 20, "*"), today=TODAY)
    assert not lower.valid
    assert ("given_names", "invalid character") in {(f.field, f.problem) for f in lower.findings}


@pytest.mark.parametrize(
    "line1",
    [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<KKKK<<<<<<<<<",
        "P<UTOERIKSSON<<ANNA<MARIAKKKKKKKKKKKKKKKKKKK",
        "P<UTOERIKSSON<<ANNA<MARIA<KKKKKKKKKKKKKKKKKK",
        "P<UTOERIKSSON<<ANNA<MARIA<K<K<K<K<<<<<<<<<<<",
        "P<UTOERIKSSON<<ANNA<MARIA<<<K<<<<<<<<<<<<<<<",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<CK",
        "P<UTOERIKSSONKKANNAKMARIAKKKKKKKKKKKKKKKKKKK",
    ],
)
def test_filler_noise_in_name_is_invalid_although_check_digits_agree(line1: str) -> None:
    result = check_mrz([line1, TD3[1]], today=TODAY)
    assert all(outcome.ok for outcome in result.checks.values())
    assert not result.valid
    assert any(f.problem == "filler noise in name" for f in result.findings)


def test_filler_noise_field_and_clean_value() -> None:
    result = check_mrz(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<KKKK<<<<<<<<<", TD3[1]], today=TODAY)
    finding = next(f for f in result.findings if f.problem == "filler noise in name")
    assert (finding.field, finding.found) == ("given_names", "KKKK")
    assert result.fields is not None and result.fields.given_names == "ANNA MARIA"
    surname_noise = read_names("ERIKSSON<<<<KKK<<<<<")
    assert (surname_noise.surname, surname_noise.noise_field) == ("ERIKSSON", "surname")


@pytest.mark.parametrize(
    "names",
    [
        "KOKKONEN<<KIKKA<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "KEKKONEN<<URHO<KALEVA<<<<<<<<<<<<<<<<<<<<<",
        "LEE<<KAREN<K<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
    ],
)
def test_real_names_with_k_are_valid(names: str) -> None:
    line1 = ("P<FIN" + names)[:44].ljust(44, "<")
    result = check_mrz([line1, TD3[1]], today=TODAY)
    assert result.valid, result.findings


def test_name_splitting_and_truncation() -> None:
    assert read_names("ESPANOLA<ESPANOLA<<CARMEN<<<<<").surname == "ESPANOLA ESPANOLA"
    only_given = read_names("<<ANNA<<<<<<")
    assert (only_given.surname, only_given.given_names) == ("", "ANNA")
    single = read_names("SPITERI<MANDY<<<<<<")
    assert (single.surname, single.given_names) == ("SPITERI MANDY", "")
    full = check_mrz([*TD1[:2], "BELSER<<JULIETTE<HENRIKE<SOPHI"], today=TODAY)
    finding = next(f for f in full.findings if f.problem == "truncated")
    assert (finding.field, finding.severity) == ("given_names", "info")
    assert full.valid


def test_transliteration() -> None:
    assert transliterate("Núñez-García") == "NUNEZ<GARCIA"
    assert transliterate("O'Brien") == "O<BRIEN"
    assert transliterate("Strauß  Ærø") == "STRAUSS<AERO"


def test_td1_long_document_number_round_trip() -> None:
    lines = compose_td1(
        "I", "UTO", "Smith", "John", "ABC123456789", "UTO",
        datetime.date(1980, 1, 2), "M", datetime.date(2030, 1, 2), optional_data="XY",
    )  # fmt: skip
    assert lines[0][14] == "<"
    result = check_mrz(lines, today=TODAY)
    assert result.valid, result.findings
    assert result.fields is not None
    assert result.fields.document_number == "ABC123456789"
    assert result.fields.optional_data == "XY"
    assert result.checks["document_number"].found == check_digit("ABC123456789")
    broken = _replace(list(lines), 0, 16, "9" if lines[0][16] != "9" else "8")
    assert ("document_number", "check digit") in _problems(broken)


def test_td2_long_document_number_round_trip() -> None:
    lines = compose_td2("I", "UTO", "Smith", "", "AB12345678901", "UTO", None, "X", datetime.date(2030, 1, 2))
    result = check_mrz(lines, today=TODAY)
    assert result.valid and result.fields is not None
    assert result.fields.document_number == "AB12345678901"
    assert result.fields.sex == "X" and result.fields.birth_date is None


def test_compose_rejects_what_cannot_fit() -> None:
    with pytest.raises(ValueError):
        compose_td3("P", "UTO", "A", "B", "1234567890", "UTO", None, "M", None)
    with pytest.raises(ValueError):
        compose_td3("P", "UTO", "A", "B", "123", "UTO", None, "Q", None)
    with pytest.raises(ValueError):
        compose_td3("P", "UTO", "A", "B", "123", "UTO", None, "M", None, optional_data_2="X")


def test_layout_problems() -> None:
    short = check_mrz([TD3[0], TD3[1][:-1]], today=TODAY)
    assert (short.type, short.valid, short.fields) == ("TD3", False, None)
    assert [(f.field, f.problem, f.expected, f.found) for f in short.findings] == [
        ("line 2", "line length", "44", "43")
    ]
    one_line = check_mrz([TD3[0]], today=TODAY)
    assert one_line.type is None and one_line.findings[0].problem == "line count"
    assert check_mrz(["ABC", "DEF"], today=TODAY).findings[0].problem == "unknown layout"
    assert all(f.problem in PROBLEMS for f in short.findings + one_line.findings)


def test_layouts_cover_every_position_exactly_once() -> None:
    for layout in LAYOUTS.values():
        for line in range(layout.line_count):
            covered = sorted(
                index for span in layout.fields if span.line == line for index in range(span.start, span.end)
            )
            assert covered == list(range(layout.line_length)), (layout.type, line)
        for spec in layout.checks:
            assert layout.field_at(spec.line, spec.index) is not None
            assert layout.field_at(spec.line, spec.index).kind == "check"  # type: ignore[union-attr]


def test_detect_type_and_split_documents() -> None:
    assert detect_type(TD3) == "TD3"
    assert detect_type(TD1) == "TD1"
    assert detect_type(["V" + "<" * 43, "<" * 44]) == "MRVA"
    assert detect_type(["V" + "<" * 35, "<" * 36]) == "MRVB"
    assert detect_type(["I" + "<" * 35, "<" * 36]) == "TD2"
    assert detect_type(["X"]) is None
    text = "\n".join(TD3) + "\n\n  \n" + "\n".join(TD1) + "\n"
    assert split_documents(text) == [TD3, TD1]
    assert split_documents("") == []
