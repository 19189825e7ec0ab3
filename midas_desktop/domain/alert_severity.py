"""How severe each kind of alert is: the supervisor's order, what endangers most first (a listed
person before a paperwork matter). The alert list sorts on it in the store and shows it in words, so
the rank lives here, once."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# 0 is the most severe; a kind not named here ranks last.
SEVERITY: Mapping[str, int] = MappingProxyType(
    {
        "watchlist_hit": 0,
        "invalid_document": 1,
        "referral": 1,
        "overstay": 2,
        "no_stay_remaining": 2,
        "expired_document": 3,
        "previous_overstay": 4,
        "missing_exit": 5,
        "exit_without_entry": 5,
    }
)
LEAST_SEVERE = 5


def severity_of(kind: str) -> int:
    return SEVERITY.get(kind, LEAST_SEVERE)
