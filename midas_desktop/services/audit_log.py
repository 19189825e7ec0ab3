"""Appending to and verifying the hash-chained audit log (the chain itself: domain.audit)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from midas_desktop.domain.audit import GENESIS_HASH, AuditRecord, ChainError, entry_hash, verify_chain
from midas_desktop.services.clock import iso_utc, utc_now
from midas_desktop.store.models import AuditEntry


def append(db: Session, actor: str, action: str, details: Mapping[str, object]) -> AuditEntry:
    """Add one entry in the caller's transaction, so it commits (or not) with what it describes."""
    last = db.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one_or_none()
    seq = 1 if last is None else last.seq + 1
    prev = GENESIS_HASH if last is None else last.hash
    at = iso_utc(utc_now())
    entry = AuditEntry(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        details=dict(details),
        prev_hash=prev,
        hash=entry_hash(prev, seq, at, actor, action, details),
    )
    db.add(entry)
    db.flush()
    return entry


def verify(db: Session) -> tuple[int, list[ChainError]]:
    """(number of entries, breaks in the chain)."""
    rows = db.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    records = [AuditRecord(r.seq, r.at, r.actor, r.action, r.details, r.prev_hash, r.hash) for r in rows]
    return len(records), verify_chain(records)
