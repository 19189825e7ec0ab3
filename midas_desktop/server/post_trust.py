"""What the central server checks of a post's people and records, and what it holds against rewriting.

- **Certificates**: every certificate a post pushes must chain to the root key registered at
  enrolment (``domain.trust.verify_certificate``); one that does not is refused and raises an alert
  (``certificate_invalid``), as does every administrator certified after enrolment, for review.
- **Signatures**: a batch or a pull is signed by the syncing user, and every record by its maker;
  the key must belong to a certificate held here, active when it signed.
- **Audit anchoring**: the server keeps each post's audit chain. A push carries the entries after the
  last anchor; they must link to it and verify. Entries that differ from anchored ones (a rewrite), a
  chain that does not link (a fork) or a head that went back (a restore, a rollback) raise alerts and
  the anchor does not move; everything else moves it, and the acknowledgement carries the new anchor
  signed by the server.

Alerts name sequence numbers and kinds, never personal data.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from midas_desktop.domain import record_rules, trust
from midas_desktop.domain.audit import (
    GENESIS_HASH,
    AuditRecord,
    ChainError,
    anchor_statement,
    verify_chain,
)
from midas_desktop.domain.roles import Role
from midas_desktop.server import bulk
from midas_desktop.server.models import PostAlert, PostAuditEntry, PostCertificate, PostRow
from midas_desktop.sync import protocol

log = logging.getLogger("midas.server")


def raise_alert(
    db: Session, post: PostRow, kind: str, key: str, details: Mapping[str, object], now: dt.datetime
) -> None:
    """One open alert per post, kind and key; seen again, it counts."""
    existing = db.execute(
        select(PostAlert).where(PostAlert.post_id == post.id, PostAlert.kind == kind, PostAlert.key == key)
    ).scalar_one_or_none()
    if existing is None:
        db.add(
            PostAlert(
                post_id=post.id,
                kind=kind,
                key=key[:100],
                details=dict(details),
                first_seen_utc=now,
                last_seen_utc=now,
                count=1,
                status="open",
            )
        )
        log.warning("post %s: %s (%s)", post.code, kind, key[:100])
    else:
        existing.count += 1
        existing.last_seen_utc = now
        existing.details = dict(details)
        if existing.status == "resolved":
            existing.status = "open"


# --- certificates -----------------------------------------------------------------------------


def _stored(db: Session, post: PostRow) -> dict[str, trust.Certificate]:
    held: dict[str, trust.Certificate] = {}
    for row in db.execute(select(PostCertificate).where(PostCertificate.post_id == post.id)).scalars():
        try:
            certificate = trust.Certificate.from_dict(row.body)
        except trust.TrustError:
            continue
        held[certificate.ref] = certificate
    return held


class Certificates:
    """A post's certificates as the server holds them, plus those arriving with a request."""

    def __init__(self, db: Session, post: PostRow) -> None:
        self.db = db
        self.post = post
        self.held = _stored(db, post)
        # Users who had two certificates under one serial (``certificate_conflict``), with the
        # highest such serial: their keys sign no request until an administrator (or the root) has
        # certified them above it. Resolving the alert does not lift it: the centre kept whichever
        # certificate came first, perhaps the insider's.
        self.disputed: dict[str, int] = {}
        for ref in db.execute(
            select(PostAlert.key).where(
                PostAlert.post_id == post.id, PostAlert.kind == "certificate_conflict"
            )
        ).scalars():
            self._dispute(ref)
        # Alerts of certificates accepted with ``defer_alerts``: (kind, key, details).
        self._deferred_alerts: list[tuple[str, str, dict[str, object]]] = []

    def lookup(self, username: str, serial: int) -> trust.Certificate | None:
        return self.held.get(trust.signer_ref(username, serial))

    def accept(
        self,
        raw_certificates: Iterable[Mapping[str, object]],
        now: dt.datetime,
        *,
        at_enrolment: bool = False,
        defer_alerts: bool = False,
    ) -> None:
        """Verify and keep new certificates; refused ones raise an alert and are not kept.

        ``defer_alerts``: the alerts wait for :meth:`raise_deferred_alerts`, called once the request
        that carried the certificates proved to come from the post (a batch's signature verified).
        Until then anyone who knows the post's code could have sent them, and one request's 200
        forged certificates must not become 200 alerts burying the real ones."""
        root_public = self.post.root_public
        if not root_public:
            return
        pending: dict[str, trust.Certificate] = {}
        contenders: dict[str, trust.Certificate] = {}
        for raw in raw_certificates:
            try:
                certificate = trust.Certificate.from_dict(raw)
            except trust.TrustError:
                self._deferred_alerts.append(("certificate_invalid", "malformed", {"problem": "malformed"}))
                continue
            if certificate.ref not in self.held:
                pending[certificate.ref] = certificate
            elif self.held[certificate.ref] != certificate:
                contenders[certificate.ref] = certificate
        # Issuers may arrive in the same request: verify against what is held and what arrives.
        everything = {**self.held, **pending}

        def lookup(username: str, serial: int) -> trust.Certificate | None:
            return everything.get(trust.signer_ref(username, serial))

        def refused(ref: str, certificate: trust.Certificate) -> bool:
            """Whether the certificate fails to chain to the root (its alert then held back)."""
            try:
                trust.verify_certificate(certificate, root_public, lookup, self.post.code)
            except ValueError as exc:  # TrustError says why; any other value error is the client's too
                problem = str(exc) if isinstance(exc, trust.TrustError) else "malformed"
                self._deferred_alerts.append(
                    ("certificate_invalid", ref, {"certificate": ref, "problem": problem})
                )
                return True
            return False

        for ref, certificate in sorted(pending.items(), key=lambda item: (item[1].serial, item[0])):
            if refused(ref, certificate):
                everything.pop(ref, None)
                continue
            self.db.add(
                PostCertificate(
                    post_id=self.post.id,
                    username=certificate.username,
                    serial=certificate.serial,
                    role=certificate.role,
                    status=certificate.status,
                    sign_key=certificate.sign_key,
                    issued_at=certificate.issued_at,
                    body=certificate.to_dict(),
                    received_utc=now,
                )
            )
            self.held[ref] = certificate
            if certificate.role == Role.ADMIN.value and certificate.active and not at_enrolment:
                self._deferred_alerts.append(
                    ("administrator_certified", ref, {"certificate": ref, "issuer": certificate.issuer})
                )
        for ref, certificate in contenders.items():
            # Another certificate under a name and serial held: if it too chains to the root, one of
            # the two was issued by a key that no longer had the right (an old key renewing itself
            # after an administrator's reset). One that does not verify is only a forgery.
            if refused(ref, certificate):
                continue
            self._deferred_alerts.append(
                (
                    "certificate_conflict",
                    ref,
                    {"certificate": ref, "problem": "another certificate holds this serial"},
                )
            )
        self.db.flush()
        if not defer_alerts:
            self.raise_deferred_alerts(now)

    def raise_deferred_alerts(self, now: dt.datetime) -> None:
        """Raise the alerts :meth:`accept` held back (see ``defer_alerts`` there)."""
        for kind, key, details in self._deferred_alerts:
            raise_alert(self.db, self.post, kind, key, details, now)
            if kind == "certificate_conflict":
                self._dispute(key)
        self._deferred_alerts.clear()

    def _dispute(self, ref: str) -> None:
        username, _, serial = ref.rpartition(":")
        if serial.isascii() and serial.isdigit() and len(serial) < 10:
            self.disputed[username] = max(int(serial), self.disputed.get(username, 0))

    def _silenced(self, username: str) -> bool:
        disputed = self.disputed.get(username)
        return disputed is not None and not any(
            other.username == username and other.serial > disputed and not other.issuer.startswith("self:")
            for other in self.held.values()
        )

    def standing(self, ref: str, at: str | None) -> trust.Certificate | None:
        """The certificate that speaks for the key of ``ref`` at the moment ``at`` (None: now): the
        user's latest certificate issued by then, when it is active and carries the same signing key
        (a role change keeps the keys, and its role applies from then on); None when a later one
        gave the user other keys or none (a reset, a renewal, a disable), or ``ref`` is unknown."""
        certificate = self.held.get(ref)
        if certificate is None or not certificate.active:
            return None
        # A moment that is not one is judged as now (the strictest); the record rules refuse it by name.
        # Compared as times, not text: ``issued_at`` is in Z, a record's time may carry any offset.
        moment = protocol.utc_moment(at) if at is not None else None
        newest = certificate
        for other in self.held.values():
            if other.username != certificate.username or other.serial <= newest.serial:
                continue
            issued = protocol.utc_moment(other.issued_at)
            if moment is None or issued is None or issued <= moment:
                newest = other
        if newest is certificate or (newest.active and newest.sign_key == certificate.sign_key):
            return newest
        return None

    def key_of(self, ref: str, at: str | None = None) -> str | None:
        """The signing key of the certificate ``ref`` if it may sign what was made at ``at``
        (:meth:`standing`); with no moment (an audit entry, checked through its chain), if it is
        known and active."""
        certificate = self.held.get(ref)
        if at is None:
            return certificate.sign_key if certificate is not None and certificate.active else None
        return certificate.sign_key if certificate is not None and self.standing(ref, at) else None

    def current_key_of(self, ref: str) -> str | None:
        """The signing key of ``ref`` if it speaks for its user now (:meth:`standing`) and the user
        is not silenced by a certificate conflict: only that key signs a request. An old key file
        kept from before a reset or a disable signs nothing more."""
        certificate = self.held.get(ref)
        if certificate is None or self.standing(ref, None) is None or self._silenced(certificate.username):
            return None
        return certificate.sign_key


