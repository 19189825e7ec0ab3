"""User accounts: each user gets a row in the store and a key slot beside it.

A key slot binds the user's id, name and role in its associated data, so every change of password or
role writes a new slot (wrapped by the administrator's open session) that replaces the old one. A
disabled user loses the slot altogether: without it there is no key, hence no store.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from midas_desktop.domain.roles import Action, Role
from midas_desktop.services import audit_log
from midas_desktop.services.clock import iso_utc, utc_now
from midas_desktop.services.errors import AccessDenied, BadInput
from midas_desktop.services.session import PostSession, check_password_strength
from midas_desktop.store import keys
from midas_desktop.store.models import User


def add_user(session: PostSession, username: str, role: str, password: str) -> None:
    session.require(Action.MANAGE_USERS)
    username = username.strip()
    if not username or username == keys.RECOVERY_SLOT or any(ch.isspace() for ch in username):
        raise BadInput("a user name may not be empty or contain spaces")
    try:
        user_role = Role(role)
    except ValueError as exc:
        raise BadInput(f"unknown role {role!r}: use officer, supervisor or admin") from exc
    check_password_strength(password)
    key_path = keys.key_file_path(session.path)
    with session.transaction() as db:
        if db.execute(select(User).where(User.username == username)).scalar_one_or_none() is not None:
            raise BadInput(f"user {username} already exists")
        user = User(username=username, role=user_role.value, active=True, created_utc=utc_now())
        db.add(user)
        db.flush()
        audit_log.append(db, session.user.username, "user_added", {"user": username, "role": user_role.value})
        # The slot is written before the row commits: if the commit then fails, an orphan slot opens
        # nothing (login also checks the row), whereas the other order could leave a user locked out.
        key_file = keys.load_key_file(key_path)
        key_file.slots[username] = session.wrap_database_key(
            user_id=user.id, username=username, role=user_role.value, secret=password
        )
        keys.save_key_file(key_path, key_file)


def list_users(session: PostSession) -> list[dict[str, object]]:
    """Every account, active or not, with whether it still has a key slot."""
    session.require(Action.MANAGE_USERS)
    slots = keys.load_key_file(keys.key_file_path(session.path)).slots
    with session.transaction() as db:
        rows = db.execute(select(User).order_by(User.username)).scalars()
        return [
            {
                "username": user.username,
                "role": user.role,
                "active": user.active,
                "created": iso_utc(user.created_utc),
                "has_key_slot": user.username in slots,
            }
            for user in rows
        ]


def _active_user(db: Session, username: str) -> User:
    user = db.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None or not user.active:
        raise BadInput(f"there is no active user {username}")
    return user


def _parse_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError as exc:
        raise BadInput(f"unknown role {role!r}: use officer, supervisor or admin") from exc


def _other_active_admins(db: Session, username: str) -> int:
    return int(
        db.execute(
            select(func.count(User.id)).where(
                User.role == Role.ADMIN.value, User.active.is_(True), User.username != username
            )
        ).scalar_one()
    )


def _replace_slot(session: PostSession, user: User, password: str) -> None:
    key_path = keys.key_file_path(session.path)
    key_file = keys.load_key_file(key_path)
    key_file.slots[user.username] = session.wrap_database_key(
        user_id=user.id, username=user.username, role=user.role, secret=password
    )
    keys.save_key_file(key_path, key_file)


def reset_password(session: PostSession, username: str, new_password: str) -> None:
    """An administrator sets a new password for ``username`` (a new key slot replaces the old). Audited."""
    session.require(Action.MANAGE_USERS)
    check_password_strength(new_password)
    with session.transaction() as db:
        user = _active_user(db, username)
        audit_log.append(db, session.user.username, "password_reset", {"user": username})
        _replace_slot(session, user, new_password)


def change_role(session: PostSession, username: str, role: str, new_password: str) -> None:
    """Give ``username`` another role; the new slot binds the role, so it comes with a temporary password."""
    session.require(Action.MANAGE_USERS)
    new_role = _parse_role(role)
    check_password_strength(new_password)
    with session.transaction() as db:
        user = _active_user(db, username)
        if (
            user.role == Role.ADMIN.value
            and new_role is not Role.ADMIN
            and _other_active_admins(db, username) == 0
        ):
            raise BadInput("the post needs at least one active administrator; add another one first")
        old_role = user.role
        user.role = new_role.value
        db.flush()
        audit_log.append(
            db,
            session.user.username,
            "role_changed",
            {"user": username, "from": old_role, "to": new_role.value},
        )
        # Slot last, as in add_user: a failure before this point leaves the old slot and the old row.
        _replace_slot(session, user, new_password)


def disable_user(session: PostSession, username: str) -> None:
    """Remove the user's key slot and mark the row inactive; the last active administrator stays."""
    session.require(Action.MANAGE_USERS)
    if username == session.user.username:
        raise BadInput("you cannot disable your own account; ask another administrator")
    key_path = keys.key_file_path(session.path)
    with session.transaction() as db:
        user = _active_user(db, username)
        if user.role == Role.ADMIN.value and _other_active_admins(db, username) == 0:
            raise BadInput("the post needs at least one active administrator; add another one first")
        user.active = False
        db.flush()
        audit_log.append(db, session.user.username, "user_disabled", {"user": username})
        key_file = keys.load_key_file(key_path)
        key_file.slots.pop(username, None)
        keys.save_key_file(key_path, key_file)


def change_own_password(session: PostSession, old_password: str, new_password: str) -> None:
    """Any user changes their own password; the old one must open their current slot."""
    check_password_strength(new_password)
    key_path = keys.key_file_path(session.path)
    slot = keys.load_key_file(key_path).slots.get(session.user.username)
    if slot is None:
        raise AccessDenied("this account has no key slot")
    try:
        keys.unwrap_key(slot, old_password)
    except keys.KeySlotError as exc:
        raise AccessDenied("the current password is wrong") from exc
    with session.transaction() as db:
        user = _active_user(db, session.user.username)
        audit_log.append(db, session.user.username, "own_password_changed", {"user": user.username})
        _replace_slot(session, user, new_password)
