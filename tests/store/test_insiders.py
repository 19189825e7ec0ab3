"""The insider: an officer who knows their own password and can copy, edit and replace the post PC's
files and run their own programs (here: Python with the database key their password unseals).

What they must not get: another role's powers, a rewrite of the record that nobody notices, an act in
somebody else's name, a dead account brought back, a backup opened. The central server's side of the
same attempts is in ``tests/sync/test_insiders_at_the_centre.py``.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, SUPERVISOR_PASSWORD, td3
from sqlalchemy import Engine, text

from midas_desktop.domain import trust
from midas_desktop.services import backups, users, verification
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.errors import AccessDenied, NotPermitted, ServiceError, StoreUnavailable
from midas_desktop.services.session import login, open_store
from midas_desktop.store import keys
from midas_desktop.store.engine import StoreOpenError, open_engine


@contextmanager
def as_insider(store: Path) -> Iterator[tuple[Engine, bytes, trust.KeyPair]]:
    """The store opened with the officer's own password, outside the app: raw SQL on every table."""
    _key_file, pair, database_key, engine = open_store(store, "officer", OFFICER_PASSWORD)
    try:
        yield engine, database_key, pair
    finally:
        engine.dispose()


def cross(store: Path, number: str, day: str, user: str = "officer", password: str = OFFICER_PASSWORD) -> str:
    with login(store, user, password) as session:
        result = record_crossing(
            session,
            CrossingRequest(
                td3(number=number), Direction.ENTRY, dt.datetime.fromisoformat(day + "T15:00+00:00")
            ),
        )
    return str(result.movement["id"])


def audit_errors(store: Path) -> list[str]:
    with login(store, "admin", ADMIN_PASSWORD) as admin:
        return verification.verify_audit(admin).errors


# --- (a) another role's powers ---------------------------------------------------------------------


def test_a_forged_administrator_in_the_key_file_is_refused(store_path: Path) -> None:
    with as_insider(store_path) as (_engine, database_key, officer_keys):
        key_path = keys.key_file_path(store_path)
        key_file = keys.load_key_file(key_path)
        forged = trust.new_key_pair()
        for issuer, signer in (
            ("root", officer_keys.sign_private),
            ("admin:officer:1", officer_keys.sign_private),
        ):
            certificate = trust.issue_certificate(
                trust.signer_of(signer),
                issuer,
                post=key_file.post,
                user_id=99,
                username="boss",
                role="admin",
                status="active",
                serial=1,
                sign_key=forged.sign_public,
                box_key=forged.box_public,
                issued_at="2025-01-01T00:00:00Z",
            )
            key_file.certificates["boss:1"] = certificate.to_dict()
            key_file.credentials["boss"] = keys.wrap_credential(
                forged, user_id=99, username="boss", secret="boss-pass-123"
            )
            key_file.database_key["boss"] = trust.seal(
                forged.box_public,
                database_key,
                keys.database_key_ad(key_file.post, key_file.generation, "boss"),
            )
            keys.save_key_file(key_path, key_file)
            with pytest.raises(AccessDenied, match="certificate"):
                login(store_path, "boss", "boss-pass-123")
        # The administrator's own account, with a password of the officer's choosing: no certificate
        # for those keys exists, so it opens nothing.
        key_file.credentials["admin"] = keys.wrap_credential(
            forged, user_id=1, username="admin", secret="taken-over-1"
        )
        key_file.database_key["admin"] = trust.seal(
            forged.box_public, database_key, keys.database_key_ad(key_file.post, key_file.generation, "admin")
        )
        keys.save_key_file(key_path, key_file)
        with pytest.raises(AccessDenied):
            login(store_path, "admin", "taken-over-1")


def test_a_role_changed_in_the_users_table_gives_nothing(store_path: Path) -> None:
    with as_insider(store_path) as (engine, _key, _pair), engine.begin() as connection:
        connection.execute(text("UPDATE users SET role = 'admin' WHERE username = 'officer'"))
    with pytest.raises(AccessDenied, match="does not match its certificate"):
        login(store_path, "officer", OFFICER_PASSWORD)


# --- (b) rewriting the record ---------------------------------------------------------------------


