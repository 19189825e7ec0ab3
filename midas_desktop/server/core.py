"""The central server's use cases: posts and enrolment, storing pushed batches, pulls, central users.

Logging: batch ids, post codes, counts and reasons only; never a name, a document number or a payload.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import logging
import math
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Engine, func, insert, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from midas_desktop.domain import record_rules, trust
from midas_desktop.domain.login_throttle import LoginState, after_failure, wait_seconds
from midas_desktop.domain.mrz.countries import is_known_country
from midas_desktop.server import bulk, post_trust, travellers
from midas_desktop.server.models import (
    BatchRow,
    CentralUser,
    CentralWatchlist,
    ChangeRow,
    PostRow,
    ServerExtension,
    ServerKey,
    ServerMovement,
)
from midas_desktop.server.protection import log_safety
from midas_desktop.sync import carry, protocol

log = logging.getLogger("midas.server")
# Requests refused before they proved to come from a post (a signature that fails, a post that is not
# enrolled): anyone can send them, so a flood of them leaves a line now and then, with its count.
_unproven_refusals = log_safety.RateLimitedWarning(log)

# Any 64-bit number will do: it only has to be the same in every worker process.
_MOVEMENT_SEQ_LOCK = 0x6D69646173  # "midas"
PULL_PAGE = 1000
CENTRAL_ROLES = ("admin", "supervisor", "analyst")


class Rejected(Exception):
    """A request the server refuses; ``status`` is the HTTP status, the message is safe to log.

    ``details`` go into the answer beside the message: for a record refused, its index and id, so the
    post can set that record aside and send the others (``sync.client``)."""

    def __init__(self, status: int, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.details = details or {}


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# --- the server's key -------------------------------------------------------------------------


_KEYS: dict[str, ServerKey] = {}


def server_key(engine: Engine) -> ServerKey:
    """The server's signing key, made on first use (two workers racing both read the winner's)."""
    cache_key = engine.url.render_as_string(hide_password=False)
    if cache_key not in _KEYS:
        _KEYS[cache_key] = _load_or_make_key(engine)
    return _KEYS[cache_key]


def cached_server_key(engine: Engine) -> ServerKey | None:
    """The server's key if this process has read it already (no database work: the health check)."""
    return _KEYS.get(engine.url.render_as_string(hide_password=False))


def _load_or_make_key(engine: Engine) -> ServerKey:
    with Session(engine, expire_on_commit=False) as db, db.begin():
        row = db.get(ServerKey, 1)
        if row is not None and row.box_private_key is not None:
            return row
    box_private, box_public = carry.new_box_key_pair()
    if row is None:
        private, public = protocol.new_key_pair()
        try:
            with Session(engine, expire_on_commit=False) as db, db.begin():
                db.add(
                    ServerKey(
                        id=1,
                        private_key=private,
                        public_key=public,
                        created_utc=utc_now(),
                        box_private_key=box_private,
                        box_public_key=box_public,
                    )
                )
        except IntegrityError:
            pass
    else:
        # A database made before batch files: the box pair joins the signing key it already had
        # (the signing key stays, since every post pinned it). Only the first of racing workers writes.
        with Session(engine) as db, db.begin():
            db.execute(
                update(ServerKey)
                .where(ServerKey.id == 1, ServerKey.box_private_key.is_(None))
                .values(box_private_key=box_private, box_public_key=box_public)
            )
    with Session(engine, expire_on_commit=False) as db:
        row = db.get(ServerKey, 1)
        assert row is not None and row.box_public_key is not None
        return row


def signed_box_key(key: ServerKey) -> dict[str, str]:
    """The server's public box key with its signature, as enrolment and pull answers carry it."""
    assert key.box_public_key is not None
    statement = protocol.box_key_statement(key.box_public_key)
    return {"key": key.box_public_key, "signature": protocol.sign(key.private_key, statement)}


# --- posts and enrolment ----------------------------------------------------------------------


def enrolment_token() -> str:
    """160 random bits in lower-case base32: read aloud or typed at the post without a mistake, and
    never starting with "-" (a URL-safe base64 token did one time in 64, and ``midas sync enrol
    --token -x...`` was then taken for an option)."""
    return base64.b32encode(secrets.token_bytes(20)).decode("ascii").lower()


def add_post(engine: Engine, code: str, name: str) -> str:
    """Register a post (or issue a new token to a registered one); returns the one-time token."""
    code = code.strip()
    if not code or not name.strip():
        raise Rejected(400, "the post code and name may not be empty")
    token = enrolment_token()
    with Session(engine) as db, db.begin():
        post = db.execute(select(PostRow).where(PostRow.code == code)).scalar_one_or_none()
        if post is not None and post.public_key is not None and not post.revoked:
            raise Rejected(409, f"post {code} is already enrolled; revoke it first to enrol it again")
        if post is None:
            post = PostRow(code=code, name=name, revoked=False, created_utc=utc_now())
            db.add(post)
        post.name = name
        post.token_hash = _token_hash(token)
        post.public_key = None
        post.revoked = False
    log.info("post %s registered; enrolment token issued", code)
    return token


