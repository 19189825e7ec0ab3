"""Backup archives of the post store: one file holding the encrypted store and its key slots.

The store is copied with SQLite's online backup API into a new file keyed with the same database key,
so the copy is consistent while the post keeps working and is never in clear. The archive is a plain
tar of that copy, the key-slot file and a manifest of SHA-256 digests: nothing in it is readable
without a user's password or the recovery key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
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
from sqlalchemy import Engine

STORE_MEMBER = "post.db"
KEYS_MEMBER = "post.db.keys"
MANIFEST_MEMBER = "manifest.json"
FORMAT = "midas-post-backup/1"
# A backup larger than this is not ours (or is damaged); refuse before unpacking it.
MAX_MEMBER_BYTES = 64 * 1024**3


class BackupError(Exception):
    """The archive is missing, damaged or not a post backup; the message is for the user."""


@dataclass(frozen=True)
class Manifest:
    created_utc: str
    post_code: str
    sha256: dict[str, str]


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


def copy_store(engine: Engine, database_key: bytes, destination: Path) -> None:
    """A consistent encrypted copy of the live store (online backup API, same key)."""
    target = _keyed(destination, database_key)
    try:
        raw = engine.raw_connection()
        try:
            raw.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            raw.close()
        target.execute("PRAGMA journal_mode = DELETE")  # a self-contained file, no -wal beside it
    finally:
        target.close()


def write_archive(store_copy: Path, key_file: Path, post_code: str, archive: Path) -> Manifest:
    manifest = Manifest(
        created_utc=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        post_code=post_code,
        sha256={STORE_MEMBER: _sha256(store_copy), KEYS_MEMBER: _sha256(key_file)},
    )
    body = json.dumps(
        {
            "format": FORMAT,
            "created_utc": manifest.created_utc,
            "post_code": post_code,
            "sha256": manifest.sha256,
        },
        indent=1,
    ).encode("utf-8")
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


def unpack_archive(archive: Path, folder: Path) -> Manifest:
    """Unpack and verify into ``folder`` (files ``post.db`` and ``post.db.keys``)."""
    try:
        with tarfile.open(archive, mode="r:") as tar:
            members = {m.name: m for m in tar.getmembers()}
            if set(members) != {MANIFEST_MEMBER, STORE_MEMBER, KEYS_MEMBER}:
                raise BackupError(f"{archive} is not a post backup (unexpected contents)")
            for member in members.values():
                if not member.isfile() or member.size > MAX_MEMBER_BYTES:
                    raise BackupError(f"{archive} is not a post backup (bad member {member.name})")
            manifest_file = tar.extractfile(members[MANIFEST_MEMBER])
            assert manifest_file is not None
            raw = json.loads(manifest_file.read().decode("utf-8"))
            if raw.get("format") != FORMAT:
                raise BackupError(f"{archive} has an unknown backup format")
            for name in (STORE_MEMBER, KEYS_MEMBER):
                # Copied by our own fixed names (no tar paths, links or modes reach the disk).
                source = tar.extractfile(members[name])
                assert source is not None
                with (folder / name).open("wb") as target:
                    shutil.copyfileobj(source, target, 1 << 20)
    except FileNotFoundError as exc:
        raise BackupError(f"no backup at {archive}") from exc
    except (tarfile.TarError, OSError, ValueError, KeyError) as exc:
        raise BackupError(f"{archive} is damaged or not a post backup") from exc
    manifest = Manifest(
        created_utc=str(raw["created_utc"]), post_code=str(raw["post_code"]), sha256=dict(raw["sha256"])
    )
    for name in (STORE_MEMBER, KEYS_MEMBER):
        if _sha256(folder / name) != manifest.sha256.get(name):
            raise BackupError(f"{archive} is damaged: {name} does not match its digest")
    return manifest
