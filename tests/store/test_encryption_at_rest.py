"""No key, no plaintext: the store, its WAL and its key slots never hold a name or document number."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, td3

from midas_desktop.domain import trust
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.errors import AccessDenied, BadInput, StoreUnavailable
from midas_desktop.services.session import init_store, login
from midas_desktop.store import keys
from midas_desktop.store.engine import StoreOpenError, open_engine

SURNAME = "ZYXWVUTSRQ"
NUMBER = "Q9W8E7R6T"


def _store_files(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name)]


def _needles() -> list[bytes]:
    texts = [SURNAME, NUMBER, "QWERTYUIOP"]
    return [t.encode(enc) for t in texts for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def test_no_plaintext_in_store_wal_or_keys(store_path: Path) -> None:
    lines = td3(surname=SURNAME, given_names="QWERTYUIOP", number=NUMBER)
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(officer, CrossingRequest(lines, Direction.ENTRY, dt.datetime.now(dt.UTC)))
        # While the session is open the WAL holds the newest pages: check it too.
        files = _store_files(store_path)
        assert any(p.name.endswith("-wal") for p in files)
        for path in files:
            data = path.read_bytes()
            assert not any(n in data for n in _needles()), f"plaintext found in {path.name}"
        assert not store_path.read_bytes().startswith(b"SQLite format 3")
    for path in _store_files(store_path):
        data = path.read_bytes()
        assert not any(n in data for n in _needles()), f"plaintext found in {path.name} after close"


def test_wrong_password_and_wrong_key_cannot_open(store_path: Path) -> None:
    with pytest.raises(AccessDenied, match="wrong user name or password"):
        login(store_path, "admin", "not-the-password")
    with pytest.raises(AccessDenied, match="wrong user name or password"):
        login(store_path, "nobody", ADMIN_PASSWORD)
    with pytest.raises(StoreOpenError):
        open_engine(store_path, keys.new_database_key())


def test_editing_the_role_in_a_certificate_makes_it_useless(store_path: Path) -> None:
    key_path = keys.key_file_path(store_path)
    key_file = keys.load_key_file(key_path)
    key_file.certificates["officer:1"]["role"] = "admin"
    keys.save_key_file(key_path, key_file)
    with pytest.raises(AccessDenied, match="certificate"):
        login(store_path, "officer", OFFICER_PASSWORD)


def test_missing_store_or_key_file(tmp_path: Path, store_path: Path) -> None:
    with pytest.raises(StoreUnavailable, match="no store"):
        login(tmp_path / "absent.db", "admin", ADMIN_PASSWORD)
    keys.key_file_path(store_path).unlink()
    with pytest.raises(StoreUnavailable, match="key file"):
        login(store_path, "admin", ADMIN_PASSWORD)


def test_init_refuses_to_overwrite_and_checks_the_password(store_path: Path, tmp_path: Path) -> None:
    before = store_path.read_bytes()
    with pytest.raises(BadInput, match="already exists"):
        init_store(
            store_path,
            post_code="X",
            post_name="X",
            country="GTM",
            timezone=None,
            admin="a",
            password="long-enough-1",
        )
    assert store_path.read_bytes() == before
    with pytest.raises(BadInput, match="at least"):
        init_store(
            tmp_path / "new.db",
            post_code="X",
            post_name="X",
            country="GTM",
            timezone=None,
            admin="a",
            password="short",
        )
    assert not (tmp_path / "new.db").exists()


def test_recovery_key_opens_the_wrapped_database_key(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    recovery = init_store(
        path,
        post_code="P",
        post_name="P",
        country="HND",
        timezone=None,
        admin="admin",
        password=ADMIN_PASSWORD,
    )
    key_file = keys.load_key_file(keys.key_file_path(path))
    pair = trust.recovery_key_pair(keys.normalise_recovery_key(recovery.lower().replace("-", " ")))
    database_key = trust.open_sealed(
        pair.box_private,
        key_file.database_key[keys.RECOVERY],
        keys.database_key_ad(key_file.post, key_file.generation, keys.RECOVERY),
    )
    open_engine(path, database_key).dispose()
