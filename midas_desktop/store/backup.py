"""Backup archives of the post store: the store under its own key, the key file, and a signed manifest.

The store is copied with SQLite's online backup API (consistent while the post keeps working, never in
clear) and re-encrypted under a fresh random *backup key*. The backup key is sealed only to the
post's administrators and to the recovery key (``domain.trust.seal``), so an officer, who knows the
live database key, cannot open a backup. The manifest (digests of the members, the seals) is
authenticated with a key derived from the backup key: a byte flipped anywhere, or a digest recomputed
after it, fails before anything is restored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import io
import json
import os
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine

STORE_MEMBER = "post.db"
KEYS_MEMBER = "post.db.keys"
MANIFEST_MEMBER = "manifest.json"
FORMAT = "midas-post-backup/2"
# A backup larger than this is not ours (or is damaged); refuse before unpacking it.
MAX_MEMBER_BYTES = 64 * 1024**3


class BackupError(Exception):
    """The archive is missing, damaged or not a post backup; the message is for the user, ``code``
    says which of the three for an interface that words it in the user's language."""

    def __init__(self, message: str, code: str = "backup_damaged") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Manifest:
    created_utc: str
    post_code: str
    sha256: dict[str, str]
    # The backup key sealed to each administrator (by user name) and to the recovery key.
    seals: dict[str, dict[str, str]]
    mac: str = ""

    def body(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "created_utc": self.created_utc,
            "post_code": self.post_code,
            "sha256": self.sha256,
            "seals": self.seals,
        }


def backup_key_ad(post: str, created_utc: str, holder: str) -> str:
    return f"midas backup key|{post}|{created_utc}|{holder}"


def _mac(backup_key: bytes, body: dict[str, object]) -> str:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"midas backup manifest").derive(
        backup_key
    )
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, canonical, hashlib.sha256).hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _keyed(path: Path, database_key: bytes) -> Any:
    connection = sqlcipher3.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{database_key.hex()}'\"")
    return connection


def copy_store(engine: Engine, database_key: bytes, destination: Path, new_key: bytes | None = None) -> None:
    """A consistent encrypted copy of the live store (online backup API), under ``new_key`` if given."""
    target = _keyed(destination, database_key)
    try:
        raw = engine.raw_connection()
        try:
            raw.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            raw.close()
        target.execute("PRAGMA journal_mode = DELETE")  # a self-contained file, no -wal beside it
        if new_key is not None:
            target.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    finally:
        target.close()


def check_copy(path: Path, key: bytes) -> list[str]:
    """SQLCipher's page check and SQLite's structure check of a copy (empty: sound)."""
    connection = _keyed(path, key)
    try:
        problems = [
            f"encrypted page check: {row[0]}" for row in connection.execute("PRAGMA cipher_integrity_check")
        ]
        structure = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        if structure != ["ok"]:
            problems.extend(f"database structure: {p}" for p in structure)
    except sqlcipher3.DatabaseError as exc:
        problems = [f"cannot be read ({str(exc).splitlines()[0]})"]
    finally:
        connection.close()
    return problems


def write_archive(
    store_copy: Path,
    key_file: Path,
    post_code: str,
    archive: Path,
    backup_key: bytes,
    seals: dict[str, dict[str, str]],
    created_utc: str,
) -> Manifest:
    manifest = Manifest(
        created_utc=created_utc,
        post_code=post_code,
        sha256={STORE_MEMBER: _sha256(store_copy), KEYS_MEMBER: _sha256(key_file)},
        seals=seals,
    )
    manifest = Manifest(**{**manifest.__dict__, "mac": _mac(backup_key, manifest.body())})
    body = json.dumps({**manifest.body(), "mac": manifest.mac}, indent=1).encode("utf-8")
    archive.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=archive.name + ".", suffix=".tmp", dir=archive.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            with tarfile.open(fileobj=handle, mode="w") as tar:
                info = tarfile.TarInfo(MANIFEST_MEMBER)
                info.size = len(body)
                tar.addfile(info, io.BytesIO(body))
                tar.add(store_copy, arcname=STORE_MEMBER)
                tar.add(key_file, arcname=KEYS_MEMBER)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, archive)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return manifest


