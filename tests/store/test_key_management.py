"""The recovery key, key rotation (PRAGMA rekey) and a rotation cut short by a crash."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, midas_bin

from midas_desktop.domain import trust
from midas_desktop.services import key_management, users
from midas_desktop.services.errors import AccessDenied
from midas_desktop.services.session import init_store, login, open_store
from midas_desktop.store import keys
from midas_desktop.store.engine import StoreOpenError, open_engine


def test_recovery_key_gives_a_forgotten_admin_a_new_password(tmp_path: Path) -> None:
    store = tmp_path / "post.db"
    recovery = init_store(
        store,
        post_code="P",
        post_name="P",
        country="GTM",
        timezone=None,
        admin="ana",
        password=ADMIN_PASSWORD,
    )
    result = subprocess.run(
        [midas_bin(), "recover", "--admin", "ana", "--store", str(store), "--password-stdin"],
        input=f"{recovery.lower()}\nbrand-new-password\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    with login(store, "ana", "brand-new-password"):
        pass
    with pytest.raises(AccessDenied):
        login(store, "ana", ADMIN_PASSWORD)
    wrong = subprocess.run(
        [midas_bin(), "recover", "--admin", "ana", "--store", str(store), "--password-stdin"],
        input="AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH\nother-password-1\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1


def _database_key(store: Path, user: str, password: str) -> bytes:
    _key_file, _pair, key, engine = open_store(store, user, password)
    engine.dispose()
    return key


def test_rotation_re_encrypts_for_every_active_user_and_a_new_recovery_key(store_path: Path) -> None:
    old_key = _database_key(store_path, "admin", ADMIN_PASSWORD)
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        report = key_management.rotate_database_key(admin, ADMIN_PASSWORD)
        assert report.users_to_reset == []
        users.reset_password(admin, "officer", "officer-new-pass-1")  # the session goes on under the new key
    with pytest.raises(StoreOpenError):
        open_engine(store_path, old_key).dispose()
    with login(store_path, "officer", "officer-new-pass-1"):
        pass
    with login(store_path, "supervisor", "supervisor-password-1"):
        pass  # sealed to every active user: nobody else needs a new password
    key_file = keys.load_key_file(keys.key_file_path(store_path))
    recovery = trust.recovery_key_pair(report.recovery_key)
    sealed = key_file.database_key[keys.RECOVERY]
    ad = keys.database_key_ad(key_file.post, key_file.generation, keys.RECOVERY)
    open_engine(store_path, trust.open_sealed(recovery.box_private, sealed, ad)).dispose()


def test_a_rotation_cut_short_after_the_rekey_is_finished_at_login(store_path: Path) -> None:
    key_path = keys.key_file_path(store_path)
    before = key_path.read_bytes()
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        key_management.rotate_database_key(admin, ADMIN_PASSWORD)
    after = key_path.read_bytes()
    # Simulate the crash between the rekey and the switch: the old key file in place, the new pending.
    keys.pending_key_file_path(store_path).write_bytes(after)
    key_path.write_bytes(before)
    with login(store_path, "admin", ADMIN_PASSWORD):
        pass
    assert key_path.read_bytes() == after and not keys.pending_key_file_path(store_path).exists()


def test_a_rotation_cut_short_before_the_rekey_keeps_the_old_key_file(store_path: Path) -> None:
    key_path = keys.key_file_path(store_path)
    pending = keys.pending_key_file_path(store_path)
    stale = keys.load_key_file(key_path)
    credential = stale.credentials["officer"]
    stale.generation += 1
    stale.database_key["officer"] = trust.seal(
        credential.box_public,
        keys.new_database_key(),
        keys.database_key_ad(stale.post, stale.generation, "officer"),
    )
    keys.save_key_file(pending, stale)
    with login(store_path, "officer", OFFICER_PASSWORD):
        pass
    assert not pending.exists()