def test_a_rewritten_audit_chain_or_record_is_reported(store_path: Path) -> None:
    first = cross(store_path, "A1111111", "2025-01-01")
    cross(store_path, "B2222222", "2025-01-02", "supervisor", SUPERVISOR_PASSWORD)
    assert audit_errors(store_path) == []
    with as_insider(store_path) as (engine, _key, _pair), engine.begin() as connection:
        # The officer changes their own movement and the record of somebody else's act.
        connection.execute(text("UPDATE movements SET doc_number = 'Z9999999' WHERE id = :id"), {"id": first})
        connection.execute(
            text(
                "UPDATE audit_log SET actor = 'officer' "
                "WHERE action = 'record_entry' AND actor = 'supervisor'"
            )
        )
    errors = audit_errors(store_path)
    assert any("differs from what was recorded" in e for e in errors), errors
    assert any("hash mismatch" in e for e in errors), errors


def test_an_entry_signed_under_a_certificate_row_the_root_never_signed_is_reported(
    store_path: Path,
) -> None:
    """The officer writes a certificate row for an "administrator" holding their own key (its
    signature is not the root's), then an audit entry in the administrator's name signed under it."""
    from sqlalchemy.orm import Session

    from midas_desktop.services import audit_log
    from midas_desktop.services.session import _certificate_row

    assert audit_errors(store_path) == []
    with as_insider(store_path) as (engine, _key, pair):
        forged = trust.Certificate(
            post="GTM-TECUN",
            user_id=1,
            username="admin",
            role="admin",
            status="active",
            serial=99,
            sign_key=pair.sign_public,
            box_key=pair.box_public,
            issued_at="2026-01-01T00:00:00Z",
            issuer="root",
            signature=trust.sign(pair.sign_private, {"not": "the root"}),
        )
        with Session(engine) as db, db.begin():
            db.add(_certificate_row(forged))
            db.flush()
            details = {"user": "officer", "from": "officer", "to": "supervisor", "certificate": "officer:2"}
            audit_log.append(
                db, audit_log.KeySigner("admin", "admin:99", pair.sign_private), "role_changed", details
            )
    errors = audit_errors(store_path)
    assert errors and any("admin:99" in e or "signature" in e for e in errors), errors


def test_a_deleted_entry_with_recomputed_hashes_fails_the_signatures(store_path: Path) -> None:
    cross(store_path, "A1111111", "2025-01-01", "supervisor", SUPERVISOR_PASSWORD)
    cross(store_path, "B2222222", "2025-01-02")
    from midas_desktop.domain.audit import GENESIS_HASH, entry_hash

    with as_insider(store_path) as (engine, _key, _pair), engine.begin() as connection:
        rows = connection.execute(
            text("SELECT seq, at, actor, action, details FROM audit_log ORDER BY seq")
        ).all()
        victim = next(r.seq for r in rows if r.action == "record_entry" and r.actor == "supervisor")
        connection.execute(text("DELETE FROM audit_log WHERE seq = :s"), {"s": victim})
        prev, seq = GENESIS_HASH, 0
        import json

        for row in rows:
            if row.seq == victim:
                continue
            seq += 1
            details = json.loads(row.details) if isinstance(row.details, str) else row.details
            digest = entry_hash(prev, seq, row.at, row.actor, row.action, details)
            connection.execute(
                text("UPDATE audit_log SET seq = :new, prev_hash = :prev, hash = :hash WHERE seq = :old"),
                {"new": seq, "prev": prev, "hash": digest, "old": row.seq},
            )
            prev = digest
    errors = audit_errors(store_path)
    assert any("signature does not verify" in e for e in errors), errors


def test_an_entry_forged_in_another_users_name_is_not_vouched_for_by_their_next_entry(
    store_path: Path,
) -> None:
    """Each signer's entries link to that signer's previous one, and one verified signature vouches
    for the entries its links reach: the supervisor's next entry must not link to (and so vouch for)
    an entry the officer wrote in the supervisor's name."""
    from midas_desktop.domain.audit import entry_hash, signed_statement

    cross(store_path, "A1111111", "2025-01-01", "supervisor", SUPERVISOR_PASSWORD)
    with as_insider(store_path) as (engine, _key, officer_keys), engine.begin() as connection:
        head = connection.execute(text("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")).one()
        own = connection.execute(
            text("SELECT hash, signer FROM audit_log WHERE actor = 'supervisor' ORDER BY seq DESC LIMIT 1")
        ).one()
        post = connection.execute(text("SELECT code FROM post_settings")).scalar_one()
        details = {"movement": "forged"}
        at = "2025-01-01T16:00:00Z"
        digest = entry_hash(head.hash, head.seq + 1, at, "supervisor", "record_exit", details, own.hash)
        signature = trust.sign(officer_keys.sign_private, signed_statement(post, digest, own.signer))
        connection.execute(
            text(
                "INSERT INTO audit_log (seq, at, actor, action, details, prev_hash, hash, signer, "
                "signature, signer_prev) VALUES (:seq, :at, 'supervisor', 'record_exit', :details, "
                ":prev, :hash, :signer, :signature, :signer_prev)"
            ),
            {
                "seq": head.seq + 1,
                "at": at,
                "details": '{"movement": "forged"}',
                "prev": head.hash,
                "hash": digest,
                "signer": own.signer,
                "signature": signature,
                "signer_prev": own.hash,
            },
        )
    cross(store_path, "B2222222", "2025-01-02", "supervisor", SUPERVISOR_PASSWORD)
    with as_insider(store_path) as (engine, _key, _pair), engine.connect() as connection:
        links = connection.execute(
            text("SELECT signer_prev FROM audit_log WHERE seq > :seq AND actor = 'supervisor'"),
            {"seq": head.seq + 1},
        ).scalars()
        assert digest not in set(links)
    errors = audit_errors(store_path)
    assert f"audit entry {head.seq + 1}: its signature does not verify (rewritten or forged)" in errors, (
        errors
    )


