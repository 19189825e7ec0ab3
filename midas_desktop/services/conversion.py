"""Converting a store made before per-user keys (key file version 1), on an administrator's first login.

Version 1 gave every user's password the same database key and kept roles in rows. The conversion,
losing no record:

1. opens the store with the administrator's version 1 slot, and migrates its schema;
2. makes the post's root key, a new recovery key (printed once, as at ``midas init``: the old one no
   longer opens anything) and the administrator's own keys and certificate;
3. rekeys the store under a new database key sealed to the administrator and the recovery key only
   (so every copy of the old key file is dead), with the key file written to ``PATH.keys.next`` first;
4. audits the conversion, naming the users who need a password reset by an administrator (their old
   slots held nothing but the database key, which is gone).

A post that was enrolled registers its root key with the central server at its next sync, signing the
request with the post key of its old enrolment.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from midas_desktop.domain import trust
from midas_desktop.domain.roles import Role
from midas_desktop.services import audit_log
from midas_desktop.services.errors import AccessDenied, StoreUnavailable
from midas_desktop.services.session import (
    Conversion,
    LoggedInUser,
    Post,
    PostSession,
    _after_login,
    _certificate_row,
    _Throttle,
    login,
    now_iso,
)
from midas_desktop.store import keys, schema
from midas_desktop.store.engine import StoreOpenError, open_engine, rekey_store
from midas_desktop.store.lock import StoreBusy, StoreLock
from midas_desktop.store.models import PostSettings, User


def convert_legacy_store(path: Path, username: str, password: str) -> PostSession:
    key_path = keys.key_file_path(path)
    pending = keys.pending_key_file_path(path)
    throttle = _Throttle(path)
    throttle.check(username)
    try:
        slots = keys.load_legacy_slots(key_path)
    except keys.KeySlotError as exc:
        raise StoreUnavailable(str(exc), code="key_file_unreadable") from exc
    slot = slots.get(username)
    if slot is None:
        keys.spend_equal_work(password)
        raise AccessDenied("wrong user name or password", code="wrong_password")
    try:
        database_key = keys.unwrap_legacy_slot(slot, password)
    except keys.KeySlotError as exc:
        throttle.failed(username)
        raise AccessDenied("wrong user name or password", code="wrong_password") from exc
    if slot.role != Role.ADMIN.value:
        raise AccessDenied(
            "this store was made by an older version: an administrator must log in first to convert it",
            code="convert_needs_admin",
        )
    lock = StoreLock(path)
    try:
        lock.exclusive()
    except StoreBusy as exc:
        raise StoreUnavailable(str(exc), code="store_in_use") from exc
    try:
        try:
            engine = open_engine(path, database_key)
        except StoreOpenError as exc:
            if pending.exists():  # converted already, cut short after the rekey: finish it
                os.replace(pending, key_path)
                lock.release()
                return login(path, username, password)
            raise StoreUnavailable(str(exc), code="store_wont_open") from exc
        session = _convert(path, engine, database_key, slot, slots, password, lock)
    except BaseException:
        lock.release()
        raise
    lock.release()
    lock.shared()
    return session


def _convert(
    path: Path,
    engine: object,
    old_key: bytes,
    slot: keys.LegacySlot,
    slots: dict[str, keys.LegacySlot],
    password: str,
    lock: StoreLock,
) -> PostSession:
    from sqlalchemy import Engine

    assert isinstance(engine, Engine)
    schema.upgrade(engine)
    root_seed = os.urandom(32)
    root_public = trust.public_of_seed(root_seed)
    recovery_key = keys.new_recovery_key()
    recovery = trust.recovery_key_pair(recovery_key)
    pair = trust.new_key_pair()
    new_key = keys.new_database_key()
    with Session(engine) as db, db.begin():
        settings = db.get(PostSettings, 1)
        user = db.execute(select(User).where(User.username == slot.username)).scalar_one_or_none()
        if (
            settings is None
            or user is None
            or not user.active
            or user.id != slot.user_id
            or user.role != Role.ADMIN.value
        ):
            raise AccessDenied(
                "this account is disabled or does not match its key slot", code="no_store_access"
            )
        settings.root_public = root_public
        certificate = trust.issue_certificate(
            trust.signer_of(root_seed),
            trust.ISSUER_ROOT,
            post=settings.code,
            user_id=user.id,
            username=user.username,
            role=Role.ADMIN,
            status=trust.STATUS_ACTIVE,
            serial=1,
            sign_key=pair.sign_public,
            box_key=pair.box_public,
            issued_at=now_iso(),
        )
        user.cert_serial = 1
        db.add(_certificate_row(certificate))
        others = sorted(
            name
            for name in db.execute(select(User.username).where(User.active.is_(True))).scalars()
            if name != user.username
        )
        signer = audit_log.KeySigner(user.username, certificate.ref, pair.sign_private)
        audit_log.append(
            db,
            signer,
            "store_converted",
            {"root": trust.fingerprint(root_public), "users_to_reset": others, "old_slots": sorted(slots)},
        )
        audit_log.append_recovery_vouched(db, signer, recovery.box_public)
        post = Post(settings.code, settings.name, settings.country, settings.timezone)
        user_id, name = user.id, user.username
    key_file = keys.KeyFile(post=post.code, root_public=root_public, generation=1)
    keys.vouch_for_recovery_key(key_file, recovery.box_public, root_seed)
    key_file.credentials[name] = keys.wrap_credential(pair, user_id=user_id, username=name, secret=password)
    key_file.certificates[certificate.ref] = certificate.to_dict()
    for holder, box_public in ((name, pair.box_public), (keys.RECOVERY, recovery.box_public)):
        key_file.database_key[holder] = trust.seal(
            box_public, new_key, keys.database_key_ad(post.code, 1, holder)
        )
        key_file.root_key[holder] = trust.seal(box_public, root_seed, keys.root_key_ad(post.code, holder))
    pending = keys.pending_key_file_path(path)
    keys.save_key_file(pending, key_file)
    engine.dispose()
    rekey_store(path, old_key, new_key)
    # The old file wraps a database key that no longer opens the store: nothing to keep.
    os.replace(pending, keys.key_file_path(path))
    engine = open_engine(path, new_key)
    session = PostSession(
        path,
        engine,
        new_key,
        LoggedInUser(id=user_id, username=name, role=Role.ADMIN, certificate=certificate),
        post,
        pair,
        lock,
        conversion=Conversion(recovery_key=recovery_key, users_to_reset=others),
    )
    _after_login(session, [])  # rebuilds the stays of a store upgraded from an older schema
    return session
