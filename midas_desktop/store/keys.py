"""The key file beside the store (``PATH.keys``): who can open the store, and with which keys.

Nothing in it is secret in clear, and nothing in it is trusted because it is there:

- ``credentials``: each user's signing and sealing key pair, wrapped with AES-256-GCM under a key
  derived from their password by scrypt (associated data: the user and the public keys).
- ``certificates``: each user's latest certificate (``domain.trust``), signed by the root or an
  administrator; login verifies the chain, so editing a role here gives nothing.
- ``database_key``: the store's random database key, sealed to each active user's X25519 key and to
  the recovery key, for the current ``generation``. Disabling or resetting a user rotates the database
  key and seals the new one only for the others, so old copies of this file open nothing.
- ``root_key``: the post root's private seed, sealed to each active administrator and the recovery
  key only: an officer cannot certify anybody.

Version 1 files (one password-wrapped database key per user, made before per-user keys) are still
read, to convert a store on an administrator's first login (``services.session``).
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from midas_desktop.domain import trust
from midas_desktop.domain.trust import KeyPair, TrustError

log = logging.getLogger("midas.keys")

DATABASE_KEY_BYTES = 32
FORMAT_VERSION = 2
LEGACY_FORMAT_VERSION = 1
RECOVERY = "__recovery__"
RECOVERY_SLOT = RECOVERY  # the name version 1 files used

# scrypt with N=2^15, r=8 (32 MiB, about 0.1 s here): slow enough to make guessing a stolen PC's
# passwords expensive, fast enough for a login at the counter. Stored per credential so it can be raised.
DEFAULT_SCRYPT_N = 2**15
DEFAULT_SCRYPT_R = 8
DEFAULT_SCRYPT_P = 1


class KeySlotError(Exception):
    """A credential could not be opened or the key file is unusable; the message is for the user."""


@dataclass
class Credential:
    user_id: int
    username: str
    sign_public: str
    box_public: str
    salt: str
    nonce: str
    wrapped: str
    scrypt_n: int = DEFAULT_SCRYPT_N
    scrypt_r: int = DEFAULT_SCRYPT_R
    scrypt_p: int = DEFAULT_SCRYPT_P
    # Set by an administrator's reset: the user chooses their own password (and a new key) at login.
    must_change: bool = False


@dataclass
class KeyFile:
    post: str
    root_public: str
    # The recovery key's sealing key (public): a rotated database key is sealed to it as well.
    recovery_box_public: str = ""
    # The root's signature of ``trust.recovery_statement`` for it: the file is not authenticated,
    # so a key an insider wrote there instead is sealed nothing (:func:`vouched_recovery_box`).
    recovery_signature: str = ""
    generation: int = 1
    credentials: dict[str, Credential] = field(default_factory=dict)
    certificates: dict[str, dict[str, object]] = field(default_factory=dict)
    database_key: dict[str, dict[str, str]] = field(default_factory=dict)
    root_key: dict[str, dict[str, str]] = field(default_factory=dict)
    version: int = FORMAT_VERSION


def vouch_for_recovery_key(key_file: KeyFile, box_public: str, root_seed: bytes) -> None:
    """The recovery key's sealing key, vouched for by the post's root."""
    key_file.recovery_box_public = box_public
    key_file.recovery_signature = trust.sign(root_seed, trust.recovery_statement(key_file.post, box_public))


def vouched_recovery_box(key_file: KeyFile) -> str | None:
    """The recovery key's sealing key when the post's root vouches for it, else None: a key written
    into the file by someone without the root's key (to be able to open the next backup, or the
    store after the next rotation) is sealed nothing."""
    box_public = key_file.recovery_box_public
    if box_public and trust.verify(
        key_file.root_public, trust.recovery_statement(key_file.post, box_public), key_file.recovery_signature
    ):
        return box_public
    if box_public:
        log.warning("the recovery key in the key file is not vouched for by the post's root: not used")
    return None


def key_file_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".keys")


def pending_key_file_path(store_path: Path) -> Path:
    """The key file of a new database key, written before the store is rekeyed (see rotation)."""
    return store_path.with_name(store_path.name + ".keys.next")


def new_database_key() -> bytes:
    return secrets.token_bytes(DATABASE_KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _kek(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret.encode("utf-8"))


def _credential_ad(user_id: int, username: str, sign_public: str, box_public: str) -> bytes:
    return json.dumps([user_id, username, sign_public, box_public], separators=(",", ":")).encode("utf-8")


def wrap_credential(
    pair: KeyPair,
    *,
    user_id: int,
    username: str,
    secret: str,
    scrypt_n: int = DEFAULT_SCRYPT_N,
    must_change: bool = False,
) -> Credential:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _kek(secret, salt, scrypt_n, DEFAULT_SCRYPT_R, DEFAULT_SCRYPT_P)
    ad = _credential_ad(user_id, username, pair.sign_public, pair.box_public)
    return Credential(
        user_id=user_id,
        username=username,
        sign_public=pair.sign_public,
        box_public=pair.box_public,
        salt=_b64(salt),
        nonce=_b64(nonce),
        wrapped=_b64(AESGCM(kek).encrypt(nonce, pair.to_bytes(), ad)),
        scrypt_n=scrypt_n,
        must_change=must_change,
    )


def unwrap_credential(credential: Credential, secret: str) -> KeyPair:
    """The user's key pair, or :class:`KeySlotError` when the password (or the credential) is wrong."""
    try:
        kek = _kek(
            secret, _unb64(credential.salt), credential.scrypt_n, credential.scrypt_r, credential.scrypt_p
        )
        ad = _credential_ad(
            credential.user_id, credential.username, credential.sign_public, credential.box_public
        )
        pair = KeyPair.from_bytes(
            AESGCM(kek).decrypt(_unb64(credential.nonce), _unb64(credential.wrapped), ad)
        )
    except (InvalidTag, ValueError, TrustError) as exc:
        raise KeySlotError("wrong user name or password") from exc
    if pair.sign_public != credential.sign_public or pair.box_public != credential.box_public:
        raise KeySlotError("wrong user name or password")
    return pair


