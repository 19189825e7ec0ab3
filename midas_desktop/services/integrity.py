"""The post's own evidence that nobody rewrote a record: signatures and the audit entries' digests.

Every movement and extension recorded here carries its maker's signature, and the audit entry of the
act names the digest of the signed record. ``check_records`` verifies both (a deleted record, a changed
one, one re-signed by somebody else); ``services.verification`` runs it over the whole store, and each
sync runs it over the entries written since the last sync plus a rolling window of older ones, so the
central server hears of a change at the next sync on a small store and within a bounded number of
syncs on a large one (``midas audit verify`` checks everything at once).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from midas_desktop.domain.audit import AuditRecord, ChainError
from midas_desktop.services import audit_log, records
from midas_desktop.store import hot
from midas_desktop.store.models import AuditAnchor, AuditEntry, PostSettings, StayExtension

#: Older audit entries whose records each sync checks again, cycling through the whole log.
SYNC_WINDOW = 2000


def _finding(seq: int, problem: str) -> dict[str, Any]:
    return {"kind": "record", "seq": seq, "problem": problem}


def check_records(
    db: Session,
    entries: Iterable[AuditRecord],
    keys: dict[str, str],
    *,
    sound: Collection[int] = (),
) -> list[dict[str, Any]]:
    """Problems with the records these audit entries vouch for (text without personal data).

    ``sound``: entries whose own signature was just verified. A record such an entry names, by the
    digest of the record with its signature, and made by the entry's own signer, was vouched for by
    its maker's key: its digest is compared, its signature not verified a second time."""
    wanted_movements: dict[str, tuple[int, str]] = {}
    wanted_extensions: dict[str, tuple[int, str]] = {}
    vouched_by: dict[int, str] = {}
    for entry in entries:
        digest = entry.details.get("sha256")
        if not isinstance(digest, str):
            continue
        if entry.seq in sound and entry.signer:
            vouched_by[entry.seq] = entry.signer
        movement, extension = entry.details.get("movement"), entry.details.get("extension")
        if isinstance(movement, str):
            wanted_movements[movement] = (entry.seq, digest)
        elif isinstance(extension, str):
            wanted_extensions[extension] = (entry.seq, digest)
    findings: list[dict[str, Any]] = []
    # Erased by a retention purge: read only when a movement is missing (the purges' entries are
    # found by a scan of the whole log, which a sync must not pay for every time).
    erased: set[str] | None = None
    ids = list(wanted_movements)
    for start in range(0, len(ids), 500):
        # Plain rows, not ORM objects: the payload is built from the same attributes, at less cost.
        rows = hot.movements_by_id(db, ids[start : start + 500])
        for movement_id in ids[start : start + 500]:
            seq, digest = wanted_movements[movement_id]
            row = rows.get(movement_id)
            if row is None:
                erased = _purged(db) if erased is None else erased
                if movement_id in erased:
                    continue
                findings.append(_finding(seq, f"the movement {movement_id} it records is gone"))
                continue
            payload = records.signed_movement(row)
            if records.digest(payload) != digest:
                findings.append(_finding(seq, f"the movement {movement_id} differs from what was recorded"))
            elif vouched_by.get(seq) == row.signer:
                continue
            elif not records.verifies(
                records.movement_payload(row), row.signature, keys.get(row.signer or "")
            ):
                findings.append(_finding(seq, f"the movement {movement_id} is not signed by its maker"))
    ids = list(wanted_extensions)
    for start in range(0, len(ids), 500):
        extensions = {
            row.id: row
            for row in db.execute(
                select(StayExtension).where(StayExtension.id.in_(ids[start : start + 500]))
            ).scalars()
        }
        for extension_id in ids[start : start + 500]:
            seq, digest = wanted_extensions[extension_id]
            extension = extensions.get(extension_id)
            if extension is None:
                findings.append(_finding(seq, f"the extension {extension_id} it records is gone"))
                continue
            payload = {**records.extension_payload(extension), "signature": extension.signature}
            if records.digest(payload) != digest:
                findings.append(_finding(seq, f"the extension {extension_id} differs from what was recorded"))
            elif vouched_by.get(seq) == extension.signer:
                continue
            elif not records.verifies(
                records.extension_payload(extension), extension.signature, keys.get(extension.signer or "")
            ):
                findings.append(_finding(seq, f"the extension {extension_id} is not signed by its maker"))
    return findings


