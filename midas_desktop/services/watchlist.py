"""The post's watchlist: CSV import (administrators) and the check of every document at the counter."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from midas_desktop.domain.mrz import MrzFields
from midas_desktop.domain.roles import Action
from midas_desktop.domain.watchlist import (
    Subject,
    WatchlistEntry,
    WatchlistHit,
    WatchlistIndex,
    parse_watchlist_csv,
)
from midas_desktop.services import audit_log
from midas_desktop.services.clock import utc_now
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import WatchlistRow

_CACHE_KEY = "watchlist_index"


@dataclass(frozen=True)
class ImportReport:
    imported: int
    replaced: int
    errors: list[str]


def _entry_id(entry: WatchlistEntry) -> str:
    """A stable id for entries that come without one, so importing the same list twice changes nothing."""
    if entry.entry_id:
        return entry.entry_id
    key = "|".join(
        [
            entry.source,
            entry.document_number or "",
            entry.issuing_state or "",
            entry.surname,
            entry.given_names,
            entry.birth_date.isoformat() if entry.birth_date else "",
        ]
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def import_csv(session: PostSession, text: str, *, replace_source: bool = False) -> ImportReport:
    """Import entries; rows with errors are reported by line and skipped, the good ones all land together."""
    session.require(Action.MANAGE_WATCHLIST)
    parsed = parse_watchlist_csv(text)
    now = utc_now()
    with session.transaction() as db:
        replaced = 0
        if replace_source:
            for source in {e.source for e in parsed.entries}:
                dropped = db.execute(delete(WatchlistRow).where(WatchlistRow.source == source))
                replaced += getattr(dropped, "rowcount", 0) or 0
        existing = set(db.execute(select(WatchlistRow.entry_id)).scalars())
        imported = 0
        for entry in parsed.entries:
            entry_id = _entry_id(entry)
            if entry_id in existing:
                continue
            existing.add(entry_id)
            db.add(
                WatchlistRow(
                    entry_id=entry_id,
                    document_number=entry.document_number,
                    issuing_state=entry.issuing_state,
                    surname=entry.surname,
                    given_names=entry.given_names,
                    birth_date=entry.birth_date,
                    reason=entry.reason,
                    source=entry.source,
                    imported_utc=now,
                )
            )
            imported += 1
        audit_log.append(
            db,
            session,
            "watchlist_import",
            {"imported": imported, "replaced": replaced, "rejected_rows": len(parsed.errors)},
        )
    session.cache.pop(_CACHE_KEY, None)
    return ImportReport(
        imported=imported, replaced=replaced, errors=[f"line {e.line}: {e.message}" for e in parsed.errors]
    )


def _index(db: Session, session: PostSession) -> WatchlistIndex:
    # Adding, replacing and removing entries all move one of these, so the cached index is never stale.
    version = db.execute(
        select(func.count(WatchlistRow.id), func.max(WatchlistRow.id), func.count(WatchlistRow.removed_utc))
    ).one()
    cached = session.cache.get(_CACHE_KEY)
    if isinstance(cached, tuple) and cached[0] == tuple(version):
        index: WatchlistIndex = cached[1]
        return index
    rows = db.execute(select(WatchlistRow).where(WatchlistRow.removed_utc.is_(None))).scalars()
    index = WatchlistIndex(
        WatchlistEntry(
            document_number=r.document_number,
            issuing_state=r.issuing_state,
            surname=r.surname,
            given_names=r.given_names,
            birth_date=r.birth_date,
            reason=r.reason,
            source=r.source,
            entry_id=r.entry_id,
        )
        for r in rows
    )
    session.cache[_CACHE_KEY] = (tuple(version), index)
    return index


def search(db: Session, session: PostSession, fields: MrzFields) -> list[WatchlistHit]:
    """Watchlist hits above the alert threshold for the holder of this document."""
    index = _index(db, session)
    return index.search(
        Subject(
            surname=fields.surname,
            given_names=fields.given_names,
            birth_date=fields.birth_date,
            document_number=fields.document_number,
            issuing_state=fields.issuing_state,
            nationality=fields.nationality,
        )
    )


def hit_dict(hit: WatchlistHit) -> dict[str, object]:
    """A hit with the listed identity beside it, so the officer can compare."""
    entry = hit.entry
    return {
        "entry_id": entry.entry_id,
        "kind": hit.kind,
        "score": round(hit.score, 3),
        "explanation": hit.explanation,
        "reason": entry.reason,
        "source": entry.source,
        "listed": {
            "surname": entry.surname,
            "given_names": entry.given_names,
            "birth_date": entry.birth_date.isoformat() if entry.birth_date else None,
            "document_number": entry.document_number,
            "issuing_state": entry.issuing_state,
        },
    }


def apply_pulled_entry(db: Session, entry: dict[str, object], now: dt.datetime) -> bool:
    """An entry added or changed centrally; returns whether anything changed here."""
    entry_id = str(entry["entry_id"])
    row = db.execute(select(WatchlistRow).where(WatchlistRow.entry_id == entry_id)).scalar_one_or_none()
    values = {
        "document_number": _text_or_none(entry.get("document_number")),
        "issuing_state": _text_or_none(entry.get("issuing_state")),
        "surname": str(entry.get("surname") or ""),
        "given_names": str(entry.get("given_names") or ""),
        "birth_date": _date_or_none(entry.get("birth_date")),
        "reason": str(entry.get("reason") or ""),
        "source": str(entry.get("source") or "central"),
    }
    if row is None:
        db.add(WatchlistRow(entry_id=entry_id, imported_utc=now, **values))
        return True
    changed = (
        any(getattr(row, name) != value for name, value in values.items()) or row.removed_utc is not None
    )
    for name, value in values.items():
        setattr(row, name, value)
    row.removed_utc = row.removed_by = row.removed_reason = None
    return changed


def apply_pulled_removal(db: Session, entry_id: str, removed_by: str, reason: str, now: dt.datetime) -> bool:
    """An entry removed centrally stops matching here at once; the row keeps who removed it and why."""
    row = db.execute(select(WatchlistRow).where(WatchlistRow.entry_id == entry_id)).scalar_one_or_none()
    if row is None or row.removed_utc is not None:
        return False
    row.removed_utc = now
    row.removed_by = removed_by[:64]
    row.removed_reason = reason
    return True


def _text_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _date_or_none(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
