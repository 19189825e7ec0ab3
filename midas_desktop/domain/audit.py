"""The audit log's hash chain, and the signatures that make it attributable.

Each entry's hash covers the previous entry's hash and the entry's own content, so changing, removing
or reordering any row breaks every hash after it. Each entry is also signed by the key of the person
who did it (``signer``, a certificate reference; ``domain.trust``), over the entry's hash: an insider
who knows the database key can recompute hashes, but cannot sign as anyone else, and the central
server keeps the chain's head (an anchor) so that rewriting anchored entries is noticed there too.
The chain is computed and checked here (pure); the store layer keeps it.

Each signer's entries also form a chain of their own: an entry names the hash of the same signer's
previous entry (``signer_prev``), inside its own hash. A verified signature on a signer's entry then
vouches for that signer's earlier entries it reaches through these links, so a checker verifies one
signature per signer and run of entries instead of one per entry (an Ed25519 verification costs more
than everything else the centre does with an entry). An entry the links do not reach is verified on
its own. The writer links only to an entry whose signature it verified (``services.audit_log``), so
an entry forged in a user's name is never reached through that user's links.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from midas_desktop.domain import trust

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditRecord:
    """One audit entry as stored: ``at`` is an ISO-8601 UTC timestamp, ``details`` plain JSON data."""

    seq: int
    at: str
    actor: str
    action: str
    details: Mapping[str, object]
    prev_hash: str
    hash: str
    signer: str | None = None
    signature: str | None = None
    signer_prev: str | None = None

    def to_dict(self) -> dict[str, object]:
        linked: dict[str, object] = {} if self.signer_prev is None else {"signer_prev": self.signer_prev}
        return {
            **linked,
            "seq": self.seq,
            "at": self.at,
            "actor": self.actor,
            "action": self.action,
            "details": dict(self.details),
            "prev_hash": self.prev_hash,
            "hash": self.hash,
            "signer": self.signer,
            "signature": self.signature,
        }

    @staticmethod
    def from_dict(raw: Mapping[str, object]) -> AuditRecord:
        seq, details = raw["seq"], raw["details"]
        if not isinstance(seq, int) or not isinstance(details, Mapping):
            raise ValueError("malformed audit entry")
        text = {name: raw[name] for name in ("at", "actor", "action", "prev_hash", "hash")}
        if not all(isinstance(value, str) for value in text.values()):
            raise ValueError("malformed audit entry")
        signer, signature, signer_prev = raw.get("signer"), raw.get("signature"), raw.get("signer_prev")
        if signer_prev is not None and not isinstance(signer_prev, str):
            raise ValueError("malformed audit entry")
        return AuditRecord(
            seq=seq,
            details=dict(details),
            signer=signer if isinstance(signer, str) else None,
            signature=signature if isinstance(signature, str) else None,
            signer_prev=signer_prev,
            **{k: str(v) for k, v in text.items()},
        )


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    details: Mapping[str, object],
    signer_prev: str | None = None,
) -> str:
    content: dict[str, object] = {
        "prev": prev_hash,
        "seq": seq,
        "at": at,
        "actor": actor,
        "action": action,
        "details": details,
    }
    if signer_prev is not None:
        # Only entries written with the signer's own links hash it: older entries keep their hashes.
        content["signer_prev"] = signer_prev
    # Canonical JSON (sorted keys, no spaces) so that the same content always hashes the same.
    return hashlib.sha256(trust.canonical_json(content)).hexdigest()


def signed_statement(post: str, entry_hash_hex: str, signer: str) -> dict[str, object]:
    """What the signer of an audit entry signs."""
    return {"audit": entry_hash_hex, "post": post, "signer": signer}


def anchor_statement(post: str, seq: int, entry_hash_hex: str) -> dict[str, object]:
    """What the central server signs when it anchors a post's chain up to ``seq``."""
    return {"anchor": entry_hash_hex, "post": post, "seq": seq}


