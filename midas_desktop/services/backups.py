"""``midas backup`` and ``midas restore``: administrators only, at both ends.

A backup re-encrypts a copy of the store under a fresh backup key sealed to the administrators and the
recovery key (``store.backup``): an officer cannot open one. A restore:

- needs an administrator who can open the backup (their current keys, or their keys as the backup
  has them) or the recovery key, and the backup's manifest must authenticate with its key;
- checks every page of the copy before anything is replaced;
- refuses while another program has the store open (it would go on writing to the replaced file);
- keeps every later certificate of the live key file (a user disabled or reset after the backup stays
  disabled or reset: old backups revive nobody), gives the restored store a new database key sealed to
  today's users, keeps the replaced store beside it, and audits what it did. The central server sees
  the audit chain go back at the next sync and flags the rolled-back window.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from midas_desktop.domain import trust
from midas_desktop.domain.roles import Action, Role
from midas_desktop.services import audit_log, credentials
from midas_desktop.services.errors import AccessDenied, BadInput, NotPermitted, StoreUnavailable
from midas_desktop.services.session import PostSession, certificate_lookup, current_certificate
from midas_desktop.store import keys
from midas_desktop.store.backup import (
    KEYS_MEMBER,
    STORE_MEMBER,
    BackupError,
    Manifest,
    backup_key_ad,
    check_copy,
    new_created_utc,
    read_key_file_member,
    read_manifest,
    unpack_archive,
    write_archive,
)
from midas_desktop.store.engine import StoreOpenError, open_engine, rekey_store
from midas_desktop.store.lock import StoreBusy, StoreLock
from midas_desktop.store.models import AuditEntry, CertificateRow, User


def _damaged(exc: BackupError, archive: Path) -> BadInput:
    """The archive's problem with its code (missing, damaged, another format) and the file's name."""
    return BadInput(str(exc), code=exc.code, params={"file": archive.name})


def _not_written(exc: OSError, archive: Path) -> StoreUnavailable:
    """A backup that could not be written: the disk is full, or the folder is missing or read-only."""
    full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return StoreUnavailable(
        f"the backup could not be written to {archive.parent}: {exc.strerror or type(exc).__name__}",
        code="backup_disk_full" if full else "backup_not_written",
        params={"folder": str(archive.parent)},
    )


def backup(session: PostSession, archive: Path) -> Manifest:
    """Write a backup to ``archive`` (its folder is made if missing)."""
    session.require(Action.MANAGE_POST)
    try:
        archive.parent.mkdir(parents=True, exist_ok=True)
        return _backup(session, archive)
    except OSError as exc:
        raise _not_written(exc, archive) from exc


def _backup(session: PostSession, archive: Path) -> Manifest:
    key_file = credentials.load(session)
    backup_key = keys.new_database_key()
    created = new_created_utc()
    with session.reading() as db:
        admins = [
            name
            for name in db.execute(
                select(User.username).where(User.active.is_(True), User.role == Role.ADMIN.value)
            ).scalars()
            if name in key_file.credentials
        ]
    seals = {
        name: trust.seal(
            key_file.credentials[name].box_public, backup_key, backup_key_ad(key_file.post, created, name)
        )
        for name in admins
    }
    if (recovery := keys.vouched_recovery_box(key_file)) is not None:
        seals[keys.RECOVERY] = trust.seal(
            recovery, backup_key, backup_key_ad(key_file.post, created, keys.RECOVERY)
        )
    with tempfile.TemporaryDirectory(dir=archive.parent) as scratch:
        copy = Path(scratch) / STORE_MEMBER
        session.copy_store_to(copy, new_key=backup_key)
        manifest = write_archive(
            copy, keys.key_file_path(session.path), session.post.code, archive, backup_key, seals, created
        )
    with session.transaction() as db:
        audit_log.append(
            db, session, "backup", {"file": archive.name, "created": created, "holders": sorted(seals)}
        )
    return manifest


def _backup_key(manifest: Manifest, holder: str, box_private: bytes) -> bytes:
    sealed = manifest.seals.get(holder)
    if sealed is None:
        raise NotPermitted(
            "only an administrator of the post (or the recovery key) can open its backups",
            code="backup_not_yours",
        )
    try:
        return trust.open_sealed(
            box_private, sealed, backup_key_ad(manifest.post_code, manifest.created_utc, holder)
        )
    except trust.TrustError as exc:
        raise NotPermitted(
            "only an administrator of the post (or the recovery key) can open its backups",
            code="backup_not_yours",
        ) from exc


def _open_backup_key(
    manifest: Manifest, key_files: list[keys.KeyFile], username: str, password: str
) -> tuple[bytes, trust.KeyPair]:
    """The backup key, and the keys that opened it: the recovery key's, or the user's as the live key
    file has them (their current password), else as the backup has them (the password of then)."""
    if username == keys.RECOVERY:
        pair = trust.recovery_key_pair(keys.normalise_recovery_key(password))
        return _backup_key(manifest, keys.RECOVERY, pair.box_private), pair
    credentials_found = [kf.credentials[username] for kf in key_files if username in kf.credentials]
    if not credentials_found:
        keys.spend_equal_work(password)
        raise AccessDenied("wrong user name or password", code="wrong_password")
    refusal: Exception = AccessDenied("wrong user name or password", code="wrong_password")
    for credential in credentials_found:
        try:
            pair = keys.unwrap_credential(credential, password)
            return _backup_key(manifest, username, pair.box_private), pair
        except keys.KeySlotError:
            continue
        except NotPermitted as exc:
            refusal = exc
    raise refusal


def restore(archive: Path, store: Path, username: str, password: str, *, force: bool = False) -> Path | None:
    """Put the backup in place of ``store``; ``username`` must be an administrator (or ``__recovery__``
    with the recovery key as the password). Returns where the replaced store was kept, if any."""
    keys_path = keys.key_file_path(store)
    if (store.exists() or keys_path.exists()) and not force:
        raise BadInput(
            f"a store exists at {store}; add --force to replace it (it is kept beside, renamed)",
            code="restore_over_store",
        )
    try:
        manifest = read_manifest(archive)
    except BackupError as exc:
        raise _damaged(exc, archive) from exc
    live_keys: keys.KeyFile | None = None
    if keys_path.exists():
        try:
            live_keys = keys.load_key_file(keys_path)
        except keys.KeySlotError:
            live_keys = None  # the store being replaced is too damaged to say who its users are
    try:
        backup_keys = keys.parse_key_file(read_key_file_member(archive))
    except (BackupError, keys.KeySlotError) as exc:
        raise BadInput(
            f"{archive} is damaged or not a post backup", code="backup_damaged", params={"file": archive.name}
        ) from exc
    known = [kf for kf in (live_keys, backup_keys) if kf is not None]
    if username != keys.RECOVERY:
        # The role as the live key file says (a demoted or disabled administrator is refused); on a
        # new PC, as the backup says.
        try:
            certificate = current_certificate(known[0], username)
        except AccessDenied:
            keys.spend_equal_work(password)
            raise
        if certificate.role != Role.ADMIN.value or not certificate.active:
            raise NotPermitted("only an administrator may restore a backup", code="restore_admin_only")
    backup_key, pair = _open_backup_key(manifest, known, username, password)
    store.parent.mkdir(parents=True, exist_ok=True)
    lock = StoreLock(store)
    try:
        lock.exclusive()
    except StoreBusy as exc:
        raise StoreUnavailable(str(exc), code="store_in_use") from exc
    try:
        return _put_in_place(archive, store, manifest, backup_key, live_keys, username, pair)
    finally:
        lock.release()


def _put_in_place(
    archive: Path,
    store: Path,
    manifest: Manifest,
    backup_key: bytes,
    live_keys: keys.KeyFile | None,
    username: str,
    pair: trust.KeyPair,
) -> Path | None:
    keys_path = keys.key_file_path(store)
    with tempfile.TemporaryDirectory(dir=store.parent) as scratch:
        try:
            unpack_archive(archive, Path(scratch), backup_key)
        except BackupError as exc:
            raise _damaged(exc, archive) from exc
        candidate = Path(scratch) / STORE_MEMBER
        problems = check_copy(candidate, backup_key)
        if problems:
            raise BadInput(
                f"{archive} is damaged: {problems[0]}", code="backup_damaged", params={"file": archive.name}
            )
        try:
            backup_keys = keys.load_key_file(Path(scratch) / KEYS_MEMBER)
        except keys.KeySlotError as exc:
            raise BadInput(
                f"{archive} is damaged: {exc}", code="backup_damaged", params={"file": archive.name}
            ) from exc
        merged = _merge_key_files(backup_keys, live_keys)
        new_key = keys.new_database_key()
        merged.generation += 1
        merged.database_key = {}
        try:
            engine = open_engine(candidate, backup_key)
        except StoreOpenError as exc:
            raise BadInput(
                f"{archive} does not open with its own key",
                code="backup_damaged",
                params={"file": archive.name},
            ) from exc
        try:
            with Session(engine) as db, db.begin():
                holders = _apply_later_certificates(db, merged)
                for holder in holders:
                    credentials.seal_database_key(
                        merged, holder, merged.credentials[holder].box_public, new_key
                    )
                if (recovery := keys.vouched_recovery_box(merged)) is not None:
                    credentials.seal_database_key(merged, keys.RECOVERY, recovery, new_key)
                head = db.execute(
                    select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)
                ).scalar_one_or_none()
                root = merged.root_public
                audit_log.append(
                    db,
                    _restoring_signer(merged, username, pair),
                    "restore",
                    {
                        "file": archive.name,
                        "backup_created": manifest.created_utc,
                        "restored_head": head.seq if head else 0,
                        "root": trust.fingerprint(root),
                    },
                )
        finally:
            engine.dispose()
        rekey_store(candidate, backup_key, new_key)
        pending = Path(scratch) / "keys.next"
        keys.save_key_file(pending, merged)
        kept: Path | None = None
        if store.exists() or keys_path.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = store.with_name(f"{store.name}.replaced-{stamp}")
            for suffix in ("", ".keys", "-wal", "-shm"):
                old = store.with_name(store.name + suffix)
                if old.exists():
                    os.replace(old, kept.with_name(kept.name + suffix))
        try:
            os.replace(pending, keys_path)
            for suffix in ("-wal", "-shm"):
                leftover = candidate.with_name(candidate.name + suffix)
                if leftover.exists():
                    shutil.move(leftover, store.with_name(store.name + suffix))
            os.replace(candidate, store)
        except OSError as exc:
            raise StoreUnavailable(
                f"the backup could not be put in place: {exc.strerror}",
                code="restore_not_in_place",
            ) from exc
    return kept


def _merge_key_files(backup_keys: keys.KeyFile, live_keys: keys.KeyFile | None) -> keys.KeyFile:
    """The backup's key file, with every certificate and credential the live one has that is newer."""
    if live_keys is None or live_keys.root_public != backup_keys.root_public:
        return backup_keys
    # The recovery key comes with its root's signature (the live file's when it has one vouched for).
    vouched = live_keys if keys.vouched_recovery_box(live_keys) is not None else backup_keys
    merged = keys.KeyFile(
        post=backup_keys.post,
        root_public=backup_keys.root_public,
        recovery_box_public=vouched.recovery_box_public,
        recovery_signature=vouched.recovery_signature,
        generation=max(backup_keys.generation, live_keys.generation),
        credentials=dict(backup_keys.credentials),
        certificates={**backup_keys.certificates, **live_keys.certificates},
        root_key=dict(live_keys.root_key),
    )
    lookup = certificate_lookup(merged)
    for name in {
        *backup_keys.credentials,
        *live_keys.credentials,
        *(r.rsplit(":", 1)[0] for r in merged.certificates),
    }:
        in_live = live_keys.credentials.get(name)
        latest = _latest_serial(merged, name)
        live_serial = _latest_serial(live_keys, name)
        if latest is not None and live_serial == latest:
            certificate = lookup(name, latest)
            if certificate is None or not certificate.active:
                merged.credentials.pop(name, None)
            elif in_live is not None:
                merged.credentials[name] = in_live
    return merged


