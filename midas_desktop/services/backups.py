"""``midas backup`` and ``midas restore``: an encrypted store plus its key slots in one file."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from midas_desktop.domain.roles import Action
from midas_desktop.services import audit_log
from midas_desktop.services.errors import BadInput, StoreUnavailable
from midas_desktop.services.session import PostSession, login
from midas_desktop.store.backup import (
    KEYS_MEMBER,
    STORE_MEMBER,
    BackupError,
    Manifest,
    unpack_archive,
    write_archive,
)
from midas_desktop.store.keys import key_file_path


def backup(session: PostSession, archive: Path) -> Manifest:
    session.require(Action.MANAGE_POST)
    with tempfile.TemporaryDirectory(dir=archive.parent if archive.parent.exists() else None) as scratch:
        copy = Path(scratch) / STORE_MEMBER
        session.copy_store_to(copy)
        manifest = write_archive(copy, key_file_path(session.path), session.post.code, archive)
    with session.transaction() as db:
        audit_log.append(db, session.user.username, "backup", {"file": archive.name})
    return manifest


def restore(archive: Path, store: Path, username: str, password: str, *, force: bool = False) -> Path | None:
    """Put the backup in place of ``store`` once ``username`` has opened it; returns where the store
    that was replaced was kept (nothing is deleted), or None when there was none."""
    keys_path = key_file_path(store)
    if (store.exists() or keys_path.exists()) and not force:
        raise BadInput(f"a store exists at {store}; add --force to replace it (it is kept beside, renamed)")
    store.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=store.parent) as scratch:
        try:
            unpack_archive(archive, Path(scratch))
        except BackupError as exc:
            raise BadInput(str(exc)) from exc
        candidate = Path(scratch) / STORE_MEMBER
        with login(candidate, username, password) as session, session.transaction() as db:
            audit_log.append(db, username, "restore", {"file": archive.name})
        kept: Path | None = None
        if store.exists() or keys_path.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = store.with_name(f"{store.name}.replaced-{stamp}")
            for suffix in ("", ".keys", "-wal", "-shm"):
                old = store.with_name(store.name + suffix)
                if old.exists():
                    os.replace(old, kept.with_name(kept.name + suffix))
        try:
            os.replace(Path(scratch) / KEYS_MEMBER, keys_path)
            for suffix in ("-wal", "-shm"):
                leftover = candidate.with_name(candidate.name + suffix)
                if leftover.exists():
                    shutil.move(leftover, store.with_name(store.name + suffix))
            os.replace(candidate, store)
        except OSError as exc:
            raise StoreUnavailable(f"the backup could not be put in place: {exc.strerror}") from exc
    return kept
