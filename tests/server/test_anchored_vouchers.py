"""A record whose audit entry an earlier batch anchored is checked against that stored entry: the
same maker and the same digest let it through without a second signature check; anything else must
verify on its own, so a record changed after its entry was anchored gets nothing through."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from central_db import database_url, upgraded_engine
from sqlalchemy import Engine, func, select, text
from trusted_post import TrustedPost

from midas_desktop.domain import trust
from midas_desktop.domain.audit import GENESIS_HASH, entry_hash, signed_statement
from midas_desktop.server import core, database
from midas_desktop.server.models import PostAlert, PostAuditEntry, ServerMovement
from midas_desktop.sync import protocol


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    yield from upgraded_engine(request.param, tmp_path)


def entries_for(
    post: TrustedPost, payloads: list[dict[str, Any]], *, linked: bool = False
) -> list[dict[str, Any]]:
    """The officer's signed, chained audit entries recording these crossings (from the genesis);
    ``linked``: each also names the officer's previous entry (``signer_prev``), as from protocol 3."""
    entries, prev, own = [], GENESIS_HASH, None
    for seq, payload in enumerate(payloads, start=1):
        details = {"movement": payload["id"], "sha256": trust.record_digest(payload), "alerts": []}
        at = "2025-01-01T12:00:00Z"
        digest = entry_hash(prev, seq, at, "officer", "record_entry", details, own)
        statement = signed_statement(post.code, digest, "officer:1")
        entries.append(
            {
                "seq": seq,
                "at": at,
                "actor": "officer",
                "action": "record_entry",
                "details": details,
                "prev_hash": prev,
                "hash": digest,
                "signer": "officer:1",
                "signature": trust.sign(post.officer_keys.sign_private, statement),
                **({"signer_prev": own} if own is not None else {}),
            }
        )
        prev = digest
        own = digest if linked else None
    return entries


def held(engine: Engine, movement_id: str) -> bool:
    with engine.connect() as connection:
        count = connection.execute(
            select(func.count()).select_from(ServerMovement).where(ServerMovement.id == movement_id)
        ).scalar()
    return bool(count)


