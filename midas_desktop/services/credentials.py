"""The key file's changes, made by an open session: certificates, sealed keys, key rotation.

Order of writes, so that a crash never opens a door: the store commits first (the user's row, the new
certificate and its serial), then the key file is replaced. A crash between the two leaves a key file
older than the store, which login refuses for the users concerned (an administrator resets them);
never the other way round. A rotation of the database key writes the new key file to
``PATH.keys.next`` first, rekeys the store, then replaces ``PATH.keys`` (login finishes a rotation cut
short, see ``session.open_store``).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from midas_desktop.domain import trust
from midas_desktop.domain.roles import Role
from midas_desktop.services.errors import AccessDenied, NotPermitted
from midas_desktop.services.session import PostSession, _certificate_row, now_iso
from midas_desktop.store import keys
from midas_desktop.store.models import User


def load(session: PostSession) -> keys.KeyFile:
    return keys.load_key_file(keys.key_file_path(session.path))


def save(session: PostSession, key_file: keys.KeyFile) -> None:
    keys.save_key_file(keys.key_file_path(session.path), key_file)


def root_seed(session: PostSession, key_file: keys.KeyFile) -> bytes:
    """The post root's private seed, which only administrators (and the recovery key) can open."""
    sealed = key_file.root_key.get(session.user.username)
    if sealed is None or session.user.role is not Role.ADMIN:
        raise NotPermitted(
            "only an administrator can certify another administrator", code="admin_only_certify_admin"
        )
    try:
        return trust.open_sealed(
            session.box_private, sealed, keys.root_key_ad(key_file.post, session.user.username)
        )
    except trust.TrustError as exc:
        raise AccessDenied(
            "the post's root key does not open with your key", code="root_key_not_yours"
        ) from exc


def issue(
    session: PostSession,
    db: Session,
    key_file: keys.KeyFile,
    user: User,
    *,
    role: Role,
    active: bool,
    sign_key: str,
    box_key: str,
) -> trust.Certificate:
    """A new certificate for ``user`` (the next serial), recorded in the store and the key file.

    An administrator's certificate (or one that takes the role away from an administrator) is signed
    by the post's root; any other by the acting administrator's own key.
    """
    serial = (user.cert_serial or 0) + 1
    if role is Role.ADMIN or user.role == Role.ADMIN.value:
        sign_body, issuer = trust.signer_of(root_seed(session, key_file)), trust.ISSUER_ROOT
    elif session.user.role is Role.ADMIN:
        sign_body, issuer = session.sign, f"admin:{session.user.username}:{session.user.certificate.serial}"
    else:
        raise NotPermitted("only an administrator can certify a user", code="admin_only_certify")
    certificate = trust.issue_certificate(
        sign_body,
        issuer,
        post=key_file.post,
        user_id=user.id,
        username=user.username,
        role=role,
        status=trust.STATUS_ACTIVE if active else trust.STATUS_DISABLED,
        serial=serial,
        sign_key=sign_key,
        box_key=box_key,
        issued_at=now_iso(),
    )
    user.role = role.value
    user.active = active
    user.cert_serial = serial
    db.add(_certificate_row(certificate))
    db.flush()
    key_file.certificates[certificate.ref] = certificate.to_dict()
    return certificate


def renew_own(
    session: PostSession, db: Session, key_file: keys.KeyFile, user: User, pair: trust.KeyPair
) -> trust.Certificate:
    """A user's own new key pair, certified by their previous key (role and status unchanged)."""
    previous = session.user.certificate
    certificate = trust.issue_certificate(
        session.sign,
        f"self:{previous.serial}",
        post=key_file.post,
        user_id=user.id,
        username=user.username,
        role=previous.role,
        status=trust.STATUS_ACTIVE,
        serial=previous.serial + 1,
        sign_key=pair.sign_public,
        box_key=pair.box_public,
        issued_at=now_iso(),
    )
    user.cert_serial = certificate.serial
    db.add(_certificate_row(certificate))
    db.flush()
    key_file.certificates[certificate.ref] = certificate.to_dict()
    return certificate


def seal_database_key(key_file: keys.KeyFile, holder: str, box_public: str, database_key: bytes) -> None:
    key_file.database_key[holder] = trust.seal(
        box_public, database_key, keys.database_key_ad(key_file.post, key_file.generation, holder)
    )


def seal_root_key(key_file: keys.KeyFile, holder: str, box_public: str, seed: bytes) -> None:
    key_file.root_key[holder] = trust.seal(box_public, seed, keys.root_key_ad(key_file.post, holder))


def rotate_database_key(session: PostSession, key_file: keys.KeyFile, holders: Iterable[str]) -> None:
    """Re-encrypt the store under a new random key sealed only for ``holders`` (their current box
    keys) and the recovery key; whatever was sealed to anyone else opens nothing any more.

    No other program may have the store open (a rekey under its feet would break it).
    """
    new_key = keys.new_database_key()
    key_file.generation += 1
    key_file.database_key = {}
    for holder in holders:
        credential = key_file.credentials[holder]
        seal_database_key(key_file, holder, credential.box_public, new_key)
    if (recovery := keys.vouched_recovery_box(key_file)) is not None:
        seal_database_key(key_file, keys.RECOVERY, recovery, new_key)
    pending = keys.pending_key_file_path(session.path)
    with session.alone():
        keys.save_key_file(pending, key_file)
        session.rekey(new_key)
        save(session, key_file)
        pending.unlink(missing_ok=True)


def active_holders(key_file: keys.KeyFile, db: Session, *, excluding: Iterable[str] = ()) -> list[str]:
    """Users who should hold the database key: an active row and a credential in the key file."""
    from sqlalchemy import select

    skip = set(excluding)
    names = db.execute(select(User.username).where(User.active.is_(True))).scalars()
    return sorted(name for name in names if name in key_file.credentials and name not in skip)
