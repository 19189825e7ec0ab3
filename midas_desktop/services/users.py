"""User accounts: a row in the store, a certificate (``domain.trust``) and a credential in the key file.

- A user's role and status live in their certificate, signed by an administrator (an administrator's
  by the post's root); the row must agree with it at every login.
- Resetting a password or disabling an account rotates the database key at once and seals the new
  one only for the remaining users: the old key file, the old password and any copy of them open
  nothing. Enabling an account again gives it new keys and a password of the administrator's choosing.
- A user whose password an administrator set chooses their own at their next login, with a new key
  pair certified by the old one: from then on the administrator cannot sign in their name.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from midas_desktop.domain import trust
from midas_desktop.domain.roles import Action, Role
from midas_desktop.services import audit_log, credentials
from midas_desktop.services.clock import iso_utc, utc_now
from midas_desktop.services.errors import AccessDenied, BadInput
from midas_desktop.services.session import (
    SYSTEM,
    PostSession,
    check_password_strength,
    locked_users,
    unlock_user,
)
from midas_desktop.store import keys
from midas_desktop.store.models import User


def _parse_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError as exc:
        raise BadInput(
            f"unknown role {role!r}: use officer, supervisor or admin",
            code="unknown_role",
            params={"role": role},
        ) from exc


def _user(db: Session, username: str, *, active: bool | None = True) -> User:
    user = db.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None or (active is not None and user.active != active):
        state = "an active" if active else ("a disabled" if active is False else "a")
        raise BadInput(f"there is no {state} user {username}", code="no_such_user", params={"user": username})
    return user


def _other_active_admins(db: Session, username: str) -> int:
    return int(
        db.execute(
            select(func.count(User.id)).where(
                User.role == Role.ADMIN.value, User.active.is_(True), User.username != username
            )
        ).scalar_one()
    )


def add_user(session: PostSession, username: str, role: str, password: str) -> None:
    session.require(Action.MANAGE_USERS)
    username = username.strip()
    if (
        not username
        or username in (keys.RECOVERY, SYSTEM, "root")
        or any(ch.isspace() or ch == ":" for ch in username)
    ):
        raise BadInput("a user name may not be empty or contain spaces or ':'", code="user_name_invalid")
    user_role = _parse_role(role)
    check_password_strength(password)
    pair = trust.new_key_pair()
    key_file = credentials.load(session)
    with session.transaction() as db:
        if db.execute(select(User).where(User.username == username)).scalar_one_or_none() is not None:
            raise BadInput(f"user {username} already exists", code="user_exists", params={"user": username})
        user = User(
            username=username, role=user_role.value, active=True, created_utc=utc_now(), cert_serial=0
        )
        db.add(user)
        db.flush()
        user.role = ""  # a new account takes its role from its first certificate
        certificate = credentials.issue(
            session,
            db,
            key_file,
            user,
            role=user_role,
            active=True,
            sign_key=pair.sign_public,
            box_key=pair.box_public,
        )
        key_file.credentials[username] = keys.wrap_credential(
            pair, user_id=user.id, username=username, secret=password
        )
        credentials.seal_database_key(key_file, username, pair.box_public, session.database_key)
        if user_role is Role.ADMIN:
            credentials.seal_root_key(
                key_file, username, pair.box_public, credentials.root_seed(session, key_file)
            )
        audit_log.append(
            db,
            session,
            "user_added",
            {"user": username, "role": user_role.value, "certificate": certificate.ref},
        )
    credentials.save(session, key_file)


def list_users(session: PostSession) -> list[dict[str, object]]:
    """Every account, active or not, with its certificate and whether it is locked for wrong passwords."""
    session.require(Action.MANAGE_USERS)
    key_file = credentials.load(session)
    locked = locked_users(session.path)
    with session.reading() as db:
        rows = db.execute(select(User).order_by(User.username)).scalars().all()
    out: list[dict[str, object]] = []
    for user in rows:
        credential = key_file.credentials.get(user.username)
        out.append(
            {
                "username": user.username,
                "role": user.role,
                "active": user.active,
                "created": iso_utc(user.created_utc),
                "certificate": trust.signer_ref(user.username, user.cert_serial or 0)
                if user.cert_serial
                else None,
                "has_key": credential is not None and user.username in key_file.database_key,
                "must_change_password": bool(credential and credential.must_change),
                "locked_seconds": round(locked.get(user.username, 0.0)),
            }
        )
    return out


def _new_credential(
    session: PostSession, db: Session, key_file: keys.KeyFile, user: User, role: Role, password: str
) -> trust.Certificate:
    """New keys for ``user`` under a password an administrator chose (to be changed at next login)."""
    pair = trust.new_key_pair()
    certificate = credentials.issue(
        session,
        db,
        key_file,
        user,
        role=role,
        active=True,
        sign_key=pair.sign_public,
        box_key=pair.box_public,
    )
    key_file.credentials[user.username] = keys.wrap_credential(
        pair, user_id=user.id, username=user.username, secret=password, must_change=True
    )
    key_file.root_key.pop(user.username, None)
    if role is Role.ADMIN:
        credentials.seal_root_key(
            key_file, user.username, pair.box_public, credentials.root_seed(session, key_file)
        )
    return certificate


def _rotate(session: PostSession, key_file: keys.KeyFile) -> None:
    with session.reading() as db:
        holders = credentials.active_holders(key_file, db)
    credentials.rotate_database_key(session, key_file, holders)


def reset_password(session: PostSession, username: str, new_password: str) -> None:
    """An administrator gives ``username`` new keys and a password to change at their next login; the
    database key is rotated, so the old password and the old key file open nothing. Audited."""
    session.require(Action.MANAGE_USERS)
    check_password_strength(new_password)
    key_file = credentials.load(session)
    with session.transaction() as db:
        user = _user(db, username)
        certificate = _new_credential(session, db, key_file, user, Role(user.role), new_password)
        audit_log.append(db, session, "password_reset", {"user": username, "certificate": certificate.ref})
    _rotate(session, key_file)


def enable_user(session: PostSession, username: str, new_password: str) -> None:
    """A disabled account comes back with new keys and a password to change at the next login."""
    session.require(Action.MANAGE_USERS)
    check_password_strength(new_password)
    key_file = credentials.load(session)
    with session.transaction() as db:
        user = _user(db, username, active=False)
        certificate = _new_credential(session, db, key_file, user, Role(user.role), new_password)
        audit_log.append(db, session, "user_enabled", {"user": username, "certificate": certificate.ref})
    _rotate(session, key_file)


def change_role(session: PostSession, username: str, role: str) -> None:
    """Give ``username`` another role: a new certificate for the same keys (no new password)."""
    session.require(Action.MANAGE_USERS)
    new_role = _parse_role(role)
    key_file = credentials.load(session)
    with session.transaction() as db:
        user = _user(db, username)
        if user.role == new_role.value:
            raise BadInput(
                f"{username} is already {new_role.value}",
                code="already_role",
                params={"user": username, "role": new_role.value},
            )
        if user.role == Role.ADMIN.value and _other_active_admins(db, username) == 0:
            raise BadInput(
                "the post needs at least one active administrator; add another one first", code="last_admin"
            )
        current = key_file.certificates.get(trust.signer_ref(username, user.cert_serial or 0))
        if current is None:
            raise BadInput(
                f"{username} has no certificate in the key file; reset the password first",
                code="no_certificate",
                params={"user": username},
            )
        old_role = user.role
        certificate = credentials.issue(
            session,
            db,
            key_file,
            user,
            role=new_role,
            active=True,
            sign_key=str(current["sign_key"]),
            box_key=str(current["box_key"]),
        )
        if new_role is Role.ADMIN:
            credentials.seal_root_key(
                key_file, username, str(current["box_key"]), credentials.root_seed(session, key_file)
            )
        else:
            key_file.root_key.pop(username, None)
        audit_log.append(
            db,
            session,
            "role_changed",
            {"user": username, "from": old_role, "to": new_role.value, "certificate": certificate.ref},
        )
    credentials.save(session, key_file)


def disable_user(session: PostSession, username: str) -> None:
    """Certify the account disabled, drop its keys and rotate the database key: it is dead, old key
    files and old passwords included. The last active administrator stays."""
    session.require(Action.MANAGE_USERS)
    if username == session.user.username:
        raise BadInput("you cannot disable your own account; ask another administrator", code="disable_self")
    key_file = credentials.load(session)
    with session.transaction() as db:
        user = _user(db, username)
        if user.role == Role.ADMIN.value and _other_active_admins(db, username) == 0:
            raise BadInput(
                "the post needs at least one active administrator; add another one first", code="last_admin"
            )
        current = key_file.certificates.get(trust.signer_ref(username, user.cert_serial or 0)) or {}
        certificate = credentials.issue(
            session,
            db,
            key_file,
            user,
            role=Role(user.role),
            active=False,
            sign_key=str(current.get("sign_key", "")),
            box_key=str(current.get("box_key", "")),
        )
        key_file.credentials.pop(username, None)
        key_file.database_key.pop(username, None)
        key_file.root_key.pop(username, None)
        audit_log.append(db, session, "user_disabled", {"user": username, "certificate": certificate.ref})
    _rotate(session, key_file)


def unlock(session: PostSession, username: str) -> bool:
    """Forget a user's wrong passwords, so they may try again at once. Audited."""
    session.require(Action.MANAGE_USERS)
    released = unlock_user(session.path, username)
    with session.transaction() as db:
        _user(db, username, active=None)
        audit_log.append(db, session, "user_unlocked", {"user": username, "was_locked": released})
    return released