def _latest_serial(key_file: keys.KeyFile, username: str) -> int | None:
    serials = [
        int(ref.rsplit(":", 1)[1]) for ref in key_file.certificates if ref.rsplit(":", 1)[0] == username
    ]
    return max(serials) if serials else None


def _apply_later_certificates(db: Session, key_file: keys.KeyFile) -> list[str]:
    """Bring the restored rows up to the merged certificates; returns who holds the new database key."""
    known = {(row.username, row.serial) for row in db.execute(select(CertificateRow)).scalars()}
    lookup = certificate_lookup(key_file)
    for ref in sorted(key_file.certificates, key=lambda r: (r.rsplit(":", 1)[0], int(r.rsplit(":", 1)[1]))):
        name, serial = ref.rsplit(":", 1)[0], int(ref.rsplit(":", 1)[1])
        certificate = lookup(name, serial)
        if certificate is None or (name, serial) in known:
            continue
        try:
            trust.verify_certificate(certificate, key_file.root_public, lookup, key_file.post)
        except trust.TrustError:
            continue
        from midas_desktop.services.session import _certificate_row

        db.add(_certificate_row(certificate))
        user = db.get(User, certificate.user_id)
        if user is not None and (user.cert_serial or 0) < serial:
            user.role, user.active, user.cert_serial = certificate.role, certificate.active, serial
    db.flush()
    holders: list[str] = []
    for user in db.execute(select(User).where(User.active.is_(True))).scalars():
        credential = key_file.credentials.get(user.username)
        if credential is not None and _latest_serial(key_file, user.username) == user.cert_serial:
            holders.append(user.username)
        else:
            key_file.credentials.pop(user.username, None)
    return sorted(holders)


def _restoring_signer(key_file: keys.KeyFile, username: str, pair: trust.KeyPair) -> audit_log.Signer:
    """The restoring administrator's key (their current certificate), or the root for the recovery key."""
    if username == keys.RECOVERY:
        seed = trust.open_sealed(
            pair.box_private,
            key_file.root_key.get(keys.RECOVERY, {}),
            keys.root_key_ad(key_file.post, keys.RECOVERY),
        )
        return audit_log.KeySigner(keys.RECOVERY, "root", seed)
    serial = _latest_serial(key_file, username)
    return audit_log.KeySigner(username, trust.signer_ref(username, serial or 0), pair.sign_private)
