"""Properties of the stay arithmetic, and the rolling rule against a day-by-day reference."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from midas_desktop.domain.stay import CA4, RuleKind, Stay, StayResult, StayRule, evaluate_stay

BASE = date(2024, 1, 1)  # a leap year, so that windows cross 2024-02-29
COUNTRIES = [*sorted(CA4), "MEX"]


@st.composite
def stays_strategy(draw: st.DrawFn, max_days: int = 90) -> list[Stay]:
    stays = []
    for _ in range(draw(st.integers(0, 8))):
        entry = BASE + timedelta(days=draw(st.integers(0, 400)))
        length = draw(st.one_of(st.none(), st.integers(0, 120)))
        stays.append(
            Stay(
                draw(st.sampled_from(COUNTRIES)),
                entry,
                None if length is None else entry + timedelta(days=length),
                days_granted=draw(st.one_of(st.none(), st.integers(1, max_days))),
                extension_days=draw(st.integers(0, 40)),
            )
        )
    return stays


rules = st.one_of(
    st.builds(StayRule, st.just(RuleKind.PER_ENTRY), st.integers(1, 120)),
    st.integers(1, 100).flatmap(
        lambda n: st.builds(StayRule, st.just(RuleKind.ROLLING), st.just(n), st.integers(n + 1, 200))
    ),
    st.builds(
        StayRule,
        st.just(RuleKind.SHARED_AREA),
        st.integers(1, 120),
        area=st.sampled_from([CA4, frozenset({"GTM", "SLV"})]),
    ),
)

check_dates = st.integers(0, 450).map(lambda offset: BASE + timedelta(days=offset))


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[StayRule, list[Stay], date]:
    rule = draw(rules)
    return rule, draw(stays_strategy(rule.max_days)), draw(check_dates)


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_invariants(scenario: tuple[StayRule, list[Stay], date]) -> None:
    rule, stays, check = scenario
    result = evaluate_stay(rule, stays, check)
    assert not (result.days_remaining > 0 and result.overstay_days > 0)
    assert result.days_used >= 1  # the traveller is present on check_date
    assert result.first_day <= check
    assert result.latest_exit >= result.first_day - timedelta(days=1)
    # In overstay exactly when the latest exit has passed.
    assert (result.overstay_days == 0) == (result.latest_exit >= check)
    if rule.kind is not RuleKind.ROLLING:
        assert result.days_used + result.days_remaining - result.overstay_days == result.allowance
        assert result.days_used == (check - result.first_day).days + 1
        assert result.overstay_days == max(0, (check - result.latest_exit).days)
    else:
        assert result.days_used + result.days_remaining - result.overstay_days == rule.max_days
        assert result.days_used <= rule.window_days  # type: ignore[operator]


def reference_rolling(rule: StayRule, stays: list[Stay], check: date) -> StayResult:
    """The page's rolling arithmetic walked one day at a time, with no cleverness."""
    assert rule.window_days is not None
    present: set[date] = set()
    for stay in stays:
        if stay.entry > check:
            continue
        last = check if stay.exit is None else min(stay.exit, check)
        day = stay.entry
        while day <= last:
            present.add(day)
            day += timedelta(days=1)
    entering = check not in present
    present.add(check)

    def window_count(day: date, is_present: set[date] | None = None) -> int:
        days = present if is_present is None else is_present
        return sum(day - timedelta(days=back) in days for back in range(rule.window_days or 0))

    first = check
    while first - timedelta(days=1) in present:
        first -= timedelta(days=1)
    assumed = set(present)
    violating = first
    while True:
        if violating >= check:
            assumed.add(violating)
        if window_count(violating, assumed) > rule.max_days:
            break
        violating += timedelta(days=1)
    used = window_count(check)
    return StayResult(
        days_used=used,
        days_remaining=max(0, rule.max_days - used),
        overstay_days=max(0, used - rule.max_days),
        latest_exit=violating - timedelta(days=1),
        rule="rolling",
        check_date=check,
        first_day=first,
        allowance=rule.max_days,
        entering=entering,
        window_start=check - timedelta(days=rule.window_days - 1),
    )


rolling_rules = st.integers(1, 40).flatmap(
    lambda n: st.builds(StayRule, st.just(RuleKind.ROLLING), st.just(n), st.integers(n + 1, 80))
)


@settings(max_examples=300, deadline=None)
@given(rolling_rules, stays_strategy(), check_dates)
def test_rolling_matches_the_day_by_day_reference(rule: StayRule, stays: list[Stay], check: date) -> None:
    assert evaluate_stay(rule, stays, check) == reference_rolling(rule, stays, check)


@settings(max_examples=200, deadline=None)
@given(scenarios())
def test_order_of_distinct_movements_does_not_matter(scenario: tuple[StayRule, list[Stay], date]) -> None:
    rule, stays, check = scenario
    # Ties on the entry day are broken by input order, so only compare histories with distinct entries.
    distinct = list({stay.entry: stay for stay in stays}.values())
    assert evaluate_stay(rule, distinct, check) == evaluate_stay(rule, distinct[::-1], check)


@settings(max_examples=200, deadline=None)
@given(scenarios())
def test_shared_area_chain_is_the_unbroken_run_of_member_presence(
    scenario: tuple[StayRule, list[Stay], date],
) -> None:
    rule, stays, check = scenario
    if rule.kind is not RuleKind.SHARED_AREA:
        return
    present = {check}
    for stay in stays:
        if stay.country in rule.area and stay.entry <= check:
            last = check if stay.exit is None else min(stay.exit, check)
            present.update(stay.entry + timedelta(days=i) for i in range((last - stay.entry).days + 1))
    first = check
    while first - timedelta(days=1) in present:
        first -= timedelta(days=1)
    assert evaluate_stay(rule, stays, check).first_day == first
