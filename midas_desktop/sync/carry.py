"""Batch files and receipts: the sync protocol carried on a USB stick by a post with no link.

A *batch file* holds the same signed push envelopes as the network path (``protocol.seal_batch``),
encrypted to the server's X25519 key received at enrolment: an ephemeral X25519 key agreement,
HKDF-SHA256, then AES-256-GCM over the JSON of the envelopes, with the format tag and the post code
as associated data. Only the post code travels in clear; names and document numbers are inside the
ciphertext, so a lost stick gives nothing away. Integrity and origin come from two layers: GCM
refuses any changed byte, and each batch inside is signed by the post (the server checks it exactly
as it checks a push, since anyone holding the server's public box key could make a file).

A *receipt* is the server's signed acknowledgements of those batches (the very ones an HTTP push
would get), wrapped in one more server signature that binds them to the post, so a receipt given to
the wrong post is refused rather than silently matching nothing.

Shared by both sides: imports only the protocol and ``cryptography`` (no store, no client code).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from midas_desktop.sync import protocol

FILE_FORMAT = "midas-batch-file"
RECEIPT_FORMAT = "midas-receipt"
CARRY_VERSION = 1
#: A file larger than this is refused unread (some 200,000 records; a post exports more often).
MAX_FILE_BYTES = 512 * 1024 * 1024


class CarryError(ValueError):
    """A batch file or receipt that cannot be used; the text is safe to show and log."""


@dataclass(frozen=True)
class CarriedBatches:
    """What a batch file holds once opened: the post's code and its push envelopes, parsed."""

    post: str
    created: str
    envelopes: list[Any]


# --- keys -------------------------------------------------------------------------------------


def new_box_key_pair() -> tuple[str, str]:
    """A fresh X25519 key pair as (private, public), both base64 of the raw 32 bytes."""
    private = X25519PrivateKey.generate()
    return protocol.b64(private.private_bytes_raw()), protocol.b64(private.public_key().public_bytes_raw())


def is_box_key(text: object) -> bool:
    try:
        return isinstance(text, str) and len(protocol.unb64(text)) == 32
    except protocol.ProtocolError:
        return False


def _file_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    # Both public keys go into the derivation (as in ECIES/HPKE): the key belongs to this exchange only.
    info = f"{FILE_FORMAT}/{CARRY_VERSION}".encode("ascii") + ephemeral_public + recipient_public
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def _associated_data(post: str) -> bytes:
    return protocol.canonical_json({"format": FILE_FORMAT, "v": CARRY_VERSION, "post": post})


# --- batch files ------------------------------------------------------------------------------


def seal_batch_file(post: str, created: str, envelopes: list[bytes], server_box_key: str) -> bytes:
    """The encrypted batch file carrying ``envelopes`` (push envelopes as bytes) to the server."""
    plaintext = (
        b'{"created":'
        + protocol.canonical_json(created)
        + b',"envelopes":['
        + b",".join(envelopes)
        + b'],"post":'
        + protocol.canonical_json(post)
        + b"}"
    )
    recipient = protocol.unb64(server_box_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    nonce = os.urandom(12)
    ciphertext = AESGCM(_file_key(shared, ephemeral_public, recipient)).encrypt(
        nonce, plaintext, _associated_data(post)
    )
    document = {
        "format": FILE_FORMAT,
        "v": CARRY_VERSION,
        "post": post,
        "ephemeral_key": protocol.b64(ephemeral_public),
        "nonce": protocol.b64(nonce),
        "ciphertext": protocol.b64(ciphertext),
    }
    return protocol.canonical_json(document) + b"\n"


def _load_json(data: bytes, what: str) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise CarryError(f"the {what} is too large")
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CarryError(f"the {what} is not JSON") from exc
    if not isinstance(document, dict):
        raise CarryError(f"the {what} is not a JSON object")
    return document


def _text(document: dict[str, Any], name: str) -> str:
    value = document.get(name)
    if not isinstance(value, str):
        raise protocol.ProtocolError(f"no {name}")
    return value


def open_batch_file(data: bytes, box_private_key: str) -> CarriedBatches:
    """Decrypt a batch file with the server's X25519 key; :class:`CarryError` when it is not one.

    The batches inside are returned as parsed but not yet verified: the server stores each through
    the same function as an HTTP push, which checks the post's signature.
    """
    document = _load_json(data, "batch file")
    if document.get("format") != FILE_FORMAT:
        raise CarryError("not a MIDAS batch file")
    if document.get("v") != CARRY_VERSION:
        raise CarryError(f"unsupported batch file version (expected {CARRY_VERSION})")
    post = document.get("post")
    if not isinstance(post, str) or not post:
        raise CarryError("the batch file names no post")
    try:
        ephemeral_public, nonce, ciphertext = (
            protocol.unb64(_text(document, name)) for name in ("ephemeral_key", "nonce", "ciphertext")
        )
        if len(ephemeral_public) != 32 or len(nonce) != 12:
            raise CarryError("the batch file's key or nonce has the wrong length")
        private = X25519PrivateKey.from_private_bytes(protocol.unb64(box_private_key))
        recipient = private.public_key().public_bytes_raw()
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        plaintext = AESGCM(_file_key(shared, ephemeral_public, recipient)).decrypt(
            nonce, ciphertext, _associated_data(post)
        )
    except protocol.ProtocolError as exc:
        raise CarryError("the batch file is damaged (not base64)") from exc
    except (InvalidTag, ValueError) as exc:
        # One message for both: a changed byte and a file made for another server look the same.
        raise CarryError("the batch file is damaged, altered or not encrypted for this server") from exc
    inner = _load_json(plaintext, "batch file's content")
    envelopes, created = inner.get("envelopes"), inner.get("created")
    if inner.get("post") != post or not isinstance(envelopes, list) or not isinstance(created, str):
        raise CarryError("the batch file's content is malformed")
    return CarriedBatches(post=post, created=created, envelopes=envelopes)


# --- receipts ---------------------------------------------------------------------------------


def seal_receipt(post: str, created: str, acks: list[dict[str, Any]], server_private_key: str) -> bytes:
    """The receipt for ``post``: the signed acknowledgements, signed once more as a whole."""
    body = {"format": RECEIPT_FORMAT, "v": CARRY_VERSION, "post": post, "created": created, "acks": acks}
    document = {"receipt": body, "signature": protocol.sign(server_private_key, body)}
    return protocol.canonical_json(document) + b"\n"


def open_receipt(data: bytes, server_public_key: str, post: str) -> list[Any]:
    """The acknowledgements of a receipt signed by the server for ``post``; :class:`CarryError` if not.

    Each acknowledgement is still to be checked by the caller, as one received over the network.
    """
    document = _load_json(data, "receipt")
    body, signature = document.get("receipt"), document.get("signature")
    if (
        set(document) != {"receipt", "signature"}
        or not isinstance(body, dict)
        or not isinstance(signature, str)
    ):
        raise CarryError("not a MIDAS receipt")
    if body.get("format") != RECEIPT_FORMAT or body.get("v") != CARRY_VERSION:
        raise CarryError("not a MIDAS receipt of a supported version")
    if not protocol.verify(server_public_key, body, signature):
        raise CarryError("the receipt is not signed by the enrolled server (altered, or from another server)")
    if body.get("post") != post:
        raise CarryError(f"the receipt is for post {body.get('post')!s:.32}, not for this post ({post})")
    acks = body.get("acks")
    if not isinstance(acks, list):
        raise CarryError("the receipt holds no acknowledgements")
    return acks


def write_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file beside ``path``, synced, then renamed: a pulled stick holds no half file."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
