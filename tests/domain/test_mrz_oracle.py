"""Cross-check of check-digit verdicts against the independent ``mrz`` package (PyPI, tests only).

3000 seeded random documents across the five layouts, half of them with one corrupted character
(a check digit changed to another digit, or any protected or covered character changed): our
"all check digits agree" verdict must equal the oracle's. Long document numbers are left out (the
oracle does not know that form).
"""

from __future__ import annotations

import datetime
import random
import string

import pytest

from midas_desktop.domain.mrz import (
    LAYOUTS,
    check_mrz,
    compose_mrva,
    compose_mrvb,
    compose_td1,
    compose_td2,
    compose_td3,
)

oracle_td1 = pytest.importorskip("mrz.checker.td1")
oracle_td2 = pytest.importorskip("mrz.checker.td2")
oracle_td3 = pytest.importorskip("mrz.checker.td3")
oracle_mrva = pytest.importorskip("mrz.checker.mrva")
oracle_mrvb = pytest.importorskip("mrz.checker.mrvb")

TODAY = datetime.date(2024, 6, 1)
ORACLES = {
    "TD1": oracle_td1.TD1CodeChecker,
    "TD2": oracle_td2.TD2CodeChecker,
    "TD3": oracle_td3.TD3CodeChecker,
    "MRVA": oracle_mrva.MRVACodeChecker,
    "MRVB": oracle_mrvb.MRVBCodeChecker,
}
COMPOSERS = {
    "TD1": compose_td1,
    "TD2": compose_td2,
    "TD3": compose_td3,
    "MRVA": compose_mrva,
    "MRVB": compose_mrvb,
}
CODES = {"TD1": "I", "TD2": "A", "TD3": "P", "MRVA": "V", "MRVB": "V"}
OPTIONAL_LENGTH = {"TD1": 15, "TD2": 7, "TD3": 14, "MRVA": 16, "MRVB": 8}
ALNUM = string.ascii_uppercase + string.digits
ALPHABET = ALNUM + "<"


def _oracle_checks_ok(type_: str, lines: list[str]) -> bool:
    checker = ORACLES[type_]("\n".join(lines))
    return all(ok for description, ok in checker.report.fields if "hash" in description)


def _random_date(rng: random.Random) -> datetime.date | None:
    if rng.random() < 0.05:
        return None
    return datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 70))


def _random_document(rng: random.Random, type_: str) -> list[str]:
    def text(low: int, high: int) -> str:
        return "".join(rng.choice(ALNUM) for _ in range(rng.randint(low, high)))

    lines = COMPOSERS[type_](
        CODES[type_], "UTO", text(2, 10).translate(str.maketrans("", "", string.digits)) or "X",
        "ANNA", text(1, 9), "UTO", _random_date(rng), rng.choice("MFX"), _random_date(rng),
        text(0, OPTIONAL_LENGTH[type_]), text(0, 11) if type_ == "TD1" else "",
    )  # fmt: skip
    return list(lines)


def _corrupt(rng: random.Random, type_: str, lines: list[str]) -> list[str]:
    layout = LAYOUTS[type_]
    if rng.random() < 0.5:
        spec = rng.choice(layout.checks)
        line, index = spec.line, spec.index
        new = rng.choice([digit for digit in string.digits if digit != lines[line][index]])
    else:
        spans = [span for span in layout.fields if span.name not in ("names", "document_code", "sex")]
        span = rng.choice([span for span in spans if span.kind != "check"])
        line, index = span.line, rng.randrange(span.start, span.end)
        new = rng.choice(ALPHABET)
    corrupted = list(lines)
    corrupted[line] = corrupted[line][:index] + new + corrupted[line][index + 1 :]
    return corrupted


def test_check_digit_verdicts_agree_with_the_mrz_package() -> None:
    rng = random.Random(9303)
    disagreements = []
    invalid_seen = 0
    for number in range(3000):
        type_ = sorted(COMPOSERS)[number % 5]
        lines = _random_document(rng, type_)
        if number % 2:
            lines = _corrupt(rng, type_, lines)
        ours = all(outcome.ok for outcome in check_mrz(lines, today=TODAY).checks.values())
        invalid_seen += not ours
        if ours != _oracle_checks_ok(type_, lines):
            disagreements.append((type_, lines, ours))
    assert not disagreements, disagreements[:5]
    assert invalid_seen > 1000