def spend_equal_work(secret: str) -> None:
    """As much work as a wrong password costs, for an unknown user: names are not to be probed."""
    _kek(secret, b"\0" * 16, DEFAULT_SCRYPT_N, DEFAULT_SCRYPT_R, DEFAULT_SCRYPT_P)


def database_key_ad(post: str, generation: int, holder: str) -> str:
    return f"midas database key|{post}|{generation}|{holder}"


def root_key_ad(post: str, holder: str) -> str:
    return f"midas root key|{post}|{holder}"


def _read(path: Path) -> dict[str, object]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KeySlotError(f"key file {path} is missing: the store cannot be opened without it") from exc
    except (OSError, ValueError) as exc:
        raise KeySlotError(f"key file {path} is unreadable or damaged") from exc
    if not isinstance(raw, dict):
        raise KeySlotError(f"key file {path} is damaged")
    return raw


def key_file_version(path: Path) -> int:
    version = _read(path).get("version")
    return version if isinstance(version, int) else 0


def load_key_file(path: Path) -> KeyFile:
    return _parse(_read(path), path)


def parse_key_file(data: bytes) -> KeyFile:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise KeySlotError("the key file is damaged") from exc
    if not isinstance(raw, dict):
        raise KeySlotError("the key file is damaged")
    return _parse(raw, Path("(backup)"))


