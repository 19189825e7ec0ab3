"""What the audit page asks and shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from midas_desktop.server.console.forms import Fields


@dataclass(frozen=True)
class AuditQuery:
    username: str | None = None
    action: str | None = None
    offset: int = 0
    page_size: int = 50

    @classmethod
    def parse(cls, fields: Fields) -> AuditQuery:
        return cls(
            username=fields.text("username", 64, required=False),
            action=fields.text("action", 48, required=False),
            offset=fields.whole("offset", 0, 10**7, default=0),
        )


@dataclass
class AuditPage:
    total: int
    entries: list[dict[str, Any]] = field(default_factory=list)
