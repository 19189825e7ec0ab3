"""CSV import of watchlist entries: good rows, bad rows with their line numbers, delimiters, BOM."""

from __future__ import annotations

from datetime import date

from midas_desktop.domain.watchlist import parse_watchlist_csv

HEADER = "document_number,issuing_state,surname,given_names,birth_date,reason,source"


def test_good_rows_become_entries() -> None:
    text = f"{HEADER}\nP1234567,GTM,PÉREZ NÚÑEZ,JOSÉ MARÍA,1980-05-01,arrest warrant,national\n"
    parsed = parse_watchlist_csv(text)
    assert parsed.errors == []
    [entry] = parsed.entries
    assert entry.document_number == "P1234567"
    assert entry.issuing_state == "GTM"
    assert entry.surname == "PÉREZ NÚÑEZ"
    assert entry.given_names == "JOSÉ MARÍA"
    assert entry.birth_date == date(1980, 5, 1)
    assert (entry.reason, entry.source) == ("arrest warrant", "national")


def test_document_only_and_person_only_rows_are_accepted() -> None:
    text = (
        f"{HEADER}\nX9876543,SLV,,,,lost,interpol_sltd\n,,DE LA CRUZ,ANA,,court order 12/2024,court_order\n"
    )
    parsed = parse_watchlist_csv(text)
    assert parsed.errors == []
    document_only, person_only = parsed.entries
    assert document_only.surname == "" and document_only.birth_date is None
    assert person_only.document_number is None and person_only.issuing_state is None


def test_bad_rows_are_reported_with_their_line_and_do_not_stop_the_import() -> None:
    text = (
        f"{HEADER}\n"
        "P1,GTM,GARCÍA,JOSÉ,1980-02-30,x,national\n"  # line 2: no such day
        ",,,,1990-01-01,x,national\n"  # line 3: nothing to match on
        "P3,GTM,LÓPEZ,ANA\n"  # line 4: too few fields
        "P4,GUATEMALA,LÓPEZ,ANA,,x,national\n"  # line 5: not an ICAO code
        "P5,HND,REYES,LUIS,05/01/1980,x,national\n"  # line 6: not ISO
        "P6,HND,REYES,LUIS,1980-01-05,x,national\n"  # line 7: good
    )
    parsed = parse_watchlist_csv(text)
    assert [error.line for error in parsed.errors] == [2, 3, 4, 5, 6]
    assert "birth date" in parsed.errors[0].message
    assert "nothing to match" in parsed.errors[1].message
    assert "fields" in parsed.errors[2].message
    assert [entry.document_number for entry in parsed.entries] == ["P6"]


def test_semicolon_delimiter_and_bom_are_accepted() -> None:
    text = "\ufeff" + HEADER.replace(",", ";") + "\nP1;CRI;SOLÍS;MARTA, LA;1975-12-31;x;national\n"
    parsed = parse_watchlist_csv(text)
    assert parsed.errors == []
    assert parsed.entries[0].given_names == "MARTA, LA"  # a comma is data with ';' as the delimiter
    assert parsed.entries[0].issuing_state == "CRI"


def test_missing_header_columns_are_one_error() -> None:
    parsed = parse_watchlist_csv("surname,given_names\nGARCÍA,JOSÉ\n")
    assert parsed.entries == []
    assert parsed.errors[0].line == 1 and "document_number" in parsed.errors[0].message


def test_columns_in_any_order_with_entry_id_and_blank_lines() -> None:
    text = (
        "source,reason,birth_date,given_names,surname,issuing_state,document_number,entry_id\n"
        "\n"
        "national,x,,ANA,CRUZ,,,E-7\n"
    )
    parsed = parse_watchlist_csv(text)
    assert parsed.errors == []
    assert parsed.entries[0].entry_id == "E-7" and parsed.entries[0].surname == "CRUZ"


def test_empty_text_is_an_error_not_a_crash() -> None:
    assert parse_watchlist_csv("").errors[0].line == 1
