"""The JSON scenario: every bad input of the page is a StayInputError with a one-line message."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from midas_desktop.domain.stay import (
    CA4,
    RuleKind,
    Stay,
    StayInputError,
    StayRule,
    parse_rule,
    parse_scenario,
)


def valid() -> dict[str, Any]:
    return {
        "rule": {"kind": "per_entry", "max_days": 90},
        "movements": [
            {"country": "GTM", "entry": "2025-01-01", "exit": "2025-01-20", "days_granted": 60},
            {"country": "HND", "entry": "2025-02-01", "exit": None, "extension_days": 10},
        ],
        "check_date": "2025-03-01",
    }


def test_valid_scenario() -> None:
    scenario = parse_scenario(valid())
    assert scenario.rule == StayRule(RuleKind.PER_ENTRY, 90)
    assert scenario.stays == (
        Stay("GTM", date(2025, 1, 1), date(2025, 1, 20), days_granted=60),
        Stay("HND", date(2025, 2, 1), None, extension_days=10),
    )
    assert scenario.check_date == date(2025, 3, 1)


def test_lenient_parts() -> None:
    scenario = valid()
    del scenario["movements"][1]["exit"]  # a missing exit is an open stay
    scenario["movements"][0]["country"] = " gtm "
    scenario["movements"][0]["days_granted"] = None
    scenario["movements"][0]["extension_days"] = None
    scenario["comment"] = "unknown keys are ignored"
    parsed = parse_scenario(scenario)
    assert parsed.stays[0] == Stay("GTM", date(2025, 1, 1), date(2025, 1, 20))
    assert parsed.stays[1].exit is None


def test_empty_movements_is_valid() -> None:
    scenario = valid()
    scenario["movements"] = []
    assert parse_scenario(scenario).stays == ()


def test_rule_round_trip() -> None:
    for rule in (
        StayRule(RuleKind.PER_ENTRY, 90),
        StayRule(RuleKind.ROLLING, 90, 180),
        StayRule(RuleKind.SHARED_AREA, 90, area=CA4),
    ):
        assert parse_rule(rule.to_dict()) == rule


def edit(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    """A valid scenario with one field set (or deleted, when value is DELETE)."""
    scenario = copy.deepcopy(valid())
    target: Any = scenario
    for key in path[:-1]:
        target = target[key]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return scenario


DELETE = object()

BAD_INPUTS: list[tuple[str, dict[str, Any] | object, str]] = [
    # (case, scenario, words the message must contain)
    ("not an object", [1, 2], "must be a JSON object"),
    ("unknown rule kind", edit(("rule", "kind"), "weekly"), "unknown rule kind 'weekly'"),
    ("rule kind not a string", edit(("rule", "kind"), 3), "unknown rule kind"),
    ("N = 0", edit(("rule", "max_days"), 0), "max_days must be at least 1"),
    ("N < 0", edit(("rule", "max_days"), -5), "max_days must be at least 1"),
    ("N not a number", edit(("rule", "max_days"), "90"), "max_days must be a whole number"),
    ("N fractional", edit(("rule", "max_days"), 90.5), "max_days must be a whole number"),
    ("N boolean", edit(("rule", "max_days"), True), "max_days must be a whole number"),
    (
        "rolling N = M",
        edit(("rule",), {"kind": "rolling", "max_days": 90, "window_days": 90}),
        "greater than",
    ),
    (
        "rolling N > M",
        edit(("rule",), {"kind": "rolling", "max_days": 91, "window_days": 90}),
        "greater than",
    ),
    ("rolling without M", edit(("rule",), {"kind": "rolling", "max_days": 90}), "window_days"),
    ("window on per_entry", edit(("rule", "window_days"), 180), "only to rolling"),
    ("shared area without area", edit(("rule",), {"kind": "shared_area", "max_days": 90}), "area"),
    ("shared area empty", edit(("rule",), {"kind": "shared_area", "max_days": 90, "area": []}), "non-empty"),
    ("area not a list", edit(("rule",), {"kind": "shared_area", "max_days": 90, "area": "GTM"}), "list"),
    ("days_granted 0", edit(("movements", 0, "days_granted"), 0), "between 1 and 90"),
    ("days_granted > N", edit(("movements", 0, "days_granted"), 91), "between 1 and 90"),
    ("days_granted a string", edit(("movements", 0, "days_granted"), "60"), "whole number"),
    ("negative extension", edit(("movements", 1, "extension_days"), -1), "cannot be negative"),
    ("exit before entry", edit(("movements", 0, "exit"), "2024-12-31"), "before entry"),
    ("malformed entry", edit(("movements", 0, "entry"), "2025-13-01"), "not a valid date"),
    ("impossible day", edit(("movements", 0, "entry"), "2025-02-29"), "not a valid date"),
    ("compact date", edit(("movements", 0, "entry"), "20250101"), "YYYY-MM-DD"),
    ("date with time", edit(("check_date",), "2025-03-01T10:00:00"), "YYYY-MM-DD"),
    ("date a number", edit(("check_date",), 20250301), "YYYY-MM-DD"),
    ("malformed exit", edit(("movements", 0, "exit"), "yesterday"), "movements[0].exit"),
    ("missing rule", edit(("rule",), DELETE), "missing field 'rule'"),
    ("missing kind", edit(("rule", "kind"), DELETE), "missing field 'kind'"),
    ("missing max_days", edit(("rule", "max_days"), DELETE), "missing field 'max_days'"),
    ("missing movements", edit(("movements",), DELETE), "missing field 'movements'"),
    ("missing check_date", edit(("check_date",), DELETE), "missing field 'check_date'"),
    ("missing country", edit(("movements", 0, "country"), DELETE), "movements[0]: missing field 'country'"),
    ("missing entry", edit(("movements", 1, "entry"), DELETE), "movements[1]: missing field 'entry'"),
    ("movements not a list", edit(("movements",), {"country": "GTM"}), "movements must be a list"),
    ("movement not an object", edit(("movements", 0), "GTM 2025-01-01"), "must be a JSON object"),
    ("country not a string", edit(("movements", 0, "country"), 320), "country code"),
    ("country empty", edit(("movements", 0, "country"), ""), "country code"),
    ("null check_date", edit(("check_date",), None), "check_date must be a date"),
]


@pytest.mark.parametrize(
    ("scenario", "words"), [case[1:] for case in BAD_INPUTS], ids=[c[0] for c in BAD_INPUTS]
)
def test_bad_input(scenario: object, words: str) -> None:
    with pytest.raises(StayInputError) as raised:
        parse_scenario(scenario)
    message = str(raised.value)
    assert words in message
    assert "\n" not in message
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"kind": "monthly", "max_days": 30}, "unknown rule kind"),
        ({"kind": RuleKind.PER_ENTRY, "max_days": 0}, "at least 1"),
        ({"kind": RuleKind.ROLLING, "max_days": 90, "window_days": 90}, "greater than"),
        ({"kind": RuleKind.SHARED_AREA, "max_days": 90}, "non-empty area"),
        ({"kind": RuleKind.SHARED_AREA, "max_days": 90, "area": "GTM"}, "single string"),
        ({"kind": RuleKind.PER_ENTRY, "max_days": 90, "area": CA4}, "only to shared_area"),
    ],
)
def test_stay_rule_validates(kwargs: dict[str, Any], words: str) -> None:
    with pytest.raises(StayInputError, match=words):
        StayRule(**kwargs)


def test_stay_validates() -> None:
    with pytest.raises(StayInputError, match="before entry"):
        Stay("GTM", date(2025, 1, 2), date(2025, 1, 1))
    with pytest.raises(StayInputError, match="negative"):
        Stay("GTM", date(2025, 1, 2), extension_days=-3)
    with pytest.raises(StayInputError, match="at least 1"):
        Stay("GTM", date(2025, 1, 2), days_granted=0)


def test_stay_rule_accepts_any_iterable_area() -> None:
    rule = StayRule(RuleKind.SHARED_AREA, 90, area=["GTM", "SLV"])  # type: ignore[arg-type]
    assert rule.area == frozenset({"GTM", "SLV"})