def new_created_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def read_manifest(archive: Path) -> Manifest:
    """The manifest alone (to find the backup key's seals); not yet authenticated."""
    try:
        with tarfile.open(archive, mode="r:") as tar:
            member = tar.getmember(MANIFEST_MEMBER)
            if not member.isfile() or member.size > 1 << 20:
                raise BackupError(f"{archive} is not a post backup (bad manifest)")
            handle = tar.extractfile(member)
            assert handle is not None
            raw = json.loads(handle.read().decode("utf-8"))
    except FileNotFoundError as exc:
        raise BackupError(f"no backup at {archive}", "backup_missing") from exc
    except (tarfile.TarError, OSError, ValueError, KeyError) as exc:
        raise BackupError(f"{archive} is damaged or not a post backup") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BackupError(
            f"{archive} has an unknown backup format (made by another version?)", "backup_format"
        )
    try:
        return Manifest(
            created_utc=str(raw["created_utc"]),
            post_code=str(raw["post_code"]),
            sha256={str(k): str(v) for k, v in dict(raw["sha256"]).items()},
            seals={str(k): dict(v) for k, v in dict(raw["seals"]).items()},
            mac=str(raw["mac"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise BackupError(f"{archive} is damaged or not a post backup") from exc


def read_key_file_member(archive: Path) -> bytes:
    """The key file as the backup holds it, unauthenticated (it says whose keys can open the backup;
    what opens it is authenticated afterwards with the manifest)."""
    try:
        with tarfile.open(archive, mode="r:") as tar:
            member = tar.getmember(KEYS_MEMBER)
            if not member.isfile() or member.size > 16 << 20:
                raise BackupError(f"{archive} is not a post backup (bad key file)")
            handle = tar.extractfile(member)
            assert handle is not None
            return handle.read()
    except (tarfile.TarError, OSError, KeyError) as exc:
        raise BackupError(f"{archive} is damaged or not a post backup") from exc


def unpack_archive(archive: Path, folder: Path, backup_key: bytes) -> Manifest:
    """Authenticate the manifest with the backup key, then unpack and check the members' digests into
    ``folder`` (files ``post.db`` and ``post.db.keys``)."""
    manifest = read_manifest(archive)
    if not hmac.compare_digest(_mac(backup_key, manifest.body()), manifest.mac):
        raise BackupError(f"{archive} is damaged or was altered: its manifest does not authenticate")
    try:
        with tarfile.open(archive, mode="r:") as tar:
            members = {m.name: m for m in tar.getmembers()}
            if set(members) != {MANIFEST_MEMBER, STORE_MEMBER, KEYS_MEMBER}:
                raise BackupError(f"{archive} is not a post backup (unexpected contents)")
            for name in (STORE_MEMBER, KEYS_MEMBER):
                member = members[name]
                if not member.isfile() or member.size > MAX_MEMBER_BYTES:
                    raise BackupError(f"{archive} is not a post backup (bad member {member.name})")
                # Copied by our own fixed names (no tar paths, links or modes reach the disk).
                source = tar.extractfile(member)
                assert source is not None
                with (folder / name).open("wb") as target:
                    shutil.copyfileobj(source, target, 1 << 20)
    except (tarfile.TarError, OSError, ValueError, KeyError) as exc:
        raise BackupError(f"{archive} is damaged or not a post backup") from exc
    for name in (STORE_MEMBER, KEYS_MEMBER):
        if _sha256(folder / name) != manifest.sha256.get(name):
            raise BackupError(f"{archive} is damaged: {name} does not match its digest")
    return manifest