def signer_problem(
    certificates: Certificates, kind: str, payload: Mapping[str, Any]
) -> tuple[str | None, str | None]:
    """(why the record's maker may not sign it, or None; their key). The maker must hold a certificate
    that was theirs at the record's moment, whose role may make such a record, and the record must
    name them as its maker (``domain.record_rules.maker_problem``)."""
    signer, signature = payload.get("signer"), payload.get("signature")
    if not isinstance(signer, str) or not isinstance(signature, str):
        return "is not signed", None
    at = payload.get("at") or payload.get("granted_utc")
    # The certificate in force at the record's moment gives the role (a role change keeps the keys).
    standing = certificates.standing(signer, at if isinstance(at, str) else None)
    certificate = certificates.held.get(signer)
    if standing is None or certificate is None:
        return "is signed by an unknown or disabled user", None
    problem = record_rules.maker_problem(kind, payload, standing.username, standing.role)
    if problem is not None:
        return problem, None
    return None, certificate.sign_key


def record_problem(certificates: Certificates, kind: str, payload: Mapping[str, Any]) -> str | None:
    """Why a record's signature does not stand (None: it does)."""
    problem, key = signer_problem(certificates, kind, payload)
    if problem is not None or key is None:
        return problem
    if not trust.verify(key, protocol.signed_payload(dict(payload)), str(payload.get("signature"))):
        return "does not verify with its maker's key"
    return None


