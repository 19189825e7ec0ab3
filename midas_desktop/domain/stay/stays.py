"""Stays (the input of the calculator) and results (its output)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from midas_desktop.domain.stay.errors import StayInputError
from midas_desktop.domain.stay.rules import Exemption

__all__ = ["ExemptResult", "Stay", "StayResult"]


@dataclass(frozen=True)
class Stay:
    """One movement: entry into ``country`` and, once recorded, exit from it (both days included).

    ``exit=None``: still in the country. ``days_granted``: the officer granted fewer than the rule's
    N days at this entry (1..N; the upper bound is checked against the rule at evaluation).
    ``extension_days``: days added later by an extension.
    """

    country: str
    entry: date
    exit: date | None = None
    days_granted: int | None = None
    extension_days: int = 0

    def __post_init__(self) -> None:
        if self.exit is not None and self.exit < self.entry:
            raise StayInputError(
                f"exit {self.exit.isoformat()} is before entry {self.entry.isoformat()} ({self.country})"
            )
        if self.days_granted is not None and self.days_granted < 1:
            raise StayInputError(f"days_granted must be at least 1, not {self.days_granted}")
        if self.extension_days < 0:
            raise StayInputError(f"extension_days cannot be negative ({self.extension_days})")


@dataclass(frozen=True)
class StayResult:
    """The figures of one evaluation (``/work/shared/stay-rules.md``, section "Output").

    ``first_day``: first day of the current stay (per_entry), chain (shared_area) or unbroken run of
    presence (rolling). ``allowance``: A for per_entry and shared_area, N for rolling.
    ``window_start``: first day of the rolling window ending on ``check_date`` (None otherwise).
    ``entering``: no recorded stay covered ``check_date``, so the traveller was taken to be entering
    that day (the officer is deciding on an entry).
    """

    days_used: int
    days_remaining: int
    overstay_days: int
    latest_exit: date
    rule: str
    check_date: date
    first_day: date
    allowance: int
    entering: bool = False
    window_start: date | None = None

    @property
    def admissible(self) -> bool | None:
        """For an entry being decided: may the traveller be admitted today? None when already present.

        Admitting today would use one more day than the allowance permits exactly when the figures
        already show an overstay (rolling: ``latest_exit`` is the day before ``check_date``).
        """
        if not self.entering:
            return None
        return self.overstay_days == 0

    def to_dict(self) -> dict[str, object]:
        """JSON-ready (dates as ISO strings); the page's keys come first."""
        return {
            "days_used": self.days_used,
            "days_remaining": self.days_remaining,
            "overstay_days": self.overstay_days,
            "latest_exit": self.latest_exit.isoformat(),
            "rule": self.rule,
            "check_date": self.check_date.isoformat(),
            "first_day": self.first_day.isoformat(),
            "allowance": self.allowance,
            "window_start": self.window_start.isoformat() if self.window_start else None,
            "entering": self.entering,
            "admissible": self.admissible,
        }


@dataclass(frozen=True)
class ExemptResult:
    """An exempt traveller (resident, permit holder, diplomat, national): no stay limit applies.

    ``days_remaining`` and ``latest_exit`` are None (no limit), ``overstay_days`` is 0. ``days_used``
    is informative only: the unbroken run of presence through ``check_date``, starting ``first_day``.
    """

    exemption: Exemption
    days_used: int
    check_date: date
    first_day: date
    entering: bool = False
    days_remaining: None = None
    overstay_days: int = 0
    latest_exit: None = None

    @property
    def rule(self) -> str:
        return f"exempt:{self.exemption.value}"

    @property
    def admissible(self) -> bool | None:
        return True if self.entering else None

    def to_dict(self) -> dict[str, object]:
        return {
            "days_used": self.days_used,
            "days_remaining": None,
            "overstay_days": 0,
            "latest_exit": None,
            "rule": self.rule,
            "check_date": self.check_date.isoformat(),
            "first_day": self.first_day.isoformat(),
            "allowance": None,
            "window_start": None,
            "entering": self.entering,
            "admissible": self.admissible,
        }
