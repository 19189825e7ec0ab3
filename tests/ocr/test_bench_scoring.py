"""How ``scripts/bench_mrz.py`` scores a reading: what counts as a false accept and what as a document
to verify by eye. A document read exactly and reported invalid for what it prints is a right verdict;
only a genuine document (one an exact reading would report valid) can be one to verify."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest
from project_scripts import load_script

from midas_desktop.domain.mrz.parse import check_mrz

GENUINE = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
]
# Printed as a Croatian specimen prints them: check digits right, dates 000000 (no such month).
IMPOSSIBLE_DATES = [
    "IOHRV000000000000000000000<<<<",
    "0000000M0000000HRV<<<<<<<<<<<0",
    "UZORAK<<SPECIMEN<<<<<<<<<<<<<<",
]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_script("bench_mrz")


def score(
    bench: ModuleType, truth: list[str], read: list[str] | None, valid: bool, printed_ok: bool = True
) -> Any:
    item = bench.Item("real", "image.png", {"lines": truth, "check_digits_ok": printed_ok}, 0)
    [outcome] = bench.run(lambda _path: (read, valid), [item])
    return outcome


def test_the_truths_are_what_the_cases_say() -> None:
    assert check_mrz(GENUINE).valid
    assert not check_mrz(IMPOSSIBLE_DATES).valid


def test_a_genuine_document_not_reported_valid_is_one_to_verify(bench: ModuleType) -> None:
    unsure = score(bench, GENUINE, GENUINE, valid=False)
    assert (unsure.genuine, unsure.verify_by_eye, unsure.false_accept) == (True, True, False)
    sure = score(bench, GENUINE, GENUINE, valid=True)
    assert (sure.verify_by_eye, sure.false_accept) == (False, False)


def test_a_document_invalid_for_what_it_prints_is_not_one_to_verify(bench: ModuleType) -> None:
    rightly_invalid = score(bench, IMPOSSIBLE_DATES, IMPOSSIBLE_DATES, valid=False)
    assert (rightly_invalid.genuine, rightly_invalid.verify_by_eye, rightly_invalid.exact) == (
        False,
        False,
        True,
    )
    # Reported valid, even read exactly, it is a false accept.
    assert score(bench, IMPOSSIBLE_DATES, IMPOSSIBLE_DATES, valid=True).false_accept


def test_failing_printed_check_digits_make_no_genuine_document(bench: ModuleType) -> None:
    outcome = score(bench, GENUINE, GENUINE, valid=False, printed_ok=False)
    assert (outcome.genuine, outcome.verify_by_eye) == (False, False)
    assert score(bench, GENUINE, GENUINE, valid=True, printed_ok=False).false_accept