@dataclass(frozen=True)
class ChainError:
    seq: int
    problem: str

    def __str__(self) -> str:
        return f"audit entry {self.seq}: {self.problem}"


#: The public signing key of a certificate reference (``username:serial``), or None when unknown.
SignerKey = Callable[[str], "str | None"]


def verify_chain(
    records: Iterable[AuditRecord],
    *,
    post: str | None = None,
    signer_key: SignerKey | None = None,
    unsigned_before: int = 0,
    start: tuple[int, str] = (1, GENESIS_HASH),
    verify: Callable[[str, object, str], bool] = trust.verify,
) -> list[ChainError]:
    """Every break in the chain, in order; an empty list means the chain is intact.

    With ``signer_key``, every entry from ``unsigned_before`` on must be signed by the key of its
    signer (entries before it were written by a version that did not sign): verified, or vouched for
    by a later entry of the same signer that is (:func:`_signature_errors`). ``start`` is the (seq,
    previous hash) the records begin with, for a chain checked from an anchor on. ``verify``: the
    signature check (``trust.verify``; a caller may hand in one that remembers results it computed
    earlier, outside a lock).
    """
    records = list(records)
    errors: list[ChainError] = []
    changed: set[int] = set()
    expected_seq, expected_prev = start
    for record in records:
        if record.seq != expected_seq:
            errors.append(ChainError(record.seq, f"sequence gap: expected entry {expected_seq}"))
        if record.prev_hash != expected_prev:
            errors.append(ChainError(record.seq, "does not link to the previous entry"))
        recomputed = entry_hash(
            record.prev_hash,
            record.seq,
            record.at,
            record.actor,
            record.action,
            record.details,
            record.signer_prev,
        )
        if recomputed != record.hash:
            errors.append(ChainError(record.seq, "content changed after it was written (hash mismatch)"))
            changed.add(record.seq)
        expected_prev = record.hash
        expected_seq = record.seq + 1
    if signer_key is not None and post is not None:
        signed = [record for record in records if record.seq >= unsigned_before]
        errors.extend(_signature_errors(signed, changed, post, signer_key, verify))
        errors.sort(key=lambda error: error.seq)  # stable: an entry's own breaks keep their order
    return errors


def _signature_errors(
    records: list[AuditRecord],
    changed: set[int],
    post: str,
    signer_key: SignerKey,
    verify: Callable[[str, object, str], bool],
) -> list[ChainError]:
    """Each signer's entries from the latest back: an entry the next sound entry of its signer links
    to (``signer_prev``) is vouched for by that entry's signature; any other is verified on its own.
    Sound: its signature verified or vouched for, and its content as hashed (``changed`` holds the
    entries whose hash no longer matches: their links vouch for nothing)."""
    errors: list[ChainError] = []
    link_from_sound: dict[str, str | None] = {}
    for record in reversed(records):
        if not record.signer or not record.signature:
            errors.append(ChainError(record.seq, "is not signed"))
            continue
        name = record.signer.rsplit(":", 1)[0]
        if name not in ("root", record.actor) and record.actor != "system":
            errors.append(ChainError(record.seq, f"names {record.actor} but was signed by {name}"))
            link_from_sound[record.signer] = None
            continue
        if link_from_sound.get(record.signer) == record.hash:
            link_from_sound[record.signer] = None if record.seq in changed else record.signer_prev
            continue
        key = signer_key(record.signer)
        if key is None:
            errors.append(ChainError(record.seq, f"is signed by an unknown key ({record.signer})"))
            link_from_sound[record.signer] = None
        elif not verify(key, signed_statement(post, record.hash, record.signer), record.signature):
            errors.append(ChainError(record.seq, "its signature does not verify (rewritten or forged)"))
            link_from_sound[record.signer] = None
        else:
            link_from_sound[record.signer] = None if record.seq in changed else record.signer_prev
    return errors