def vouched_records(entries: Iterable[Mapping[str, Any]]) -> dict[str, tuple[str, str, int]]:
    """Record id -> (digest, signer, audit seq) as the batch's audit entries name them.

    The entry that records a crossing or an extension is signed by the same user and names the
    record's digest, signature included; once that entry's own signature is verified (in
    :func:`anchor`), the record needs no second Ed25519 verification of its own.
    """
    vouched: dict[str, tuple[str, str, int]] = {}
    for entry in entries:
        claim = _vouches(entry)
        if claim is not None:
            vouched[claim[0]] = (claim[1], claim[2], claim[3])
    return vouched


def _vouches(entry: Mapping[str, Any]) -> tuple[str, str, str, int] | None:
    """(record id, digest, signer, seq) of the record an audit entry names, or None."""
    details, signer, seq = entry.get("details"), entry.get("signer"), entry.get("seq")
    if not isinstance(details, Mapping) or not isinstance(signer, str) or not isinstance(seq, int):
        return None
    record_id = details.get("movement") or details.get("extension")
    digest = details.get("sha256")
    if isinstance(record_id, str) and isinstance(digest, str):
        return record_id, digest, signer, seq
    return None


def stored_vouchers(db: Session, post: PostRow, record_ids: list[str]) -> dict[str, tuple[str, str]]:
    """Record id -> (digest, signer) as anchored entries of this post name them (one query).

    Only entries whose signature verified (or was vouched for by their signer's later entry) when
    they were anchored name a record here (:func:`anchor`), so a record matching one, signer and
    digest alike, is vouched for by its maker's signature."""
    if not record_ids:
        return {}
    found: dict[str, tuple[str, str]] = {}
    for record_id, digest, signer in db.execute(
        select(PostAuditEntry.record_id, PostAuditEntry.record_digest, PostAuditEntry.signer).where(
            PostAuditEntry.post_id == post.id, bulk.among(db, PostAuditEntry.record_id, record_ids)
        )
    ):
        if record_id is not None and digest is not None and signer is not None:
            found[record_id] = (digest, signer)
    return found


