"""Watchlist checks: CSV import of listed documents and persons, and a fast, transliteration-aware
matcher of travellers against them (stdlib only).

    parsed = parse_watchlist_csv(text)
    index = WatchlistIndex(parsed.entries)
    hits = index.search(Subject("PEREZ", "JOSE", date(1980, 5, 1), "P1234567", "GTM"))
"""

from midas_desktop.domain.watchlist.entries import (
    ParsedWatchlist,
    RowError,
    Subject,
    WatchlistEntry,
    normalise_document_number,
    normalise_issuing_state,
    parse_watchlist_csv,
)
from midas_desktop.domain.watchlist.matching import (
    DEFAULT_THRESHOLD,
    KIND_DOCUMENT,
    KIND_DOCUMENT_NUMBER_ONLY,
    KIND_NAME,
    KIND_NAME_AND_BIRTH_DATE,
    WatchlistHit,
    WatchlistIndex,
    entry_keys,
    subject_keys,
)
from midas_desktop.domain.watchlist.names import normalise_name, phonetic_key

__all__ = [
    "DEFAULT_THRESHOLD",
    "KIND_DOCUMENT",
    "KIND_DOCUMENT_NUMBER_ONLY",
    "KIND_NAME",
    "KIND_NAME_AND_BIRTH_DATE",
    "ParsedWatchlist",
    "RowError",
    "Subject",
    "WatchlistEntry",
    "WatchlistHit",
    "WatchlistIndex",
    "entry_keys",
    "normalise_document_number",
    "normalise_issuing_state",
    "normalise_name",
    "parse_watchlist_csv",
    "phonetic_key",
    "subject_keys",
]
