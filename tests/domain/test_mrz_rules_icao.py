"""ICAO 9303 rules that other MRZ libraries' test suites brought up: one '<<' in the name field, the
long-document-number rule (and the Belgian/Portuguese check digit over the filler), the specimen
country codes, and the French national identity card as a layout of its own. Each table runs on TD1
and TD2 (and TD3 where the rule applies to it too)."""

from __future__ import annotations

import datetime

import pytest

from midas_desktop.domain.mrz import (
    LAYOUTS,
    PROBLEMS,
    check_digit,
    check_mrz,
    compose_french_id,
    compose_mrz,
    detect_type,
)

TODAY = datetime.date(2025, 6, 1)
ICAO_TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def problems(lines: list[str] | tuple[str, ...]) -> dict[tuple[str, str], str]:
    """(field, problem) -> severity of every finding."""
    return {(f.field, f.problem): f.severity for f in check_mrz(lines, today=TODAY).findings}


def compose(type_: str, surname: str = "ERIKSSON", given: str = "ANNA MARIA", number: str = "D23145890",
            issuing: str = "FRA", optional: str = "") -> tuple[str, ...]:
    return compose_mrz(type_, "P<" if type_ == "TD3" else "I<", issuing, surname, given, number, issuing,
                       datetime.date(1974, 8, 12), "F", datetime.date(2031, 4, 15), optional)


def with_name_field(lines: tuple[str, ...], type_: str, field: str) -> list[str]:
    """``lines`` with the name field replaced (and the composite check unchanged: names are not in it)."""
    span = LAYOUTS[type_].span("names")
    out = list(lines)
    width = span.end - span.start
    out[span.line] = out[span.line][: span.start] + field.ljust(width, "<")[:width]
    return out


# --- the name field: only one '<<' ---------------------------------------------------------------

NAME_CASES = [
    ("ERIKSSON<<ANNA<MARIA", True, None),
    ("ERIKSSON<<ANNA<<MARIA", False, "second name separator"),
    ("ERIKSSON<<ANNA<MARIA<<LISA", False, "second name separator"),
    ("<<ANNA<<MARIA", False, "second name separator"),  # no primary identifier, then two '<<'
    ("ERIKSSON", True, None),  # no secondary identifier at all
    ("<<ANNA", True, None),
    ("VAN<DER<BERG<<JAN", True, None),
]


@pytest.mark.parametrize("type_", ["TD1", "TD2", "TD3"])
@pytest.mark.parametrize(("field", "valid", "problem"), NAME_CASES)
def test_only_one_name_separator(type_: str, field: str, valid: bool, problem: str | None) -> None:
    lines = with_name_field(compose(type_, issuing="FRA"), type_, field)
    result = check_mrz(lines, today=TODAY)
    assert result.valid is valid, result.findings
    if problem is not None:
        assert problems(lines)[("given_names", problem)] == "error"


def test_the_icao_example_with_a_second_separator_is_not_valid() -> None:
    # 'ANNA<MARIA' -> 'ANNA<<MARIA': the given names would read "ANNA MARIA" all the same
    lines = [ICAO_TD3[0].replace("ANNA<MARIA<", "ANNA<<MARIA"), ICAO_TD3[1]]
    assert check_mrz(lines, today=TODAY).fields.given_names == "ANNA MARIA"  # type: ignore[union-attr]
    assert len(lines[0]) == 44
    result = check_mrz(lines, today=TODAY)
    assert not result.valid
    assert ("given_names", "second name separator") in problems(lines)


# --- long document numbers: the filler means the number goes on, then its check digit ------------

