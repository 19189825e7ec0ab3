"""Shared fixtures: real encrypted stores in temporary folders, synthetic documents."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from midas_desktop.domain.mrz import compose_td3
from midas_desktop.services import users
from midas_desktop.services.session import PostSession, init_store, login

ADMIN_PASSWORD = "admin-password-1"
OFFICER_PASSWORD = "officer-password-1"
SUPERVISOR_PASSWORD = "supervisor-password-1"
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def td3(
    surname: str = "PEREZ NUNEZ",
    given_names: str = "JUAN CARLOS",
    number: str = "X1234567A",
    nationality: str = "MEX",
    birth: dt.date = dt.date(1985, 3, 14),
    sex: str = "M",
    expiry: dt.date = dt.date(2031, 1, 1),
) -> tuple[str, ...]:
    return compose_td3(
        document_code="P",
        issuing_state=nationality,
        surname=surname,
        given_names=given_names,
        document_number=number,
        nationality=nationality,
        birth_date=birth,
        sex=sex,
        expiry_date=expiry,
    )


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the developer's real store."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg")))
    monkeypatch.delenv("MIDAS_STORE", raising=False)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "post.db"
    recovery = init_store(
        path,
        post_code="GTM-TECUN",
        post_name="Tecún Umán",
        country="GTM",
        timezone="America/Guatemala",
        admin="admin",
        password=ADMIN_PASSWORD,
    )
    assert recovery
    with login(path, "admin", ADMIN_PASSWORD) as admin:
        users.add_user(admin, "officer", "officer", OFFICER_PASSWORD)
        users.add_user(admin, "supervisor", "supervisor", SUPERVISOR_PASSWORD)
    return path


@pytest.fixture
def officer(store_path: Path) -> Iterator[PostSession]:
    with login(store_path, "officer", OFFICER_PASSWORD) as session:
        yield session


@pytest.fixture
def supervisor(store_path: Path) -> Iterator[PostSession]:
    with login(store_path, "supervisor", SUPERVISOR_PASSWORD) as session:
        yield session


@pytest.fixture
def admin(store_path: Path) -> Iterator[PostSession]:
    with login(store_path, "admin", ADMIN_PASSWORD) as session:
        yield session


def midas_bin() -> str:
    candidate = Path(os.environ.get("VIRTUAL_ENV", REPO / ".venv")) / "bin" / "midas"
    return str(candidate) if candidate.exists() else "midas"