def revoke_post(engine: Engine, code: str) -> None:
    with Session(engine) as db, db.begin():
        post = db.execute(select(PostRow).where(PostRow.code == code)).scalar_one_or_none()
        if post is None:
            raise Rejected(404, f"no post {code}")
        post.revoked = True
        post.token_hash = None
    log.info("post %s revoked", code)


def enrol(engine: Engine, body: object) -> dict[str, Any]:
    """Exchange a one-time token for enrolment: the post's root key and its administrators'
    certificates are kept, the token burnt."""
    if not isinstance(body, dict):
        raise Rejected(400, "an enrolment is a JSON object")
    code, token, root_public, country = (body.get(k) for k in ("post", "token", "root_public", "country"))
    certificates = body.get("certificates", [])
    if not all(isinstance(v, str) and v for v in (code, token, root_public, country)) or not isinstance(
        certificates, list
    ):
        raise Rejected(400, "an enrolment needs post, token, root_public, country and certificates")
    assert isinstance(code, str) and isinstance(token, str) and isinstance(root_public, str)
    assert isinstance(country, str)
    if not is_known_country(country.upper()):
        raise Rejected(400, "an enrolment's country is not a known country code")
    try:
        if len(protocol.unb64(root_public)) != 32:
            raise protocol.ProtocolError("wrong length")
    except protocol.ProtocolError as exc:
        raise Rejected(400, "the root key is not a raw Ed25519 key in base64") from exc
    key = server_key(engine)
    now = utc_now()
    with Session(engine) as db, db.begin():
        post = db.execute(select(PostRow).where(PostRow.code == code)).scalar_one_or_none()
        valid = (
            post is not None
            and not post.revoked
            and post.token_hash is not None
            and hmac.compare_digest(post.token_hash, _token_hash(token))
        )
        if not valid or post is None:
            log.warning("enrolment refused for post %s: unknown post or wrong or used token", code)
            raise Rejected(403, "unknown post, or a wrong or already used enrolment token")
        post.root_public = root_public
        post.public_key = None
        post.country = country.upper()[:3]
        post.token_hash = None
        post.enrolled_utc = now
        post.unsigned_before = 1
        post.anchor_seq, post.anchor_hash = 0, None
        post.protocol_version = body.get("protocol") if isinstance(body.get("protocol"), int) else None
        db.flush()
        post_trust.Certificates(db, post).accept(
            [c for c in certificates if isinstance(c, dict)], now, at_enrolment=True
        )
    log.info("post %s enrolled", code)
    return {"post": code, "server_public_key": key.public_key, "server_box_key": signed_box_key(key)}


def register_root(engine: Engine, body: object) -> dict[str, Any]:
    """A post enrolled before per-user keys registers its root key, signing with its old post key."""
    if not isinstance(body, dict) or set(body) != {"request", "signature"}:
        raise Rejected(400, "a root registration is an object with exactly 'request' and 'signature'")
    request, signature = body["request"], body["signature"]
    if not isinstance(request, dict) or not isinstance(signature, str):
        raise Rejected(400, "malformed root registration")
    code, root_public, certificates = (
        request.get("post"),
        request.get("root_public"),
        request.get("certificates"),
    )
    if not isinstance(code, str) or not isinstance(root_public, str) or not isinstance(certificates, list):
        raise Rejected(400, "a root registration needs post, root_public and certificates")
    now = utc_now()
    with Session(engine) as db, db.begin():
        post = db.execute(select(PostRow).where(PostRow.code == code)).scalar_one_or_none()
        if post is None or post.revoked or post.public_key is None:
            raise Rejected(403, f"post {code} has no old enrolment to upgrade")
        if not protocol.verify(post.public_key, request, signature):
            raise Rejected(401, "the registration is not signed with the post's enrolment key")
        post.root_public = root_public
        post.public_key = None  # used once: every user of the post's PC could read it
        db.flush()
        accepted = post_trust.Certificates(db, post)
        accepted.accept([c for c in certificates if isinstance(c, dict)], now, at_enrolment=True)
        # Entries before the conversion were never signed; from it on, all must be.
        post.unsigned_before = (
            int(request.get("first_signed_seq") or 1)
            if isinstance(request.get("first_signed_seq"), int)
            else 1
        )
        post_trust.raise_alert(db, post, "root_registered", root_public[:16], {"root": root_public}, now)
    log.info("post %s registered its root key", code)
    return {"post": code}


def _enrolled_post(db: Session, code: str, *, lock: bool = False) -> PostRow:
    """The enrolled post ``code`` (403 otherwise); ``lock``: its row locked until the transaction
    ends, so that its batches are taken one at a time (their anchor and certificates build on the
    previous one's)."""
    query = select(PostRow).where(PostRow.code == code)
    post = db.execute(query.with_for_update() if lock else query).scalar_one_or_none()
    if post is None or (post.root_public is None and post.public_key is None):
        raise Rejected(403, f"post {code} is not enrolled")
    if post.root_public is None:
        raise Rejected(403, f"post {code} must register its root key first (an update of the post)")
    if post.revoked:
        raise Rejected(403, f"post {code} is revoked")
    return post


