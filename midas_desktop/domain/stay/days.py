"""Calendar days as a set: the counting conventions of the stay calculator.

Conventions (``/work/shared/stay-rules.md``, section "Days"):

- Days are calendar days, without time of day. A stay covers every day from its entry to its exit,
  **both included**: a same-day entry and exit is one day.
- An open stay, or one whose exit is after the evaluation day, counts up to the evaluation day.
- Days are a *set*: overlapping stays, or an exit and a re-entry on the same day, count a day once.
- A rolling window ends on (and includes) the day evaluated: ``[day - M + 1, day]``.

``DaySet`` stores the days as sorted, disjoint, non-adjacent runs of day ordinals
(``date.toordinal()``) with prefix sums, so that "how many present days between two dates" costs
O(log runs) whatever the length of the history. This is what keeps the rolling rule linear-ish on a
traveller with hundreds of stays instead of walking every day of every window.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["DayRun", "DaySet"]


@dataclass(frozen=True, slots=True)
class DayRun:
    """An unbroken run of present days, first and last day included, as day ordinals."""

    first: int
    last: int

    @property
    def length(self) -> int:
        return self.last - self.first + 1


class DaySet:
    """An immutable set of days built from inclusive ``(first, last)`` ordinal intervals.

    Intervals that overlap or touch (one ends the day before the next begins) merge into one run:
    a day is counted once however many stays cover it, and touching stays form one unbroken run.
    """

    __slots__ = ("_days_before", "_firsts", "_lasts")

    def __init__(self, intervals: Iterable[tuple[int, int]]) -> None:
        firsts: list[int] = []
        lasts: list[int] = []
        for first, last in sorted(intervals):
            if first > last:
                raise ValueError(f"interval ends ({last}) before it begins ({first})")
            if lasts and first <= lasts[-1] + 1:
                lasts[-1] = max(lasts[-1], last)
            else:
                firsts.append(first)
                lasts.append(last)
        # _days_before[i]: present days in the runs before run i (prefix sums for O(log n) counts).
        days_before = [0]
        for first, last in zip(firsts, lasts, strict=True):
            days_before.append(days_before[-1] + last - first + 1)
        self._firsts = firsts
        self._lasts = lasts
        self._days_before = days_before

    def __len__(self) -> int:
        return self._days_before[-1]

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, int):
            return False
        index = bisect_right(self._firsts, day) - 1
        return index >= 0 and day <= self._lasts[index]

    @property
    def runs(self) -> list[DayRun]:
        return [DayRun(first, last) for first, last in zip(self._firsts, self._lasts, strict=True)]

    def with_interval(self, first: int, last: int) -> DaySet:
        """This set plus the days ``first..last``."""
        return DaySet([*zip(self._firsts, self._lasts, strict=True), (first, last)])

    def days_up_to(self, day: int) -> int:
        """Present days on or before ``day``."""
        index = bisect_right(self._firsts, day)  # runs 0..index-1 begin on or before `day`
        if index == 0:
            return 0
        last_run = index - 1
        return self._days_before[last_run] + min(self._lasts[last_run], day) - self._firsts[last_run] + 1

    def count(self, first: int, last: int) -> int:
        """Present days in ``first..last``, both included (0 when ``last < first``)."""
        if last < first:
            return 0
        return self.days_up_to(last) - self.days_up_to(first - 1)

    def run_containing(self, day: int) -> DayRun | None:
        """The unbroken run of present days that includes ``day``, or None when ``day`` is absent."""
        index = bisect_right(self._firsts, day) - 1
        if index >= 0 and day <= self._lasts[index]:
            return DayRun(self._firsts[index], self._lasts[index])
        return None
