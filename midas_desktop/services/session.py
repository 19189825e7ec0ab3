"""Creating the post store and logging in to it.

A :class:`PostSession` is what every other use case takes: the open encrypted store, the user who
unlocked it (with their role) and the post's settings. Without a valid login there is no session,
hence no key, hence no store.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from midas_desktop.domain.roles import Action, Role, may
from midas_desktop.services import audit_log
from midas_desktop.services.errors import AccessDenied, BadInput, NotPermitted, StoreUnavailable
from midas_desktop.services.stay_rules import load_rule_book, seed_default_rules
from midas_desktop.store import keys, schema
from midas_desktop.store.backup import copy_store
from midas_desktop.store.engine import StoreOpenError, open_engine, reading, rekey_store
from midas_desktop.store.models import PostSettings, User

MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class Post:
    code: str
    name: str
    country: str
    timezone: str | None


@dataclass(frozen=True)
class LoggedInUser:
    id: int
    username: str
    role: Role


class PostSession:
    """An unlocked store and the user who unlocked it."""

    def __init__(
        self, path: Path, engine: Engine, database_key: bytes, user: LoggedInUser, post: Post
    ) -> None:
        self.path = path
        self.engine = engine
        self._database_key = database_key
        self.user = user
        self.post = post
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(reading(engine), expire_on_commit=False)
        # Derived data worth keeping for the session's life (the watchlist index); services invalidate it.
        self.cache: dict[str, object] = {}

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One atomic unit of work: commits when the block ends, rolls back on any error."""
        try:
            with self._sessions() as db, db.begin():
                yield db
        except DatabaseError as exc:
            raise StoreUnavailable(_describe_database_error(exc)) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work: a consistent snapshot that never waits for a writer (WAL)."""
        try:
            with self._read_sessions() as db, db.begin():
                yield db
                db.rollback()  # nothing to keep: a read never writes
        except DatabaseError as exc:
            raise StoreUnavailable(_describe_database_error(exc)) from exc

    def require(self, action: Action) -> None:
        if not may(self.user.role, action):
            raise NotPermitted(f"a user with role {self.user.role} may not {action.value.replace('_', ' ')}")

    def wrap_database_key(self, *, user_id: int, username: str, role: str, secret: str) -> keys.KeySlot:
        """A key slot for another user; only the user service calls this, after checking the role."""
        return keys.wrap_key(self._database_key, user_id=user_id, username=username, role=role, secret=secret)

    def rekey(self, new_database_key: bytes) -> None:
        """Re-encrypt the whole store under a new key (``PRAGMA rekey``) and go on with it.

        Only :mod:`key management <midas_desktop.services.key_management>` calls this, after it has
        written the slots of the new key to ``PATH.keys.next``.
        """
        self.engine.dispose()
        rekey_store(self.path, self._database_key, new_database_key)
        self._database_key = new_database_key
        self.engine = open_engine(self.path, new_database_key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(reading(self.engine), expire_on_commit=False)

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the store and truncate it (outside any transaction)."""
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()

    def copy_store_to(self, destination: Path) -> None:
        """A consistent encrypted copy of the store, for backups (the key never leaves this object)."""
        copy_store(self.engine, self._database_key, destination)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> PostSession:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _describe_database_error(exc: DatabaseError) -> str:
    text = str(exc.orig).lower()
    if "full" in text:
        return "the disk is full: nothing was recorded"
    if "disk i/o" in text:
        return "the store could not be written (disk full or failing): nothing was recorded"
    if "locked" in text or "busy" in text:
        return "the store is busy in another program; try again"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return "the store is damaged; run 'midas store verify' and restore a backup"
    return "the store could not be written: " + str(exc.orig).splitlines()[0]


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise BadInput(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")


def init_store(
    path: Path,
    *,
    post_code: str,
    post_name: str,
    country: str,
    timezone: str | None,
    admin: str,
    password: str,
) -> str:
    """Create the encrypted store and its first administrator; returns the one-time recovery key."""
    key_path = keys.key_file_path(path)
    if path.exists() or key_path.exists():
        raise BadInput(f"a store already exists at {path}; nothing was changed")
    if not post_code.strip() or not post_name.strip() or not admin.strip():
        raise BadInput("the post code, the post name and the administrator's name may not be empty")
    check_password_strength(password)
    path.parent.mkdir(parents=True, exist_ok=True)
    database_key = keys.new_database_key()
    recovery_key = keys.new_recovery_key()
    try:
        engine = open_engine(path, database_key)
        try:
            schema.upgrade(engine)
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            with Session(engine) as db, db.begin():
                db.add(
                    PostSettings(
                        id=1,
                        code=post_code,
                        name=post_name,
                        country=country,
                        timezone=timezone,
                        created_utc=now,
                        settings={},
                    )
                )
                user = User(username=admin, role=Role.ADMIN.value, active=True, created_utc=now)
                db.add(user)
                db.flush()
                seed_default_rules(db, country)
                audit_log.append(db, admin, "store_created", {"post": post_code})
                key_file = keys.KeyFile()
                key_file.slots[admin] = keys.wrap_key(
                    database_key, user_id=user.id, username=admin, role=Role.ADMIN.value, secret=password
                )
                key_file.slots[keys.RECOVERY_SLOT] = keys.wrap_key(
                    database_key, user_id=0, username=keys.RECOVERY_SLOT, role="recovery", secret=recovery_key
                )
                keys.save_key_file(key_path, key_file)
        finally:
            engine.dispose()
    except BaseException:
        # A half-made store is worse than none: remove every trace so init can simply be run again.
        for leftover in (
            path,
            key_path,
            path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        raise
    return recovery_key


def _unlock(key_path: Path, username: str, secret: str) -> tuple[keys.KeySlot, bytes]:
    try:
        key_file = keys.load_key_file(key_path)
    except keys.KeySlotError as exc:
        raise StoreUnavailable(str(exc)) from exc
    slot = key_file.slots.get(username)
    if slot is None:
        # Same message and roughly the same work as a wrong password: names are not to be probed.
        keys.wrap_key(b"\0" * keys.DATABASE_KEY_BYTES, user_id=0, username="", role="", secret=secret)
        raise AccessDenied("wrong user name or password")
    try:
        return slot, keys.unwrap_key(slot, secret)
    except keys.KeySlotError as exc:
        raise AccessDenied("wrong user name or password") from exc


def open_with_slot(path: Path, username: str, secret: str) -> tuple[keys.KeySlot, bytes, Engine]:
    """The slot, database key and engine for ``username``; finishes a key rotation cut short.

    A rotation writes the new slots to ``PATH.keys.next`` before it rekeys the store, and moves them
    over ``PATH.keys`` after. If the process died in between, one of the two files opens the store:
    whichever does becomes ``PATH.keys``.
    """
    key_path = keys.key_file_path(path)
    pending = keys.pending_key_file_path(path)
    slot, database_key = _unlock(key_path, username, secret)
    try:
        engine = open_engine(path, database_key)
    except StoreOpenError as exc:
        if not pending.exists():
            raise StoreUnavailable(str(exc)) from exc
        slot, database_key = _unlock(pending, username, secret)
        try:
            engine = open_engine(path, database_key)
        except StoreOpenError as exc_pending:
            raise StoreUnavailable(str(exc_pending)) from exc_pending
        os.replace(pending, key_path)  # the rekey had happened: the new slots are the real ones
        return slot, database_key, engine
    pending.unlink(missing_ok=True)  # the rekey never happened: the old slots still hold
    return slot, database_key, engine


def _rebuild_history(engine: Engine) -> None:
    """A store upgraded from an older schema rebuilds every stay from its movements once."""
    from midas_desktop.services import history  # history imports alerts, which imports this module

    with Session(engine) as db, db.begin():
        history.rebuild_if_pending(db, load_rule_book(db), dt.datetime.now(dt.UTC).replace(tzinfo=None))


def login(path: Path, username: str, password: str) -> PostSession:
    """Unlock the store as ``username``; :class:`AccessDenied` for a wrong name or password."""
    if not path.exists():
        raise StoreUnavailable(f"no store at {path}; create one with 'midas init'")
    if username == keys.RECOVERY_SLOT:
        raise AccessDenied("wrong user name or password")
    slot, database_key, engine = open_with_slot(path, username, password)
    try:
        schema.upgrade(engine)
        with Session(engine) as db:
            user = db.execute(select(User).where(User.username == username)).scalar_one_or_none()
            settings = db.get(PostSettings, 1)
        if settings is not None and settings.settings.get("history_rebuild_pending"):
            _rebuild_history(engine)
    except DatabaseError as exc:
        engine.dispose()
        raise StoreUnavailable(_describe_database_error(exc)) from exc
    if (
        user is None
        or not user.active
        or user.id != slot.user_id
        or user.role != slot.role
        or settings is None
    ):
        engine.dispose()
        raise AccessDenied("this account is disabled or does not match its key slot")
    return PostSession(
        path,
        engine,
        database_key,
        LoggedInUser(id=user.id, username=user.username, role=Role(user.role)),
        Post(code=settings.code, name=settings.name, country=settings.country, timezone=settings.timezone),
    )
