"""What a post sends besides its records, and what it keeps from the server's acknowledgements.

Each batch carries the certificates the server has not acknowledged yet, the audit entries after the
last anchor the server gave back (so the server holds the chain and notices a fork, a rollback or a
rewritten entry), the chain's head, and what the post's own checks found wrong since the last sync.
An acknowledgement marks records and certificates sent and brings the new anchor: the server's
signature over the chain's head, which the post keeps as evidence (``services.audit_log.verify``).
The network push and the batch files carried on a stick use the same two functions.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from midas_desktop.domain.audit import anchor_statement
from midas_desktop.services import audit_log, integrity, outbox
from midas_desktop.services.clock import utc_now
from midas_desktop.store import hot
from midas_desktop.store.models import AuditAnchor, AuditEntry, CertificateRow, PostSettings
from midas_desktop.sync import protocol


def latest_anchor(db: Session) -> AuditAnchor | None:
    return db.execute(select(AuditAnchor).order_by(AuditAnchor.seq.desc()).limit(1)).scalar_one_or_none()


def extras(
    db: Session, queued: int, *, with_findings: bool = True, audit_limit: int = protocol.MAX_BATCH_AUDIT
) -> protocol.PushExtras:
    """The certificates, audit entries (``audit_limit`` at most), head and findings for the next batch."""
    certificates = [
        dict(row.body)
        for row in db.execute(
            select(CertificateRow)
            .where(CertificateRow.sent_utc.is_(None))
            .order_by(CertificateRow.id)
            .limit(protocol.MAX_BATCH_CERTIFICATES)
        ).scalars()
    ]
    anchor = latest_anchor(db)
    after = anchor.seq if anchor else 0
    unanchored = audit_log.records_between(
        db, after=after, limit=max(1, min(audit_limit, protocol.MAX_BATCH_AUDIT))
    )
    entries = [record.to_dict() for record in unanchored]
    head = db.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one_or_none()
    findings = integrity.findings_for_sync(db, unanchored) if with_findings else []
    return protocol.PushExtras(
        certificates=certificates,
        audit=entries,
        audit_head={"seq": head.seq, "hash": head.hash} if head else None,
        findings=findings[: protocol.MAX_BATCH_FINDINGS],
        queued=queued,
        capture=outbox.capture_report(db, utc_now()),
    )


def pending_audit(db: Session) -> bool:
    """Whether audit entries or certificates are waiting for the server (a push sends them even
    with no record to send)."""
    anchor = latest_anchor(db)
    newer = db.execute(
        select(AuditEntry.seq).where(AuditEntry.seq > (anchor.seq if anchor else 0)).limit(1)
    ).scalar_one_or_none()
    unsent = db.execute(
        select(CertificateRow.id).where(CertificateRow.sent_utc.is_(None)).limit(1)
    ).scalar_one_or_none()
    return newer is not None or unsent is not None


def apply_ack(
    db: Session, ack: dict[str, Any], server_public_key: str, sent_certificates: list[dict[str, Any]]
) -> int:
    """Keep what an acknowledgement says (its signature already checked): records and certificates
    sent, the anchor. Returns how many records were pending until now."""
    accepted = [i for i in ack.get("accepted", []) if isinstance(i, str)]
    now = utc_now()
    cleared = hot.mark_outbox_sent(db, accepted, now)
    for certificate in sent_certificates:
        db.execute(
            update(CertificateRow)
            .where(
                CertificateRow.username == certificate.get("username"),
                CertificateRow.serial == certificate.get("serial"),
                CertificateRow.sent_utc.is_(None),
            )
            .values(sent_utc=now)
        )
    anchor = ack.get("anchor")
    settings = db.get(PostSettings, 1)
    if isinstance(anchor, dict) and settings is not None:
        seq, digest, signature = anchor.get("seq"), anchor.get("hash"), anchor.get("signature")
        if (
            isinstance(seq, int)
            and isinstance(digest, str)
            and isinstance(signature, str)
            and protocol.verify(server_public_key, anchor_statement(settings.code, seq, digest), signature)
            and db.get(AuditAnchor, seq) is None
        ):
            db.add(AuditAnchor(seq=seq, hash=digest, server_signature=signature, anchored_utc=now))
    return cleared
