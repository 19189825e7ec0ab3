"""User accounts: each user gets a row in the store and a key slot beside it."""

from __future__ import annotations

from sqlalchemy import select

from midas_desktop.domain.roles import Action, Role
from midas_desktop.services import audit_log
from midas_desktop.services.clock import utc_now
from midas_desktop.services.errors import BadInput
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
