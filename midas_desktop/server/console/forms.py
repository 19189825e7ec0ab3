"""Reading form fields and query parameters: every value bounded and checked, a bad one refused with
the field's name (``Invalid``), never passed on to the database as it came."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping

from midas_desktop.server.console.access import Invalid

_COUNTRY = re.compile(r"^[A-Z]{3}$")
_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
# Control characters (but line feeds and tabs in multi-line fields) and lone surrogates are refused.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


class Fields:
    """The submitted values (a form or the query string) of one request."""

    def __init__(self, values: Mapping[str, object]) -> None:
        self.values = values

    def raw(self, name: str) -> str:
        value = self.values.get(name)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise Invalid("error.field", {"field": name})
        return value

    def text(self, name: str, limit: int, *, required: bool = True, multiline: bool = False) -> str | None:
        value = self.raw(name).strip()
        if not value:
            if required:
                raise Invalid("error.field_required", {"field": name})
            return None
        if len(value) > limit:
            raise Invalid("error.field_too_long", {"field": name, "limit": limit})
        if not multiline and ("\n" in value or "\r" in value):
            raise Invalid("error.field", {"field": name})
        if _CONTROL.search(value.replace("\r\n", "\n").replace("\r", "\n")):
            raise Invalid("error.field", {"field": name})
        return value

    def required_text(self, name: str, limit: int, *, multiline: bool = False) -> str:
        value = self.text(name, limit, multiline=multiline)
        assert value is not None
        return value

    def whole(self, name: str, low: int, high: int, *, default: int | None = None) -> int:
        value = self.raw(name).strip()
        if not value and default is not None:
            return default
        if not value.isascii() or not value.isdigit() or len(value) > 12 or not low <= int(value) <= high:
            raise Invalid("error.field_number", {"field": name, "low": low, "high": high})
        return int(value)

    def date(self, name: str, *, required: bool = False) -> dt.date | None:
        value = self.raw(name).strip()
        if not value:
            if required:
                raise Invalid("error.field_required", {"field": name})
            return None
        try:
            day = dt.date.fromisoformat(value) if len(value) == 10 else None
        except ValueError:
            day = None
        if day is None or not 1900 <= day.year <= 2200:
            raise Invalid("error.field_date", {"field": name})
        return day

    def choice(self, name: str, options: Iterable[str], default: str | None = None) -> str | None:
        value = self.raw(name).strip()
        if not value:
            return default
        if value not in set(options):
            raise Invalid("error.field", {"field": name})
        return value

    def country(self, name: str) -> str | None:
        value = self.raw(name).strip().upper()
        if not value:
            return None
        if not _COUNTRY.match(value):
            raise Invalid("error.field_country", {"field": name})
        return value

    def identifier(self, name: str, *, required: bool = True) -> str | None:
        value = self.raw(name).strip()
        if not value:
            if required:
                raise Invalid("error.field_required", {"field": name})
            return None
        if not _ID.match(value):
            raise Invalid("error.field", {"field": name})
        return value

    def required_identifier(self, name: str) -> str:
        value = self.identifier(name)
        assert value is not None
        return value