def _counting_verifications(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    verified: list[bytes] = []
    real = trust.verify_bytes

    def counting(public_b64: str, data: bytes, signature_b64: str) -> bool:
        verified.append(data)
        return real(public_b64, data, signature_b64)

    monkeypatch.setattr(trust, "verify_bytes", counting)
    return verified


@pytest.fixture
def anchored(engine: Engine) -> tuple[TrustedPost, list[dict[str, Any]]]:
    """Three signed crossings whose audit entries the first batch anchors; it carries only the first."""
    post = TrustedPost(engine, "GTM-VOUCH", "GTM")
    payloads = [
        post.sign_record(post.movement(f"V000000{i}", "entry", "2025-01-01", nationality="SLV"))
        for i in range(3)
    ]
    extras = protocol.PushExtras(audit=entries_for(post, payloads))
    core.store_batch(engine, post.batch(payloads[0], sign=False, extras=extras))
    with engine.connect() as connection:
        named = dict(
            connection.execute(select(PostAuditEntry.seq, PostAuditEntry.record_id)).all()  # type: ignore[arg-type]
        )
    assert named == {1: payloads[0]["id"], 2: payloads[1]["id"], 3: payloads[2]["id"]}
    return post, payloads


def test_a_record_vouched_for_by_an_anchored_entry_needs_no_second_verification(
    engine: Engine, anchored: tuple[TrustedPost, list[dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    post, payloads = anchored
    verified = _counting_verifications(monkeypatch)
    answer = core.store_batch(engine, post.batch(payloads[1], sign=False))
    assert answer["ack"]["accepted"] == [payloads[1]["id"]] and held(engine, payloads[1]["id"])
    # No record signature checked (the record stands on the entry verified when it was anchored; the
    # batch's own signature is checked by the protocol's function).
    assert verified == []


def test_a_record_changed_after_its_entry_was_anchored_is_refused(
    engine: Engine, anchored: tuple[TrustedPost, list[dict[str, Any]]]
) -> None:
    post, payloads = anchored
    changed = {**payloads[2], "traveller": {**payloads[2]["traveller"], "surname": "SOMEBODY ELSE"}}
    with pytest.raises(core.Rejected) as refused:
        core.store_batch(engine, post.batch(changed, sign=False))
    assert refused.value.status == 422 and refused.value.details["record_id"] == payloads[2]["id"]
    assert not held(engine, payloads[2]["id"])
    with engine.connect() as connection:
        kinds = set(connection.execute(select(PostAlert.kind)).scalars())
    assert "record_invalid" in kinds


def test_a_record_its_anchored_entry_does_not_name_must_verify_on_its_own(
    engine: Engine, anchored: tuple[TrustedPost, list[dict[str, Any]]]
) -> None:
    """Another user's record under the same id (the entry names the officer's): signed by nobody who
    could, it is refused; signed properly by the administrator, it stands as theirs."""
    post, payloads = anchored
    forged = {**payloads[2], "signer": "admin:1"}  # the officer's signature, under another name
    with pytest.raises(core.Rejected) as refused:
        core.store_batch(engine, post.batch(forged, sign=False))
    assert refused.value.status == 422 and not held(engine, payloads[2]["id"])


def test_the_migration_names_the_records_of_entries_anchored_before_it(tmp_path: Path) -> None:
    """Entries anchored before revision 0006 vouch for their records too, from the post's first
    signed entry on (those before it were never verified)."""
    for url in database_url("sqlite", tmp_path):
        engine = database.open_engine(url)
        config = database.SERVER_MIGRATIONS.config(engine)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0004")
        entry = {"details": {"movement": "m-unsigned", "sha256": "a" * 64}, "signer": "officer:1"}
        signed = {"details": {"movement": "m-signed", "sha256": "b" * 64}, "signer": "officer:1"}
        other = {"details": {"server": "x"}, "signer": "admin:1"}
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO posts (id, code, name, revoked, created_utc, unsigned_before, anchor_seq) "
                    "VALUES (1, 'GTM-OLD', 'old', 0, '2025-01-01 00:00:00', 2, 3)"
                )
            )
            for seq, body in ((1, entry), (2, signed), (3, other)):
                connection.execute(
                    text(
                        "INSERT INTO post_audit (post_id, seq, hash, entry, received_utc) "
                        "VALUES (1, :seq, :hash, :entry, '2025-01-01 00:00:00')"
                    ),
                    {"seq": seq, "hash": str(seq) * 64, "entry": json.dumps(body)},
                )
        database.upgrade(engine)
        with engine.connect() as connection:
            rows = connection.execute(
                select(PostAuditEntry.seq, PostAuditEntry.record_id, PostAuditEntry.record_digest).order_by(
                    PostAuditEntry.seq
                )
            ).all()
        engine.dispose()
        assert [tuple(r) for r in rows] == [(1, None, None), (2, "m-signed", "b" * 64), (3, None, None)]


def test_linked_entries_cost_one_verification_per_signer_and_batch(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    post = TrustedPost(engine, "GTM-LINKS", "GTM")
    payloads = [post.sign_record(post.movement(f"L000000{i}", "entry", "2025-01-01")) for i in range(5)]
    extras = protocol.PushExtras(audit=entries_for(post, payloads, linked=True))
    verified = _counting_verifications(monkeypatch)
    answer = core.store_batch(engine, post.batch(*payloads, sign=False, extras=extras))
    assert answer["ack"]["accepted"] == [p["id"] for p in payloads]
    # The last entry's signature; it vouches for the four before it and they for their records.
    assert len(verified) == 1
    with engine.connect() as connection:
        assert connection.execute(text("SELECT anchor_seq FROM posts WHERE code = 'GTM-LINKS'")).scalar() == 5


def test_a_version_2_batch_is_still_taken_and_another_version_refused(engine: Engine) -> None:
    post = TrustedPost(engine, "GTM-OLDER", "GTM")
    payloads = [post.sign_record(post.movement(f"O000000{i}", "entry", "2025-01-01")) for i in range(2)]
    extras = protocol.PushExtras(audit=entries_for(post, payloads))
    older = post.batch(*payloads, sign=False, extras=extras)
    older["batch"]["v"] = 2
    older["signature"] = trust.sign(post.officer_keys.sign_private, older["batch"])
    assert core.store_batch(engine, older)["ack"]["accepted"] == [p["id"] for p in payloads]
    newer = post.batch(post.sign_record(post.movement("O0000009", "entry", "2025-01-01")), sign=False)
    newer["batch"]["v"] = protocol.PROTOCOL_VERSION + 1
    newer["signature"] = trust.sign(post.officer_keys.sign_private, newer["batch"])
    with pytest.raises(core.Rejected) as refused:
        core.store_batch(engine, newer)
    assert refused.value.status == 400 and "protocol version" in str(refused.value)


def test_a_posts_batches_taken_at_once_anchor_its_chain_once_and_in_order(engine: Engine) -> None:
    """A retry storm: each of a post's two batches sent four times at once, across threads (the
    server's workers). Each batch of a post builds on the anchor the previous one left, so they are
    taken one at a time: every copy is acknowledged, each crossing is stored once, the anchor ends at
    the chain's head and nothing is taken for a fork or a rollback."""
    post = TrustedPost(engine, "GTM-TECUN", "GTM")
    payloads = [post.sign_record(post.movement(f"C{i:07d}", "entry", "2025-01-01")) for i in range(4)]
    entries = entries_for(post, payloads, linked=True)
    first = post.batch(*payloads[:2], sign=False, extras=protocol.PushExtras(audit=entries[:2]))
    second = post.batch(*payloads[2:], sign=False, extras=protocol.PushExtras(audit=entries))
    start = threading.Barrier(8)

    def send(envelope: dict[str, Any]) -> dict[str, Any]:
        start.wait()
        return core.store_batch(engine, envelope)

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(send, [first] * 4 + [second] * 4))
    assert [a["ack"]["accepted"] for a in answers] == (
        [[p["id"] for p in payloads[:2]]] * 4 + [[p["id"] for p in payloads[2:]]] * 4
    )
    with engine.connect() as connection:
        stored = connection.execute(select(func.count()).select_from(ServerMovement)).scalar()
        anchored = connection.execute(select(PostAuditEntry.seq).order_by(PostAuditEntry.seq)).scalars().all()
        alerts = connection.execute(select(PostAlert.kind)).scalars().all()
        anchor = connection.execute(text("SELECT anchor_seq, anchor_hash FROM posts")).one()
    assert stored == 4
    assert anchored == [1, 2, 3, 4]
    assert tuple(anchor) == (4, entries[-1]["hash"])
    assert alerts == []
