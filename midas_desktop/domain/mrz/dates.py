"""MRZ dates (YYMMDD) and the century each one belongs to.

The MRZ drops the century, so it is chosen relative to ``today``:
- birth date: the latest century that does not put the birth in the future (a person born
  "250101" seen in 2024 was born in 1925, not 2025);
- expiry date: the century that puts expiry in the window [today - 50 years, today + 50 years), so
  read in 2024, "120415" expired in 2012 and "450101" expires in 2045 (validity runs forward and no
  document is valid for 50 years, so the window is unambiguous for every real document).
"""

from __future__ import annotations

import datetime

UNKNOWN_DATE = "<<<<<<"


def shift_years(day: datetime.date, years: int) -> datetime.date:
    """``day`` moved by whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _split(raw: str) -> tuple[int, int, int]:
    return int(raw[0:2]), int(raw[2:4]), int(raw[4:6])


def birth_date(raw: str, today: datetime.date) -> datetime.date:
    """The birth date of six digits ``raw``; ValueError if no such day exists."""
    yy, month, day = _split(raw)
    century = today.year // 100 * 100
    for year in (century + yy, century - 100 + yy):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            # 29 February may exist in one century and not the other (2000 vs 1900).
            continue
        if candidate <= today:
            return candidate
    raise ValueError(f"no birth date {raw!r} on or before {today}")


def expiry_date(raw: str, today: datetime.date) -> datetime.date:
    """The expiry date of six digits ``raw``, in [today - 50 years, today + 50 years)."""
    yy, month, day = _split(raw)
    lower = shift_years(today, -50)
    upper = shift_years(today, 50)
    century = today.year // 100 * 100
    for year in (century - 100 + yy, century + yy, century + 100 + yy):
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue
        if lower <= candidate < upper:
            return candidate
    raise ValueError(f"no expiry date {raw!r} within 50 years of {today}")


def format_date(day: datetime.date | None) -> str:
    """YYMMDD, or fillers for an unknown date."""
    return UNKNOWN_DATE if day is None else day.strftime("%y%m%d")
