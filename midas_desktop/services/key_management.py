"""The recovery key, and rotating the database key by hand.

- The recovery key (printed once by ``midas init``, kept on paper) opens the store and the post's root
  key when every administrator has forgotten their password: it gives one administrator new keys and
  a new password. The audit entry is signed by the root key.
- A manual rotation (``midas store rekey``) re-encrypts the store under a new random key sealed to
  every active user (nobody needs a new password) and, since the paper may have been seen, to a new
  recovery key, printed once; the old recovery key stops working.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from midas_desktop.domain import trust
from midas_desktop.domain.roles import Action, Role
from midas_desktop.services import audit_log, credentials
from midas_desktop.services.errors import AccessDenied, BadInput, StoreUnavailable
from midas_desktop.services.session import PostSession, check_password_strength, now_iso
from midas_desktop.store import keys
from midas_desktop.store.engine import StoreOpenError, open_engine
from midas_desktop.store.lock import StoreBusy, StoreLock
from midas_desktop.store.models import User


def recover_admin(store: Path, recovery_key: str, admin: str, new_password: str) -> None:
    """Give the administrator ``admin`` new keys and a new password, proving it with the recovery key."""
    check_password_strength(new_password)
    if not store.exists():
        raise StoreUnavailable(f"no store at {store}", code="no_store")
    key_path = keys.key_file_path(store)
    try:
        key_file = keys.load_key_file(key_path)
    except keys.KeySlotError as exc:
        raise StoreUnavailable(str(exc), code="key_file_unreadable") from exc
    recovery = trust.recovery_key_pair(keys.normalise_recovery_key(recovery_key))
    try:
        database_key = trust.open_sealed(
            recovery.box_private,
            key_file.database_key.get(keys.RECOVERY, {}),
            keys.database_key_ad(key_file.post, key_file.generation, keys.RECOVERY),
        )
        root_seed = trust.open_sealed(
            recovery.box_private,
            key_file.root_key.get(keys.RECOVERY, {}),
            keys.root_key_ad(key_file.post, keys.RECOVERY),
        )
    except trust.TrustError as exc:
        raise AccessDenied("the recovery key does not open this store", code="recovery_key_wrong") from exc
    lock = StoreLock(store).shared()
    try:
        engine = open_engine(store, database_key)
    except StoreOpenError as exc:
        lock.release()
        raise StoreUnavailable(str(exc), code="store_wont_open") from exc
    pair = trust.new_key_pair()
    try:
        with Session(engine) as db, db.begin():
            user = db.execute(select(User).where(User.username == admin)).scalar_one_or_none()
            if user is None or not user.active or user.role != Role.ADMIN.value:
                raise BadInput(
                    f"{admin} is not an active administrator of this store",
                    code="not_active_admin",
                    params={"user": admin},
                )
            serial = (user.cert_serial or 0) + 1
            certificate = trust.issue_certificate(
                trust.signer_of(root_seed),
                trust.ISSUER_ROOT,
                post=key_file.post,
                user_id=user.id,
                username=admin,
                role=Role.ADMIN,
                status=trust.STATUS_ACTIVE,
                serial=serial,
                sign_key=pair.sign_public,
                box_key=pair.box_public,
                issued_at=now_iso(),
            )
            from midas_desktop.services.session import _certificate_row

            user.cert_serial = serial
            db.add(_certificate_row(certificate))
            signer = audit_log.KeySigner(keys.RECOVERY, "root", root_seed)
            audit_log.append(db, signer, "recovery_key_used", {"user": admin, "certificate": certificate.ref})
            key_file.certificates[certificate.ref] = certificate.to_dict()
            key_file.credentials[admin] = keys.wrap_credential(
                pair, user_id=user.id, username=admin, secret=new_password
            )
            credentials.seal_database_key(key_file, admin, pair.box_public, database_key)
            credentials.seal_root_key(key_file, admin, pair.box_public, root_seed)
        keys.save_key_file(key_path, key_file)
    finally:
        engine.dispose()
        lock.release()


@dataclass(frozen=True)
class RotationReport:
    recovery_key: str
    users_to_reset: list[str]


def rotate_database_key(session: PostSession, password: str) -> RotationReport:
    """Re-encrypt the store under a new key sealed to every active user and a new recovery key;
    ``password`` is the rotating administrator's own."""
    session.require(Action.MANAGE_USERS)
    key_file = credentials.load(session)
    credential = key_file.credentials.get(session.user.username)
    if credential is None:
        raise AccessDenied("this account has no credential", code="no_credential")
    try:
        keys.unwrap_credential(credential, password)
    except keys.KeySlotError as exc:
        raise AccessDenied("the password is wrong", code="current_password_wrong") from exc
    seed = credentials.root_seed(session, key_file)
    recovery_key = keys.new_recovery_key()
    recovery = trust.recovery_key_pair(recovery_key)
    keys.vouch_for_recovery_key(key_file, recovery.box_public, seed)
    credentials.seal_root_key(key_file, keys.RECOVERY, recovery.box_public, seed)
    with session.reading() as db:
        holders = credentials.active_holders(key_file, db)
    try:
        credentials.rotate_database_key(session, key_file, holders)
    except StoreBusy as exc:
        raise StoreUnavailable(str(exc), code="store_in_use") from exc
    with session.transaction() as db:
        audit_log.append(
            db, session, "database_key_rotated", {"generation": key_file.generation, "holders": holders}
        )
        audit_log.append_recovery_vouched(db, session, key_file.recovery_box_public)
    return RotationReport(recovery_key=recovery_key, users_to_reset=[])
