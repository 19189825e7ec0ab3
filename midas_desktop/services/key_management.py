"""The recovery key, and rotating the database key.

- The recovery key (printed once by ``midas init``) opens the store when every administrator has
  forgotten their password: it sets a new password for one administrator.
- Rotation re-encrypts the store under a new random key (``PRAGMA rekey``). A key slot can only be
  re-wrapped by someone who knows its password, so after a rotation only the rotating administrator's
  slot and a new recovery slot exist: every other user gets a new password from an administrator
  (``reset_password``), as after a disk encryption key change. A new recovery key is printed once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from midas_desktop.domain.roles import Action, Role
from midas_desktop.services import audit_log
from midas_desktop.services.errors import AccessDenied, BadInput, StoreUnavailable
from midas_desktop.services.session import PostSession, check_password_strength, open_with_slot
from midas_desktop.store import keys
from midas_desktop.store.models import User


def recover_admin(store: Path, recovery_key: str, admin: str, new_password: str) -> None:
    """Give the administrator ``admin`` a new password, proving it with the recovery key."""
    check_password_strength(new_password)
    if not store.exists():
        raise StoreUnavailable(f"no store at {store}")
    try:
        _, database_key, engine = open_with_slot(
            store, keys.RECOVERY_SLOT, keys.normalise_recovery_key(recovery_key)
        )
    except AccessDenied as exc:
        raise AccessDenied("the recovery key does not open this store") from exc
    try:
        with Session(engine) as db, db.begin():
            user = db.execute(select(User).where(User.username == admin)).scalar_one_or_none()
            if user is None or not user.active or user.role != Role.ADMIN.value:
                raise BadInput(f"{admin} is not an active administrator of this store")
            audit_log.append(db, keys.RECOVERY_SLOT, "recovery_key_used", {"user": admin})
            key_path = keys.key_file_path(store)
            key_file = keys.load_key_file(key_path)
            key_file.slots[admin] = keys.wrap_key(
                database_key, user_id=user.id, username=admin, role=user.role, secret=new_password
            )
            keys.save_key_file(key_path, key_file)
    finally:
        engine.dispose()


@dataclass(frozen=True)
class RotationReport:
    recovery_key: str
    users_to_reset: list[str]


def rotate_database_key(session: PostSession, password: str) -> RotationReport:
    """Re-encrypt the store under a new key; ``password`` is the rotating administrator's own."""
    session.require(Action.MANAGE_USERS)
    key_path = keys.key_file_path(session.path)
    old = keys.load_key_file(key_path)
    own = old.slots.get(session.user.username)
    if own is None:
        raise AccessDenied("this account has no key slot")
    try:
        keys.unwrap_key(own, password)
    except keys.KeySlotError as exc:
        raise AccessDenied("the password is wrong") from exc
    new_key = keys.new_database_key()
    recovery_key = keys.new_recovery_key()
    rotated = keys.KeyFile()
    rotated.slots[session.user.username] = keys.wrap_key(
        new_key, user_id=own.user_id, username=own.username, role=own.role, secret=password
    )
    rotated.slots[keys.RECOVERY_SLOT] = keys.wrap_key(
        new_key, user_id=0, username=keys.RECOVERY_SLOT, role="recovery", secret=recovery_key
    )
    others = sorted(name for name in old.slots if name not in (session.user.username, keys.RECOVERY_SLOT))
    # Order matters for a crash: new slots first (PATH.keys.next), then the rekey, then the switch;
    # login finishes whichever step was cut short (services.session.open_with_slot).
    pending = keys.pending_key_file_path(session.path)
    keys.save_key_file(pending, rotated)
    session.rekey(new_key)
    keys.save_key_file(key_path, rotated)
    pending.unlink(missing_ok=True)
    with session.transaction() as db:
        audit_log.append(db, session.user.username, "database_key_rotated", {"users_to_reset": others})
    return RotationReport(recovery_key=recovery_key, users_to_reset=others)
