"""Checks of the store's integrity: SQLCipher's per-page HMACs, SQLite's structure, the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from midas_desktop.domain.roles import Action
from midas_desktop.services import audit_log, integrity
from midas_desktop.services.errors import StoreUnavailable
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import AuditEntry, Movement


@dataclass
class VerifyReport:
    movements: int = 0
    audit_entries: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "movements": self.movements,
            "audit_entries": self.audit_entries,
            "errors": self.errors,
        }


def verify_audit(session: PostSession) -> VerifyReport:
    session.require(Action.VIEW_AUDIT_LOG)
    report = VerifyReport()
    with session.reading() as db:
        report.audit_entries, breaks = audit_log.verify(db)
        report.movements = db.execute(select(func.count(Movement.id))).scalar_one()
        problems = integrity.check_all(db)
    report.errors.extend(str(b) for b in breaks)
    report.errors.extend(f"audit entry {p['seq']}: {p['problem']}" for p in problems)
    return report


def verify_store(session: PostSession) -> VerifyReport:
    """Every page and the audit chain; damaged pages are named by SQLCipher (page number)."""
    session.require(Action.VIEW_AUDIT_LOG)
    report = VerifyReport()
    with session.engine.connect() as connection:
        # Pages whose HMAC fails (a flipped byte, a torn write) are named with their number.
        for row in connection.execute(text("PRAGMA cipher_integrity_check")):
            report.errors.append(f"encrypted page check: {row[0]}")
        try:
            problems = [str(r[0]) for r in connection.execute(text("PRAGMA integrity_check"))]
        except DatabaseError as exc:
            problems = [f"cannot be read ({str(exc.orig).splitlines()[0]})"]
        if problems != ["ok"]:
            report.errors.extend(f"database structure: {p}" for p in problems)
        connection.rollback()
    try:
        audit = verify_audit(session)
    except StoreUnavailable as exc:
        report.errors.append(f"audit log: {exc}")
        return report
    report.movements, report.audit_entries = audit.movements, audit.audit_entries
    report.errors.extend(audit.errors)
    return report


def audit_entries(session: PostSession, limit: int = 2000) -> list[dict[str, object]]:
    """The newest ``limit`` entries of the audit log (the chain itself: ``verification.verify_audit``)."""
    session.require(Action.VIEW_AUDIT_LOG)
    with session.transaction() as db:
        rows = db.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)).scalars()
        return [
            {
                "seq": r.seq,
                "at": r.at,
                "actor": r.actor,
                "action": r.action,
                "details": r.details,
                "hash": r.hash,
            }
            for r in rows
        ]
