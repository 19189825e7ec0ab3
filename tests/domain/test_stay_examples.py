"""The six worked examples of /work/shared/stay-rules.md, exactly, through the JSON scenario."""

from __future__ import annotations

import json
from datetime import date

import pytest

from midas_desktop.domain.stay import evaluate_stay, parse_scenario

CA4_RULE = {"kind": "shared_area", "max_days": 90, "area": ["GTM", "SLV", "HND", "NIC"]}

# The literal example of the page (worked example 4), as text.
LITERAL_EXAMPLE = """
{"rule": {"kind": "shared_area", "max_days": 90, "area": ["GTM", "SLV", "HND", "NIC"]},
 "movements": [{"country": "GTM", "entry": "2025-01-01", "exit": "2025-02-15"},
               {"country": "HND", "entry": "2025-02-15", "exit": null}],
 "check_date": "2025-04-05"}
"""


def evaluate_json(scenario: object) -> dict[str, object]:
    parsed = parse_scenario(scenario)
    return evaluate_stay(parsed.rule, parsed.stays, parsed.check_date).to_dict()


def figures(result: dict[str, object]) -> tuple[object, ...]:
    return (result["days_used"], result["days_remaining"], result["overstay_days"], result["latest_exit"])


def test_example_1_per_entry_open_stay() -> None:
    result = evaluate_json(
        {
            "rule": {"kind": "per_entry", "max_days": 90},
            "movements": [{"country": "GTM", "entry": "2025-01-01", "exit": None}],
            "check_date": "2025-02-01",
        }
    )
    assert figures(result) == (32, 58, 0, "2025-03-31")
    assert result["rule"] == "per_entry"


def test_example_2_per_entry_entering_again_starts_a_new_stay() -> None:
    result = evaluate_json(
        {
            "rule": {"kind": "per_entry", "max_days": 90},
            "movements": [{"country": "GTM", "entry": "2025-01-01", "exit": "2025-01-20"}],
            "check_date": "2025-03-01",
        }
    )
    assert figures(result) == (1, 89, 0, "2025-05-29")
    assert result["first_day"] == "2025-03-01"
    assert result["entering"] is True


def test_example_3_rolling_90_in_180() -> None:
    result = evaluate_json(
        {
            "rule": {"kind": "rolling", "max_days": 90, "window_days": 180},
            "movements": [
                {"country": "FRA", "entry": "2024-11-01", "exit": "2024-11-30"},
                {"country": "FRA", "entry": "2025-01-10", "exit": None},
            ],
            "check_date": "2025-01-10",
        }
    )
    assert figures(result) == (31, 59, 0, "2025-03-10")
    assert result["rule"] == "rolling"


def test_example_4_shared_area_literal_input() -> None:
    result = evaluate_json(json.loads(LITERAL_EXAMPLE))
    assert figures(result) == (95, 0, 5, "2025-03-31")
    assert result["rule"] == "shared_area"
    assert result["first_day"] == "2025-01-01"


def test_example_5_shared_area_entry_the_day_after_chains() -> None:
    scenario = {
        "rule": CA4_RULE,
        "movements": [{"country": "GTM", "entry": "2025-01-01", "exit": "2025-03-01"}],
        "check_date": "2025-03-02",
    }
    parsed = parse_scenario(scenario)
    result = evaluate_stay(parsed.rule, parsed.stays, parsed.check_date, country="SLV")
    assert (result.days_used, result.days_remaining, result.overstay_days, result.latest_exit) == (
        61,
        29,
        0,
        date(2025, 3, 31),
    )
    # Also without naming the country entered (the default is a member of the area).
    assert figures(evaluate_json(scenario)) == (61, 29, 0, "2025-03-31")


@pytest.mark.parametrize(
    ("granted", "extension", "expected"),
    [
        (60, 30, (95, 0, 5, "2025-03-31")),  # A = 60 + 30 = 90: the figures of example 4
        (60, None, (95, 0, 35, "2025-03-01")),  # A = 60
    ],
)
def test_example_6_days_granted_and_extension(
    granted: int, extension: int | None, expected: tuple[object, ...]
) -> None:
    scenario = json.loads(LITERAL_EXAMPLE)
    scenario["movements"][0]["days_granted"] = granted
    if extension is not None:
        scenario["movements"][0]["extension_days"] = extension
    result = evaluate_json(scenario)
    assert figures(result) == expected
    assert result["allowance"] == granted + (extension or 0)