# --- push -------------------------------------------------------------------------------------


def _parse_utc(text_value: object) -> dt.datetime:
    """``text_value`` as naive UTC (``protocol.utc_moment``); ValueError when it is not one."""
    moment = protocol.utc_moment(text_value)
    if moment is None:
        raise ValueError("not an ISO-8601 time with a UTC value")
    return moment


def _refused_record(index: int, record: dict[str, Any], problem: str) -> Rejected:
    """A record refused: the answer names it (index and id), so the post can set it aside."""
    return Rejected(
        422, f"record {index} is refused: {problem}", {"record": index, "record_id": record["id"]}
    )


def _movement_row(
    record: dict[str, Any], post: PostRow, batch_id: str, now: dt.datetime, index: int
) -> dict[str, Any]:
    payload = record["payload"]
    if payload.get("id") != record["id"]:
        raise _refused_record(index, record, "the payload's id differs from the record's")
    problem = record_rules.movement_problem(payload, clock=now, post=post.code, country=post.country)
    if problem:
        raise _refused_record(index, record, problem)
    direction = payload["direction"]
    return {
        "id": record["id"],
        "post_id": post.id,
        "batch_id": batch_id,
        "direction": direction,
        "decision": payload.get("decision") or ("admitted" if direction == "entry" else "departed"),
        "country": payload["country"],
        "nationality": payload["traveller"]["nationality"][:3],
        "at_utc": _parse_utc(payload["at"]),
        "local_date": dt.date.fromisoformat(payload["local_date"]),
        "days_granted": payload.get("days_granted"),
        "payload": payload,
        "received_utc": now,
    }


def _extension_row(record: dict[str, Any], post: PostRow, now: dt.datetime, index: int) -> dict[str, Any]:
    payload = record["payload"]
    if payload.get("id") != record["id"]:
        raise _refused_record(index, record, "the payload's id differs from the record's")
    problem = record_rules.extension_problem(payload, clock=now, post=post.code)
    if problem:
        raise _refused_record(index, record, problem)
    return {
        "id": record["id"],
        "post_id": post.id,
        "entry_movement_id": payload["entry_movement_id"],
        "days": payload["days"],
        "payload": payload,
        "received_utc": now,
    }


def _insert_ignore(db: Session, model: type[Any], rows: list[dict[str, Any]], key: str) -> list[Any]:
    """``INSERT ... ON CONFLICT (key) DO NOTHING RETURNING key``: the keys that were new."""
    dialect = postgresql if db.get_bind().dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(model)
        .on_conflict_do_nothing(index_elements=[key])
        .returning(getattr(model, key), sort_by_parameter_order=True)
    )
    result = db.execute(statement, rows)
    return [row[0] for row in result if row is not None]


_MOVEMENT_COLUMNS = (
    "id",
    "post_id",
    "batch_id",
    "direction",
    "decision",
    "country",
    "nationality",
    "at_utc",
    "local_date",
    "days_granted",
    "traveller_id",
    "payload",
    "received_utc",
)
# PostgreSQL: the whole batch as one JSON parameter, unpacked by the server in C; 500 rows of
# placeholders would be split and converted by the driver on every batch instead. The rows are encoded
# before the commit-order lock, without their traveller (decided under it), which comes as a second
# parameter: an object from movement id to traveller id.
_PG_INSERT_MOVEMENTS = text(
    "INSERT INTO movements (" + ", ".join(_MOVEMENT_COLUMNS) + ") "
    "SELECT "
    + ", ".join(
        "CAST(CAST(:travellers AS jsonb) ->> r.id AS integer)" if name == "traveller_id" else name
        for name in _MOVEMENT_COLUMNS
    )
    + " FROM json_to_recordset(CAST(:rows AS json)) AS r("
    "id varchar, post_id integer, batch_id varchar, direction varchar, decision varchar, country varchar, "
    "nationality varchar, "
    "at_utc timestamp, local_date date, days_granted integer, "
    "payload json, "
    "received_utc timestamp) "
    "ON CONFLICT (id) DO NOTHING"
)
_SQLITE_INSERT_MOVEMENTS = (
    "INSERT INTO movements ("
    + ", ".join(_MOVEMENT_COLUMNS)
    + ") VALUES ("
    + ", ".join("?" * len(_MOVEMENT_COLUMNS))
    + ") ON CONFLICT (id) DO NOTHING"
)


