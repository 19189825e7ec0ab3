"""Key slots: the store's random database key, wrapped once per user and once for recovery.

The database key never touches the disk in clear. Beside the store, ``PATH.keys`` holds one slot per
user: the key wrapped with AES-256-GCM under a key-encryption key (KEK) derived from the user's
password with scrypt. The slot's associated data binds the user's id, name and role, so editing the
role in the file makes the slot fail to open instead of granting rights. Nothing in the file is
secret: salts, KDF parameters, nonces and ciphertexts.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

DATABASE_KEY_BYTES = 32
FORMAT_VERSION = 1
RECOVERY_SLOT = "__recovery__"

# scrypt with N=2^15, r=8 (32 MiB, about 0.1 s here): slow enough to make guessing a stolen PC's
# passwords expensive, fast enough for a login at the counter. Stored per slot so it can be raised.
DEFAULT_SCRYPT_N = 2**15
DEFAULT_SCRYPT_R = 8
DEFAULT_SCRYPT_P = 1


class KeySlotError(Exception):
    """A slot could not be opened or the key file is unusable; the message is for the user."""


@dataclass
class KeySlot:
    user_id: int
    username: str
    role: str
    salt: str
    nonce: str
    wrapped_key: str
    scrypt_n: int = DEFAULT_SCRYPT_N
    scrypt_r: int = DEFAULT_SCRYPT_R
    scrypt_p: int = DEFAULT_SCRYPT_P


@dataclass
class KeyFile:
    """The parsed ``PATH.keys`` file."""

    slots: dict[str, KeySlot] = field(default_factory=dict)
    version: int = FORMAT_VERSION


def key_file_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".keys")


def pending_key_file_path(store_path: Path) -> Path:
    """Slots of a new database key, written before the store is rekeyed (see key rotation)."""
    return store_path.with_name(store_path.name + ".keys.next")


def new_database_key() -> bytes:
    return secrets.token_bytes(DATABASE_KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _kek(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret.encode("utf-8"))


def _associated_data(user_id: int, username: str, role: str) -> bytes:
    return json.dumps([user_id, username, role], separators=(",", ":")).encode("utf-8")


def wrap_key(
    database_key: bytes,
    *,
    user_id: int,
    username: str,
    role: str,
    secret: str,
    scrypt_n: int = DEFAULT_SCRYPT_N,
) -> KeySlot:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _kek(secret, salt, scrypt_n, DEFAULT_SCRYPT_R, DEFAULT_SCRYPT_P)
    wrapped = AESGCM(kek).encrypt(nonce, database_key, _associated_data(user_id, username, role))
    return KeySlot(
        user_id=user_id,
        username=username,
        role=role,
        salt=_b64(salt),
        nonce=_b64(nonce),
        wrapped_key=_b64(wrapped),
        scrypt_n=scrypt_n,
    )


def unwrap_key(slot: KeySlot, secret: str) -> bytes:
    """The database key, or :class:`KeySlotError` when the secret (or the slot) is wrong."""
    try:
        kek = _kek(secret, _unb64(slot.salt), slot.scrypt_n, slot.scrypt_r, slot.scrypt_p)
        return AESGCM(kek).decrypt(
            _unb64(slot.nonce),
            _unb64(slot.wrapped_key),
            _associated_data(slot.user_id, slot.username, slot.role),
        )
    except (InvalidTag, ValueError) as exc:
        raise KeySlotError("wrong user name or password") from exc


def load_key_file(path: Path) -> KeyFile:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KeySlotError(f"key file {path} is missing: the store cannot be opened without it") from exc
    except (OSError, ValueError) as exc:
        raise KeySlotError(f"key file {path} is unreadable or damaged") from exc
    try:
        version = int(raw["version"])
        slots = {name: KeySlot(**slot) for name, slot in raw["slots"].items()}
    except (KeyError, TypeError, ValueError) as exc:
        raise KeySlotError(f"key file {path} is damaged") from exc
    if version != FORMAT_VERSION:
        raise KeySlotError(f"key file {path} has format {version}, this version reads {FORMAT_VERSION}")
    return KeyFile(slots=slots, version=version)


def save_key_file(path: Path, key_file: KeyFile) -> None:
    """Atomically replace the key file (write, fsync, rename, fsync the folder)."""
    data = {"version": key_file.version, "slots": {name: asdict(s) for name, s in key_file.slots.items()}}
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


def new_recovery_key() -> str:
    """A recovery key a person can copy from paper: 8 groups of 5 base32 characters (200 bits)."""
    raw = base64.b32encode(secrets.token_bytes(25)).decode("ascii")
    return "-".join(raw[i : i + 5] for i in range(0, 40, 5))


def normalise_recovery_key(text: str) -> str:
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(compact[i : i + 5] for i in range(0, len(compact), 5))
