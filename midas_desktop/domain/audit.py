"""The audit log's hash chain.

Each entry's hash covers the previous entry's hash and the entry's own content, so changing, removing
or reordering any row breaks every hash after it. The chain is computed here (pure) and stored by the
store layer; ``midas audit verify`` and the admin screen both call :func:`verify_chain`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

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


def entry_hash(
    prev_hash: str, seq: int, at: str, actor: str, action: str, details: Mapping[str, object]
) -> str:
    # Canonical JSON (sorted keys, no spaces) so that the same content always hashes the same.
    body = json.dumps(
        {"prev": prev_hash, "seq": seq, "at": at, "actor": actor, "action": action, "details": details},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainError:
    seq: int
    problem: str

    def __str__(self) -> str:
        return f"audit entry {self.seq}: {self.problem}"


def verify_chain(records: Iterable[AuditRecord]) -> list[ChainError]:
    """Every break in the chain, in order; an empty list means the chain is intact."""
    errors: list[ChainError] = []
    expected_prev = GENESIS_HASH
    expected_seq = 1
    for record in records:
        if record.seq != expected_seq:
            errors.append(ChainError(record.seq, f"sequence gap: expected entry {expected_seq}"))
        if record.prev_hash != expected_prev:
            errors.append(ChainError(record.seq, "does not link to the previous entry"))
        recomputed = entry_hash(
            record.prev_hash, record.seq, record.at, record.actor, record.action, record.details
        )
        if recomputed != record.hash:
            errors.append(ChainError(record.seq, "content changed after it was written (hash mismatch)"))
        expected_prev = record.hash
        expected_seq = record.seq + 1
    return errors
