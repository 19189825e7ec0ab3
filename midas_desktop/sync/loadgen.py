"""Synthetic sync load for tests and benchmarks: movements written straight into a post store.

Each movement gets its traveller, document, movement row, outbox record and signed audit entry,
exactly as the counter would leave them for sync (the outbox payload is ``records.sign_movement``'s,
the audit entry ``services.crossings``' ``record_entry`` naming the signed record's digest, chained
and signed as ``audit_log.append`` does), but inserted in bulk: recording 10,000 crossings one by one
would measure the counter, not the sync. Synthetic people only.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from sqlalchemy import func, insert, select

from midas_desktop.domain.audit import GENESIS_HASH, entry_hash, signed_statement
from midas_desktop.services import audit_log, records
from midas_desktop.services.clock import iso_utc
from midas_desktop.services.session import PostSession
from midas_desktop.store import hot
from midas_desktop.store.models import AuditEntry, Document, Movement, OutboxRecord, Traveller
from midas_desktop.synthetic.people import generate_people


def add_synthetic_movements(
    session: PostSession, count: int, *, seed: int = 0, start: dt.date = dt.date(2025, 1, 1)
) -> list[str]:
    """Insert ``count`` pending movements (with outbox records) in one transaction; returns their ids."""
    rng = random.Random(seed)
    people = generate_people(count, seed=seed)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    ids: list[str] = []
    travellers: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    movements: list[dict[str, Any]] = []
    outbox: list[dict[str, Any]] = []
    audit: list[dict[str, Any]] = []
    with session.transaction() as db:
        last = hot.last_audit(db)
        seq, prev = (0, GENESIS_HASH) if last is None else last
        own_prev = audit_log.own_previous(db, session, session.post.code)
        at = iso_utc(now)
        next_traveller = (db.execute(select(func.max(Traveller.id))).scalar() or 0) + 1
        next_document = (db.execute(select(func.max(Document.id))).scalar() or 0) + 1
        for index, person in enumerate(people):
            traveller = Traveller(
                id=next_traveller + index,
                surname=person.surname,
                given_names=person.given_names,
                nationality=person.nationality,
                birth_date=person.birth_date,
                sex=person.sex,
                created_utc=now,
            )
            # A per-seed prefix keeps document numbers unique across the stores of one benchmark.
            document = Document(
                id=next_document + index,
                traveller_id=traveller.id,
                document_type="TD3",
                document_code="P",
                issuing_state=person.nationality,
                number=f"{seed % 1000:03d}{index:06d}",
                expiry_date=person.document_expiry,
                mrz="",
            )
            day = start + dt.timedelta(days=rng.randrange(0, 365))
            movement = Movement(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                traveller_id=traveller.id,
                document_id=document.id,
                direction="entry",
                post_code=session.post.code,
                country=session.post.country,
                officer=session.user.username,
                at_utc=dt.datetime.combine(day, dt.time(12, 0)),
                local_date=day,
                days_granted=None,
                decision="admitted",
                purpose=None,
                transport=None,
                vehicle=None,
                nationality=person.nationality,
                created_utc=now,
                surname=person.surname,
                given_names=person.given_names,
                birth_date=person.birth_date,
                sex=person.sex,
                doc_type="TD3",
                doc_code="P",
                doc_issuing_state=person.nationality,
                doc_number=document.number,
                doc_expiry=person.document_expiry,
            )
            payload = records.sign_movement(session, movement)
            # The crossing's audit entry, as ``audit_log.append`` writes it: chained, and signed by
            # the same user over its hash; it names the signed record's digest.
            seq += 1
            details = {"movement": movement.id, "sha256": records.digest(payload), "alerts": []}
            digest = entry_hash(prev, seq, at, session.user.username, "record_entry", details, own_prev)
            audit.append(
                {
                    "seq": seq,
                    "at": at,
                    "actor": session.user.username,
                    "action": "record_entry",
                    "details": details,
                    "prev_hash": prev,
                    "hash": digest,
                    "signer": session.signer_ref,
                    "signature": session.sign(
                        signed_statement(session.post.code, digest, session.signer_ref)
                    ),
                    "signer_prev": own_prev,
                }
            )
            prev = own_prev = digest
            ids.append(movement.id)
            travellers.append(_columns(traveller))
            documents.append(_columns(document))
            movements.append(_columns(movement))
            outbox.append(
                {
                    "id": movement.id,
                    "kind": "movement",
                    "payload": payload,
                    "created_utc": now,
                    "sent_utc": None,
                }
            )
        db.execute(insert(Traveller), travellers)
        db.execute(insert(Document), documents)
        db.execute(insert(Movement), movements)
        db.execute(insert(OutboxRecord), outbox)
        db.execute(insert(AuditEntry), audit)
    return ids


def _columns(row: Any) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}
