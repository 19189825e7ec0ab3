"""Sync for a post with no link: ``midas sync export`` and ``midas sync receipt``.

The export writes the pending outbox as a batch file (``carry``): the same signed batches a push
would send, made by the same code, encrypted to the server's box key. Nothing is marked sent by an
export; only the server's receipt does that, through the same function as a network
acknowledgement. A record exported and then also pushed over the network, or exported twice, is
stored once centrally (the server keeps one row per id) and cleared here by whichever ack comes first.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select

from midas_desktop.domain.roles import Action
from midas_desktop.services import audit_log
from midas_desktop.services.clock import iso_utc, utc_now
from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import CertificateRow, SyncLink
from midas_desktop.sync import carry, outgoing, protocol, quarantine
from midas_desktop.sync.client import (
    NotEnrolled,
    SyncError,
    check_ack,
    pending_records,
    queued_count,
)


@dataclass(frozen=True)
class ExportReport:
    file: str | None  # None when there was nothing to export (no file is written)
    records: int
    batches: int

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class ReceiptReport:
    acknowledged: int  # records the receipt names
    cleared: int  # of those, pending here until now (the rest were cleared before)
    queued: int  # still to be sent

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def _link(session: PostSession) -> SyncLink:
    with session.transaction() as db:
        link = db.get(SyncLink, 1)
        if link is None:
            raise NotEnrolled("this post is not enrolled: run 'midas post enrol' first")
        db.expunge(link)
    return link


def export(session: PostSession, path: Path, batch_size: int = protocol.MAX_BATCH_RECORDS) -> ExportReport:
    """Write every pending outbox record to an encrypted batch file at ``path`` (replaced whole)."""
    session.require(Action.SYNC)
    link = _link(session)
    if link.server_box_key is None:
        raise SyncError(
            "this post has no encryption key of the server (enrolled before batch files): "
            "sync once over the network, or enrol again, then export"
        )
    with session.transaction() as db:
        records = []
        country, now = session.post.country, utc_now()
        for record in pending_records(db, None):
            # As over the network: a record that breaks the rules is set aside, the others travel.
            problem = quarantine.problem_before_sending(record, link.post_code, country, now)
            if problem:
                quarantine.set_aside(db, session, record["id"], f"breaks a record rule: {problem}")
            else:
                records.append(record)
        extras = outgoing.extras(db, len(records)) if records or outgoing.pending_audit(db) else None
    if extras is None:
        return ExportReport(file=None, records=0, batches=0)
    created = iso_utc(utc_now())
    size = max(1, min(batch_size, protocol.MAX_BATCH_RECORDS))
    # The certificates and audit entries travel with the first batch; the server reads them first.
    envelopes = [
        protocol.seal_batch(
            link.post_code,
            session.sign_bytes,
            session.signer_ref,
            created,
            records[start : start + size],
            extras if start == 0 else None,
        )[1]
        for start in range(0, max(1, len(records)), size)
    ]
    data = carry.seal_batch_file(link.post_code, created, envelopes, link.server_box_key)
    try:
        carry.write_atomically(path, data)
    except OSError as exc:
        raise SyncError(f"cannot write the batch file {path}: {exc.strerror or type(exc).__name__}") from exc
    with session.transaction() as db:
        audit_log.append(db, session, "sync_export", {"records": len(records), "batches": len(envelopes)})
    return ExportReport(file=str(path), records=len(records), batches=len(envelopes))


def apply_receipt(session: PostSession, path: Path) -> ReceiptReport:
    """Mark sent exactly the records a receipt from the enrolled server acknowledges for this post.

    Every acknowledgement is checked before anything is marked: a receipt that is altered, signed by
    another server or made for another post changes nothing.
    """
    session.require(Action.SYNC)
    link = _link(session)
    try:
        if path.stat().st_size > carry.MAX_FILE_BYTES:
            raise BadInput(f"{path} is too large for a receipt")
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(f"cannot read the receipt {path}: {exc.strerror or type(exc).__name__}") from exc
    try:
        acks = carry.open_receipt(data, link.server_public_key, link.post_code)
        accepted = [i for answer in acks for i in check_ack(link.server_public_key, answer)]
    except (carry.CarryError, SyncError) as exc:
        raise BadInput(f"the receipt {path.name} is refused: {exc}") from exc
    with session.transaction() as db:
        certificates = [dict(row.body) for row in db.execute(select(CertificateRow)).scalars()]
        cleared = sum(
            outgoing.apply_ack(db, answer["ack"], link.server_public_key, certificates) for answer in acks
        )
        audit_log.append(db, session, "sync_receipt", {"acknowledged": len(accepted), "cleared": cleared})
        queued = queued_count(db)
    return ReceiptReport(acknowledged=len(accepted), cleared=cleared, queued=queued)