def _parse(raw: dict[str, object], path: Path) -> KeyFile:
    if raw.get("version") == LEGACY_FORMAT_VERSION:
        raise KeySlotError("the key file has the old format; an administrator's login converts it")
    if raw.get("version") != FORMAT_VERSION:
        raise KeySlotError(
            f"key file {path} has format {raw.get('version')}, this version reads {FORMAT_VERSION}"
        )
    try:
        credentials = {name: Credential(**value) for name, value in dict(raw["credentials"]).items()}  # type: ignore[call-overload]
        return KeyFile(
            post=str(raw["post"]),
            root_public=str(raw["root_public"]),
            recovery_box_public=str(raw.get("recovery_box_public") or ""),
            recovery_signature=str(raw.get("recovery_signature") or ""),
            generation=int(raw["generation"]),  # type: ignore[call-overload]
            credentials=credentials,
            certificates=dict(raw["certificates"]),  # type: ignore[call-overload]
            database_key=dict(raw["database_key"]),  # type: ignore[call-overload]
            root_key=dict(raw["root_key"]),  # type: ignore[call-overload]
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise KeySlotError(f"key file {path} is damaged") from exc


def _write_atomically(path: Path, data: object) -> None:
    """Write, fsync, rename, fsync the folder: the file is the old one or the new one, never half."""
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o600)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def save_key_file(path: Path, key_file: KeyFile) -> None:
    data = {
        "version": key_file.version,
        "post": key_file.post,
        "root_public": key_file.root_public,
        "recovery_box_public": key_file.recovery_box_public,
        "recovery_signature": key_file.recovery_signature,
        "generation": key_file.generation,
        "credentials": {name: asdict(c) for name, c in key_file.credentials.items()},
        "certificates": key_file.certificates,
        "database_key": key_file.database_key,
        "root_key": key_file.root_key,
    }
    _write_atomically(path, data)


def new_recovery_key() -> str:
    """A recovery key a person can copy from paper: 8 groups of 5 base32 characters (200 bits)."""
    raw = base64.b32encode(secrets.token_bytes(25)).decode("ascii")
    return "-".join(raw[i : i + 5] for i in range(0, 40, 5))


def normalise_recovery_key(text: str) -> str:
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(compact[i : i + 5] for i in range(0, len(compact), 5))


# --- version 1 files (before per-user keys), read to convert them ------------------------------


@dataclass
class LegacySlot:
    user_id: int
    username: str
    role: str
    salt: str
    nonce: str
    wrapped_key: str
    scrypt_n: int = DEFAULT_SCRYPT_N
    scrypt_r: int = DEFAULT_SCRYPT_R
    scrypt_p: int = DEFAULT_SCRYPT_P


def load_legacy_slots(path: Path) -> dict[str, LegacySlot]:
    raw = _read(path)
    if raw.get("version") != LEGACY_FORMAT_VERSION:
        raise KeySlotError(f"key file {path} is not of the old format")
    try:
        return {name: LegacySlot(**slot) for name, slot in dict(raw["slots"]).items()}  # type: ignore[call-overload]
    except (KeyError, TypeError, ValueError) as exc:
        raise KeySlotError(f"key file {path} is damaged") from exc


def unwrap_legacy_slot(slot: LegacySlot, secret: str) -> bytes:
    """The database key a version 1 slot wraps (its associated data bound the user's id, name, role)."""
    try:
        kek = _kek(secret, _unb64(slot.salt), slot.scrypt_n, slot.scrypt_r, slot.scrypt_p)
        ad = json.dumps([slot.user_id, slot.username, slot.role], separators=(",", ":")).encode("utf-8")
        return AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped_key), ad)
    except (InvalidTag, ValueError) as exc:
        raise KeySlotError("wrong user name or password") from exc


# --- failed logins -----------------------------------------------------------------------------


def logins_file_path(store_path: Path) -> Path:
    """Wrong-password counts and lock-outs, kept beside the store (read before it can be opened)."""
    return store_path.with_name(store_path.name + ".logins")


def load_logins(path: Path) -> dict[str, dict[str, object]]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}  # a damaged counter file starts again; it is a brake, not a record
    return {str(k): dict(v) for k, v in raw.items() if isinstance(v, dict)} if isinstance(raw, dict) else {}


def save_logins(path: Path, logins: dict[str, dict[str, object]]) -> None:
    _write_atomically(path, logins)