def long_number_lines(type_: str, head: str, overflow: str) -> list[str]:
    """A TD1/TD2 MRZ whose document number field holds ``head`` (9), the check position '<', and
    whose optional data opens with ``overflow`` then a filler; composite check recomputed."""
    lines = list(compose(type_, number="D23145890"))
    layout = LAYOUTS[type_]
    number = layout.span("document_number")
    optional = layout.span("optional_data")
    row = list(lines[number.line])
    row[number.start : number.end] = head
    row[number.end] = "<"
    body = (overflow + "<").ljust(optional.end - optional.start, "<")
    row[optional.start : optional.end] = body
    lines[number.line] = "".join(row)
    composite = layout.check("composite")
    assert composite is not None
    row = list(lines[composite.line])
    row[composite.index] = check_digit(composite.data(lines))
    lines[composite.line] = "".join(row)
    return lines


@pytest.mark.parametrize("type_", ["TD1", "TD2"])
@pytest.mark.parametrize(
    ("overflow_body", "convention", "valid", "problem", "severity"),
    [
        # (characters after the first 9, whose check digit follows; which check digit is printed)
        ("601", "icao", True, None, None),
        ("601", "over filler", True, "check digit over filler", "warning"),
        ("601", "wrong", False, "check digit", "error"),
        ("ZZ7", "icao", True, None, None),
        ("ZZ7", "over filler", True, "check digit over filler", "warning"),
        ("4", "icao", True, None, None),  # a 10-character number: one more character, then the check
    ],
)
def test_long_number_rule(type_: str, overflow_body: str, convention: str, valid: bool,
                          problem: str | None, severity: str | None) -> None:
    head = "000024759"
    icao = check_digit(head + overflow_body)
    over_filler = check_digit(head + "<" + overflow_body)
    assert convention != "over filler" or icao != over_filler  # the case tells the two apart
    digit = {"icao": icao, "over filler": over_filler,
             "wrong": next(d for d in "0123456789" if d not in (icao, over_filler))}[convention]
    lines = long_number_lines(type_, head, overflow_body + digit)
    result = check_mrz(lines, today=TODAY)
    assert result.valid is valid, result.findings
    assert result.fields is not None and result.fields.document_number == head + overflow_body
    found = problems(lines)
    if problem is None:
        assert not any(field == "document_number" for field, _ in found)
    else:
        assert found[("document_number", problem)] == severity


@pytest.mark.parametrize("type_", ["TD1", "TD2"])
@pytest.mark.parametrize("single", ["7", "A", "0"])
def test_a_filler_then_one_character_is_not_a_check_digit(type_: str, single: str) -> None:
    # 'D23145890<7<<<': the filler says the number goes on; '7' continues it and no check digit follows
    lines = long_number_lines(type_, "D23145890", single)
    result = check_mrz(lines, today=TODAY)
    assert not result.valid
    assert result.checks["document_number"].ok is False
    assert result.checks["document_number"].found == "<"
    assert result.fields is not None and result.fields.document_number == "D23145890" + single


def test_belgian_specimen_number_is_accepted_with_a_warning() -> None:
    lines = long_number_lines("TD1", "000590240", "6013")
    result = check_mrz(lines, today=TODAY)
    assert result.valid, result.findings
    assert result.fields is not None and result.fields.document_number == "000590240601"
    finding = next(f for f in result.findings if f.field == "document_number")
    assert (finding.problem, finding.severity) == ("check digit over filler", "warning")
    assert finding.problem in PROBLEMS


def test_portuguese_card_number_is_accepted_with_a_warning() -> None:
    lines = long_number_lines("TD1", "000024759", "ZZ72")
    result = check_mrz(lines, today=TODAY)
    assert result.valid, result.findings
    assert result.fields is not None and result.fields.document_number == "000024759ZZ7"
    assert problems(lines)[("document_number", "check digit over filler")] == "warning"


@pytest.mark.parametrize("type_", ["TD1", "TD2"])
def test_composed_long_numbers_need_no_warning(type_: str) -> None:
    lines = compose(type_, number="ABC1234567890")
    result = check_mrz(lines, today=TODAY)
    assert result.valid and result.fields is not None
    assert result.fields.document_number == "ABC1234567890"
    assert not any(f.field == "document_number" for f in result.findings)


# --- specimen country codes ---------------------------------------------------------------------

