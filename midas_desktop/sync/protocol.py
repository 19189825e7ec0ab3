"""The wire protocol of batch sync, shared by the post and the central server.

Everything signed is signed over its *canonical JSON*: keys sorted, no insignificant white space,
UTF-8, no floats (the protocol carries none, and their text form is not canonical across languages).
Signatures are Ed25519, keys and signatures travel as base64 (raw 32-byte keys, 64-byte signatures).

A push is ``{"batch": {...}, "signature": "..."}`` where the batch is ``{"v": 3, "post": CODE,
"batch_id": UUID, "created": ISO, "signer": "USER:SERIAL", "records": [{"id", "kind", "payload"}],
"certificates": [...], "audit": [...], "audit_head": {"seq", "hash"} | null, "findings": [...]}``
and the signature is the syncing user's (their certificate, ``domain.trust``, chains to the post's
root, which the server registered at enrolment) over ``canonical_json(batch)``. Each record's payload
carries the signature of the user who made it (``signer``, ``signature``). ``certificates`` are the
post's certificates the server has not seen, ``audit`` the audit entries after the last anchor the
server gave back, ``findings`` what the post's own checks found wrong. The server answers with an
acknowledgement signed by its own key, listing every record id it now holds from the batch, and the
new anchor of the post's audit chain. A post with no link carries the same envelopes in an encrypted
batch file (``carry``) and brings back the same acknowledgements in a signed receipt.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import ipaddress
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from midas_desktop.domain import trust

PROTOCOL_VERSION = 3
#: The batch versions the server takes. 2: audit entries without their signer's link (each one's
#: signature verified alone); 3: with it (``domain.audit``). A server that knows only 2 refuses a
#: version-3 batch outright, instead of taking its linked entries' hashes for a forked chain, so the
#: centre is upgraded first and posts follow at their own pace.
ACCEPTED_VERSIONS = frozenset({2, PROTOCOL_VERSION})
#: At most this many records per batch: bounds a request's size, its transaction and its retry cost.
MAX_BATCH_RECORDS = 500
#: A request body larger than this is refused before it is parsed.
MAX_BODY_BYTES = 8 * 1024 * 1024
RECORD_KINDS = frozenset({"movement", "stay_extension"})
#: At most this many audit entries per batch (the rest follow in the next batches).
MAX_BATCH_AUDIT = 2000
MAX_BATCH_CERTIFICATES = 200
MAX_BATCH_FINDINGS = 100


class ProtocolError(ValueError):
    """A message that does not follow the protocol; the text is safe to log (no personal data)."""


#: The one byte string a JSON value signs as; both sides produce exactly this (``domain.trust``).
canonical_json = trust.canonical_json


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError) as exc:
        raise ProtocolError("not base64") from exc


def new_key_pair() -> tuple[str, str]:
    """A fresh Ed25519 key pair as (private, public), both base64 of the raw 32 bytes."""
    private = Ed25519PrivateKey.generate()
    return b64(private.private_bytes_raw()), public_key_of(b64(private.private_bytes_raw()))


def public_key_of(private_b64: str) -> str:
    private = Ed25519PrivateKey.from_private_bytes(unb64(private_b64))
    return b64(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def sign(private_b64: str, obj: Any) -> str:
    """The base64 Ed25519 signature of ``canonical_json(obj)``."""
    return sign_bytes(private_b64, canonical_json(obj))


def sign_bytes(private_b64: str, data: bytes) -> str:
    """As :func:`sign`, for a canonical JSON text already at hand."""
    private = Ed25519PrivateKey.from_private_bytes(unb64(private_b64))
    return b64(private.sign(data))


#: Whether ``signature_b64`` is the holder of ``public_b64`` signing ``canonical_json(obj)``, and the
#: same over a canonical JSON text already at hand: the domain's one check.
verify = trust.verify
verify_bytes = trust.verify_bytes


def is_uuid(text: object) -> bool:
    if not isinstance(text, str) or len(text) != 36:
        return False
    try:
        return str(uuid.UUID(text)) == text.lower()
    except ValueError:
        return False


@dataclass(frozen=True)
class PushExtras:
    """What a batch carries besides records (see the module's docstring)."""

    certificates: list[dict[str, Any]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    audit_head: dict[str, Any] | None = None
    findings: list[dict[str, Any]] = field(default_factory=list)
    queued: int = 0
    capture: dict[str, Any] | None = None  # the post's capture freeze (``parse_capture``)

    @property
    def empty(self) -> bool:
        return not (self.certificates or self.audit or self.findings)


def make_batch(
    post: str, batch_id: str, created: str, signer: str, records: list[dict[str, Any]], extras: PushExtras
) -> dict[str, Any]:
    return {
        "v": PROTOCOL_VERSION,
        "post": post,
        "batch_id": batch_id,
        "created": created,
        "signer": signer,
        "records": records,
        "certificates": extras.certificates,
        "audit": extras.audit,
        "audit_head": extras.audit_head,
        "findings": extras.findings,
        "queued": extras.queued,
        **({"capture": extras.capture} if extras.capture is not None else {}),
    }


CAPTURE_LEVELS = frozenset({"ok", "warn", "refuse"})


def parse_capture(value: object) -> dict[str, int | str] | None:
    """A batch's report of the post's capture freeze, or None when it carries none or a malformed
    one (a report is information for headquarters, never a reason to refuse the records)."""
    if not isinstance(value, dict) or value.get("level") not in CAPTURE_LEVELS:
        return None
    report: dict[str, int | str] = {"level": str(value["level"])}
    for name in ("age_days", "warn_days", "refuse_days"):
        number = value.get(name)
        if not isinstance(number, int) or isinstance(number, bool) or not 0 <= number <= 100_000:
            return None
        report[name] = number
    return report


def utc_moment(value: object) -> dt.datetime | None:
    """An ISO-8601 time of the protocol as naive UTC (an offset applied, none taken as UTC), or None
    when it is not one, or is one whose UTC falls outside the years 1 to 9999
    (``0001-01-01T00:00:00+01:00``: astimezone's OverflowError)."""
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo is not None else moment
    except (ValueError, OverflowError):
        return None


#: More records waiting than any post holds; a larger report is not believed (and would not fit).
MAX_REPORTED_QUEUE = 10**9


def parse_queued(value: object) -> int | None:
    """A batch's report of how many records still wait at the post, or None when it is not a whole
    number from 0 to :data:`MAX_REPORTED_QUEUE` (a report, never a reason to refuse the records; the
    centre's column holds 32 bits)."""
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_REPORTED_QUEUE:
        return None
    return value


def seal_batch(
    post: str,
    sign_bytes: Callable[[bytes], str],
    signer: str,
    created: str,
    records: list[dict[str, Any]],
    extras: PushExtras | None = None,
) -> tuple[str, bytes]:
    """A new batch signed by the syncing user: its id and its push envelope as bytes.

    The one way a batch is made, whether it goes over the network or into a batch file. The envelope
    is written around the already canonical batch, so the batch is serialised once.
    """
    batch = make_batch(post, str(uuid.uuid4()), created, signer, records, extras or PushExtras())
    canonical = canonical_json(batch)
    signature = sign_bytes(canonical)
    return batch["batch_id"], b'{"batch":' + canonical + b',"signature":"' + signature.encode("ascii") + b'"}'


def _list_of_objects(value: object, name: str, limit: int) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise ProtocolError(f"'{name}' must be a list of objects")
    if len(value) > limit:
        raise ProtocolError(f"a batch holds at most {limit} {name}")
    return value


def check_envelope(envelope: object) -> tuple[dict[str, Any], str]:
    """The batch and its signature from a push body; :class:`ProtocolError` when malformed.

    Only the shape is checked here; the records' contents are checked by the server before storing.
    """
    if not isinstance(envelope, dict) or set(envelope) != {"batch", "signature"}:
        raise ProtocolError("a push is an object with exactly 'batch' and 'signature'")
    batch, signature = envelope["batch"], envelope["signature"]
    if not isinstance(batch, dict) or not isinstance(signature, str):
        raise ProtocolError("'batch' must be an object and 'signature' a string")
    version = batch.get("v")
    # Tested as a whole number first: a list or an object is not hashable, so not a set member.
    if not isinstance(version, int) or isinstance(version, bool) or version not in ACCEPTED_VERSIONS:
        raise ProtocolError(
            f"unsupported protocol version (this server takes {min(ACCEPTED_VERSIONS)} to {PROTOCOL_VERSION})"
        )
    if not isinstance(batch.get("post"), str) or not batch["post"]:
        raise ProtocolError("the batch names no post")
    if not isinstance(batch.get("signer"), str) or ":" not in batch["signer"]:
        raise ProtocolError("the batch names no signer")
    if not is_uuid(batch.get("batch_id")):
        raise ProtocolError("the batch id is not a UUID")
    records = batch.get("records")
    if not isinstance(records, list):
        raise ProtocolError("the batch has no records list")
    if len(records) > MAX_BATCH_RECORDS:
        raise ProtocolError(f"a batch holds at most {MAX_BATCH_RECORDS} records, not {len(records)}")
    _list_of_objects(batch.get("certificates"), "certificates", MAX_BATCH_CERTIFICATES)
    _list_of_objects(batch.get("audit"), "audit", MAX_BATCH_AUDIT)
    _list_of_objects(batch.get("findings"), "findings", MAX_BATCH_FINDINGS)
    # Every post that sends certificates sends its audit head too (null before its first entry).
    if "audit_head" not in batch:
        raise ProtocolError("the batch has no 'audit_head' (null or an object with seq and hash)")
    head = batch["audit_head"]
    if head is not None and not (
        isinstance(head, dict) and isinstance(head.get("seq"), int) and isinstance(head.get("hash"), str)
    ):
        raise ProtocolError("'audit_head' must be null or an object with seq and hash")
    if not records and not batch["certificates"] and not batch["audit"] and not batch["findings"]:
        raise ProtocolError("the batch is empty")
    seen: set[str] = set()
    for index, record in enumerate(records):
        if not isinstance(record, dict) or set(record) != {"id", "kind", "payload"}:
            raise ProtocolError(f"record {index} is not an object with id, kind and payload")
        if not is_uuid(record["id"]):
            raise ProtocolError(f"record {index} has no UUID id")
        if not isinstance(record["kind"], str) or record["kind"] not in RECORD_KINDS:
            raise ProtocolError(f"record {index} is of an unknown kind")
        if record["id"] in seen:
            raise ProtocolError(f"record {index} repeats an id of the same batch")
        seen.add(record["id"])
        if not isinstance(record["payload"], dict):
            raise ProtocolError(f"record {index} has no payload object")
    return batch, signature


def signed_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """What a record's maker signed: the payload without its signature."""
    return {key: value for key, value in payload.items() if key != "signature"}


def ack_body(
    batch_id: str, accepted: list[str], new: int, anchor: dict[str, Any] | None = None
) -> dict[str, Any]:
    """What the server signs when it acknowledges a batch (its signature goes beside it).

    ``anchor`` (``{"seq", "hash", "signature"}``): the post's audit chain as the server now holds it;
    the post keeps it as evidence that anchored entries cannot change unnoticed.
    """
    return {"v": PROTOCOL_VERSION, "batch_id": batch_id, "accepted": accepted, "new": new, "anchor": anchor}


def box_key_statement(box_public_b64: str) -> dict[str, Any]:
    """What the server signs to vouch for its X25519 key (the key posts encrypt batch files to).

    Posts check it against the signing key pinned at enrolment, so a box key learnt later (at a sync)
    is as trustworthy as one learnt at enrolment.
    """
    return {"v": PROTOCOL_VERSION, "purpose": "batch-file-encryption", "box_key": box_public_b64}


def is_loopback_host(host: str) -> bool:
    """Plain HTTP is allowed only to and on these hosts: nothing leaves the machine unencrypted.

    Exactly ``localhost``, or an IP address in 127.0.0.0/8 or ::1; a name that merely begins with
    ``127.`` (``127.0.0.1.example.org``) is a name like any other, resolved elsewhere.
    """
    host = host.strip().lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


#: A pull's ``at`` may differ from the server's clock by this much (a captured pull is not replayable
#: after it; posts' clocks are set by NTP or by hand).
PULL_CLOCK_WINDOW_SECONDS = 15 * 60


def pull_request_digest(request: dict[str, Any]) -> str:
    """What ties a pull's answer to its request: the SHA-256 of the request's canonical JSON."""
    return hashlib.sha256(canonical_json(request)).hexdigest()


def sign_pull_answer(private_b64: str, answer: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    """The answer to ``request``, naming it, with the server's signature over the rest beside it."""
    body = {**answer, "request": pull_request_digest(request)}
    return {**body, "signature": sign(private_b64, body)}


def pull_answer_verifies(public_b64: str, answer: dict[str, Any], request: dict[str, Any]) -> bool:
    """Whether the enrolled server signed ``answer`` as the answer to exactly ``request``."""
    signature = answer.get("signature")
    if not isinstance(signature, str):
        return False
    body = {key: value for key, value in answer.items() if key != "signature"}
    return body.get("request") == pull_request_digest(request) and verify(public_b64, body, signature)
