"""Building an MRZ from field values, every check digit computed (for tests, printing and demos).

All ``compose_*`` functions take the same arguments; ``optional_data_2`` exists only on TD1 and must
be empty for the others. Names are transliterated to A-Z and cut at the end of the name field.
A document number longer than 9 characters uses the long-number form of TD1/TD2: positions 6-14
hold its first 9 characters, the check digit position holds '<', and the rest of the number, its
check digit and a '<' open the optional data.
"""

from __future__ import annotations

import datetime
from functools import partial

from .checkdigit import FILLER, MRZ_ALPHABET, check_digit
from .dates import format_date
from .layouts import LAYOUTS, Layout
from .names import name_field, transliterate

_NUMBER_LENGTH = 9


def _padded(value: str, length: int, what: str) -> str:
    """``value`` upper-cased and filled with '<' to ``length``; ValueError if it cannot fit."""
    value = value.upper().replace(" ", FILLER)
    if len(value) > length:
        raise ValueError(f"{what} {value!r} is longer than {length} characters")
    if not set(value) <= MRZ_ALPHABET:
        raise ValueError(f"{what} {value!r} holds characters outside A-Z, 0-9 and <")
    return value.ljust(length, FILLER)


def _sex(sex: str) -> str:
    if sex in ("M", "F"):
        return sex
    if sex in ("X", FILLER):
        return FILLER
    raise ValueError(f"sex must be M, F or X, not {sex!r}")


def _date(day: datetime.date | None) -> str:
    raw = format_date(day)
    return raw + check_digit(raw)


def _number_and_optional(layout: Layout, number: str, optional_data: str) -> tuple[str, str]:
    """(document number with its check digit, optional data), in the long form when needed."""
    optional_length = layout.span("optional_data").end - layout.span("optional_data").start
    number = number.upper()
    if len(number) <= _NUMBER_LENGTH:
        padded = _padded(number, _NUMBER_LENGTH, "document number")
        return padded + check_digit(padded), _padded(optional_data, optional_length, "optional data")
    if layout.long_number_field is None:
        raise ValueError(f"a {layout.type} document number has at most 9 characters, not {number!r}")
    if FILLER in number:
        raise ValueError(f"a long document number cannot hold fillers: {number!r}")
    overflow = number[_NUMBER_LENGTH:] + check_digit(number)
    if optional_data:
        overflow += FILLER + optional_data.upper()
    head = _padded(number[:_NUMBER_LENGTH], _NUMBER_LENGTH, "document number")
    return head + FILLER, _padded(overflow, optional_length, "document number overflow and optional data")


def _fill_check_digits(layout: Layout, lines: list[str]) -> tuple[str, ...]:
    """Replace the '?' placeholders of composite and optional-data check digits."""
    for spec in layout.checks:
        if lines[spec.line][spec.index] == "?":
            line = lines[spec.line]
            digit = check_digit(spec.data(lines))
            lines[spec.line] = line[: spec.index] + digit + line[spec.index + 1 :]
    return tuple(lines)


def _line1_with_names(
    layout: Layout, document_code: str, issuing_state: str, surname: str, given_names: str
) -> str:
    return (
        _padded(document_code, 2, "document code")
        + _padded(issuing_state, 3, "issuing state")
        + name_field(surname, given_names, layout.name_field_length)
    )


def _compose_two_lines(
    type_: str,
    document_code: str,
    issuing_state: str,
    surname: str,
    given_names: str,
    document_number: str,
    nationality: str,
    birth_date: datetime.date | None,
    sex: str,
    expiry_date: datetime.date | None,
    optional_data: str,
    optional_data_2: str,
) -> tuple[str, ...]:
    layout = LAYOUTS[type_]
    if optional_data_2:
        raise ValueError(f"{type_} has no second optional data field")
    number, optional = _number_and_optional(layout, document_number, optional_data)
    line2 = (
        number
        + _padded(nationality, 3, "nationality")
        + _date(birth_date)
        + _sex(sex)
        + _date(expiry_date)
        + optional
        + "?" * (layout.line_length - 28 - len(optional))
    )
    line1 = _line1_with_names(layout, document_code, issuing_state, surname, given_names)
    return _fill_check_digits(layout, [line1, line2])


def _compose_td1(
    document_code: str,
    issuing_state: str,
    surname: str,
    given_names: str,
    document_number: str,
    nationality: str,
    birth_date: datetime.date | None,
    sex: str,
    expiry_date: datetime.date | None,
    optional_data: str,
    optional_data_2: str,
) -> tuple[str, ...]:
    layout = LAYOUTS["TD1"]
    number, optional = _number_and_optional(layout, document_number, optional_data)
    line1 = _padded(document_code, 2, "document code") + _padded(issuing_state, 3, "issuing state")
    line1 += number + optional
    line2 = (
        _date(birth_date)
        + _sex(sex)
        + _date(expiry_date)
        + _padded(nationality, 3, "nationality")
        + _padded(optional_data_2, 11, "optional data 2")
        + "?"
    )
    line3 = name_field(surname, given_names, layout.name_field_length)
    return _fill_check_digits(layout, [line1, line2, line3])


def compose_mrz(
    document_type: str,
    document_code: str,
    issuing_state: str,
    surname: str,
    given_names: str,
    document_number: str,
    nationality: str,
    birth_date: datetime.date | None,
    sex: str,
    expiry_date: datetime.date | None,
    optional_data: str = "",
    optional_data_2: str = "",
) -> tuple[str, ...]:
    """The MRZ lines of a ``document_type`` (TD1, TD2, TD3, MRVA, MRVB) document.

    TD3 with an empty personal number gets check digit '0'; MRV types have no composite check digit.
    """
    if document_type not in LAYOUTS or document_type == "FRA-ID":
        raise ValueError(f"unknown document type {document_type!r} (the French card: compose_french_id)")
    build = _compose_td1 if document_type == "TD1" else partial(_compose_two_lines, document_type)
    return build(
        document_code, issuing_state, surname, given_names, document_number, nationality,
        birth_date, sex, expiry_date, optional_data, optional_data_2,
    )  # fmt: skip


# One builder per layout, with the same keyword arguments as compose_mrz.
compose_td1 = partial(compose_mrz, "TD1")
compose_td2 = partial(compose_mrz, "TD2")
compose_td3 = partial(compose_mrz, "TD3")
compose_mrva = partial(compose_mrz, "MRVA")
compose_mrvb = partial(compose_mrz, "MRVB")


def compose_french_id(
    surname: str,
    given_names: str,
    card_number: str,
    birth_date: datetime.date | None,
    sex: str,
    office: str = "",
) -> tuple[str, ...]:
    """The two lines of a French national identity card (layout ``FRA-ID``): 12-character card
    number, the given names separated by '<<', ``office`` the 6-character issuing office code."""
    layout = LAYOUTS["FRA-ID"]
    given = "<<".join(transliterate(name) for name in given_names.split() if transliterate(name))
    line1 = "IDFRA" + transliterate(surname)[:25].ljust(25, FILLER) + _padded(office, 6, "office")
    number = _padded(card_number, 12, "card number")
    line2 = number + check_digit(number) + given[:14].ljust(14, FILLER) + _date(birth_date) + _sex(sex) + "?"
    return _fill_check_digits(layout, [line1, line2])
