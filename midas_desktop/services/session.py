"""Creating the post store and logging in to it.

A :class:`PostSession` is what every other use case takes: the open encrypted store, the user who
unlocked it, with their verified certificate (their role comes from it, never from a row) and their
private keys, and the post's settings. Without a valid login there is no session, hence no key, hence
no store.

A login, in order (each step refuses with a one-line reason):

1. wrong passwords: after five in a row the user is refused at once for a back-off
   (``domain.login_throttle``), without trying the password;
2. the user's key pair, unwrapped with their password (scrypt, AES-GCM);
3. their certificate, verified up to the post's root (``domain.trust``);
4. the database key, unsealed with their X25519 key;
5. the store: its root key, the user's row and the serial of their latest certificate must all agree
   with the key file, so neither an edited row nor an older key file put back gives anything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import math
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from midas_desktop.domain import trust
from midas_desktop.domain.login_throttle import LoginState, after_failure, wait_seconds
from midas_desktop.domain.roles import Action, Role, may
from midas_desktop.services import audit_log
from midas_desktop.services.errors import AccessDenied, BadInput, NotPermitted, StoreUnavailable
from midas_desktop.services.stay_rules import load_rule_book, seed_default_rules
from midas_desktop.store import keys
from midas_desktop.store.backup import copy_store
from midas_desktop.store.engine import (
    DRIVER_DATABASE_ERROR,
    StoreOpenError,
    open_engine,
    reading,
    rekey_store,
)
from midas_desktop.store.lock import StoreBusy, StoreLock
from midas_desktop.store.models import CertificateRow, PostSettings, User

MIN_PASSWORD_LENGTH = 8
#: The audit log's name for events no user did (a lock-out noticed before anyone logged in).
SYSTEM = "system"


log = logging.getLogger("midas.keys")


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
    certificate: trust.Certificate


@dataclass(frozen=True)
class Conversion:
    """What a first administrator login did to a store made before per-user keys."""

    recovery_key: str
    users_to_reset: list[str]


class _TurnTaking:
    """Writers of this process take the store in the order they asked for it.

    SQLite's busy handler is not fair: a waiting writer sleeps and tries again, while a bulk loop (a
    pull stored in slices) that commits and begins again at once takes the lock back first. A crossing
    could wait seconds for a pull. With turns, it waits for the slice under way at most.
    """

    def __init__(self) -> None:
        self._turn = threading.Condition()
        self._next_ticket = 0
        self._serving = 0
        self._holder: int | None = None

    def __enter__(self) -> None:
        with self._turn:
            if self._holder == threading.get_ident():
                # A write inside a write of the same thread could never get its turn; SQLite refused
                # it too (the first transaction holds the lock), so it fails at once, as busy.
                raise StoreUnavailable("the store is busy in another program; try again", code="store_busy")
            ticket = self._next_ticket
            self._next_ticket += 1
            while ticket != self._serving:
                self._turn.wait()
            self._holder = threading.get_ident()

    def __exit__(self, *_exc: object) -> None:
        with self._turn:
            self._holder = None
            self._serving += 1
            self._turn.notify_all()


class PostSession:
    """An unlocked store and the user who unlocked it."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        database_key: bytes,
        user: LoggedInUser,
        post: Post,
        key_pair: trust.KeyPair,
        lock: StoreLock,
        *,
        must_change_password: bool = False,
        conversion: Conversion | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self._database_key = database_key
        self.user = user
        self.post = post
        self._key_pair = key_pair
        self._sign_public: str | None = None
        self._lock = lock
        self.must_change_password = must_change_password
        self.conversion = conversion
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(reading(engine), expire_on_commit=False)
        # Derived data worth keeping for the session's life (the watchlist index); services invalidate it.
        self.cache: dict[str, object] = {}
        self._writers = _TurnTaking()  # this process's write transactions, one after another, in turn

    # --- the store --------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One atomic unit of work: commits when the block ends, rolls back on any error."""
        try:
            with self._writers, self._sessions() as db, db.begin():
                yield db
        except (DatabaseError, DRIVER_DATABASE_ERROR) as exc:
            raise _store_error(exc) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work: a consistent snapshot that never waits for a writer (WAL)."""
        try:
            with self._read_sessions() as db, db.begin():
                yield db
        except (DatabaseError, DRIVER_DATABASE_ERROR) as exc:
            raise _store_error(exc) from exc

    def require(self, action: Action) -> None:
        if self.must_change_password and action is not Action.CHANGE_OWN_PASSWORD:
            raise NotPermitted(
                "choose your own password first (an administrator set this one)", code="choose_password_first"
            )
        if not may(self.user.role, action):
            raise NotPermitted(
                f"a user with role {self.user.role} may not {action.value.replace('_', ' ')}",
                code="role_may_not",
                params={"role": self.user.role.value, "action": action.value},
            )

    # --- signatures (the audit log, records, certificates) -------------------------------------

    @property
    def name(self) -> str:
        """Who the audit log names for what this session does."""
        return self.user.username

    @property
    def signer_ref(self) -> str:
        return self.user.certificate.ref

    @property
    def post_code(self) -> str:
        return self.post.code

    @property
    def sign_public(self) -> str:
        if self._sign_public is None:  # derived once: every audit entry written checks against it
            self._sign_public = self._key_pair.sign_public
        return self._sign_public

    def adopt_renewed_keys(self, certificate: trust.Certificate, key_pair: trust.KeyPair) -> None:
        """Sign with the user's renewed key from now on: the centre takes only a user's latest
        certificate for what is made after it was issued."""
        self.user = dataclasses.replace(self.user, certificate=certificate)
        self._key_pair = key_pair
        self._sign_public = None

    def sign(self, obj: object) -> str:
        """This user's signature of ``canonical_json(obj)``: records and audit entries carry it."""
        return trust.sign(self._key_pair.sign_private, obj)

    def sign_bytes(self, data: bytes) -> str:
        return trust.sign_bytes(self._key_pair.sign_private, data)

    @property
    def box_private(self) -> bytes:
        """The user's X25519 private key (only the credential services use it, to unseal)."""
        return self._key_pair.box_private

    @property
    def database_key(self) -> bytes:
        """The store's key; only the credential services use it, to seal it for another user."""
        return self._database_key

    def rekey(self, new_database_key: bytes) -> None:
        """Re-encrypt the whole store under a new key (``PRAGMA rekey``) and go on with it.

        Only the credential services call this, after they have written the key file of the new key to
        ``PATH.keys.next``; no other program may have the store open (the caller holds the lock).
        """
        self.engine.dispose()
        rekey_store(self.path, self._database_key, new_database_key)
        self._database_key = new_database_key
        self.engine = open_engine(self.path, new_database_key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(reading(self.engine), expire_on_commit=False)

    @contextmanager
    def alone(self) -> Iterator[None]:
        """Hold the store exclusively (no other program may have it open) for the block."""
        self._lock.release()
        exclusive = StoreLock(self.path)
        try:
            exclusive.exclusive()
        except StoreBusy as exc:
            self._lock.shared()
            raise StoreUnavailable(str(exc), code="store_in_use") from exc
        try:
            yield
        finally:
            exclusive.release()
            self._lock.shared()

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the store and truncate it (outside any transaction)."""
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()

    def copy_store_to(self, destination: Path, new_key: bytes | None = None) -> None:
        """A consistent encrypted copy of the store (re-encrypted under ``new_key`` when given)."""
        copy_store(self.engine, self._database_key, destination, new_key)

    def on_engine(self, engine: Engine, path: Path) -> PostSession:
        """The same user and post over another database with the same schema and rows of the post
        (the store benchmark's plain-SQLite peer runs the same service calls through it)."""
        return PostSession(path, engine, b"", self.user, self.post, self._key_pair, StoreLock(path).shared())

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> PostSession:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _driver_message(exc: Exception) -> str:
    """The driver's message: SQLAlchemy wraps it (``orig``); a statement of ``store.hot`` raises it bare."""
    return str(exc.orig if isinstance(exc, DatabaseError) else exc)


def _store_error(exc: Exception) -> StoreUnavailable:
    """The store's failure in words, with a code the screens translate: the driver's message read once."""
    message = _driver_message(exc)
    text = message.lower()
    if "full" in text:
        return StoreUnavailable("the disk is full: nothing was recorded", code="disk_full")
    if "disk i/o" in text:
        return StoreUnavailable(
            "the store could not be written (disk full or failing): nothing was recorded", code="disk_full"
        )
    if "locked" in text or "busy" in text:
        return StoreUnavailable("the store is busy in another program; try again", code="store_busy")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StoreUnavailable(
            "the store is damaged; run 'midas store verify' and restore a backup", code="store_damaged"
        )
    return StoreUnavailable(
        "the store could not be written: " + (message.splitlines() or [""])[0], code="store_write_failed"
    )


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise BadInput(
            f"a password needs at least {MIN_PASSWORD_LENGTH} characters",
            code="password_too_short",
            params={"min": MIN_PASSWORD_LENGTH},
        )


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


# --- creating a store ------------------------------------------------------------------------


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
        raise BadInput(f"a store already exists at {path}; nothing was changed", code="store_exists")
    if not post_code.strip() or not post_name.strip() or not admin.strip():
        raise BadInput(
            "the post code, the post name and the administrator's name may not be empty",
            code="post_fields_empty",
        )
    check_password_strength(password)
    path.parent.mkdir(parents=True, exist_ok=True)
    database_key = keys.new_database_key()
    recovery_key = keys.new_recovery_key()
    root_seed = os.urandom(32)
    root_public = trust.public_of_seed(root_seed)
    recovery = trust.recovery_key_pair(recovery_key)
    pair = trust.new_key_pair()
    try:
        engine = open_engine(path, database_key)
        try:
            from midas_desktop.store import schema

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
                        root_public=root_public,
                    )
                )
                user = User(
                    username=admin, role=Role.ADMIN.value, active=True, created_utc=now, cert_serial=1
                )
                db.add(user)
                db.flush()
                certificate = trust.issue_certificate(
                    trust.signer_of(root_seed),
                    trust.ISSUER_ROOT,
                    post=post_code,
                    user_id=user.id,
                    username=admin,
                    role=Role.ADMIN,
                    status=trust.STATUS_ACTIVE,
                    serial=1,
                    sign_key=pair.sign_public,
                    box_key=pair.box_public,
                    issued_at=now_iso(),
                )
                db.add(_certificate_row(certificate))
                seed_default_rules(db, country)
                signer = audit_log.KeySigner(admin, certificate.ref, pair.sign_private)
                audit_log.append(
                    db, signer, "store_created", {"post": post_code, "root": trust.fingerprint(root_public)}
                )
                audit_log.append_recovery_vouched(db, signer, recovery.box_public)
                key_file = keys.KeyFile(post=post_code, root_public=root_public, generation=1)
                keys.vouch_for_recovery_key(key_file, recovery.box_public, root_seed)
                key_file.credentials[admin] = keys.wrap_credential(
                    pair, user_id=user.id, username=admin, secret=password
                )
                key_file.certificates[certificate.ref] = certificate.to_dict()
                for holder, box_public in ((admin, pair.box_public), (keys.RECOVERY, recovery.box_public)):
                    key_file.database_key[holder] = trust.seal(
                        box_public, database_key, keys.database_key_ad(post_code, 1, holder)
                    )
                    key_file.root_key[holder] = trust.seal(
                        box_public, root_seed, keys.root_key_ad(post_code, holder)
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


def _certificate_row(certificate: trust.Certificate) -> CertificateRow:
    return CertificateRow(
        username=certificate.username,
        serial=certificate.serial,
        user_id=certificate.user_id,
        role=certificate.role,
        status=certificate.status,
        body=certificate.to_dict(),
        sent_utc=None,
    )


# --- wrong passwords -------------------------------------------------------------------------


class _Throttle:
    """The wrong-password counts kept beside the store (``PATH.logins``), with the lock-outs the audit
    log has not heard of yet (the store cannot be opened to write them when they happen)."""

    EVENTS = "__events__"

    def __init__(self, store_path: Path) -> None:
        self.path = keys.logins_file_path(store_path)

    def check(self, username: str) -> None:
        state = LoginState.from_dict(keys.load_logins(self.path).get(username, {}))
        wait = wait_seconds(state, time.time())
        if wait > 0:
            raise AccessDenied(
                f"too many wrong passwords for {username}: try again in {math.ceil(wait)} s "
                "(or ask an administrator to unlock the account)",
                code="login_locked",
                params={"seconds": math.ceil(wait)},
            )

    def failed(self, username: str) -> float:
        """Count a wrong password; the back-off in seconds when it has just locked the account."""
        logins = keys.load_logins(self.path)
        now = time.time()
        state, locked = after_failure(LoginState.from_dict(logins.get(username, {})), now)
        logins[username] = state.to_dict()
        if locked:
            events = self._pending(logins)
            events.append({"user": username, "until": state.locked_until, "at": now})
            logins[self.EVENTS] = {"pending": events[-100:]}
        keys.save_logins(self.path, logins)
        return wait_seconds(state, now) if locked else 0.0

    def succeeded(self, username: str) -> list[dict[str, object]]:
        """Forget the user's failures; returns the lock-outs still to be written to the audit log."""
        logins = keys.load_logins(self.path)
        events = self._pending(logins)
        if username not in logins and not events:
            return []
        logins.pop(username, None)
        logins.pop(self.EVENTS, None)
        keys.save_logins(self.path, logins)
        return events

    def _pending(self, logins: dict[str, dict[str, object]]) -> list[dict[str, object]]:
        pending = logins.get(self.EVENTS, {}).get("pending")
        return [event for event in pending if isinstance(event, dict)] if isinstance(pending, list) else []

    def unlock(self, username: str) -> bool:
        logins = keys.load_logins(self.path)
        if username not in logins:
            return False
        logins.pop(username)
        keys.save_logins(self.path, logins)
        return True


def unlock_user(store_path: Path, username: str) -> bool:
    """Forget ``username``'s wrong passwords (the user service checks the role and audits)."""
    return _Throttle(store_path).unlock(username)


def locked_users(store_path: Path) -> dict[str, float]:
    """Users refused for wrong passwords right now, with the seconds left."""
    now = time.time()
    out: dict[str, float] = {}
    for name, raw in keys.load_logins(keys.logins_file_path(store_path)).items():
        if name != _Throttle.EVENTS:
            wait = wait_seconds(LoginState.from_dict(raw), now)
            if wait > 0:
                out[name] = wait
    return out


# --- logging in ------------------------------------------------------------------------------


def certificate_lookup(key_file: keys.KeyFile) -> trust.CertificateLookup:
    def lookup(username: str, serial: int) -> trust.Certificate | None:
        raw = key_file.certificates.get(trust.signer_ref(username, serial))
        if raw is None:
            return None
        try:
            return trust.Certificate.from_dict(raw)
        except trust.TrustError:
            return None

    return lookup


def current_certificate(key_file: keys.KeyFile, username: str) -> trust.Certificate:
    """The user's latest certificate in the key file, verified up to the post's root."""
    serials = [
        int(ref.rsplit(":", 1)[1])
        for ref in key_file.certificates
        if ref.rsplit(":", 1)[0] == username and ref.rsplit(":", 1)[1].isdigit()
    ]
    if not serials:
        raise AccessDenied("this account has no certificate", code="certificate_not_valid")
    certificate = certificate_lookup(key_file)(username, max(serials))
    if certificate is None:
        raise AccessDenied("this account's certificate is damaged", code="certificate_not_valid")
    try:
        return trust.verify_certificate(
            certificate, key_file.root_public, certificate_lookup(key_file), key_file.post
        )
    except trust.TrustError as exc:
        raise AccessDenied(
            f"this account's certificate is not valid ({exc})", code="certificate_not_valid"
        ) from exc


def _unlock(
    key_path: Path, username: str, password: str, throttle: _Throttle
) -> tuple[keys.KeyFile, trust.KeyPair]:
    try:
        key_file = keys.load_key_file(key_path)
    except keys.KeySlotError as exc:
        raise StoreUnavailable(str(exc), code="key_file_unreadable") from exc
    credential = key_file.credentials.get(username)
    if credential is None:
        keys.spend_equal_work(password)  # the same wait as a wrong password: names are not to be probed
        raise AccessDenied("wrong user name or password", code="wrong_password")
    try:
        return key_file, keys.unwrap_credential(credential, password)
    except keys.KeySlotError as exc:
        wait = throttle.failed(username)
        if wait:
            raise AccessDenied(
                f"wrong user name or password; too many in a row for {username}: "
                f"try again in {math.ceil(wait)} s",
                code="login_locked",
                params={"seconds": math.ceil(wait)},
            ) from exc
        raise AccessDenied("wrong user name or password", code="wrong_password") from exc


def _database_key(key_file: keys.KeyFile, username: str, pair: trust.KeyPair) -> bytes:
    sealed = key_file.database_key.get(username)
    if sealed is None:
        raise AccessDenied("this account is disabled or has no access to the store", code="no_store_access")
    try:
        return trust.open_sealed(
            pair.box_private, sealed, keys.database_key_ad(key_file.post, key_file.generation, username)
        )
    except trust.TrustError as exc:
        raise AccessDenied(
            "this account has no access to the store's current key", code="no_store_access"
        ) from exc


def open_store(path: Path, username: str, password: str) -> tuple[keys.KeyFile, trust.KeyPair, bytes, Engine]:
    """The key file, the user's keys, the database key and an engine; finishes a key rotation cut short.

    A rotation writes the new key file to ``PATH.keys.next`` before it rekeys the store, and moves it
    over ``PATH.keys`` after. If the process died in between, one of the two files opens the store:
    whichever does becomes ``PATH.keys``.
    """
    key_path = keys.key_file_path(path)
    pending = keys.pending_key_file_path(path)
    throttle = _Throttle(path)
    throttle.check(username)
    try:
        key_file, pair = _unlock(key_path, username, password, throttle)
        database_key = _database_key(key_file, username, pair)
        engine = open_engine(path, database_key)
    except (StoreOpenError, AccessDenied) as exc:
        if not pending.exists() or (isinstance(exc, AccessDenied) and "wrong" in str(exc)):
            if isinstance(exc, StoreOpenError):
                raise StoreUnavailable(str(exc), code="store_wont_open") from exc
            raise
        key_file, pair = _unlock(pending, username, password, throttle)
        database_key = _database_key(key_file, username, pair)
        try:
            engine = open_engine(path, database_key)
        except StoreOpenError as exc_pending:
            raise StoreUnavailable(str(exc_pending), code="store_wont_open") from exc_pending
        os.replace(pending, key_path)  # the rekey had happened: the new key file is the real one
        return key_file, pair, database_key, engine
    pending.unlink(missing_ok=True)  # the rekey never happened: the old key file still holds
    return key_file, pair, database_key, engine


def login(path: Path, username: str, password: str) -> PostSession:
    """Unlock the store as ``username``; :class:`AccessDenied` for a wrong name or password, a locked
    or disabled account, or a key file and store that do not agree."""
    if not path.exists():
        raise StoreUnavailable(f"no store at {path}; create one with 'midas init'", code="no_store")
    if username in (keys.RECOVERY, SYSTEM):
        raise AccessDenied("wrong user name or password", code="wrong_password")
    key_path = keys.key_file_path(path)
    try:
        version = keys.key_file_version(key_path)
    except keys.KeySlotError as exc:
        raise StoreUnavailable(str(exc), code="key_file_unreadable") from exc
    if version == keys.LEGACY_FORMAT_VERSION:
        from midas_desktop.services.conversion import convert_legacy_store

        return convert_legacy_store(path, username, password)
    lock = StoreLock(path).shared()
    try:
        return _login(path, username, password, lock)
    except BaseException:
        lock.release()
        raise


def _login(path: Path, username: str, password: str, lock: StoreLock) -> PostSession:
    key_file, pair, database_key, engine = open_store(path, username, password)
    try:
        certificate = current_certificate(key_file, username)
        credential = key_file.credentials[username]
        if (
            certificate.sign_key != pair.sign_public
            or certificate.box_key != pair.box_public
            or certificate.user_id != credential.user_id
            or not certificate.active
        ):
            raise AccessDenied(
                "this account is disabled or does not match its certificate", code="no_store_access"
            )
        from midas_desktop.store import schema

        schema.upgrade(engine)
        with Session(engine) as db:
            user = db.execute(select(User).where(User.username == username)).scalar_one_or_none()
            settings = db.get(PostSettings, 1)
            stored = db.execute(
                select(CertificateRow).where(
                    CertificateRow.username == username, CertificateRow.serial == certificate.serial
                )
            ).scalar_one_or_none()
        if settings is None or settings.root_public != key_file.root_public:
            raise AccessDenied(
                "the key file does not belong to this store (another post's root key)",
                code="key_file_foreign",
            )
        if (
            user is None
            or not user.active
            or user.id != certificate.user_id
            or user.role != certificate.role
            or user.cert_serial != certificate.serial
            or stored is None
            or stored.body != certificate.to_dict()
        ):
            raise AccessDenied(
                "this account is disabled or does not match its certificate", code="no_store_access"
            )
    except (DatabaseError, DRIVER_DATABASE_ERROR) as exc:
        engine.dispose()
        raise _store_error(exc) from exc
    except BaseException:
        engine.dispose()
        raise
    throttle = _Throttle(path)
    lockouts = throttle.succeeded(username)
    session = PostSession(
        path,
        engine,
        database_key,
        LoggedInUser(
            id=user.id, username=user.username, role=Role(certificate.role), certificate=certificate
        ),
        Post(code=settings.code, name=settings.name, country=settings.country, timezone=settings.timezone),
        pair,
        lock,
        must_change_password=credential.must_change,
    )
    if lockouts or settings.settings.get("history_rebuild_pending"):
        _after_login(session, lockouts)
    if session.user.role is Role.ADMIN and key_file.recovery_box_public and not key_file.recovery_signature:
        _vouch_for_recovery_key(session, key_file)
    return session


def _vouch_for_recovery_key(session: PostSession, key_file: keys.KeyFile) -> None:
    """A key file written before the root vouched for the recovery key: an administrator's first
    login signs the one it holds, so that rotations and backups go on sealing to it, and says so in
    the audit log. Once, for good: a store whose log holds that entry (or one made, converted or
    rekeyed since) has had a vouched recovery key, and an empty signature there is an insider's
    doing, so nothing is vouched (an administrator makes a new recovery key with
    ``midas store rekey``). A key an insider had put there before this version is beyond this."""
    from midas_desktop.services import credentials  # credentials imports this module

    try:
        seed = credentials.root_seed(session, key_file)
    except (NotPermitted, AccessDenied):
        return  # an administrator without the root's key (none sealed to them): nothing to vouch with
    with session.reading() as db:
        vouched_before = audit_log.has_action(db, audit_log.RECOVERY_VOUCHED)
    if vouched_before:
        log.warning("the recovery key in the key file lost its root's signature: not vouched again")
        return
    keys.vouch_for_recovery_key(key_file, key_file.recovery_box_public, seed)
    with session.transaction() as db:
        audit_log.append_recovery_vouched(db, session, key_file.recovery_box_public)
    credentials.save(session, key_file)


def _after_login(session: PostSession, lockouts: list[dict[str, object]]) -> None:
    """Write the lock-outs that happened while the store was closed, and finish an upgrade."""
    from midas_desktop.services import history  # history imports alerts, which imports this module

    with session.transaction() as db:
        for event in lockouts:
            until = event.get("until")
            audit_log.append(
                db,
                session,
                "login_locked",
                {
                    "user": str(event.get("user")),
                    "until": dt.datetime.fromtimestamp(float(until), dt.UTC).isoformat(timespec="seconds")
                    if isinstance(until, int | float)
                    else None,
                    "noticed_by": session.user.username,
                },
                actor=SYSTEM,
            )
        history.rebuild_if_pending(db, load_rule_book(db), dt.datetime.now(dt.UTC).replace(tzinfo=None))
