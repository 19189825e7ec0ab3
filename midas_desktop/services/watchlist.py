"""The post's watchlist: CSV import (administrators) and the check of every document at the counter."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from midas_desktop.domain.mrz import MrzFields
from midas_desktop.domain.roles import Action
from midas_desktop.domain.watchlist import (
    Subject,
    WatchlistEntry,
    WatchlistHit,
    WatchlistIndex,
    entry_keys,
    parse_watchlist_csv,
    subject_keys,
)
from midas_desktop.services import alerts as alert_service
from midas_desktop.services import audit_log
from midas_desktop.services.clock import iso_utc, utc_now
from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import PostSession
from midas_desktop.store import hot
from midas_desktop.store.engine import READ_ONLY_OPTION
from midas_desktop.store.models import Alert, PostSettings, WatchlistKey, WatchlistRow

_KEYS_SETTING = "watchlist_key_scheme"
#: Bumped whenever ``entry_keys`` changes: the stored keys are then rebuilt.
KEY_SCHEME = 1


@dataclass(frozen=True)
class ImportReport:
    imported: int
    replaced: int
    errors: list[str]
    #: The rejected rows: (line of the file, why), for a screen that words the line itself.
    rejected: list[tuple[int, str]] = field(default_factory=list)


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
        added: list[WatchlistRow] = []
        for entry in parsed.entries:
            entry_id = _entry_id(entry)
            if entry_id in existing:
                continue
            existing.add(entry_id)
            row = WatchlistRow(
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
            db.add(row)
            added.append(row)
            imported += 1
        store_keys(db, added)
        audit_log.append(
            db,
            session,
            "watchlist_import",
            {"imported": imported, "replaced": replaced, "rejected_rows": len(parsed.errors)},
        )
    return ImportReport(
        imported=imported,
        replaced=replaced,
        errors=[f"line {e.line}: {e.message}" for e in parsed.errors],
        rejected=[(e.line, e.message) for e in parsed.errors],
    )


def _entry(row: WatchlistRow) -> WatchlistEntry:
    return WatchlistEntry(
        document_number=row.document_number,
        issuing_state=row.issuing_state,
        surname=row.surname,
        given_names=row.given_names,
        birth_date=row.birth_date,
        reason=row.reason,
        source=row.source,
        entry_id=row.entry_id,
    )


def store_keys(db: Session, rows: list[WatchlistRow]) -> None:
    """(Re)write the blocking keys of these entries, in the caller's transaction."""
    if not rows:
        return
    db.flush()
    ids = [row.id for row in rows]
    for start in range(0, len(ids), 500):
        db.execute(delete(WatchlistKey).where(WatchlistKey.entry_id.in_(ids[start : start + 500])))
    keys = [{"key": key, "entry_id": row.id} for row in rows for key in entry_keys(_entry(row))]
    if keys:
        db.execute(insert(WatchlistKey), keys)


def ensure_keys(db: Session) -> None:
    """Keys for every entry, computed once after an upgrade and again whenever the scheme changes."""
    settings = db.get(PostSettings, 1)
    if settings is None or settings.settings.get(_KEYS_SETTING) == KEY_SCHEME:
        return
    db.execute(delete(WatchlistKey))
    last = 0
    while True:
        rows = list(
            db.execute(
                select(WatchlistRow).where(WatchlistRow.id > last).order_by(WatchlistRow.id).limit(5000)
            ).scalars()
        )
        if not rows:
            break
        store_keys(db, rows)
        last = rows[-1].id
    settings.settings = {**settings.settings, _KEYS_SETTING: KEY_SCHEME}


