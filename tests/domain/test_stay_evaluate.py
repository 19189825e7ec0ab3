"""Worked cases of the stay arithmetic beyond the page's six examples.

Figures are computed by hand in the comments, so that a reader can check them without the code.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from midas_desktop.domain.stay import (
    CA4,
    RuleKind,
    Stay,
    StayInputError,
    StayResult,
    StayRule,
    evaluate_stay,
)

PER_ENTRY_90 = StayRule(RuleKind.PER_ENTRY, 90)
ROLLING_90_180 = StayRule(RuleKind.ROLLING, 90, 180)
CA4_RULE = StayRule(RuleKind.SHARED_AREA, 90, area=CA4)


def d(text: str) -> date:
    return date.fromisoformat(text)


def figures(result: StayResult) -> tuple[int, int, int, str]:
    return (result.days_used, result.days_remaining, result.overstay_days, result.latest_exit.isoformat())


# --- per_entry -------------------------------------------------------------------------------------


def test_per_entry_leap_year_latest_exit() -> None:
    # 2024-02-28 + 89 days: Feb 28, 29 (2), March 31 (33), April 30 (63), May 27 (90) -> 2024-05-27.
    result = evaluate_stay(PER_ENTRY_90, [Stay("MEX", d("2024-02-28"))], d("2024-03-01"))
    assert figures(result) == (3, 87, 0, "2024-05-27")


def test_per_entry_same_day_entry_and_exit_is_one_day() -> None:
    result = evaluate_stay(PER_ENTRY_90, [Stay("MEX", d("2025-05-05"), d("2025-05-05"))], d("2025-05-05"))
    assert figures(result) == (1, 89, 0, "2025-08-02")
    assert result.entering is False


def test_per_entry_exit_after_check_date_counts_to_check_date() -> None:
    result = evaluate_stay(PER_ENTRY_90, [Stay("MEX", d("2025-01-01"), d("2025-06-30"))], d("2025-01-10"))
    assert figures(result) == (10, 80, 0, "2025-03-31")


def test_per_entry_movement_entering_after_check_date_is_ignored() -> None:
    stays = [Stay("MEX", d("2025-01-01")), Stay("MEX", d("2025-02-01"), d("2025-02-03"))]
    result = evaluate_stay(PER_ENTRY_90, stays, d("2025-01-15"))
    assert figures(result) == (15, 75, 0, "2025-03-31")


def test_per_entry_overstay() -> None:
    # 2025-01-01 .. 2025-04-10 = 31 + 28 + 31 + 10 = 100 days; allowance 90 -> 10 days over.
    result = evaluate_stay(PER_ENTRY_90, [Stay("MEX", d("2025-01-01"))], d("2025-04-10"))
    assert figures(result) == (100, 0, 10, "2025-03-31")


def test_per_entry_last_allowed_day_is_not_an_overstay() -> None:
    result = evaluate_stay(PER_ENTRY_90, [Stay("MEX", d("2025-01-01"))], d("2025-03-31"))
    assert figures(result) == (90, 0, 0, "2025-03-31")


def test_per_entry_days_granted_and_extension() -> None:
    stays = [Stay("MEX", d("2025-01-01"), days_granted=30, extension_days=15)]
    result = evaluate_stay(PER_ENTRY_90, stays, d("2025-02-20"))
    # A = 45: latest exit 2025-01-01 + 44 = 2025-02-14; 2025-01-01..02-20 = 51 days, 6 over.
    assert figures(result) == (51, 0, 6, "2025-02-14")
    assert result.allowance == 45


def test_per_entry_latest_entry_covering_check_date_is_the_current_stay() -> None:
    # A re-entry on the exit day: the new entry is the current stay and starts a new allowance.
    stays = [Stay("MEX", d("2025-01-01"), d("2025-03-01")), Stay("MEX", d("2025-03-01"))]
    result = evaluate_stay(PER_ENTRY_90, stays, d("2025-03-10"))
    assert figures(result) == (10, 80, 0, "2025-05-29")


def test_per_entry_datetime_check_date_counts_by_calendar_day() -> None:
    result = evaluate_stay(PER_ENTRY_90, [Stay("MEX", d("2025-01-01"))], datetime(2025, 2, 1, 23, 59))
    assert figures(result) == (32, 58, 0, "2025-03-31")


def test_per_entry_days_granted_above_n_is_refused() -> None:
    with pytest.raises(StayInputError, match="days_granted 120"):
        evaluate_stay(PER_ENTRY_90, [Stay("MEX", d("2025-01-01"), days_granted=120)], d("2025-01-02"))


def test_result_to_dict_is_json_ready() -> None:
    result = evaluate_stay(PER_ENTRY_90, [], d("2025-01-01"), country="MEX")
    assert result.to_dict() == {
        "days_used": 1,
        "days_remaining": 89,
        "overstay_days": 0,
        "latest_exit": "2025-03-31",
        "rule": "per_entry",
        "check_date": "2025-01-01",
        "first_day": "2025-01-01",
        "allowance": 90,
        "window_start": None,
        "entering": True,
        "admissible": True,
    }


# --- rolling ---------------------------------------------------------------------------------------


def test_rolling_window_across_leap_day() -> None:
    # 10 in 30: window of 2024-03-05 is 2024-02-05..2024-03-05 (Feb 2024 has 29 days: 25 + 5 = 30).
    rule = StayRule(RuleKind.ROLLING, 10, 30)
    stays = [Stay("FRA", d("2024-02-04"), d("2024-02-06")), Stay("FRA", d("2024-02-28"), d("2024-03-01"))]
    result = evaluate_stay(rule, stays, d("2024-03-05"), country="FRA")
    # Present in the window: Feb 5, 6 (Feb 4 is outside), Feb 28, 29, Mar 1, and Mar 5 (entering) = 6.
    assert figures(result)[:3] == (6, 4, 0)
    assert result.window_start == d("2024-02-05")
    assert result.entering is True
    # Staying on: Feb 5 drops out on Mar 6 and Feb 6 on Mar 7 while Mar 6, 7 come in (6, 6), then
    # Feb 28 drops out only on Mar 29: Mar 8 -> 7, Mar 9 -> 8, Mar 10 -> 9, Mar 11 -> 10, Mar 12 -> 11.
    assert result.latest_exit == d("2024-03-11")


def test_rolling_stay_crossing_the_window_edge_counts_only_its_days_inside() -> None:
    # Window of 2025-07-01 under 90/180: 2025-01-03..2025-07-01. A stay 2024-12-20..2025-01-10 counts
    # January 3..10 only: 8 days.
    stays = [Stay("FRA", d("2024-12-20"), d("2025-01-10")), Stay("FRA", d("2025-07-01"))]
    result = evaluate_stay(ROLLING_90_180, stays, d("2025-07-01"))
    assert result.window_start == d("2025-01-03")
    assert figures(result)[:3] == (9, 81, 0)
    # Staying on from 2025-07-01 + k: the window loses January 3 + k and gains a day, so it holds 9 until
    # the January days are gone (k = 8), then k + 1: 91 days when k = 90, on 2025-09-29.
    assert result.latest_exit == d("2025-09-28")


def test_rolling_overlapping_stays_and_same_day_reentry_count_once() -> None:
    stays = [
        Stay("FRA", d("2025-01-01"), d("2025-01-10")),
        Stay("DEU", d("2025-01-05"), d("2025-01-12")),  # overlaps Jan 5..10
        Stay("FRA", d("2025-01-12"), d("2025-01-15")),  # re-entry on the exit day
    ]
    result = evaluate_stay(ROLLING_90_180, stays, d("2025-01-15"))
    assert result.days_used == 15  # Jan 1..15
    assert result.first_day == d("2025-01-01")
    # One unbroken run from Jan 1: the 91st day is 2025-04-01, so the latest exit is 2025-03-31.
    assert result.latest_exit == d("2025-03-31")


def test_rolling_overstay_latest_exit_in_the_past() -> None:
    result = evaluate_stay(ROLLING_90_180, [Stay("FRA", d("2025-01-01"))], d("2025-04-10"))
    assert figures(result) == (100, 0, 10, "2025-03-31")
    assert result.admissible is None


def test_rolling_may_not_be_admitted_today() -> None:
    # 90 days in the window already (2025-01-01..2025-03-31); asked to enter on 2025-04-10, whose
    # window 2024-10-13..2025-04-10 still holds all 90: entering would make 91.
    stays = [Stay("FRA", d("2025-01-01"), d("2025-03-31"))]
    result = evaluate_stay(ROLLING_90_180, stays, d("2025-04-10"))
    assert result.latest_exit == d("2025-04-09")  # the day before check_date
    assert result.entering is True
    assert result.admissible is False
    assert (result.days_used, result.days_remaining, result.overstay_days) == (91, 0, 1)


def test_rolling_admitted_again_once_the_window_has_room() -> None:
    # Same history. 2025-06-29: window 2025-01-01..06-29 holds all 90 + today = 91: refused.
    # 2025-06-30: window 2025-01-02..06-30 holds 89 + today = 90: admitted. Staying on, each new day
    # pushes one January-March day out of the window, so the count stays at 90 until the window starts
    # after 2025-03-31: on 2025-06-30 + 90 = 2025-09-28 it holds 91 days of the new stay.
    stays = [Stay("FRA", d("2025-01-01"), d("2025-03-31"))]
    refused = evaluate_stay(ROLLING_90_180, stays, d("2025-06-29"))
    assert (refused.admissible, refused.latest_exit) == (False, d("2025-06-28"))
    admitted = evaluate_stay(ROLLING_90_180, stays, d("2025-06-30"))
    assert figures(admitted) == (90, 0, 0, "2025-09-27")
    assert admitted.admissible is True


def test_rolling_ignores_days_granted() -> None:
    stays = [Stay("FRA", d("2025-01-01"), days_granted=10)]
    result = evaluate_stay(ROLLING_90_180, stays, d("2025-01-31"))
    assert figures(result) == (31, 59, 0, "2025-03-31")


def test_rolling_open_stay_with_an_earlier_gap() -> None:
    # Earlier stay 2025-01-01..01-31 (31 days), a gap, then open from 2025-03-01; check 2025-03-15.
    stays = [Stay("FRA", d("2025-01-01"), d("2025-01-31")), Stay("FRA", d("2025-03-01"))]
    result = evaluate_stay(ROLLING_90_180, stays, d("2025-03-15"))
    assert figures(result)[:3] == (46, 44, 0)
    assert result.first_day == d("2025-03-01")
    # January stays inside every window until 2025-07-30; from 2025-03-01, day 60 of the new run is
    # 2025-04-29: 31 + 60 = 91 days, so the latest exit is 2025-04-28.
    assert result.latest_exit == d("2025-04-28")


# --- shared_area -----------------------------------------------------------------------------------


def test_shared_area_movements_across_members_chain() -> None:
    stays = [
        Stay("GTM", d("2025-01-01"), d("2025-01-20")),
        Stay("SLV", d("2025-01-21"), d("2025-02-10")),  # the day after: chains
        Stay("HND", d("2025-02-10"), d("2025-02-28")),  # the same day: chains
        Stay("NIC", d("2025-03-01")),  # the day after: chains
    ]
    result = evaluate_stay(CA4_RULE, stays, d("2025-03-20"))
    assert figures(result) == (79, 11, 0, "2025-03-31")
    assert result.first_day == d("2025-01-01")


def test_shared_area_a_whole_day_outside_starts_a_new_chain() -> None:
    stays = [Stay("GTM", d("2025-01-01"), d("2025-03-01")), Stay("SLV", d("2025-03-03"))]
    result = evaluate_stay(CA4_RULE, stays, d("2025-03-10"))
    assert figures(result) == (8, 82, 0, "2025-05-31")


def test_shared_area_entering_after_a_day_outside_is_a_new_stay() -> None:
    stays = [Stay("GTM", d("2025-01-01"), d("2025-03-01"))]
    result = evaluate_stay(CA4_RULE, stays, d("2025-03-03"), country="HND")
    assert figures(result) == (1, 89, 0, "2025-05-31")
    assert result.entering is True


def test_shared_area_ignores_non_member_stays() -> None:
    # Time in Mexico neither counts nor bridges: GTM ends 01-31, MEX 02-01..02-10, SLV from 02-11.
    stays = [
        Stay("GTM", d("2025-01-01"), d("2025-01-31")),
        Stay("MEX", d("2025-02-01"), d("2025-02-10")),
        Stay("SLV", d("2025-02-11")),
    ]
    result = evaluate_stay(CA4_RULE, stays, d("2025-02-20"))
    assert figures(result) == (10, 80, 0, "2025-05-11")


def test_shared_area_non_member_open_stay_on_check_date_means_entering() -> None:
    result = evaluate_stay(CA4_RULE, [Stay("MEX", d("2025-01-01"))], d("2025-02-01"), country="GTM")
    assert figures(result) == (1, 89, 0, "2025-05-01")
    assert result.entering is True


def test_shared_area_overlapping_stays_count_once() -> None:
    # A GTM exit never recorded while the traveller was already in HND: the days overlap.
    stays = [Stay("GTM", d("2025-01-01")), Stay("HND", d("2025-01-10"), d("2025-01-20"))]
    result = evaluate_stay(CA4_RULE, stays, d("2025-01-31"))
    assert figures(result) == (31, 59, 0, "2025-03-31")


def test_shared_area_overstay_and_extension_of_later_movement_ignored() -> None:
    # The allowance is fixed by the chain's first movement; a later member entry's grant does not reset it.
    stays = [
        Stay("GTM", d("2025-01-01"), d("2025-02-28"), days_granted=60),
        Stay("SLV", d("2025-03-01"), extension_days=30),
    ]
    result = evaluate_stay(CA4_RULE, stays, d("2025-03-05"))
    # A = 60: latest exit 2025-03-01; 2025-01-01..03-05 = 64 days, 4 over.
    assert figures(result) == (64, 0, 4, "2025-03-01")


def test_shared_area_entering_into_an_exhausted_chain_is_not_admissible() -> None:
    stays = [Stay("GTM", d("2025-01-01"), d("2025-03-31"))]
    result = evaluate_stay(CA4_RULE, stays, d("2025-04-01"), country="SLV")
    assert figures(result) == (91, 0, 1, "2025-03-31")
    assert result.admissible is False


def test_shared_area_country_outside_the_area_is_refused() -> None:
    with pytest.raises(StayInputError, match="not a member"):
        evaluate_stay(CA4_RULE, [], d("2025-04-01"), country="MEX")


# --- performance -----------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", [PER_ENTRY_90, ROLLING_90_180, CA4_RULE], ids=lambda rule: rule.kind)
def test_hundreds_of_stays_evaluate_quickly(rule: StayRule) -> None:
    import time

    countries = sorted(CA4)
    start = d("2000-01-01")
    stays = [
        Stay(countries[i % 4], start + timedelta(days=7 * i), start + timedelta(days=7 * i + 3))
        for i in range(500)
    ]
    check = start + timedelta(days=7 * 499 + 2)
    began = time.perf_counter()
    for _ in range(20):
        evaluate_stay(rule, stays, check)
    per_call = (time.perf_counter() - began) / 20
    assert per_call < 0.01
