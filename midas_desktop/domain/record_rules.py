"""What a recorded movement or stay extension must be, wherever it is made or received.

One set of rules for the counter (the desktop app and ``midas entry``/``exit``), the sync client
(before it sends) and the central server (before it stores): country codes that exist, the post's own
country, moments within a sane window of the clock that judges them, a ``local_date`` that can be the
date of ``at`` somewhere on Earth, text without control characters and within the lengths the stores
hold, and whole numbers in range. Only known fields are allowed, each bounded, so a record's size
is bounded too (a movement is about 1 kB, never above 4 kB). A record that breaks one is refused
with a reason that names the field and never its value (reasons go into logs and answers; values
can be personal data).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from midas_desktop.domain.mrz.countries import country_status, is_known_country
from midas_desktop.domain.roles import Action, Role, may

__all__ = [
    "MAX_AHEAD",
    "MAX_DAYS",
    "MAX_PAST",
    "TEXT_LIMITS",
    "RecordRefused",
    "check_extension",
    "check_moment",
    "check_movement",
    "check_text",
    "extension_problem",
    "maker_problem",
    "moment_problem",
    "movement_problem",
    "record_problem",
]

#: A moment may be this far ahead of the clock judging it (clocks drift, and are corrected).
MAX_AHEAD = dt.timedelta(days=1)
#: ... and this far behind it (late capture after a long outage; retention keeps records this long).
MAX_PAST = dt.timedelta(days=3653)
#: Days of stay granted or extended at once: more than any rule allows, far less than the integer
#: columns hold.
MAX_DAYS = 3660
#: The longest text each field may hold (the lengths of the post's and the server's columns).
TEXT_LIMITS: dict[str, int] = {
    "post": 32,
    "country": 3,
    "officer": 64,
    "reason": 1000,
    "purpose": 64,
    "transport": 32,
    "vehicle": 64,
    "signer": 80,
    "signature": 100,
    "surname": 200,
    "given_names": 200,
    "nationality": 3,
    "sex": 1,
    "type": 8,
    "code": 2,
    "issuing_state": 3,
    "number": 40,
    "authority": 200,
    "granted_by": 64,
}
# Earth's time zones run from UTC-12 to UTC+14: the local date of a moment is within these.
_WEST, _EAST = dt.timedelta(hours=12), dt.timedelta(hours=14)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

_MOVEMENT_KEYS = frozenset(
    {
        "id",
        "direction",
        "post",
        "country",
        "officer",
        "at",
        "local_date",
        "days_granted",
        "decision",
        "reason",
        "purpose",
        "transport",
        "vehicle",
        "traveller",
        "document",
        "signer",
        "signature",
    }
)
_TRAVELLER_KEYS = frozenset({"surname", "given_names", "nationality", "birth_date", "sex"})
_DOCUMENT_KEYS = frozenset({"type", "code", "issuing_state", "number", "expiry_date"})
_EXTENSION_KEYS = frozenset(
    {
        "id",
        "entry_movement_id",
        "days",
        "latest_exit",
        "authority",
        "reason",
        "granted_by",
        "granted_utc",
        "post",
        "signer",
        "signature",
    }
)
_DECISIONS = {"entry": ("admitted", "refused"), "exit": ("departed",)}


class RecordRefused(ValueError):
    """A record that breaks a rule; the message names the field, never its value."""


def check_text(field: str, value: object, *, required: bool = False) -> str | None:
    """The problem with one text field (``TEXT_LIMITS[field]`` long at most), or None."""
    if value is None or value == "":
        return f"{field}: missing" if required else None
    if not isinstance(value, str):
        return f"{field}: not a text"
    if len(value) > TEXT_LIMITS[field]:
        return f"{field}: longer than {TEXT_LIMITS[field]} characters"
    if _CONTROL.search(value):
        return f"{field}: holds a control character"
    return None


def moment_problem(at: dt.datetime, clock: dt.datetime) -> str | None:
    """Whether ``at`` lies within the sane window around ``clock`` (both aware, or both naive UTC)."""
    if at > clock + MAX_AHEAD:
        return "at: more than a day ahead of the clock"
    if at < clock - MAX_PAST:
        return "at: more than ten years before the clock"
    return None


def check_moment(at: dt.datetime, clock: dt.datetime) -> None:
    """:class:`RecordRefused` unless ``at`` is within the window around ``clock``."""
    problem = moment_problem(at, clock)
    if problem:
        raise RecordRefused(problem)


def _utc(value: object, field: str) -> dt.datetime:
    if not isinstance(value, str) or not 19 <= len(value) <= 35:
        raise RecordRefused(f"{field}: not an ISO-8601 time")
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise RecordRefused(f"{field}: not an ISO-8601 time") from None
    if moment.tzinfo is None:
        raise RecordRefused(f"{field}: has no UTC offset")
    try:
        return moment.astimezone(dt.UTC).replace(tzinfo=None)
    except OverflowError:  # 9999-12-31T23:59:59-01:00 is in year 10000 in UTC
        raise RecordRefused(f"{field}: not a time that exists in UTC") from None


def _date(value: object, field: str, *, required: bool = False) -> dt.date | None:
    if value is None and not required:
        return None
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise RecordRefused(f"{field}: not an ISO-8601 date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise RecordRefused(f"{field}: not a date that exists") from None


def _whole(value: object, field: str, *, required: bool) -> None:
    if value is None and not required:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_DAYS:
        raise RecordRefused(f"{field}: not a whole number from 1 to {MAX_DAYS}")


def _uuid(value: object, field: str) -> None:
    if not isinstance(value, str) or not _UUID.fullmatch(value):
        raise RecordRefused(f"{field}: not a UUID")


def _texts(raw: Mapping[str, Any], names: tuple[str, ...], required: tuple[str, ...] = ()) -> None:
    for name in names:
        problem = check_text(name, raw.get(name), required=name in required)
        if problem:
            raise RecordRefused(problem)


def _shape(raw: object, keys: frozenset[str], what: str) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping):
        raise RecordRefused(f"{what}: not an object")
    unknown = set(raw) - keys
    if unknown:
        raise RecordRefused(f"{what}: unknown field(s) {', '.join(sorted(k[:20] for k in unknown))[:80]}")
    return raw


def _country(value: object, field: str) -> str:
    if not isinstance(value, str) or len(value) > 3:
        raise RecordRefused(f"{field}: not a country code")
    if country_status(value) == "unknown":
        raise RecordRefused(f"{field}: not a known country code")
    return value


def check_movement(
    payload: Mapping[str, Any], *, clock: dt.datetime, post: str | None = None, country: str | None = None
) -> None:
    """:class:`RecordRefused` naming the first rule the movement breaks.

    ``clock``: naive UTC, the clock that judges the record's moment (the post's when it is recorded
    or sent, the server's when it is received). ``post``, ``country``: the post that made it, when
    the caller knows (the server knows who signed the batch).
    """
    raw = _shape(payload, _MOVEMENT_KEYS, "movement")
    _uuid(raw.get("id"), "id")
    direction = raw.get("direction")
    if not isinstance(direction, str) or direction not in _DECISIONS:
        raise RecordRefused("direction: neither entry nor exit")
    _texts(
        raw,
        ("post", "officer", "reason", "purpose", "transport", "vehicle", "signer", "signature"),
        ("post",),
    )
    if post is not None and raw.get("post") != post:
        raise RecordRefused("post: a post may send only its own records")
    place = raw.get("country")
    if not isinstance(place, str) or not is_known_country(place):
        raise RecordRefused("country: not a known country code")
    if country is not None and place != country:
        raise RecordRefused("country: not the country of the post")
    decision = raw.get("decision")
    if decision is not None and decision not in _DECISIONS[str(direction)]:
        raise RecordRefused(f"decision: not one of {', '.join(_DECISIONS[str(direction)])}")
    if decision == "refused" and not raw.get("reason"):
        raise RecordRefused("reason: a refusal needs its reason")
    _whole(raw.get("days_granted"), "days_granted", required=False)
    at = _utc(raw.get("at"), "at")
    check_moment(at, clock)
    local = _date(raw.get("local_date"), "local_date", required=True)
    if local is None or not (at - _WEST).date() <= local <= (at + _EAST).date():
        raise RecordRefused("local_date: not the date of 'at' in any time zone")
    person = _shape(raw.get("traveller"), _TRAVELLER_KEYS, "traveller")
    _texts(person, ("surname", "given_names"))
    if not (person.get("surname") or person.get("given_names")):
        raise RecordRefused("traveller: no name")
    _country(person.get("nationality"), "nationality")
    if person.get("sex") not in ("M", "F", "X"):
        raise RecordRefused("sex: not M, F or X")
    born = _date(person.get("birth_date"), "birth_date")
    if born is not None and not dt.date(1880, 1, 1) <= born <= local:
        raise RecordRefused("birth_date: not between 1880 and the day of the crossing")
    document = raw.get("document")
    if document is not None:
        papers = _shape(document, _DOCUMENT_KEYS, "document")
        _texts(papers, ("type", "code", "number"), ("number",))
        _country(papers.get("issuing_state"), "issuing_state")
        _date(papers.get("expiry_date"), "expiry_date")


def check_extension(payload: Mapping[str, Any], *, clock: dt.datetime, post: str | None = None) -> None:
    """:class:`RecordRefused` naming the first rule the stay extension breaks (``clock`` as above)."""
    raw = _shape(payload, _EXTENSION_KEYS, "extension")
    _uuid(raw.get("id"), "id")
    _uuid(raw.get("entry_movement_id"), "entry_movement_id")
    _whole(raw.get("days"), "days", required=True)
    _texts(raw, ("authority", "reason", "granted_by", "post", "signer", "signature"), ("granted_by",))
    if post is not None and raw.get("post") not in (None, post):
        raise RecordRefused("post: a post may send only its own records")
    granted = _utc(raw.get("granted_utc"), "granted_utc")
    problem = moment_problem(granted, clock)
    if problem:
        raise RecordRefused(problem.replace("at:", "granted_utc:", 1))
    latest = _date(raw.get("latest_exit"), "latest_exit", required=True)
    assert latest is not None
    if not granted.date() - MAX_PAST <= latest <= granted.date() + dt.timedelta(days=MAX_DAYS * 2):
        raise RecordRefused("latest_exit: not a date near the grant")


def movement_problem(payload: Mapping[str, Any], **context: Any) -> str | None:
    try:
        check_movement(payload, **context)
    except RecordRefused as exc:
        return str(exc)
    return None


def extension_problem(payload: Mapping[str, Any], **context: Any) -> str | None:
    try:
        check_extension(payload, **context)
    except RecordRefused as exc:
        return str(exc)
    return None


def record_problem(
    kind: str, payload: object, *, clock: dt.datetime, post: str | None = None, country: str | None = None
) -> str | None:
    """The first problem of an outbox or batch record of ``kind`` (movement, stay_extension), or None."""
    if not isinstance(payload, Mapping):
        return "the record has no payload object"
    if kind == "movement":
        return movement_problem(payload, clock=clock, post=post, country=country)
    if kind == "stay_extension":
        return extension_problem(payload, clock=clock, post=post)
    return "the record is of an unknown kind"


#: Who a record names as its maker, and what its maker must be allowed to do.
_MAKERS: dict[str, tuple[str, Action]] = {
    "movement": ("officer", Action.RECORD_CROSSING),
    "stay_extension": ("granted_by", Action.GRANT_EXTENSION),
}


def maker_problem(kind: str, payload: Mapping[str, Any], username: str, role: str) -> str | None:
    """Why the user who signed a record (``username``, with the ``role`` their certificate gives them)
    cannot be its maker: their role may not make it (an officer's stay extension), or the record names
    someone else as its maker. None when they can. The post's services check the role before they
    write; the centre checks the record itself, since a program of an insider's own need not ask."""
    maker = _MAKERS.get(kind)
    if maker is None:
        return "the record is of an unknown kind"
    field, action = maker
    try:
        allowed = may(Role(role), action)
    except ValueError:
        allowed = False
    if not allowed:
        return f"is signed by a user whose role may not {action.value.replace('_', ' ')}"
    if payload.get(field) != username:
        return f"{field}: names another user than the one who signed it"
    return None