def _encoded_movements(db: Session, rows: list[dict[str, Any]]) -> dict[str, str]:
    """Each row as the PostgreSQL insert reads it (JSON, without its traveller), by movement id; empty
    on SQLite, whose insert takes the rows as they are."""
    if db.get_bind().dialect.name != "postgresql":
        return {}
    # orjson writes dates and naive times as ISO text, which PostgreSQL reads back exactly.
    return {
        row["id"]: orjson.dumps(
            {name: value for name, value in row.items() if name != "traveller_id"}
        ).decode()
        for row in rows
    }


def _insert_movements(db: Session, rows: list[dict[str, Any]], encoded: dict[str, str]) -> int:
    """``INSERT ... ON CONFLICT (id) DO NOTHING`` in bulk; returns how many rows were new.
    ``encoded``: :func:`_encoded_movements` of these rows (or more)."""
    if db.get_bind().dialect.name == "postgresql":
        document = "[" + ",".join(encoded[row["id"]] for row in rows) + "]"
        travellers_of = orjson.dumps({row["id"]: row["traveller_id"] for row in rows}).decode()
        result: Any = db.execute(_PG_INSERT_MOVEMENTS, {"rows": document, "travellers": travellers_of})
        return int(result.rowcount)
    for row in rows:
        row["payload"] = json.dumps(row["payload"], ensure_ascii=False, separators=(",", ":"))
    # sqlite3's executemany runs the one prepared statement per row, in C.
    cursor = db.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    cursor.executemany(
        _SQLITE_INSERT_MOVEMENTS,
        [tuple(_sqlite_value(row[name]) for name in _MOVEMENT_COLUMNS) for row in rows],
    )
    return int(cursor.rowcount)


def _unknown_movements(
    db: Session, rows: list[dict[str, Any]], batch: dict[str, Any]
) -> list[dict[str, Any]]:
    """The rows whose movement id is not stored yet (a resent batch attaches no traveller twice).

    A stored id must come back with the same content: a record id reused for other content is refused
    (409, naming the record), never dropped in silence."""
    if not rows:
        return []
    query = select(ServerMovement.id, ServerMovement.payload).where(
        bulk.among(db, ServerMovement.id, [r["id"] for r in rows])
    )
    known: dict[str, Any] = {movement_id: payload for movement_id, payload in db.execute(query)}
    _refuse_reused_ids(known, rows, batch)
    fresh: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row["id"] not in known:
            fresh.setdefault(row["id"], row)
    return list(fresh.values())


def _refuse_reused_ids(known: dict[str, Any], rows: list[dict[str, Any]], batch: dict[str, Any]) -> None:
    for row in rows:
        stored = known.get(row["id"])
        if stored is not None and protocol.canonical_json(stored) != protocol.canonical_json(row["payload"]):
            index = next(i for i, r in enumerate(batch["records"]) if r["id"] == row["id"])
            raise Rejected(
                409,
                f"record {index} reuses the id of a stored record with other content",
                {"record": index, "record_id": row["id"], "conflict": True},
            )


def _record_changes(db: Session, changes: list[dict[str, Any]]) -> None:
    """Append to the change feed posts pull (the caller holds the commit-order lock on PostgreSQL)."""
    if changes:
        db.execute(insert(ChangeRow), changes)


