"""Moments and calendar dates at the post.

Movements are stored in UTC; the stay rules count calendar days at the post. When the post has a
configured time zone the UTC moment is converted to it; otherwise the wall-clock date of the moment
as given (its own UTC offset, or the PC's local time for "now") is the post's date.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from midas_desktop.services.errors import BadInput


def parse_moment(text: str | None) -> dt.datetime:
    """An aware datetime from ISO-8601 text, or now.

    A date alone means noon at the post, so that no time zone shifts it to another day.
    """
    if text is None:
        return dt.datetime.now().astimezone()
    try:
        if len(text) == 10:
            moment = dt.datetime.combine(dt.date.fromisoformat(text), dt.time(12, 0))
        else:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise BadInput(
            f"not an ISO-8601 date or time: {text!r}", code="bad_moment", params={"text": text}
        ) from exc
    try:
        if moment.tzinfo is None:
            moment = moment.astimezone()  # naive input is the post PC's local time
        moment.astimezone(dt.UTC)  # a moment at the calendar's edge may have no UTC time
    except (OverflowError, ValueError) as exc:
        raise BadInput(
            f"not an ISO-8601 date or time: {text!r}", code="bad_moment", params={"text": text}
        ) from exc
    return moment


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise BadInput(f"not an ISO-8601 date: {text!r}", code="bad_date", params={"text": text}) from exc


def local_date(moment: dt.datetime, post_timezone: str | None) -> dt.date:
    if post_timezone:
        try:
            return moment.astimezone(ZoneInfo(post_timezone)).date()
        except ZoneInfoNotFoundError:
            pass  # an unknown zone must not stop the counter; fall back to the moment's own date
    return moment.date()


def to_utc_naive(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def iso_utc(moment: dt.datetime) -> str:
    return moment.replace(microsecond=moment.microsecond).isoformat(timespec="seconds") + "Z"