@pytest.mark.parametrize("type_", ["TD1", "TD2", "TD3"])
@pytest.mark.parametrize("code", ["BDR", "COU"])
def test_specimen_codes_are_valid_with_a_warning(type_: str, code: str) -> None:
    lines = compose(type_, issuing=code)
    result = check_mrz(lines, today=TODAY)
    assert result.valid, result.findings
    found = problems(lines)
    assert found[("issuing_state", "specimen country code")] == "warning"
    assert found[("nationality", "specimen country code")] == "warning"


@pytest.mark.parametrize("type_", ["TD1", "TD2", "TD3"])
def test_uto_is_valid_with_no_finding(type_: str) -> None:
    """UTO, the ICAO specimen state, is accepted with no warning unlike BDR and COU: the command-line
    contract's example result object is the ICAO UTO passport with ``"findings": []``, and where an
    issue and that page differ, the page wins."""
    lines = compose(type_, issuing="UTO")
    result = check_mrz(lines, today=TODAY)
    assert result.valid and result.findings == (), result.findings
    assert check_mrz(ICAO_TD3, today=TODAY).findings == ()


@pytest.mark.parametrize("type_", ["TD1", "TD2", "TD3"])
def test_real_codes_carry_no_specimen_warning(type_: str) -> None:
    assert not any("specimen" in problem for _, problem in problems(compose(type_, issuing="FRA")))


# --- the French national identity card ----------------------------------------------------------

FRENCH = compose_french_id("Dupont", "Jean Marie", "880692310285", datetime.date(1965, 4, 2), "M", "692043")


def test_french_identity_card_is_its_own_type() -> None:
    assert FRENCH[0] == "IDFRADUPONT<<<<<<<<<<<<<<<<<<<692043"
    assert FRENCH[1][:35] == "8806923102858JEAN<<MARIE<<<6504027M"
    assert detect_type(FRENCH) == "FRA-ID"
    result = check_mrz(FRENCH, today=TODAY)
    assert result.valid and result.type == "FRA-ID", result.findings
    fields = result.fields
    assert fields is not None
    assert (fields.surname, fields.given_names) == ("DUPONT", "JEAN MARIE")
    assert fields.document_number == "880692310285"
    assert (fields.nationality, fields.birth_date, fields.sex) == ("FRA", datetime.date(1965, 4, 2), "M")
    assert fields.expiry_date is None and result.expired is None
    assert set(result.checks) == {"document_number", "birth_date", "composite"}


@pytest.mark.parametrize(("line", "index", "check"), [(1, 12, "document_number"), (1, 33, "birth_date"),
                                                       (1, 35, "composite")])
def test_french_identity_card_check_digits(line: int, index: int, check: str) -> None:
    lines = list(FRENCH)
    digit = lines[line][index]
    lines[line] = lines[line][:index] + str((int(digit) + 1) % 10) + lines[line][index + 1 :]
    result = check_mrz(lines, today=TODAY)
    assert not result.valid and result.type == "FRA-ID"
    assert result.checks[check].ok is False


def test_french_composite_covers_the_surname() -> None:
    lines = [FRENCH[0].replace("DUPONT", "DUPONS"), FRENCH[1]]
    result = check_mrz(lines, today=TODAY)
    assert not result.valid and result.checks["composite"].ok is False


def test_a_true_td2_opening_idfra_stays_td2() -> None:
    lines = compose("TD2", surname="MARTIN", given="LEA", issuing="FRA")
    lines = ("ID" + lines[0][2:], lines[1])
    result = check_mrz(lines, today=TODAY)
    assert result.valid and result.type == "TD2", result.findings


def test_french_card_read_as_td2_is_not_valid_either_way() -> None:
    # the composite digit of the French card is not a TD2's: the old reading as a bad TD2 is gone
    assert check_mrz(FRENCH, today=TODAY).type == "FRA-ID"
    broken = [FRENCH[0], FRENCH[1][:20] + "9" + FRENCH[1][21:]]
    assert not check_mrz(broken, today=TODAY).valid
