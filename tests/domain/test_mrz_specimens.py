"""ICAO Doc 9303 specimens and real specimen documents (truth kept outside the repository)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from midas_desktop.domain.mrz import check_mrz

TODAY = datetime.date(2024, 6, 1)
TRUTH = Path(__file__).resolve().parents[2].parent / "shared" / "specimens" / "real" / "truth.jsonl"

TD3_LINES = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
TD1_LINES = [
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
]
TD2_LINES = ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"]
MRVA_LINES = ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"]
MRVB_LINES = ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<"]


def test_td3_specimen_gives_the_contract_json() -> None:
    result = check_mrz(TD3_LINES, today=TODAY)
    assert result.to_dict() == {
        "valid": True,
        "type": "TD3",
        "lines": TD3_LINES,
        "fields": {
            "document_code": "P",
            "issuing_state": "UTO",
            "surname": "ERIKSSON",
            "given_names": "ANNA MARIA",
            "document_number": "L898902C3",
            "nationality": "UTO",
            "birth_date": "1974-08-12",
            "sex": "F",
            "expiry_date": "2012-04-15",
            "optional_data": "ZE184226B",
            "optional_data_2": None,
        },
        "checks": {
            "document_number": {"ok": True, "expected": "6", "found": "6"},
            "birth_date": {"ok": True, "expected": "2", "found": "2"},
            "expiry_date": {"ok": True, "expected": "9", "found": "9"},
            "optional_data": {"ok": True, "expected": "1", "found": "1"},
            "composite": {"ok": True, "expected": "0", "found": "0"},
        },
        "findings": [],
        "expired": True,
    }


def test_td1_specimen() -> None:
    result = check_mrz(TD1_LINES, today=TODAY)
    assert result.valid and result.type == "TD1" and result.fields is not None
    assert result.fields.document_number == "D23145890"
    assert result.fields.optional_data == ""
    assert result.fields.optional_data_2 == ""
    assert result.fields.surname == "ERIKSSON"
    assert result.fields.given_names == "ANNA MARIA"
    assert set(result.checks) == {"document_number", "birth_date", "expiry_date", "composite"}
    assert result.checks["composite"].found == "6"


def test_td2_specimen() -> None:
    result = check_mrz(TD2_LINES, today=TODAY)
    assert result.valid and result.type == "TD2" and result.fields is not None
    assert result.fields.document_number == "D23145890"
    assert result.fields.birth_date == datetime.date(1974, 8, 12)
    assert result.fields.optional_data_2 is None
    assert set(result.checks) == {"document_number", "birth_date", "expiry_date", "composite"}


@pytest.mark.parametrize(("lines", "type_"), [(MRVA_LINES, "MRVA"), (MRVB_LINES, "MRVB")])
def test_visa_specimens_have_no_composite_or_optional_check(lines: list[str], type_: str) -> None:
    result = check_mrz(lines, today=TODAY)
    assert result.valid and result.type == type_ and result.fields is not None
    assert set(result.checks) == {"document_number", "birth_date", "expiry_date"}
    assert result.fields.document_number == "L8988901C"
    assert result.fields.nationality == "XXX"
    assert result.fields.birth_date == datetime.date(1940, 9, 7)
    assert result.fields.sex == "F"
    assert result.fields.expiry_date == datetime.date(1996, 12, 10)
    # MRV-A positions 29-44 are all optional data: the 6 there is data, not a check digit.
    assert result.fields.optional_data == ("6ZE184226B" if type_ == "MRVA" else "")
    assert result.expired is True


def test_lines_are_trimmed_and_upper_cased() -> None:
    result = check_mrz(["  " + TD3_LINES[0].lower() + " \n", TD3_LINES[1] + "\r"], today=TODAY)
    assert result.valid
    assert result.lines == tuple(TD3_LINES)


def _truth_records() -> list[dict[str, object]]:
    if not TRUTH.exists():
        return []
    return [json.loads(line) for line in TRUTH.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.skipif(not TRUTH.exists(), reason="real specimen truth file not available")
def test_real_specimens_parse_with_the_right_type_and_verdict() -> None:
    records = _truth_records()
    assert records
    for record in records:
        lines = record["lines"]
        assert isinstance(lines, list)
        result = check_mrz(lines, today=TODAY)
        assert result.type == record["type"], lines
        assert result.valid == record["check_digits_ok"], (lines, result.findings)
        assert result.fields is not None
    assert sum(1 for record in records if not record["check_digits_ok"]) >= 2