def _sqlite_value(value: Any) -> Any:
    """Dates and times as SQLAlchemy's SQLite types store them, so that they compare and read back."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _verify_signer(
    certificates: post_trust.Certificates, signer: object, data: bytes, signature: str
) -> None:
    key = certificates.current_key_of(signer) if isinstance(signer, str) else None
    if key is None or not protocol.verify_bytes(key, data, signature):
        raise Rejected(401, "the signature does not verify with a certificate of this post's users")


def _signed_bytes(body: bytes | None, signature: str) -> bytes | None:
    """The batch's bytes as the post signed them, cut out of the body it sent, when the body is the
    envelope ``protocol.seal_batch`` writes (``{"batch":`` BATCH ``,"signature":"`` S ``"}``); the
    body was parsed whole, so the batch acted on is the parse of exactly these bytes. None otherwise
    (the batch is then serialised again, canonically)."""
    if body is None:
        return None
    head, tail = b'{"batch":', b',"signature":"' + signature.encode("utf-8") + b'"}'
    if len(body) > len(head) + len(tail) and body.startswith(head) and body.endswith(tail):
        return body[len(head) : -len(tail)]
    return None


def store_batch(engine: Engine, envelope: object, body: bytes | None = None) -> dict[str, Any]:
    """Verify a pushed batch and store it in one transaction; returns the signed acknowledgement.

    The batch must be signed by a user of the post (their certificate chaining to the post's root), and
    every record by its maker. Idempotent: a record already held (from this batch sent before, or
    another batch) is not stored again, and an already stored batch is acknowledged again. A record
    that does not verify rejects the whole batch; what the audit part says is kept as alerts.

    ``body``: the request's bytes as received, of which ``envelope`` is the parse: the batch's
    signature is checked over the bytes the post sent, without serialising the batch again.
    """
    try:
        batch, signature = protocol.check_envelope(envelope)
    except protocol.ProtocolError as exc:
        _unproven_refusals.warn("malformed", f"batch rejected: {exc}")
        raise Rejected(400, f"malformed batch: {exc}") from exc
    batch_id: str = batch["batch_id"]
    code: str = batch["post"]
    signed = _signed_bytes(body, signature)
    canonical = signed if signed is not None else protocol.canonical_json(batch)
    key = server_key(engine)
    now = utc_now()
    try:
        with Session(engine) as db, db.begin():
            post = _enrolled_post(db, code, lock=True)
            certificates = post_trust.Certificates(db, post)
            # The signer's certificate may come in this batch, so they are taken before the signature
            # is checked; what they say (alerts) counts only once it has been.
            certificates.accept(batch["certificates"], now, defer_alerts=True)
            try:
                _verify_signer(certificates, batch["signer"], canonical, signature)
            except Rejected:
                if signed is None:
                    raise
                # Signed over its canonical form but sent otherwise: as before, the canonical form.
                canonical = protocol.canonical_json(batch)
                _verify_signer(certificates, batch["signer"], canonical, signature)
            certificates.raise_deferred_alerts(now)
            digest = hashlib.sha256(canonical).hexdigest()
            known = db.get(BatchRow, batch_id)
            if known is not None:
                if known.post_id != post.id or known.digest != digest:
                    raise Rejected(409, "this batch id was already used for a different batch")
                new_count = 0
            else:
                # A record its maker's signed audit entry vouches for (same signer, same digest) is
                # verified through that entry, once the entry is (``anchor`` below); any other, now.
                # A record whose entry was anchored by an earlier batch is verified through the stored
                # entry (verified when it was anchored).
                vouched = post_trust.vouched_records(batch["audit"])
                held = post_trust.stored_vouchers(
                    db, post, [r["id"] for r in batch["records"] if r["id"] not in vouched]
                )
                deferred: list[tuple[int, str, dict[str, Any], int]] = []
                for index, record in enumerate(batch["records"]):
                    payload = record["payload"]
                    claim = vouched.get(record["id"])
                    earlier = held.get(record["id"]) if claim is None else None
                    if (
                        claim is not None
                        and claim[1] == payload.get("signer")
                        and claim[0] == trust.record_digest(payload)
                    ):
                        problem, _key = post_trust.signer_problem(certificates, record["kind"], payload)
                        deferred.append((index, record["kind"], payload, claim[2]))
                    elif (
                        earlier is not None
                        and earlier[1] == payload.get("signer")
                        and earlier[0] == trust.record_digest(payload)
                    ):
                        problem, _key = post_trust.signer_problem(certificates, record["kind"], payload)
                    else:
                        problem = post_trust.record_problem(certificates, record["kind"], payload)
                    if problem is not None:
                        raise Rejected(
                            422, f"record {index} {problem}", {"record": index, "record_id": record["id"]}
                        )
                rows = [
                    _movement_row(r, post, batch_id, now, i)
                    for i, r in enumerate(batch["records"])
                    if r["kind"] == "movement"
                ]
                extensions = [
                    _extension_row(r, post, now, i)
                    for i, r in enumerate(batch["records"])
                    if r["kind"] == "stay_extension"
                ]
                # The audit chain checked (links, hashes, signatures), the travellers' identities read
                # and the rows encoded before the lock: every worker does this part at once, and the
                # lock is held for the lookups, the decisions and the writes only.
                ahead = post_trust.check_chain(post, certificates, batch["audit"])
                # The post's own audit chain: its row is locked, so this is per post and needs not
                # wait for the commit order below.
                trusted = post_trust.anchor(
                    db,
                    post,
                    certificates,
                    batch["audit"],
                    batch["audit_head"],
                    batch["findings"],
                    now,
                    ahead,
                )
                for index, kind, payload, seq in deferred:
                    if seq not in trusted:  # its entry did not verify: the record must stand alone
                        problem = post_trust.record_problem(certificates, kind, payload)
                        if problem is not None:
                            raise Rejected(
                                422,
                                f"record {index} {problem}",
                                {"record": index, "record_id": str(payload.get("id"))},
                            )
                identities = {row["id"]: travellers.identity_of(row["payload"]) for row in rows}
                encoded = _encoded_movements(db, rows)
                # Commit order must equal seq order, or a pull could pass a seq committed later.
                _commit_order_lock(db)
                fresh = _unknown_movements(db, rows, batch)
                travellers.attach_travellers(db, fresh, now, identities)
                new_count = _insert_movements(db, fresh, encoded) if fresh else 0
                if extensions:
                    known_extensions = db.execute(
                        select(ServerExtension.id, ServerExtension.payload).where(
                            ServerExtension.id.in_([e["id"] for e in extensions])
                        )
                    )
                    _refuse_reused_ids({i: p for i, p in known_extensions}, extensions, batch)
                    stored = set(_insert_ignore(db, ServerExtension, extensions, "id"))
                    new_count += len(stored)
                    _record_changes(
                        db,
                        [
                            {
                                "kind": "extension",
                                "ref_id": e["id"],
                                "country": post.country,
                                "post_id": post.id,
                                "payload": {**e["payload"], "post": post.code},
                                "created_utc": now,
                            }
                            for e in extensions
                            if e["id"] in stored
                        ],
                    )
                inserted = _insert_ignore(
                    db,
                    BatchRow,
                    [
                        {
                            "batch_id": batch_id,
                            "post_id": post.id,
                            "digest": digest,
                            "records": len(rows),
                            "new_records": new_count,
                            "received_utc": now,
                        }
                    ],
                    "batch_id",
                )
                if not inserted:
                    # The same batch committed meanwhile through a retry; our inserts were all no-ops.
                    new_count = 0
                post.last_batch_utc = now
                post.reported_queued = protocol.parse_queued(batch.get("queued"))
                post.reported_capture = protocol.parse_capture(batch.get("capture"))
                post.protocol_version = batch["v"]
            anchor = post_trust.signed_anchor(post, key.private_key)
    except Rejected as exc:
        message = f"batch {batch_id} from post {code} rejected: {exc}"
        if exc.status in (401, 403):  # anyone can send these, as fast as they like
            _unproven_refusals.warn("batch", message)
        else:
            log.warning("%s", message)
        if exc.status in (401, 422) or exc.details.get("conflict"):
            # A batch whose signature failed could come from anyone: its certificates tell nothing.
            carried = [] if exc.status == 401 else batch["certificates"]
            _remember_refusal(engine, code, exc, now, carried)
        raise
    accepted = [r["id"] for r in batch["records"]]
    ack = protocol.ack_body(batch_id, accepted, new_count, anchor)
    log.info("batch %s from post %s: %d records, %d new", batch_id, code, len(accepted), new_count)
    return {"ack": ack, "signature": protocol.sign(key.private_key, ack)}


def _remember_refusal(
    engine: Engine, code: str, exc: Rejected, now: dt.datetime, certificates: list[dict[str, Any]]
) -> None:
    """A batch refused for its signatures is itself worth an alert, and so is every certificate in
    ``certificates`` that does not verify (the batch's own transaction was rolled back).

    A batch whose own signature failed is one ``signature_invalid`` alert per post, counting repeats
    (its key is the constant reason), and its certificates are not passed here: anyone who knows the
    post's code could send them, and each forged one would otherwise be an alert of its own."""
    with Session(engine) as db, db.begin():
        post = db.execute(select(PostRow).where(PostRow.code == code)).scalar_one_or_none()
        if post is not None:
            post_trust.Certificates(db, post).accept(certificates, now)
            kind = {401: "signature_invalid", 409: "record_conflict"}.get(exc.status, "record_invalid")
            details = {"problem": str(exc)[:300], **exc.details}
            key = str(exc.details.get("record_id") or exc)[:100]
            post_trust.raise_alert(db, post, kind, key, details, now)


# --- pull -------------------------------------------------------------------------------------


relevant_countries = travellers.relevant_countries


def _commit_order_lock(db: Session) -> None:
    """Writers of pulled rows (movements, changes) commit in ``seq`` order on PostgreSQL, so a pull's
    cursor never passes a row that commits later (SQLite serialises writers by itself)."""
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MOVEMENT_SEQ_LOCK})


