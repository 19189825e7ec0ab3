"""The stay arithmetic: days used, days remaining, overstay and latest exit.

This is ``/work/shared/stay-rules.md`` in code; the CLI, the desktop app, the alerts and the
central server all call it, so that every screen shows the same figures. Conventions:

- Calendar days; a stay covers its entry day and its exit day, both included (same day: 1 day).
- A stay that is open, or whose exit is after ``check_date``, counts up to ``check_date``.
  Movements entering after ``check_date`` are ignored.
- The traveller is in the country on ``check_date``: if no counted stay covers it, the traveller is
  entering that day (the officer is deciding on an entry) and a one-day stay on ``check_date`` is
  added before anything is counted.
- Days are a set: overlapping stays, or an exit and a re-entry on the same day, count a day once.
- A rolling window ends on the day evaluated and includes it: ``[day - M + 1, day]``.
- ``per_entry`` and ``rolling`` count the stays of every country they are given; ``shared_area``
  counts only stays in its area.

Ties (two movements with the same entry day) are broken by input order: the one listed first.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from midas_desktop.domain.stay.days import DaySet
from midas_desktop.domain.stay.errors import StayInputError
from midas_desktop.domain.stay.rules import Exemption, RuleBook, RuleKind, StayRule
from midas_desktop.domain.stay.stays import ExemptResult, Stay, StayResult

__all__ = ["evaluate_for_traveller", "evaluate_stay"]


def _last_counted_day(stay: Stay, check: int) -> int:
    """Ordinal of the last day a stay covers, counting open stays and later exits up to ``check``."""
    if stay.exit is None:
        return check
    return min(stay.exit.toordinal(), check)


def _as_date(day: date) -> date:
    # A datetime is a date too, but mixing them breaks comparisons; the arithmetic is by calendar day.
    return date.fromordinal(day.toordinal())


def _allowance(rule: StayRule, first_movement: Stay) -> int:
    """A = days granted at the first movement (N when absent) + its extension days."""
    granted = first_movement.days_granted if first_movement.days_granted is not None else rule.max_days
    return granted + first_movement.extension_days


def _country_evaluated(rule: StayRule, counted: Sequence[Stay], country: str | None) -> str:
    """The country of the implicit "entering today" stay (only ``shared_area`` depends on it)."""
    if country is not None:
        if rule.kind is RuleKind.SHARED_AREA and country not in rule.area:
            raise StayInputError(
                f"{country or 'the country evaluated'} is not a member of the shared area "
                f"({', '.join(sorted(rule.area))})"
            )
        return country
    if counted:
        return max(counted, key=lambda stay: stay.entry.toordinal()).country
    return min(rule.area) if rule.kind is RuleKind.SHARED_AREA else ""


def evaluate_stay(
    rule: StayRule, stays: Sequence[Stay], check_date: date, country: str | None = None
) -> StayResult:
    """Evaluate ``stays`` under ``rule`` on ``check_date``.

    ``country`` is the country evaluated (where the traveller is, or is entering): the country of the
    implicit stay added when no counted stay covers ``check_date``. Default: the country of the latest
    counted stay (or "" when there is none); for ``shared_area``, the latest member stay's country or
    a member. For ``shared_area`` a ``country`` outside the area is a ``StayInputError``.

    Raises ``StayInputError`` when a counted per_entry or shared_area movement has ``days_granted``
    above N (days_granted and extension_days do not apply to rolling rules). Movements the rule
    ignores (entering after ``check_date``, outside a shared area) are not checked.
    """
    check_date = _as_date(check_date)
    check = check_date.toordinal()
    counted = [
        stay
        for stay in stays
        if stay.entry.toordinal() <= check
        and (rule.kind is not RuleKind.SHARED_AREA or stay.country in rule.area)
    ]
    if rule.kind is not RuleKind.ROLLING:
        for stay in counted:
            if stay.days_granted is not None and stay.days_granted > rule.max_days:
                raise StayInputError(
                    f"days_granted {stay.days_granted} at the {stay.entry.isoformat()} entry into "
                    f"{stay.country} is more than the rule's {rule.max_days} days"
                )
    entering_country = _country_evaluated(rule, counted, country)
    entering = not any(_last_counted_day(stay, check) >= check for stay in counted)
    if entering:
        counted.append(Stay(entering_country, check_date))

    if rule.kind is RuleKind.PER_ENTRY:
        return _evaluate_per_entry(rule, counted, check, entering)
    if rule.kind is RuleKind.SHARED_AREA:
        return _evaluate_shared_area(rule, counted, check, entering)
    return _evaluate_rolling(rule, counted, check, entering)


def _fixed_allowance_result(
    rule: StayRule, first_movement: Stay, first_day: int, check: int, entering: bool
) -> StayResult:
    """per_entry and shared_area: the current stay runs unbroken from ``first_day`` to ``check``."""
    allowance = _allowance(rule, first_movement)
    days_used = check - first_day + 1
    return StayResult(
        days_used=days_used,
        days_remaining=max(0, allowance - days_used),
        overstay_days=max(0, days_used - allowance),
        latest_exit=date.fromordinal(first_day + allowance - 1),
        rule=rule.kind.value,
        check_date=date.fromordinal(check),
        first_day=date.fromordinal(first_day),
        allowance=allowance,
        entering=entering,
    )


def _evaluate_per_entry(rule: StayRule, counted: list[Stay], check: int, entering: bool) -> StayResult:
    # The current stay: the latest entry whose days include check_date. Every counted stay entered on
    # or before check_date, so "includes" means it lasts until check_date; one does (maybe the implicit
    # one). max() keeps the first of equal entries: ties go to the movement listed first.
    covering = [stay for stay in counted if _last_counted_day(stay, check) >= check]
    current = max(covering, key=lambda stay: stay.entry.toordinal())
    return _fixed_allowance_result(rule, current, current.entry.toordinal(), check, entering)


def _evaluate_shared_area(rule: StayRule, counted: list[Stay], check: int, entering: bool) -> StayResult:
    # Chain member stays in entry order while each entry is no later than the day after the chain's
    # last day: moving between members (even exiting one and entering the next a day later) keeps the
    # allowance running; a whole day outside every member starts a new chain. sorted() is stable, so
    # among equal entries the movement listed first is the chain's first movement.
    ordered = sorted(counted, key=lambda stay: stay.entry.toordinal())
    chain_first = ordered[0]
    chain_last_day = _last_counted_day(chain_first, check)
    for stay in ordered[1:]:
        if stay.entry.toordinal() > chain_last_day + 1:
            chain_first = stay
            chain_last_day = _last_counted_day(stay, check)
        else:
            chain_last_day = max(chain_last_day, _last_counted_day(stay, check))
    # Every entry is on or before check_date and some stay covers it, so the last chain is the current
    # one and it runs unbroken through check_date.
    assert chain_last_day == check
    return _fixed_allowance_result(rule, chain_first, chain_first.entry.toordinal(), check, entering)


def _evaluate_rolling(rule: StayRule, counted: list[Stay], check: int, entering: bool) -> StayResult:
    limit = rule.max_days
    assert rule.window_days is not None  # guaranteed by StayRule for rolling rules
    window = rule.window_days

    present = DaySet((stay.entry.toordinal(), _last_counted_day(stay, check)) for stay in counted)
    days_used = present.count(check - window + 1, check)
    run = present.run_containing(check)
    assert run is not None  # check_date is present: a counted stay or the implicit one covers it

    # Latest exit: assume presence on every day from check_date on, and find the first day, starting
    # at the first day of the unbroken run containing check_date, whose window holds more than N days.
    #
    # Upper bound of the search: day check + N. Its window [check + N - M + 1, check + N] contains
    # check..check + N because N < M, and those N + 1 days are all present under the assumption, so it
    # holds at least N + 1 > N days: a violating day always exists on or before check + N. Days after
    # check + N never need to be known, so the assumed future presence is check..check + N.
    #
    # Binary search is valid because the window count is non-decreasing over [run.first, check + N]:
    # moving the window one day adds the new day (present: it is in the run or the assumed future)
    # and drops at most one day, so count(d) - count(d - 1) = 1 - present(d - M) >= 0.
    assumed = present.with_interval(check, check + limit)
    low, high = run.first, check + limit
    while low < high:
        middle = (low + high) // 2
        if assumed.count(middle - window + 1, middle) > limit:
            high = middle
        else:
            low = middle + 1
    first_violating_day = low

    return StayResult(
        days_used=days_used,
        days_remaining=max(0, limit - days_used),
        overstay_days=max(0, days_used - limit),
        latest_exit=date.fromordinal(first_violating_day - 1),
        rule=rule.kind.value,
        check_date=date.fromordinal(check),
        first_day=date.fromordinal(run.first),
        allowance=limit,
        entering=entering,
        window_start=date.fromordinal(check - window + 1),
    )


def evaluate_for_traveller(
    book: RuleBook,
    admitting_country: str,
    nationality: str,
    stays: Sequence[Stay],
    check_date: date,
    exemption: Exemption | None = None,
) -> StayResult | ExemptResult:
    """Pick the rule from ``book`` and evaluate a traveller admitted into ``admitting_country``.

    ``stays`` may be the traveller's whole history: a ``shared_area`` rule keeps the stays in its
    area, and ``per_entry`` and ``rolling`` rules (which count every stay they are given) receive
    only the stays in ``admitting_country``, since another country's stay (an exit never recorded
    abroad, say) must not use this country's allowance. Raises ``NoStayRule`` when the book has no
    rule, ``StayInputError`` when a shared-area rule is assigned to a non-member country.
    """
    decision = book.rule_for(admitting_country, nationality, exemption)
    if isinstance(decision, Exemption):
        return _evaluate_exempt(decision, admitting_country, stays, check_date)
    if decision.kind is RuleKind.SHARED_AREA:
        relevant = list(stays)
    else:
        relevant = [stay for stay in stays if stay.country == admitting_country]
    return evaluate_stay(decision, relevant, check_date, country=admitting_country)


def _evaluate_exempt(
    exemption: Exemption, admitting_country: str, stays: Sequence[Stay], check_date: date
) -> ExemptResult:
    """No limit; days_used is informative: the unbroken presence in the country through check_date."""
    check_date = _as_date(check_date)
    check = check_date.toordinal()
    intervals = [
        (stay.entry.toordinal(), _last_counted_day(stay, check))
        for stay in stays
        if stay.country == admitting_country and stay.entry.toordinal() <= check
    ]
    entering = not any(last >= check for _, last in intervals)
    intervals.append((check, check))  # harmless when already present: days are a set
    run = DaySet(intervals).run_containing(check)
    assert run is not None
    return ExemptResult(
        exemption=exemption,
        days_used=run.length,
        check_date=check_date,
        first_day=date.fromordinal(run.first),
        entering=entering,
    )
