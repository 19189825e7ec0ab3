"""Rule selection: exemptions, nationality-specific rules, defaults, the CA-4 default book."""

from __future__ import annotations

from datetime import date

import pytest

from midas_desktop.domain.stay import (
    ANY_COUNTRY,
    CA4,
    Exemption,
    ExemptResult,
    NoStayRule,
    RuleAssignment,
    RuleBook,
    RuleKind,
    Stay,
    StayInputError,
    StayResult,
    StayRule,
    default_rule_book,
    evaluate_for_traveller,
)

PER_ENTRY_90 = StayRule(RuleKind.PER_ENTRY, 90)
PER_ENTRY_30 = StayRule(RuleKind.PER_ENTRY, 30)
ROLLING_90_180 = StayRule(RuleKind.ROLLING, 90, 180)
CA4_RULE = StayRule(RuleKind.SHARED_AREA, 90, area=CA4)


def book() -> RuleBook:
    return RuleBook(
        [
            RuleAssignment(PER_ENTRY_90, "MEX"),
            RuleAssignment(PER_ENTRY_30, "MEX", "XXA"),
            RuleAssignment(ROLLING_90_180, ANY_COUNTRY),
            RuleAssignment(PER_ENTRY_30, ANY_COUNTRY, "XXB"),
        ]
    )


def test_default_rule_of_the_admitting_country() -> None:
    assert book().rule_for("MEX", "CAN") == PER_ENTRY_90


def test_nationality_specific_rule_wins_over_the_default() -> None:
    assert book().rule_for("MEX", "XXA") == PER_ENTRY_30


def test_admitting_country_default_wins_over_any_country_nationality_rule() -> None:
    assert book().rule_for("MEX", "XXB") == PER_ENTRY_90


def test_any_country_rules_for_countries_without_their_own() -> None:
    assert book().rule_for("BLZ", "XXB") == PER_ENTRY_30
    assert book().rule_for("BLZ", "CAN") == ROLLING_90_180


def test_nationals_are_exempt() -> None:
    assert book().rule_for("MEX", "MEX") is Exemption.NATIONAL


@pytest.mark.parametrize("exemption", list(Exemption))
def test_given_exemption_wins(exemption: Exemption) -> None:
    assert book().rule_for("MEX", "XXA", exemption) is exemption


def test_no_rule_is_a_lookup_error() -> None:
    sparse = RuleBook([RuleAssignment(PER_ENTRY_90, "MEX")])
    with pytest.raises(NoStayRule, match="BLZ"):
        sparse.rule_for("BLZ", "CAN")
    assert issubclass(NoStayRule, LookupError)


def test_duplicate_assignment_is_refused() -> None:
    with pytest.raises(StayInputError, match="two stay rules"):
        RuleBook([RuleAssignment(PER_ENTRY_90, "MEX"), RuleAssignment(PER_ENTRY_30, "MEX")])


def test_assignments_round_trip() -> None:
    assert RuleBook(book().assignments).rule_for("MEX", "XXA") == PER_ENTRY_30


@pytest.mark.parametrize("country", sorted(CA4))
def test_default_book_ca4_countries_share_90_days(country: str) -> None:
    rule = default_rule_book().rule_for(country, "USA")
    assert rule == CA4_RULE


def test_default_book_ca4_national_in_another_member_gets_the_shared_area_rule() -> None:
    assert default_rule_book().rule_for("SLV", "GTM") == CA4_RULE
    assert default_rule_book().rule_for("GTM", "GTM") is Exemption.NATIONAL


def test_default_book_other_countries_per_entry_90() -> None:
    assert default_rule_book().rule_for("MEX", "USA") == PER_ENTRY_90


def test_evaluate_for_traveller_shared_area_counts_the_whole_area() -> None:
    stays = [
        Stay("GTM", date(2025, 1, 1), date(2025, 2, 15)),
        Stay("HND", date(2025, 2, 15)),
        Stay("MEX", date(2024, 12, 1), date(2024, 12, 31)),  # outside the area: ignored
    ]
    result = evaluate_for_traveller(default_rule_book(), "HND", "USA", stays, date(2025, 4, 5))
    assert isinstance(result, StayResult)
    assert (result.days_used, result.overstay_days, result.latest_exit) == (95, 5, date(2025, 3, 31))


def test_evaluate_for_traveller_per_entry_counts_only_the_admitting_country() -> None:
    # An exit from Guatemala that was never recorded must not hold up the Mexican allowance.
    stays = [Stay("GTM", date(2025, 1, 1)), Stay("MEX", date(2025, 1, 20), date(2025, 1, 25))]
    result = evaluate_for_traveller(default_rule_book(), "MEX", "USA", stays, date(2025, 3, 1))
    assert isinstance(result, StayResult)
    assert (result.days_used, result.first_day, result.entering) == (1, date(2025, 3, 1), True)


def test_evaluate_for_traveller_exempt() -> None:
    stays = [Stay("GTM", date(2024, 1, 1))]
    result = evaluate_for_traveller(
        default_rule_book(), "GTM", "USA", stays, date(2025, 4, 5), Exemption.RESIDENT
    )
    assert isinstance(result, ExemptResult)
    assert result.rule == "exempt:resident"
    assert result.to_dict() == {
        "days_used": 461,
        "days_remaining": None,
        "overstay_days": 0,
        "latest_exit": None,
        "rule": "exempt:resident",
        "check_date": "2025-04-05",
        "first_day": "2024-01-01",
        "allowance": None,
        "window_start": None,
        "entering": False,
        "admissible": None,
    }


def test_evaluate_for_traveller_national_entering() -> None:
    result = evaluate_for_traveller(default_rule_book(), "SLV", "SLV", [], date(2025, 4, 5))
    assert isinstance(result, ExemptResult)
    assert (result.rule, result.days_used, result.latest_exit, result.admissible) == (
        "exempt:national",
        1,
        None,
        True,
    )


def test_shared_area_rule_assigned_to_a_non_member_is_an_input_error() -> None:
    misconfigured = RuleBook([RuleAssignment(CA4_RULE, "MEX")])
    with pytest.raises(StayInputError, match="not a member"):
        evaluate_for_traveller(misconfigured, "MEX", "USA", [], date(2025, 4, 5))