# Cursors are sequence numbers: far below what a BIGINT holds, and exact in any JSON reader.
_MAX_CURSOR = 2**53


def _cursor(request: dict[str, Any], name: str) -> int:
    value = request.get(name, 0)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= _MAX_CURSOR:
        raise Rejected(400, f"a pull's {name} is a whole number from 0 to 2^53")
    return value


def _check_pull_time(request: dict[str, Any]) -> None:
    """A pull names the moment it was made; one far from the server's clock is refused (a captured
    pull cannot be replayed later, and a post whose clock is wrong hears of it)."""
    try:
        moment = _parse_utc(request.get("at"))
    except (ValueError, TypeError) as exc:
        raise Rejected(400, "a pull needs its time 'at' (ISO-8601, UTC)") from exc
    drift = abs((moment - utc_now()).total_seconds())
    if drift > protocol.PULL_CLOCK_WINDOW_SECONDS:
        raise Rejected(
            400,
            f"the pull's time is {round(drift / 60)} minutes from the server's clock "
            f"(at most {protocol.PULL_CLOCK_WINDOW_SECONDS // 60}): set the post's clock",
        )


def pull(engine: Engine, body: object) -> dict[str, Any]:
    """Movements of other posts and the change feed (extensions, watchlist additions and removals)
    after the post's cursors, a page at a time."""
    if not isinstance(body, dict) or set(body) != {"request", "signature"}:
        raise Rejected(400, "a pull is an object with exactly 'request' and 'signature'")
    request, signature = body["request"], body["signature"]
    if not isinstance(request, dict) or not isinstance(signature, str):
        raise Rejected(400, "malformed pull")
    code = request.get("post")
    if not isinstance(code, str):
        raise Rejected(400, "a pull needs post, cursor, changes_cursor and limit")
    cursor = _cursor(request, "cursor")
    changes_cursor = _cursor(request, "changes_cursor")
    limit = max(1, min(_cursor(request, "limit") or PULL_PAGE, PULL_PAGE))
    _check_pull_time(request)
    with Session(engine) as db, db.begin():
        post = _enrolled_post(db, code)
        signer = request.get("signer")
        signer_key = (
            post_trust.Certificates(db, post).current_key_of(signer) if isinstance(signer, str) else None
        )
        if signer_key is None or not protocol.verify(signer_key, request, signature):
            _unproven_refusals.warn("pull", f"pull from post {code} rejected: bad signature")
            raise Rejected(401, "the pull signature does not verify with a certificate of this post's users")
        post.last_pull_utc = utc_now()
        countries = relevant_countries(post.country)
        # The tops first: every seq up to them is committed (commit order is seq order), so a cursor
        # never passes a row that commits later.
        top = db.execute(select(func.max(ServerMovement.seq))).scalar() or 0
        changes_top = db.execute(select(func.max(ChangeRow.seq))).scalar() or 0
        rows = db.execute(
            select(ServerMovement.seq, ServerMovement.payload)
            .where(
                ServerMovement.seq > cursor,
                ServerMovement.seq <= top,
                ServerMovement.post_id != post.id,
                ServerMovement.country.in_(countries),
            )
            .order_by(ServerMovement.seq)
            .limit(limit)
        ).all()
        more = len(rows) == limit
        # Without more to come the cursor jumps to the top, past other countries' traffic, so that
        # it is not scanned again on every pull.
        new_cursor = rows[-1][0] if more else max(cursor, top)
        changes = (
            db.execute(
                select(ChangeRow)
                .where(
                    ChangeRow.seq > changes_cursor,
                    ChangeRow.seq <= changes_top,
                    or_(ChangeRow.country.is_(None), ChangeRow.country.in_(countries)),
                    or_(ChangeRow.post_id.is_(None), ChangeRow.post_id != post.id),
                )
                .order_by(ChangeRow.seq)
                .limit(limit)
            )
            .scalars()
            .all()
        )
        more_changes = len(changes) == limit
        new_changes_cursor = changes[-1].seq if more_changes else max(changes_cursor, changes_top)
        feed = [{"seq": c.seq, "kind": c.kind, "payload": c.payload} for c in changes]
    log.info("pull by post %s: %d movements, %d changes", code, len(rows), len(feed))
    answer = {
        # A post enrolled before batch files learns the box key here (signed, so checkable).
        "server_box_key": signed_box_key(server_key(engine)),
        "movements": [payload for _seq, payload in rows],
        # Each movement's place in the feed: the post can store a page in several short transactions,
        # moving its cursor with each.
        "seqs": [seq for seq, _payload in rows],
        "cursor": new_cursor,
        "changes": feed,
        "changes_cursor": new_changes_cursor,
        "more": more or more_changes,
    }
    # Signed, and tied to its request: the post applies only what the enrolled server answered to it.
    return protocol.sign_pull_answer(server_key(engine).private_key, answer, request)