def change_own_password(session: PostSession, old_password: str, new_password: str) -> None:
    """Any user changes their own password; the old one must open their credential. After an
    administrator's reset, the user also gets a new key pair that only they know."""
    session.require(Action.CHANGE_OWN_PASSWORD)
    check_password_strength(new_password)
    if old_password == new_password:
        raise BadInput("the new password must differ from the old one", code="same_password")
    key_file = credentials.load(session)
    credential = key_file.credentials.get(session.user.username)
    if credential is None:
        raise AccessDenied("this account has no credential", code="no_credential")
    try:
        pair = keys.unwrap_credential(credential, old_password)
    except keys.KeySlotError as exc:
        raise AccessDenied("the current password is wrong", code="current_password_wrong") from exc
    with session.transaction() as db:
        user = _user(db, session.user.username)
        details: dict[str, object] = {"user": user.username}
        renewed: trust.Certificate | None = None
        if credential.must_change:
            pair = trust.new_key_pair()
            renewed = credentials.renew_own(session, db, key_file, user, pair)
            credentials.seal_database_key(key_file, user.username, pair.box_public, session.database_key)
            if user.username in key_file.root_key:
                seed = credentials.root_seed(session, key_file)
                credentials.seal_root_key(key_file, user.username, pair.box_public, seed)
            details["certificate"] = renewed.ref
        key_file.credentials[user.username] = keys.wrap_credential(
            pair, user_id=user.id, username=user.username, secret=new_password
        )
        audit_log.append(db, session, "own_password_changed", details)
    credentials.save(session, key_file)
    if renewed is not None:
        session.adopt_renewed_keys(renewed, pair)
    session.must_change_password = False
