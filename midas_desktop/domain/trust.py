"""Who may act at a post, proved with signatures rather than with rows anyone could edit.

The post's people can copy and edit every file on its PC, so a role is not a column: it is a
*certificate* signed by a key the editor does not hold, and every record carries the signature of the
person who made it.

- The post's **root key** (Ed25519) signs administrators' certificates. Its public half is in the key
  file and in the store, and the central server keeps the one registered at enrolment; its private half
  is sealed to each administrator and to the recovery key, never to an officer.
- Each **user** has an Ed25519 key (signing) and an X25519 key (sealing), the private halves wrapped by
  their password. A certificate binds the user's id, name, role and status to those public keys; an
  administrator's key signs it (or, for a user who renews their own key after a reset, the user's
  previous key, which cannot change the role).
- Secrets are **sealed** to a user's X25519 key (an ephemeral X25519 exchange, HKDF-SHA256, AES-256-GCM
  with associated data), so an administrator can give the database key to every active user without
  knowing their passwords.

This module is the one place these rules live: the post (login, every service, the audit) and the
central server verify with the same functions.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import orjson
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from midas_desktop.domain.roles import Role

__all__ = [
    "CERTIFICATE_KIND",
    "Certificate",
    "KeyPair",
    "TrustError",
    "canonical_json",
    "issue_certificate",
    "new_key_pair",
    "open_sealed",
    "recovery_key_pair",
    "recovery_statement",
    "seal",
    "sign",
    "signer_ref",
    "verify",
    "verify_certificate",
]

CERTIFICATE_KIND = "midas-user-certificate/1"
ISSUER_ROOT = "root"
STATUS_ACTIVE = "active"
STATUS_DISABLED = "disabled"


class TrustError(ValueError):
    """A signature, certificate or sealed secret that does not verify; the text is safe to log."""


# orjson writes exactly the standard library's canonical form (sorted keys, no spaces, UTF-8, the same
# escapes) for everything a record, an entry or a batch holds, ten times faster: a sync computes it
# for every record and audit entry at both ends. Floats are the exception (orjson writes 1e-05 as
# 0.00001): nothing signed holds one, and a value that does, or anything else orjson will not write
# (a big integer, a key that is not text), takes the standard library's path, so the bytes never
# depend on which library wrote them (``tests/domain/test_canonical_json.py``).
_ORJSON_CANONICAL = orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME
# A float is a number token (after ``:``, ``,`` or ``[``) with a fraction or an exponent. The bytes are
# first mapped to classes (separator s, digit or minus d, ``.eE`` x), so the search is for ``sd+x``,
# which starts with a literal: four times faster than a character-class pattern over the bytes
# themselves. A match inside a text only costs the slow path; a float at the top level is found by
# the first byte.
_TOKEN_CLASSES = bytes(
    ord("s")
    if byte in b":,["
    else ord("d")
    if byte in b"-0123456789"
    else ord("x")
    if byte in b".eE"
    else ord("_")
    for byte in range(256)
)
_FLOAT_TOKEN = re.compile(rb"sd+x")


def _may_hold_a_float(data: bytes) -> bool:
    return data[:1] in b"-0123456789" or _FLOAT_TOKEN.search(data.translate(_TOKEN_CLASSES)) is not None


def canonical_json(obj: Any) -> bytes:
    """The one byte string a JSON value signs as (sorted keys, no spaces, UTF-8)."""
    try:
        fast = orjson.dumps(obj, option=_ORJSON_CANONICAL)
    except TypeError:  # orjson.JSONEncodeError too
        fast = None
    if fast is not None and not _may_hold_a_float(fast):
        return fast
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
        "utf-8"
    )


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TrustError("not base64")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise TrustError("not base64") from exc


# --- keys ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyPair:
    """A user's (or the recovery key's) Ed25519 signing key and X25519 sealing key, raw 32 bytes each."""

    sign_private: bytes
    box_private: bytes

    @property
    def sign_public(self) -> str:
        key = Ed25519PrivateKey.from_private_bytes(self.sign_private).public_key()
        return b64(key.public_bytes(Encoding.Raw, PublicFormat.Raw))

    @property
    def box_public(self) -> str:
        key = X25519PrivateKey.from_private_bytes(self.box_private).public_key()
        return b64(key.public_bytes(Encoding.Raw, PublicFormat.Raw))

    def to_bytes(self) -> bytes:
        return self.sign_private + self.box_private

    @staticmethod
    def from_bytes(data: bytes) -> KeyPair:
        if len(data) != 64:
            raise TrustError("a key pair is 64 bytes")
        return KeyPair(data[:32], data[32:])


def new_key_pair() -> KeyPair:
    return KeyPair(secrets.token_bytes(32), secrets.token_bytes(32))


def _hkdf(material: bytes, info: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(material)


def recovery_key_pair(recovery_key: str) -> KeyPair:
    """The key pair the recovery key stands for (it is 200 random bits written on paper)."""
    material = recovery_key.replace("-", "").upper().encode("ascii")
    return KeyPair(_hkdf(material, b"midas recovery sign"), _hkdf(material, b"midas recovery box"))


def public_of_seed(seed: bytes) -> str:
    """The Ed25519 public key of a 32-byte private seed (the root key's)."""
    return b64(
        Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    )


# --- signatures ---------------------------------------------------------------------------------


def sign(private_seed: bytes, obj: Any) -> str:
    """The base64 Ed25519 signature of ``canonical_json(obj)``."""
    return b64(Ed25519PrivateKey.from_private_bytes(private_seed).sign(canonical_json(obj)))


def sign_bytes(private_seed: bytes, data: bytes) -> str:
    return b64(Ed25519PrivateKey.from_private_bytes(private_seed).sign(data))


def record_digest(payload: Mapping[str, Any]) -> str:
    """The SHA-256 of a signed record's canonical JSON, signature included: what the audit entry that
    records it names (``details.sha256``), so that entry, signed by the same user, vouches for it."""
    return hashlib.sha256(canonical_json(dict(payload))).hexdigest()


def verify(public_b64: str, obj: Any, signature_b64: str) -> bool:
    return verify_bytes(public_b64, canonical_json(obj), signature_b64)


def recovery_statement(post: str, box_public: str) -> dict[str, str]:
    """What the post's root signs to vouch for the recovery key's sealing key: only a key it vouches
    for gets the database, root and backup keys sealed to it."""
    return {"kind": "midas-recovery-key", "post": post, "box_public": box_public}


@lru_cache(maxsize=4096)
def _verifying_key(public_b64: str) -> Ed25519PublicKey:
    # A batch's records are signed by a handful of users: their keys are parsed once.
    return Ed25519PublicKey.from_public_bytes(unb64(public_b64))


def verify_bytes(public_b64: str, data: bytes, signature_b64: str) -> bool:
    try:
        _verifying_key(public_b64).verify(unb64(signature_b64), data)
    except (InvalidSignature, TrustError, ValueError):
        return False
    return True


# --- sealing ------------------------------------------------------------------------------------


def seal(box_public_b64: str, secret: bytes, associated: str) -> dict[str, str]:
    """``secret`` readable only with the private half of ``box_public_b64``; ``associated`` (e.g. the
    key's purpose, the user and the generation) must be given again to open it."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(unb64(box_public_b64)))
    epk = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    key = _hkdf(shared + epk + unb64(box_public_b64), b"midas seal")
    nonce = secrets.token_bytes(12)
    ciphertext = AESGCM(key).encrypt(nonce, secret, associated.encode("utf-8"))
    return {"epk": b64(epk), "nonce": b64(nonce), "ct": b64(ciphertext)}


def open_sealed(box_private: bytes, sealed: Mapping[str, object], associated: str) -> bytes:
    try:
        private = X25519PrivateKey.from_private_bytes(box_private)
        epk = unb64(sealed["epk"])
        shared = private.exchange(X25519PublicKey.from_public_bytes(epk))
        public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        key = _hkdf(shared + epk + public, b"midas seal")
        return AESGCM(key).decrypt(unb64(sealed["nonce"]), unb64(sealed["ct"]), associated.encode("utf-8"))
    except (KeyError, InvalidTag, ValueError) as exc:
        raise TrustError("the sealed secret does not open with this key") from exc


# --- certificates -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Certificate:
    """A user's role and keys as an issuer signed them. ``issuer``: ``root``, ``admin:NAME:SERIAL``
    (an administrator's certificate) or ``self:SERIAL`` (the user's own previous certificate)."""

    post: str
    user_id: int
    username: str
    role: str
    status: str
    serial: int
    sign_key: str
    box_key: str
    issued_at: str
    issuer: str
    signature: str

    def body(self) -> dict[str, object]:
        return {
            "kind": CERTIFICATE_KIND,
            "post": self.post,
            "user_id": self.user_id,
            "username": self.username,
            "role": self.role,
            "status": self.status,
            "serial": self.serial,
            "sign_key": self.sign_key,
            "box_key": self.box_key,
            "issued_at": self.issued_at,
            "issuer": self.issuer,
        }

    def to_dict(self) -> dict[str, object]:
        return {**self.body(), "signature": self.signature}

    @property
    def ref(self) -> str:
        return signer_ref(self.username, self.serial)

    @property
    def active(self) -> bool:
        return self.status == STATUS_ACTIVE

    @staticmethod
    def from_dict(raw: Mapping[str, object]) -> Certificate:
        try:
            if raw["kind"] != CERTIFICATE_KIND:
                raise TrustError("not a user certificate")
            user_id, serial = raw["user_id"], raw["serial"]
            if not isinstance(user_id, int) or not isinstance(serial, int):
                raise TrustError("a certificate's user id and serial are numbers")
            text = {
                name: raw[name]
                for name in (
                    "post",
                    "username",
                    "role",
                    "status",
                    "sign_key",
                    "box_key",
                    "issued_at",
                    "issuer",
                    "signature",
                )
            }
            if not all(isinstance(value, str) for value in text.values()):
                raise TrustError("a certificate's fields are text")
        except KeyError as exc:
            raise TrustError("a certificate field is missing") from exc
        return Certificate(user_id=user_id, serial=serial, **{k: str(v) for k, v in text.items()})


def signer_ref(username: str, serial: int) -> str:
    """How a record names the certificate whose key signed it."""
    return f"{username}:{serial}"


def issue_certificate(
    sign_body: Callable[[object], str],
    issuer: str,
    *,
    post: str,
    user_id: int,
    username: str,
    role: Role | str,
    status: str,
    serial: int,
    sign_key: str,
    box_key: str,
    issued_at: str,
) -> Certificate:
    unsigned = Certificate(
        post, user_id, username, Role(role).value, status, serial, sign_key, box_key, issued_at, issuer, ""
    )
    return Certificate(**{**unsigned.__dict__, "signature": sign_body(unsigned.body())})


def signer_of(seed: bytes) -> Callable[[object], str]:
    """Sign with a private seed at hand (the root's)."""
    return lambda obj: sign(seed, obj)


CertificateLookup = Callable[[str, int], "Certificate | None"]


def _serial_number(text: str) -> int | None:
    """A certificate serial written in an issuer (``admin:NAME:SERIAL``), or None: ASCII digits only
    (``str.isdigit`` takes "²", which ``int`` refuses) and never longer than ``int`` reads."""
    if not text.isascii() or not text.isdigit() or len(text) > 18:
        return None
    return int(text)


def verify_certificate(
    certificate: Certificate,
    root_public: str,
    lookup: CertificateLookup,
    post: str | None = None,
    _depth: int = 0,
) -> Certificate:
    """The certificate when its chain reaches the post's root, else :class:`TrustError` saying why.

    ``lookup(username, serial)`` finds an issuer's certificate. An administrator's certificate is signed
    by the root; any other by an active administrator's certificate; a renewal of a user's own key
    (``self:SERIAL``) by the key of that user's previous certificate, keeping the user, role and status.
    """
    if _depth > 8:
        raise TrustError("certificate chain too long")
    if post is not None and certificate.post != post:
        raise TrustError("the certificate is for another post")
    if certificate.status not in (STATUS_ACTIVE, STATUS_DISABLED):
        raise TrustError("unknown certificate status")
    try:
        Role(certificate.role)
    except ValueError as exc:
        raise TrustError("unknown role in certificate") from exc
    issuer = certificate.issuer
    if issuer == ISSUER_ROOT:
        key = root_public
    elif issuer.startswith("admin:"):
        _, name, serial_text = [*issuer.split(":", 2), "", ""][:3]
        serial = _serial_number(serial_text)
        admin = lookup(name, serial) if serial is not None else None
        if admin is None:
            raise TrustError("the issuing administrator's certificate is unknown")
        verify_certificate(admin, root_public, lookup, certificate.post, _depth + 1)
        if admin.role != Role.ADMIN.value or not admin.active:
            raise TrustError("the issuer was not an active administrator")
        if certificate.role == Role.ADMIN.value:
            raise TrustError("only the post's root key certifies an administrator")
        key = admin.sign_key
    elif issuer.startswith("self:") and (previous_serial := _serial_number(issuer[5:])) is not None:
        previous = lookup(certificate.username, previous_serial)
        if previous is None:
            raise TrustError("the renewed certificate is unknown")
        verify_certificate(previous, root_public, lookup, certificate.post, _depth + 1)
        if (
            previous.user_id != certificate.user_id
            or previous.role != certificate.role
            or not previous.active
            or not certificate.active
            or certificate.serial != previous.serial + 1
        ):
            # The next serial only: an old key kept from before an administrator's reset cannot
            # renew itself past the certificate that retired it.
            raise TrustError("a renewal may change only the keys")
        key = previous.sign_key
    else:
        raise TrustError("unknown certificate issuer")
    if not verify(key, certificate.body(), certificate.signature):
        raise TrustError(f"the certificate of {certificate.username} does not verify")
    return certificate


def fingerprint(public_b64: str) -> str:
    """A short, stable name of a public key (for people comparing keys by eye)."""
    return hashlib.sha256(unb64(public_b64)).hexdigest()[:16]
