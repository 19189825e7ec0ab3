"""Stay rules: how long a traveller may stay, and how long they have stayed.

The exact arithmetic is ``/work/shared/stay-rules.md``; ``evaluate_stay`` implements it for the
three rule kinds (``per_entry``, ``rolling``, ``shared_area``), ``parse_scenario`` reads the JSON
input of ``midas stay evaluate``, and ``RuleBook`` picks the rule for a traveller from the
administrator's configuration (``default_rule_book`` for a CA-4 post). Counting conventions: entry
and exit days both count; a rolling window ends on the day evaluated; an open stay counts up to the
evaluation day (see ``midas_desktop.domain.stay.evaluate``).

Typical use::

    scenario = parse_scenario(json.loads(text))
    result = evaluate_stay(scenario.rule, scenario.stays, scenario.check_date)
    print(json.dumps(result.to_dict()))
"""

from __future__ import annotations

from midas_desktop.domain.stay.errors import NoStayRule, StayInputError
from midas_desktop.domain.stay.evaluate import evaluate_for_traveller, evaluate_stay
from midas_desktop.domain.stay.rules import (
    ANY_COUNTRY,
    CA4,
    Exemption,
    RuleAssignment,
    RuleBook,
    RuleKind,
    StayRule,
    default_rule_book,
)
from midas_desktop.domain.stay.scenario import Scenario, parse_date, parse_rule, parse_scenario
from midas_desktop.domain.stay.stays import ExemptResult, Stay, StayResult

__all__ = [
    "ANY_COUNTRY",
    "CA4",
    "ExemptResult",
    "Exemption",
    "NoStayRule",
    "RuleAssignment",
    "RuleBook",
    "RuleKind",
    "Scenario",
    "Stay",
    "StayInputError",
    "StayResult",
    "StayRule",
    "default_rule_book",
    "evaluate_for_traveller",
    "evaluate_stay",
    "parse_date",
    "parse_rule",
    "parse_scenario",
]