def _purged(db: Session) -> set[str]:
    """Movements erased by a retention purge (named by the purge's signed audit entries)."""
    erased: set[str] = set()
    for details in db.execute(
        select(AuditEntry.details).where(AuditEntry.action == "retention_purged_records")
    ).scalars():
        movements = details.get("movements") if isinstance(details, dict) else None
        if isinstance(movements, list):
            erased.update(str(m) for m in movements)
    return erased


def _keys(db: Session) -> dict[str, str]:
    settings = db.get(PostSettings, 1)
    return audit_log.signer_keys(db, settings.root_public if settings else None)


def check_all(db: Session) -> list[dict[str, Any]]:
    """Every record every audit entry vouches for."""
    return check_records(db, audit_log.records_between(db, after=0), _keys(db))


def findings_for_sync(db: Session, unanchored: list[AuditRecord] | None = None) -> list[dict[str, Any]]:
    """What a sync reports: the audit chain's breaks and the records' problems, over the entries since
    the last check and a rolling window of older ones (the cursor is kept in the post's settings).
    ``unanchored``: the entries after the server's latest anchor, when the caller read them (the push
    does, to send them); used when they reach the head."""
    settings = db.get(PostSettings, 1)
    if settings is None:
        return []
    values = dict(settings.settings)
    checked = int(values.get("integrity_checked_seq", 0))
    window = int(values.get("integrity_window_seq", 0))
    head = (
        db.execute(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one_or_none() or 0
    )
    keys = _keys(db)
    if window >= head:
        window = 0
    # The entries since the last check, and a window of older ones: each range's chain is checked
    # from the entry before it, with the anchors that fall in it (the window cycles through them all).
    # Entries after the server's anchor travel with this sync and the server verifies their
    # signatures; here their links and hashes are checked, and the records they name.
    first = audit_log.first_signed_seq(db)
    anchored = db.execute(select(func.max(AuditAnchor.seq))).scalar_one_or_none() or 0
    breaks: list[ChainError] = []
    recent: list[AuditRecord] = []
    if checked < anchored:
        _n, found, entries = audit_log.verify_entries(
            db, keys, settings, after=checked, upto=anchored, all_anchors=False
        )
        breaks += found
        recent += entries
    after = max(checked, anchored)
    read = (
        unanchored
        if unanchored is not None
        and checked <= anchored
        and (unanchored[-1].seq if unanchored else anchored) == head
        and (not unanchored or unanchored[0].seq == anchored + 1)
        else None
    )
    _n, found, entries = audit_log.verify_entries(
        db, keys, settings, after=after, all_anchors=False, signatures=False, records=read
    )
    breaks += found
    recent += entries
    older: list[AuditRecord] = []
    if window < checked:
        upto = (
            db.execute(
                select(AuditEntry.seq)
                .where(AuditEntry.seq > window, AuditEntry.seq <= checked)
                .order_by(AuditEntry.seq)
                .limit(SYNC_WINDOW)
            )
            .scalars()
            .all()
        )
        if upto:
            _n, found, older = audit_log.verify_entries(
                db, keys, settings, after=window, upto=upto[-1], all_anchors=False
            )
            breaks = found + breaks
    # A record named by a sound entry of its own maker is vouched for by that entry's signature
    # (verified here, or at the server for the entries it has not anchored yet).
    broken = {b.seq for b in breaks}
    sound = {e.seq for e in (*older, *recent) if e.signer and e.seq >= first and e.seq not in broken}
    findings = check_records(db, [*older, *recent], keys, sound=sound)
    findings.extend({"kind": "audit", "seq": b.seq, "problem": b.problem} for b in breaks)
    values["integrity_checked_seq"] = head
    values["integrity_window_seq"] = older[-1].seq if older else 0
    settings.settings = values
    return findings