# --- (c) restoring as an officer -----------------------------------------------------------------


def test_an_officer_cannot_restore_and_the_store_keeps_its_crossings(
    store_path: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "backup.tar"
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        backups.backup(admin, archive)
    later = cross(store_path, "C3333333", "2025-02-01")
    with pytest.raises(NotPermitted):
        backups.restore(archive, store_path, "officer", OFFICER_PASSWORD, force=True)
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        users.disable_user(admin, "officer")
    with pytest.raises(ServiceError):
        backups.restore(archive, store_path, "officer", OFFICER_PASSWORD, force=True)
    with login(store_path, "admin", ADMIN_PASSWORD) as admin, admin.reading() as db:
        assert db.execute(text("SELECT count(*) FROM movements WHERE id = :id"), {"id": later}).scalar() == 1


def test_a_restore_is_refused_while_another_program_has_the_store_open(
    store_path: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "backup.tar"
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        backups.backup(admin, archive)
        with pytest.raises(StoreUnavailable, match="another program"):
            backups.restore(archive, store_path, "admin", ADMIN_PASSWORD, force=True)


def test_a_recovery_key_the_officer_wrote_into_the_key_file_is_sealed_nothing(
    store_path: Path, tmp_path: Path
) -> None:
    """The key file is not encrypted: the officer writes their own "recovery key" into it, hoping the
    next backup and the next rotation of the store's key get sealed to it. The root never vouched
    for it, so neither is."""
    import json

    from midas_desktop.store.backup import read_manifest

    mine = trust.recovery_key_pair(keys.new_recovery_key())
    key_path = keys.key_file_path(store_path)
    raw = json.loads(key_path.read_text())
    raw["recovery_box_public"] = mine.box_public
    key_path.write_text(json.dumps(raw))
    archive = tmp_path / "backup.tar"
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        backups.backup(admin, archive)
        users.disable_user(admin, "supervisor")  # the store's key is rotated
    assert keys.RECOVERY not in read_manifest(archive).seals
    rotated = keys.load_key_file(key_path)
    with pytest.raises(trust.TrustError):
        trust.open_sealed(
            mine.box_private,
            rotated.database_key.get(keys.RECOVERY, {}),
            keys.database_key_ad(rotated.post, rotated.generation, keys.RECOVERY),
        )


def test_a_key_file_from_before_the_vouched_recovery_key_is_vouched_at_an_administrators_login(
    store_path: Path, tmp_path: Path
) -> None:
    import json

    from midas_desktop.store.backup import read_manifest

    key_path = keys.key_file_path(store_path)
    raw = json.loads(key_path.read_text())
    del raw["recovery_signature"]  # as the previous version wrote it, with no entry saying it vouched
    key_path.write_text(json.dumps(raw))
    with as_insider(store_path) as (engine, _key, _pair), engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log WHERE action = 'recovery_key_vouched'"))
    with login(store_path, "officer", OFFICER_PASSWORD):
        pass  # an officer has no root key to vouch with
    assert "recovery_signature" not in json.loads(key_path.read_text())
    archive = tmp_path / "backup.tar"
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        backups.backup(admin, archive)
    assert json.loads(key_path.read_text())["recovery_signature"]
    assert keys.RECOVERY in read_manifest(archive).seals


def test_a_recovery_key_whose_signature_an_officer_blanked_is_not_vouched_again(
    store_path: Path, tmp_path: Path
) -> None:
    """The officer writes their own recovery key and empties its signature, as if the key file came
    from before the root vouched: the store's log says the root has vouched before, so an
    administrator's login vouches for nothing and the next backup is not sealed to that key."""
    import json

    from midas_desktop.store.backup import read_manifest

    mine = trust.recovery_key_pair(keys.new_recovery_key())
    key_path = keys.key_file_path(store_path)
    raw = json.loads(key_path.read_text())
    raw["recovery_box_public"], raw["recovery_signature"] = mine.box_public, ""
    key_path.write_text(json.dumps(raw))
    archive = tmp_path / "backup.tar"
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        backups.backup(admin, archive)
    assert json.loads(key_path.read_text())["recovery_signature"] == ""
    assert keys.RECOVERY not in read_manifest(archive).seals


# --- (d) dead accounts stay dead ------------------------------------------------------------------


def test_after_a_reset_or_a_disable_the_old_key_file_opens_nothing(store_path: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.keys"
    shutil.copy(keys.key_file_path(store_path), old)
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        users.reset_password(admin, "officer", "reset-by-admin-1")
        users.disable_user(admin, "supervisor")
    shutil.copy(old, keys.key_file_path(store_path))  # the insider puts the old key file back
    for user, password in (("officer", OFFICER_PASSWORD), ("supervisor", SUPERVISOR_PASSWORD)):
        with pytest.raises((AccessDenied, StoreUnavailable)):
            login(store_path, user, password)
    # And the database key the old file seals, unsealed by hand, no longer opens the store.
    old_file = keys.load_key_file(old)
    pair = keys.unwrap_credential(old_file.credentials["supervisor"], SUPERVISOR_PASSWORD)
    stale = trust.open_sealed(
        pair.box_private,
        old_file.database_key["supervisor"],
        keys.database_key_ad(old_file.post, old_file.generation, "supervisor"),
    )
    with pytest.raises(StoreOpenError):
        open_engine(store_path, stale).dispose()


# --- (e) backups -----------------------------------------------------------------------------------


def test_an_officer_cannot_open_a_backup(store_path: Path, tmp_path: Path) -> None:
    cross(store_path, "A1111111", "2025-01-01")
    archive = tmp_path / "backup.tar"
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        backups.backup(admin, archive)
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    import tarfile

    with tarfile.open(archive) as tar:
        # Member by member, by base name (Debian 12's Python 3.11.2 has no extraction filters).
        for member in tar.getmembers():
            content = tar.extractfile(member) if member.isfile() else None
            if content is not None:
                (unpacked / Path(member.name).name).write_bytes(content.read())
    assert (unpacked / "post.db").stat().st_size > 0
    with as_insider(store_path) as (_engine, database_key, _pair), pytest.raises(StoreOpenError):
        open_engine(unpacked / "post.db", database_key).dispose()  # the live key is not the backup's
    with pytest.raises(NotPermitted):
        backups.restore(archive, tmp_path / "elsewhere" / "post.db", "officer", OFFICER_PASSWORD)


def test_a_backup_whose_manifest_was_recomputed_after_a_byte_flip_is_refused(
    store_path: Path, tmp_path: Path
) -> None:
    import hashlib
    import io
    import json
    import tarfile

    archive = tmp_path / "backup.tar"
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        backups.backup(admin, archive)
    with tarfile.open(archive) as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]
    store = bytearray(members["post.db"])
    store[5000] ^= 0xFF
    manifest = json.loads(members["manifest.json"])
    manifest["sha256"]["post.db"] = hashlib.sha256(bytes(store)).hexdigest()  # the digest "fixed"
    members["post.db"], members["manifest.json"] = bytes(store), json.dumps(manifest).encode()
    forged = tmp_path / "forged.tar"
    with tarfile.open(forged, "w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    from midas_desktop.services.errors import BadInput

    with pytest.raises(BadInput, match="does not authenticate"):
        backups.restore(forged, tmp_path / "elsewhere" / "post.db", "admin", ADMIN_PASSWORD)


# --- (f) another user's name ----------------------------------------------------------------------


def test_a_record_cannot_be_passed_off_as_another_users(store_path: Path) -> None:
    movement = cross(store_path, "A1111111", "2025-01-01")
    with as_insider(store_path) as (engine, _key, _pair), engine.begin() as connection:
        connection.execute(
            text("UPDATE movements SET officer = 'supervisor', signer = 'supervisor:1' WHERE id = :id"),
            {"id": movement},
        )
    errors = audit_errors(store_path)
    assert any(movement in e for e in errors), errors