# --- central users ----------------------------------------------------------------------------

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def check_password(stored: str, password: str) -> bool:
    try:
        _scheme, n, r, p, salt, digest = stored.split("$")
        found = hashlib.scrypt(
            password.encode("utf-8"), salt=bytes.fromhex(salt), dklen=32, n=int(n), r=int(r), p=int(p)
        )
    except ValueError:
        return False
    return hmac.compare_digest(found.hex(), digest)


def add_user(engine: Engine, username: str, role: str, password: str) -> None:
    if role not in CENTRAL_ROLES:
        raise Rejected(400, f"a central user is one of: {', '.join(CENTRAL_ROLES)}")
    if len(password) < 8:
        raise Rejected(400, "a password needs at least 8 characters")
    with Session(engine) as db, db.begin():
        if db.execute(select(CentralUser).where(CentralUser.username == username)).first():
            raise Rejected(409, f"a user {username} already exists")
        db.add(
            CentralUser(
                username=username,
                role=role,
                password_hash=hash_password(password),
                active=True,
                created_utc=utc_now(),
            )
        )


@dataclass(frozen=True)
class CentralLogin:
    username: str
    role: str


class LoginRefused(Exception):
    """A login refused before its password was tried: the account is locked, or too many logins are
    being worked on at once. ``status`` is the HTTP answer, ``headers`` say when to come back."""

    def __init__(self, status: int, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.status = status
        self.headers = {"Retry-After": str(max(1, math.ceil(retry_after)))}


# scrypt costs 16 MiB and ~50 ms a time: a flood of logins must not take the server's memory and
# cores. At most this many are worked on at once; the rest wait briefly, then are turned away.
_LOGIN_WORK = threading.BoundedSemaphore(2)
_LOGIN_QUEUE_SECONDS = 2.0


def authenticate(engine: Engine, username: str, password: str) -> CentralLogin | None:
    """The central user, or None for a wrong name or password (the same work and answer for both).

    Wrong passwords are counted per user (``domain.login_throttle``): five in a row lock the account
    for a back-off that doubles, and attempts meanwhile are refused without trying the password.
    """
    with Session(engine) as db:
        user = db.execute(select(CentralUser).where(CentralUser.username == username)).scalar_one_or_none()
        if user is not None:
            state = LoginState(user.failures, user.lockouts, user.locked_until)
            wait = wait_seconds(state, time.time())
            if wait > 0:
                raise LoginRefused(429, f"too many wrong passwords: try again in {math.ceil(wait)} s", wait)
    if not _LOGIN_WORK.acquire(timeout=_LOGIN_QUEUE_SECONDS):
        raise LoginRefused(503, "too many logins at once; try again shortly", 1.0)
    try:
        if user is None or not user.active:
            hash_password(password)  # the same work either way: user names are not to be probed
            return None
        right = check_password(user.password_hash, password)
    finally:
        _LOGIN_WORK.release()
    with Session(engine) as db, db.begin():
        row = db.get(CentralUser, user.id)
        assert row is not None
        if right:
            row.failures, row.lockouts, row.locked_until = 0, 0, 0.0
            return CentralLogin(row.username, row.role)
        state, locked = after_failure(LoginState(row.failures, row.lockouts, row.locked_until), time.time())
        row.failures, row.lockouts, row.locked_until = state.failures, state.lockouts, state.locked_until
        if locked:
            log.warning("central user locked after wrong passwords")
    return None


def unlock_user(engine: Engine, username: str) -> None:
    with Session(engine) as db, db.begin():
        user = db.execute(select(CentralUser).where(CentralUser.username == username)).scalar_one_or_none()
        if user is None:
            raise Rejected(404, f"no central user {username}")
        user.failures, user.lockouts, user.locked_until = 0, 0, 0.0


def import_watchlist(engine: Engine, entries: list[dict[str, Any]]) -> int:
    """Add watchlist entries (by ``entry_id``; known ones are kept as they are); returns how many were
    new. Each new entry joins the change feed, so every post has it after its next pull."""
    if not entries:
        return 0
    now = utc_now()
    with Session(engine) as db, db.begin():
        _commit_order_lock(db)
        rows = [{**e, "imported_utc": now} for e in entries]
        added = set(_insert_ignore(db, CentralWatchlist, rows, "entry_id"))
        _record_changes(
            db,
            [
                {
                    "kind": "watchlist_entry",
                    "ref_id": e["entry_id"],
                    "country": None,
                    "post_id": None,
                    "payload": _watchlist_payload(e),
                    "created_utc": now,
                }
                for e in entries
                if e["entry_id"] in added
            ],
        )
        return len(added)


def remove_watchlist_entry(engine: Engine, entry_id: str, removed_by: str, reason: str) -> None:
    """Remove an entry: it stops matching here and at every post after its next pull."""
    if not reason.strip():
        raise Rejected(400, "removing a watchlist entry needs a reason")
    now = utc_now()
    with Session(engine) as db, db.begin():
        _commit_order_lock(db)
        entry = db.execute(
            select(CentralWatchlist).where(CentralWatchlist.entry_id == entry_id)
        ).scalar_one_or_none()
        if entry is None:
            raise Rejected(404, f"no watchlist entry {entry_id}")
        if entry.removed_utc is not None:
            raise Rejected(409, f"watchlist entry {entry_id} was already removed")
        entry.removed_utc = now
        entry.removed_by = removed_by
        entry.removed_reason = reason.strip()
        _record_changes(
            db,
            [
                {
                    "kind": "watchlist_removal",
                    "ref_id": entry_id,
                    "country": None,
                    "post_id": None,
                    "payload": {"entry_id": entry_id, "removed_by": removed_by, "reason": reason.strip()},
                    "created_utc": now,
                }
            ],
        )
    log.info("watchlist entry removed")


def _watchlist_payload(entry: dict[str, Any]) -> dict[str, Any]:
    birth = entry.get("birth_date")
    return {
        "entry_id": entry["entry_id"],
        "document_number": entry.get("document_number"),
        "issuing_state": entry.get("issuing_state"),
        "surname": entry.get("surname") or "",
        "given_names": entry.get("given_names") or "",
        "birth_date": birth.isoformat() if isinstance(birth, dt.date) else birth,
        "reason": entry.get("reason") or "",
        "source": entry.get("source") or "central",
    }


def append_changes(db: Session, changes: list[dict[str, Any]]) -> None:
    """Append to the change feed posts pull, in commit order (for the national console's grants,
    watchlist edits and decisions): taken in the caller's transaction."""
    _commit_order_lock(db)
    _record_changes(db, changes)