def search(db: Session, session: PostSession, fields: MrzFields) -> list[WatchlistHit]:
    """Watchlist hits above the alert threshold for the holder of this document: the entries that
    share a blocking key with the subject, scored as the whole list would score them."""
    subject = Subject(
        surname=fields.surname,
        given_names=fields.given_names,
        birth_date=fields.birth_date,
        document_number=fields.document_number,
        issuing_state=fields.issuing_state,
        nationality=fields.nationality,
    )
    keys = sorted(subject_keys(subject))
    if not keys:
        return []
    if hot.post_settings(db).get(_KEYS_SETTING) != KEY_SCHEME:
        if not db.connection().get_execution_options().get(READ_ONLY_OPTION, False):
            ensure_keys(db)
        else:
            # A check only reads: writing the keys in its snapshot fails whenever a pull is being
            # stored meanwhile. They are written in a transaction of their own, and this one check
            # scores the whole list (its snapshot cannot see them).
            with session.transaction() as writer:
                ensure_keys(writer)
            everyone = db.execute(select(WatchlistRow).where(WatchlistRow.removed_utc.is_(None))).scalars()
            return WatchlistIndex(_entry(row) for row in everyone).search(subject)
    candidates = hot.watchlist_candidates(db, keys)
    entries = [
        WatchlistEntry(
            document_number=number,
            issuing_state=state,
            surname=surname,
            given_names=given,
            birth_date=born,
            reason=reason,
            source=source,
            entry_id=entry_id,
        )
        for number, state, surname, given, born, reason, source, entry_id in candidates
    ]
    # The store's keys already chose the candidates this subject's name could reach.
    return WatchlistIndex(entries, preselected=True).search(subject)


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


def hit_alert(
    hit: WatchlistHit,
    traveller: alert_service.HasId | None,
    movement: alert_service.HasId | None,
    now: dt.datetime,
    **context: object,
) -> Alert:
    """The supervisor's alert for a watchlist hit, with the listed identity to compare; ``context``
    (the counter's decision, whether the document was valid) joins its details."""
    return alert_service.new_alert(
        "watchlist_hit",
        traveller,
        movement,
        now,
        f"watchlist {hit.kind} (score {hit.score:.2f}): {hit.entry.reason}",
        {
            "score": round(hit.score, 3),
            "kind": hit.kind,
            "explanation": hit.explanation,
            "source": hit.entry.source,
            "reason": hit.entry.reason,
            "entry_id": hit.entry.entry_id,
            "listed": hit_dict(hit)["listed"],
            **context,
        },
    )


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


def entry_dict(row: WatchlistRow) -> dict[str, object]:
    return {
        "entry_id": row.entry_id,
        "document_number": row.document_number,
        "issuing_state": row.issuing_state,
        "surname": row.surname,
        "given_names": row.given_names,
        "birth_date": row.birth_date.isoformat() if row.birth_date else None,
        "reason": row.reason,
        "source": row.source,
        "imported": iso_utc(row.imported_utc),
        "removed": iso_utc(row.removed_utc) if row.removed_utc else None,
        "removed_by": row.removed_by,
        "removed_reason": row.removed_reason,
    }


def list_entries(
    session: PostSession, words: str = "", *, include_removed: bool = False, limit: int = 500
) -> list[dict[str, object]]:
    """Entries whose document number, names, reason or source hold ``words`` (administrators)."""
    session.require(Action.MANAGE_WATCHLIST)
    query = select(WatchlistRow).order_by(WatchlistRow.surname, WatchlistRow.given_names, WatchlistRow.id)
    if not include_removed:
        query = query.where(WatchlistRow.removed_utc.is_(None))
    for word in words.split():
        pattern = f"%{word}%"
        query = query.where(
            WatchlistRow.document_number.ilike(pattern)
            | WatchlistRow.surname.ilike(pattern)
            | WatchlistRow.given_names.ilike(pattern)
            | WatchlistRow.reason.ilike(pattern)
            | WatchlistRow.source.ilike(pattern)
        )
    with session.reading() as db:
        return [entry_dict(row) for row in db.execute(query.limit(limit)).scalars()]


def remove_entry(session: PostSession, entry_id: str, reason: str) -> dict[str, object]:
    """Take an entry off the list here, with the reason; it is kept (who, when, why) but never matches
    again. Audited. (Entries listed centrally are removed centrally; this is the post's own list.)"""
    session.require(Action.MANAGE_WATCHLIST)
    if not reason.strip():
        raise BadInput("removing a watchlist entry needs a reason", code="removal_needs_reason")
    with session.transaction() as db:
        row = db.execute(select(WatchlistRow).where(WatchlistRow.entry_id == entry_id)).scalar_one_or_none()
        if row is None or row.removed_utc is not None:
            raise BadInput("there is no such watchlist entry", code="no_such_watchlist_entry")
        row.removed_utc = utc_now()
        row.removed_by = session.user.username
        row.removed_reason = reason.strip()
        audit_log.append(db, session, "watchlist_removed", {"source": row.source})
        db.flush()
        return entry_dict(row)


def _text_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _date_or_none(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
