"""What the statistics page asks (period and filters) and shows (tables and bar charts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urlencode

from midas_desktop.server.console.access import Invalid
from midas_desktop.server.console.forms import Fields

DIRECTIONS = ("entry", "exit")
BREAKDOWNS = ("day", "post", "nationality", "direction", "transport")
MAX_DAYS = 400


@dataclass(frozen=True)
class StatsQuery:
    since: dt.date
    until: dt.date
    post: str | None = None
    nationality: str | None = None
    direction: str | None = None
    transport: str | None = None

    @classmethod
    def parse(cls, fields: Fields, today: dt.date) -> StatsQuery:
        until = fields.date("until") or today
        since = fields.date("since") or until - dt.timedelta(days=29)
        if since > until or (until - since).days > MAX_DAYS:
            raise Invalid("error.period", {"days": MAX_DAYS})
        return cls(
            since,
            until,
            fields.text("post", 32, required=False),
            fields.country("nationality"),
            fields.choice("direction", DIRECTIONS),
            fields.text("transport", 32, required=False),
        )

    def link(self) -> str:
        values = {
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
            "post": self.post,
            "nationality": self.nationality,
            "direction": self.direction,
            "transport": self.transport,
        }
        return urlencode({k: v for k, v in values.items() if v})


@dataclass
class Bar:
    label: str
    value: int
    width: float  # share of the largest bar, 0..1


@dataclass
class Figures:
    query: StatsQuery
    total: int
    breakdowns: dict[str, list[Bar]] = field(default_factory=dict)
    overstays_by_nationality: list[Bar] = field(default_factory=list)
    rows: list[tuple[str, str, str, str, str, int]] = field(default_factory=list)


def bars(counts: dict[str, int], *, keep_order: bool = False, limit: int = 40) -> list[Bar]:
    items = list(counts.items()) if keep_order else sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    items = items[:limit] if not keep_order else items[-limit * 3 :]
    top = max((v for _k, v in items), default=0) or 1
    return [Bar(k, v, v / top) for k, v in items]
