"""What the overstays pages ask (filters, a decision) and show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from midas_desktop.server.console.forms import Fields

KINDS = ("open", "exited")
STATUSES = ("open", "decided")
DECISIONS = ("resolved", "extended")
PAGE_SIZE = 50


@dataclass(frozen=True)
class OverstayQuery:
    post: str | None = None
    nationality: str | None = None
    kind: str | None = None  # open: still in the country; exited: left after overstaying
    status: str | None = "open"  # open: no decision yet
    since: dt.date | None = None  # in overstay from this day on...
    until: dt.date | None = None  # ...up to this day
    offset: int = 0

    @classmethod
    def parse(cls, fields: Fields) -> OverstayQuery:
        return cls(
            post=fields.text("post", 32, required=False),
            nationality=fields.country("nationality"),
            kind=fields.choice("kind", KINDS),
            status=fields.choice("status", (*STATUSES, "all"), default="open"),
            since=fields.date("since"),
            until=fields.date("until"),
            offset=fields.whole("offset", 0, 10**7, default=0),
        )

    def link(self, **changes: object) -> str:
        values: dict[str, object] = {
            "post": self.post,
            "nationality": self.nationality,
            "kind": self.kind,
            "status": self.status,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "offset": self.offset or None,
        }
        values.update(changes)
        from urllib.parse import urlencode

        return urlencode({k: v for k, v in values.items() if v not in (None, "")})


@dataclass(frozen=True)
class Decision:
    decision: str
    note: str
    extension_days: int | None

    @classmethod
    def parse(cls, fields: Fields) -> Decision:
        decision = fields.choice("decision", DECISIONS)
        if decision is None:
            from midas_desktop.server.console.access import Invalid

            raise Invalid("error.field_required", {"field": "decision"})
        note = fields.required_text("note", 2000, multiline=True)
        days = fields.whole("days", 1, 365) if decision == "extended" else None
        return cls(decision, note, days)


@dataclass
class OverstayRow:
    entry_movement_id: str
    traveller_id: int
    surname: str
    given_names: str
    nationality: str
    country: str
    post: str
    entry_date: dt.date
    exit_date: dt.date | None
    latest_exit: dt.date | None
    overstay_days: int
    decision: str | None


@dataclass
class OverstayPage:
    day: dt.date
    total: int
    rows: list[OverstayRow] = field(default_factory=list)
    posts: list[str] = field(default_factory=list)


@dataclass
class OverstayDetail:
    stay: OverstayRow
    decision: dict[str, Any] | None
    history: dict[str, Any]
