"""Reading the JSON scenario of ``midas stay evaluate``, with validation.

Input shape (``/work/shared/stay-rules.md``, section "Input")::

    {"rule": {"kind": "shared_area", "max_days": 90, "area": ["GTM", "SLV", "HND", "NIC"]},
     "movements": [{"country": "GTM", "entry": "2025-01-01", "exit": "2025-02-15"},
                   {"country": "HND", "entry": "2025-02-15", "exit": null}],
     "check_date": "2025-04-05"}

``parse_scenario`` takes the already-decoded JSON value (``json.loads``: malformed JSON is the
caller's to report) and raises ``StayInputError`` with a one-line message naming the offending field
for every bad input: unknown rule kind, N < 1, N >= M for rolling, ``days_granted`` outside 1..N, a
negative ``extension_days``, an exit before its entry, a malformed date, a missing field, a wrong type.

Leniencies, on purpose: unknown keys are ignored (the format may grow); a movement without ``exit``
is open, like ``"exit": null``; ``days_granted``/``extension_days`` may be null (absent); country
codes are trimmed and upper-cased, so that ``"gtm"`` is not silently left out of the CA-4 area.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from midas_desktop.domain.stay.errors import StayInputError
from midas_desktop.domain.stay.rules import RuleKind, StayRule
from midas_desktop.domain.stay.stays import Stay

__all__ = ["Scenario", "parse_date", "parse_rule", "parse_scenario"]

# date.fromisoformat (3.11) also accepts "20250101" and week dates; the contract says ISO YYYY-MM-DD.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MISSING = object()


@dataclass(frozen=True)
class Scenario:
    rule: StayRule
    stays: tuple[Stay, ...]
    check_date: date


def _describe(value: object) -> str:
    """A JSON-ish name for a value's type, for error messages written for users."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def _object(value: object, where: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise StayInputError(f"{where} must be a JSON object, not {_describe(value)}")
    return value


def _field(obj: Mapping[str, object], key: str, where: str) -> object:
    value = obj.get(key, _MISSING)
    if value is _MISSING:
        raise StayInputError(f"{where}: missing field {key!r}")
    return value


def _whole_number(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        # A float such as 90.0 is refused too: days are whole, and 90.5 would be silently truncated.
        raise StayInputError(f"{where} must be a whole number, not {_describe(value)}")
    return value


def _country(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise StayInputError(f'{where} must be a country code such as "GTM", not {_describe(value)}')
    return value.strip().upper()


def parse_date(value: object, where: str = "date") -> date:
    """An ISO ``YYYY-MM-DD`` calendar date; anything else is a ``StayInputError`` naming ``where``."""
    if not isinstance(value, str):
        raise StayInputError(f'{where} must be a date as "YYYY-MM-DD", not {_describe(value)}')
    if not _ISO_DATE.fullmatch(value):
        raise StayInputError(f"{where}: {value!r} is not a date as YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise StayInputError(f"{where}: {value!r} is not a valid date") from None


def parse_rule(value: object, where: str = "rule") -> StayRule:
    """A rule object (``kind``, ``max_days``, ``window_days``, ``area``) as a validated ``StayRule``."""
    obj = _object(value, where)
    kind = _field(obj, "kind", where)
    if not isinstance(kind, str) or kind not in {k.value for k in RuleKind}:
        known = ", ".join(k.value for k in RuleKind)
        shown = repr(kind) if isinstance(kind, str) else _describe(kind)
        raise StayInputError(f"{where}.kind: unknown rule kind {shown} (expected one of: {known})")
    max_days = _whole_number(_field(obj, "max_days", where), f"{where}.max_days")
    window_value = obj.get("window_days")
    window_days = None if window_value is None else _whole_number(window_value, f"{where}.window_days")
    if kind == RuleKind.ROLLING and window_days is None:
        raise StayInputError(f"{where}: missing field 'window_days' (a rolling rule is N days in any M days)")
    area_value = obj.get("area")
    area: frozenset[str] = frozenset()
    if area_value is not None:
        if not isinstance(area_value, list):
            raise StayInputError(f"{where}.area must be a list of country codes, not {_describe(area_value)}")
        area = frozenset(_country(member, f"{where}.area[{i}]") for i, member in enumerate(area_value))
    if kind == RuleKind.SHARED_AREA and area_value is None:
        raise StayInputError(f"{where}: missing field 'area' (the member countries of the shared area)")
    try:
        return StayRule(RuleKind(kind), max_days, window_days, area)
    except StayInputError as error:
        raise StayInputError(f"{where}: {error}") from None


def _parse_movement(value: object, rule: StayRule, where: str) -> Stay:
    obj = _object(value, where)
    country = _country(_field(obj, "country", where), f"{where}.country")
    entry = parse_date(_field(obj, "entry", where), f"{where}.entry")
    exit_value = obj.get("exit")
    exit_date = None if exit_value is None else parse_date(exit_value, f"{where}.exit")
    granted_value = obj.get("days_granted")
    days_granted = None
    if granted_value is not None:
        days_granted = _whole_number(granted_value, f"{where}.days_granted")
        if not 1 <= days_granted <= rule.max_days:
            raise StayInputError(
                f"{where}.days_granted must be between 1 and {rule.max_days} (the rule's max_days), "
                f"not {days_granted}"
            )
    extension_value = obj.get("extension_days")
    extension_days = 0
    if extension_value is not None:
        extension_days = _whole_number(extension_value, f"{where}.extension_days")
    try:
        return Stay(country, entry, exit_date, days_granted, extension_days)
    except StayInputError as error:
        raise StayInputError(f"{where}: {error}") from None


def parse_scenario(obj: object) -> Scenario:
    """Validate a decoded JSON scenario and return its rule, stays and check date."""
    scenario = _object(obj, "the scenario")
    rule = parse_rule(_field(scenario, "rule", "scenario"))
    movements = _field(scenario, "movements", "scenario")
    if not isinstance(movements, list):
        raise StayInputError(f"movements must be a list, not {_describe(movements)}")
    stays = tuple(_parse_movement(movement, rule, f"movements[{i}]") for i, movement in enumerate(movements))
    check_date = parse_date(_field(scenario, "check_date", "scenario"), "check_date")
    return Scenario(rule, stays, check_date)