# --- the audit chain --------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainCheck:
    """The pure part of anchoring a push's audit entries, against the anchor it started from:
    parsed, linked, hashed and signatures checked (:func:`check_chain`, before the commit-order lock;
    :func:`anchor` uses it under the lock when the post's anchor has not moved meanwhile)."""

    anchored_seq: int
    anchored_hash: str
    records: list[AuditRecord] | None  # None: malformed
    errors: list[ChainError]  # of the entries after the anchor


def check_chain(post: PostRow, certificates: Certificates, entries: list[Mapping[str, object]]) -> ChainCheck:
    anchored_seq, anchored_hash = post.anchor_seq or 0, post.anchor_hash or GENESIS_HASH
    try:
        records = [AuditRecord.from_dict(entry) for entry in entries]
    except (KeyError, ValueError, TypeError):
        return ChainCheck(anchored_seq, anchored_hash, None, [])

    def signer_key(ref: str) -> str | None:
        return post.root_public if ref == "root" else certificates.key_of(ref)

    new = [r for r in records if r.seq > anchored_seq]
    errors = (
        verify_chain(
            new,
            post=post.code,
            signer_key=signer_key,
            unsigned_before=post.unsigned_before or 1,
            start=(anchored_seq + 1, anchored_hash),
        )
        if new
        else []
    )
    return ChainCheck(anchored_seq, anchored_hash, records, errors)


def anchor(
    db: Session,
    post: PostRow,
    certificates: Certificates,
    entries: list[Mapping[str, object]],
    head: Mapping[str, object] | None,
    findings: list[Mapping[str, object]],
    now: dt.datetime,
    ahead: ChainCheck,
) -> set[int]:
    """Take a post's audit entries: extend the anchored chain, or raise the alert that says why not.

    ``ahead``: :func:`check_chain` of the same entries, made before the lock (made again here when
    the post's anchor moved since). Returns the sequence numbers of the entries given that are now
    known good: signed, verified (or vouched for) and in the anchored chain (empty when anything
    about them raised an alert)."""
    for finding in findings:
        seq = finding.get("seq")
        problem = str(finding.get("problem") or "")[:300]
        raise_alert(
            db, post, "local_check", f"{finding.get('kind')}:{seq}", {"seq": seq, "problem": problem}, now
        )
    anchored_seq, anchored_hash = post.anchor_seq or 0, post.anchor_hash or GENESIS_HASH
    head_seq = head.get("seq") if head is not None else None
    if isinstance(head_seq, int) and head_seq < anchored_seq:
        # The post's chain went back: a restore or a rollback; the window is what it no longer holds.
        raise_alert(
            db,
            post,
            "rollback",
            f"{head_seq}<{anchored_seq}",
            {"anchored_seq": anchored_seq, "post_head": head_seq, "window": [head_seq + 1, anchored_seq]},
            now,
        )
    if (ahead.anchored_seq, ahead.anchored_hash) != (anchored_seq, anchored_hash):
        ahead = check_chain(post, certificates, entries)
    records = ahead.records
    if records is None:
        raise_alert(db, post, "chain_fork", "malformed", {"problem": "malformed audit entries"}, now)
        return set()
    overlap = [r for r in records if r.seq <= anchored_seq]
    if overlap:
        held = {
            row.seq: row.hash
            for row in db.execute(
                select(PostAuditEntry).where(
                    PostAuditEntry.post_id == post.id, PostAuditEntry.seq.in_([r.seq for r in overlap])
                )
            ).scalars()
        }
        for record in overlap:
            if record.seq in held and held[record.seq] != record.hash:
                raise_alert(
                    db,
                    post,
                    "anchored_entry_changed",
                    str(record.seq),
                    {"seq": record.seq, "anchored_seq": anchored_seq},
                    now,
                )
                return set()
    signed_from = post.unsigned_before or 1
    # Entries anchored earlier were verified when they were anchored; the same hash is the same entry.
    trusted = (
        {r.seq for r in overlap if r.seq >= signed_from and held.get(r.seq) == r.hash} if overlap else set()
    )
    new = [r for r in records if r.seq > anchored_seq]
    if not new:
        return trusted
    errors = ahead.errors
    if errors:
        first = errors[0]
        kind = "chain_fork" if "link" in first.problem or "gap" in first.problem else "audit_entry_invalid"
        raise_alert(
            db,
            post,
            kind,
            str(first.seq),
            {"seq": first.seq, "problem": first.problem, "anchored_seq": anchored_seq},
            now,
        )
        return set()
    for record in new:
        if record.action == "recovery_key_used":
            raise_alert(db, post, "recovery_key_used", str(record.seq), {"seq": record.seq}, now)
        if record.action == "restore":
            raise_alert(
                db,
                post,
                "restored_from_backup",
                str(record.seq),
                {"seq": record.seq, **dict(record.details)},
                now,
            )
    rows = []
    for r in new:
        entry = r.to_dict()
        # Verified above (from the first signed entry on): the record it names may rely on it later.
        claim = _vouches(entry) if r.seq >= signed_from else None
        rows.append(
            {
                "post_id": post.id,
                "seq": r.seq,
                "hash": r.hash,
                "entry": entry,
                "received_utc": now,
                "record_id": claim[0][:36] if claim else None,
                "record_digest": claim[1][:64] if claim else None,
                "signer": claim[2][:80] if claim else None,
            }
        )
    bulk.insert_rows(db, PostAuditEntry, rows, ignore_conflict_on=("post_id", "seq"))
    post.anchor_seq = new[-1].seq
    post.anchor_hash = new[-1].hash
    return trusted | {r.seq for r in new if r.seq >= signed_from}


