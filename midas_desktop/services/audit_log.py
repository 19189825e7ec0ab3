"""Appending to and verifying the signed, hash-chained audit log (the rules: ``domain.audit``).

Every entry is signed by whoever made it: a logged-in user (their certificate's key), or the post's
root key for the recovery key's own acts. ``verify`` checks the chain, the signatures, the records the
entries vouch for and the central server's anchors, so an insider who knows the database key and
recomputes hashes is still caught: they cannot sign as another user, and anchored entries are pinned
by the server's signature.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from midas_desktop.domain import trust
from midas_desktop.domain.audit import (
    GENESIS_HASH,
    AuditRecord,
    ChainError,
    anchor_statement,
    entry_hash,
    signed_statement,
    verify_chain,
)
from midas_desktop.services.clock import iso_utc, utc_now
from midas_desktop.store import hot
from midas_desktop.store.models import AuditAnchor, AuditEntry, CertificateRow, PostSettings, SyncLink


class Signer(Protocol):
    """Who writes an entry: their name, their certificate reference, and their signature."""

    @property
    def name(self) -> str: ...

    @property
    def signer_ref(self) -> str: ...

    @property
    def sign_public(self) -> str: ...

    def sign(self, obj: object) -> str: ...


@dataclass(frozen=True)
class KeySigner:
    """A signer from a key at hand (the store's first administrator, the recovery key's root)."""

    name: str
    signer_ref: str
    seed: bytes

    @property
    def sign_public(self) -> str:
        return trust.public_of_seed(self.seed)

    def sign(self, obj: object) -> str:
        return trust.sign(self.seed, obj)


def _post_code(db: Session, signer: Signer) -> str:
    code = getattr(signer, "post_code", None)
    if isinstance(code, str) and code:
        return code
    return db.execute(select(PostSettings.code).where(PostSettings.id == 1)).scalar_one_or_none() or ""


def append(
    db: Session, signer: Signer, action: str, details: Mapping[str, object], *, actor: str | None = None
) -> AuditEntry:
    """Add one entry in the caller's transaction, so it commits (or not) with what it describes.

    ``actor`` is the name written when it is not the signer's own (``system`` for a lock-out noticed
    by the next login, which that user's key vouches for).
    """
    if db.new or db.dirty or db.deleted:
        db.flush()  # what the entry describes is written before it, in the same order as always
    last = hot.last_audit(db)
    seq = 1 if last is None else last[0] + 1
    prev = GENESIS_HASH if last is None else last[1]
    at = iso_utc(utc_now())
    who = actor or signer.name
    post = _post_code(db, signer)
    signer_prev = own_previous(db, signer, post)
    digest = entry_hash(prev, seq, at, who, action, details, signer_prev)
    signature = signer.sign(signed_statement(post, digest, signer.signer_ref))
    hot.insert_audit(
        db, seq, at, who, action, dict(details), prev, digest, signer.signer_ref, signature, signer_prev
    )
    # Transient: a copy to hand back, not a second insert.
    return AuditEntry(
        seq=seq,
        at=at,
        actor=who,
        action=action,
        details=dict(details),
        prev_hash=prev,
        hash=digest,
        signer=signer.signer_ref,
        signature=signature,
        signer_prev=signer_prev,
    )


def own_previous(db: Session, signer: Signer, post: str) -> str | None:
    """The hash of the signer's latest entry, to link the new one to (``domain.audit``), if its
    signature verifies with the signer's own key: an entry an insider forged in this user's name is
    never vouched for by the user's later signatures (it is left to be verified, and fail, alone).
    One Ed25519 verification per entry written, about 0.1 ms."""
    latest = hot.last_audit_of_signer(db, signer.signer_ref)
    if latest is None:
        return None
    digest, signature = latest
    if signature and trust.verify(
        signer.sign_public, signed_statement(post, digest, signer.signer_ref), signature
    ):
        return digest
    return None


def records_between(
    db: Session, *, after: int, upto: int | None = None, limit: int | None = None
) -> list[AuditRecord]:
    """The entries after ``after`` (to ``upto``, ``limit`` at most), in order; read as raw rows, not
    through the ORM or SQLAlchemy's conversions: a sync reads every entry since the last one, and those
    cost more than the hashing."""
    return [AuditRecord(*row) for row in hot.audit_rows(db, after=after, upto=upto, limit=limit)]


def signer_keys(db: Session, root_public: str | None) -> dict[str, str]:
    """The signing key of every certificate whose chain reaches the post's root, by reference, and
    the root's (``root``). A certificate row written by someone with the database key but without
    the root's or an administrator's key names no signer: what it signs is reported, not trusted."""
    if not root_public:
        return {}
    held: dict[str, trust.Certificate] = {}
    for row in db.execute(select(CertificateRow)).scalars():
        try:
            certificate = trust.Certificate.from_dict(row.body)
        except trust.TrustError:
            continue
        if certificate.ref == trust.signer_ref(row.username, row.serial):
            held[certificate.ref] = certificate

    def lookup(username: str, serial: int) -> trust.Certificate | None:
        return held.get(trust.signer_ref(username, serial))

    keys = {"root": root_public}
    for ref, certificate in held.items():
        try:
            trust.verify_certificate(certificate, root_public, lookup)
        except (trust.TrustError, ValueError):
            continue
        keys[ref] = certificate.sign_key
    return keys


#: The post's root vouched for the recovery key in the key file (``keys.vouch_for_recovery_key``).
RECOVERY_VOUCHED = "recovery_key_vouched"


def append_recovery_vouched(db: Session, signer: Signer, box_public: str) -> None:
    """Say in the log that the root vouched for this recovery key: a store that has such an entry
    never vouches for an unsigned key by itself again (``session._vouch_for_recovery_key``)."""
    append(db, signer, RECOVERY_VOUCHED, {"recovery": trust.fingerprint(box_public)})


def has_action(db: Session, action: str) -> bool:
    """Whether any entry of the log records ``action`` (rare actions only: this reads the log)."""
    found = db.execute(select(AuditEntry.seq).where(AuditEntry.action == action).limit(1)).first()
    return found is not None


def first_signed_seq(db: Session) -> int:
    """Entries before this were written by a version that did not sign (kept as they were)."""
    first = db.execute(
        select(AuditEntry.seq).where(AuditEntry.signer.is_not(None)).order_by(AuditEntry.seq).limit(1)
    ).scalar_one_or_none()
    return first if first is not None else 1


def verify(db: Session) -> tuple[int, list[ChainError]]:
    """(number of entries, breaks in the chain, bad signatures, and anchors it no longer matches)."""
    settings = db.get(PostSettings, 1)
    keys = signer_keys(db, settings.root_public if settings else None)
    return verify_range(db, keys, settings, after=0)


def verify_range(
    db: Session,
    keys: dict[str, str],
    settings: PostSettings | None,
    *,
    after: int,
    upto: int | None = None,
    all_anchors: bool = True,
) -> tuple[int, list[ChainError]]:
    """The chain from entry ``after`` + 1 to ``upto`` (default: the head), linked to entry ``after``,
    and the central server's anchors: every one, or (``all_anchors=False``) those in that range and the
    latest (a rewritten chain that still links changes the entry the latest anchor pins)."""
    return verify_entries(db, keys, settings, after=after, upto=upto, all_anchors=all_anchors)[:2]


def verify_entries(
    db: Session,
    keys: dict[str, str],
    settings: PostSettings | None,
    *,
    after: int,
    upto: int | None = None,
    all_anchors: bool = True,
    signatures: bool = True,
    records: list[AuditRecord] | None = None,
) -> tuple[int, list[ChainError], list[AuditRecord]]:
    """As :func:`verify_range`, with the entries checked (their signatures too, unless an error
    names them: a caller may then trust what a sound entry vouches for). ``signatures=False``: links
    and hashes only, for entries on their way to the central server, which verifies their signatures
    against the certificates it holds. ``records``: the entries of that range, when the caller has
    read them already."""
    start = (1, GENESIS_HASH)
    if after > 0:
        previous = db.get(AuditEntry, after)
        if previous is not None:
            start = (after + 1, previous.hash)
        else:
            after = 0
    if records is None:
        records = records_between(db, after=after, upto=upto)
    post = settings.code if settings else ""
    errors = verify_chain(
        records,
        post=post,
        signer_key=keys.get if signatures else None,
        unsigned_before=first_signed_seq(db),
        start=start,
    )
    link = db.get(SyncLink, 1)
    anchors = select(AuditAnchor).order_by(AuditAnchor.seq)
    if not all_anchors:
        latest = select(func.max(AuditAnchor.seq)).scalar_subquery()
        in_range = AuditAnchor.seq > after
        if upto is not None:
            in_range = and_(in_range, AuditAnchor.seq <= upto)
        anchors = anchors.where(or_(in_range, AuditAnchor.seq == latest))
    for anchor in db.execute(anchors).scalars():
        statement = anchor_statement(post, anchor.seq, anchor.hash)
        if link is None or not trust.verify(link.server_public_key, statement, anchor.server_signature):
            errors.append(ChainError(anchor.seq, "its anchor is not the central server's"))
            continue
        held = db.get(AuditEntry, anchor.seq)
        if held is None:
            errors.append(ChainError(anchor.seq, "was anchored at the central server but is gone"))
        elif held.hash != anchor.hash:
            errors.append(ChainError(anchor.seq, "differs from what the central server anchored"))
    return len(records), errors, records