def signed_anchor(post: PostRow, private_key: str) -> dict[str, object] | None:
    if not post.anchor_seq or not post.anchor_hash:
        return None
    return {
        "seq": post.anchor_seq,
        "hash": post.anchor_hash,
        "signature": protocol.sign(
            private_key, anchor_statement(post.code, post.anchor_seq, post.anchor_hash)
        ),
    }


def overview(db: Session) -> list[dict[str, object]]:
    """Every post with its health: last sync, what it reported waiting, protocol, the audit anchor
    and the alerts headquarters must look at (``midas-server posts``)."""
    posts = db.execute(select(PostRow).order_by(PostRow.code)).scalars().all()
    alerts: dict[int, list[dict[str, object]]] = {}
    for alert in db.execute(select(PostAlert).order_by(PostAlert.first_seen_utc, PostAlert.id)).scalars():
        alerts.setdefault(alert.post_id, []).append(
            {
                "id": alert.id,
                "kind": alert.kind,
                "key": alert.key,
                "status": alert.status,
                "count": alert.count,
                "first_seen": alert.first_seen_utc.isoformat(timespec="seconds") + "Z",
                "last_seen": alert.last_seen_utc.isoformat(timespec="seconds") + "Z",
                "details": alert.details,
            }
        )

    def when(moment: dt.datetime | None) -> str | None:
        return moment.isoformat(timespec="seconds") + "Z" if moment else None

    return [
        {
            "code": post.code,
            "name": post.name,
            "country": post.country,
            "enrolled": post.root_public is not None,
            "revoked": post.revoked,
            "root_fingerprint": trust.fingerprint(post.root_public) if post.root_public else None,
            "protocol_version": post.protocol_version,
            "last_batch": when(post.last_batch_utc),
            "last_pull": when(post.last_pull_utc),
            "reported_queued": post.reported_queued,
            "reported_capture": post.reported_capture,
            "anchor": {"seq": post.anchor_seq or 0, "hash": post.anchor_hash},
            "alerts": alerts.get(post.id, []),
            "open_alerts": sum(1 for a in alerts.get(post.id, []) if a["status"] == "open"),
        }
        for post in posts
    ]
