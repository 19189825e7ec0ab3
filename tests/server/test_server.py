"""The central server: schema, command line, batch storage, national statistics and overstays."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from central_db import database_url, run_server_cli
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from trusted_post import TrustedPost

from midas_desktop.server import core, database
from midas_desktop.server.app import create_app
from midas_desktop.server.models import ServerBase
from midas_desktop.server.stats import national_stats
from midas_desktop.sync import protocol


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from database_url(request.param, tmp_path)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = database.open_engine(db_url)
    database.upgrade(engine)
    yield engine
    engine.dispose()


def test_migrations_match_the_models(engine: Engine) -> None:
    assert database.current_revision(engine) == database.head_revision()
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), ServerBase.metadata)
    assert diff == []


def Post(engine: Engine, code: str, country: str) -> TrustedPost:
    return TrustedPost(engine, code, country)


def test_national_overstays_add_up_across_ca4_posts(engine: Engine) -> None:
    guatemala = Post(engine, "GTM-TECUN", "GTM")
    honduras = Post(engine, "HND-CORINTO", "HND")
    mexico = Post(engine, "MEX-TAPACHULA", "MEX")
    # The CA-4 example of the stay rules: 95 days in one chain across Guatemala and Honduras.
    guatemala.push(guatemala.movement("A0000001", "entry", "2025-01-01"))
    guatemala.push(guatemala.movement("A0000001", "exit", "2025-02-15"))
    honduras.push(honduras.movement("A0000001", "entry", "2025-02-15"))
    # Within the allowance: no overstay.
    honduras.push(honduras.movement("B0000002", "entry", "2025-03-01"))
    # 90 days per entry outside CA-4, exited late (a Guatemalan in Mexico).
    mexico.push(
        mexico.movement("C0000003", "entry", "2025-01-01", "GTM"),
        mexico.movement("C0000003", "exit", "2025-04-15", "GTM"),
    )
    figures = national_stats(engine, protocol_date("2025-04-05"))
    assert figures["movements"] == 6 and figures["posts"] == 3
    assert figures["by_post"] == {"GTM-TECUN": 2, "HND-CORINTO": 2, "MEX-TAPACHULA": 2}
    # On 5 April the Guatemalan is still in Mexico on day 95 of 90: both are open overstays.
    assert (figures["overstays"], figures["overstays_open"], figures["overstays_exited"]) == (2, 2, 0)
    later = national_stats(engine, protocol_date("2025-04-20"))
    assert (later["overstays_open"], later["overstays_exited"]) == (1, 1)
    assert later["by_direction"] == {"entry": 4, "exit": 2}
    assert {"date": "2025-01-01", "direction": "entry", "nationality": "MEX", "count": 1} in later["by_day"]


def protocol_date(text: str) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(text)


def test_store_batch_is_idempotent_and_all_or_nothing(engine: Engine) -> None:
    post = Post(engine, "GTM-TECUN", "GTM")
    first = post.movement("A0000001", "entry", "2025-01-01")
    ack = post.push(first)
    assert protocol.verify(core.server_key(engine).public_key, ack["ack"], ack["signature"])
    assert post.push(first)["ack"]["new"] == 0
    broken = post.movement("B0000002", "entry", "2025-01-02")
    broken["local_date"] = "not a date"
    with pytest.raises(core.Rejected) as refused:
        post.push(post.movement("C0000003", "entry", "2025-01-03"), broken)
    assert refused.value.status == 422
    assert national_stats(engine)["movements"] == 1
    other = Post(engine, "GTM-PEDRO", "GTM")
    with pytest.raises(core.Rejected, match="only its own"):
        other.push(post.movement("D0000004", "entry", "2025-01-04"))  # pushing another post's movement


def test_stats_endpoint_needs_a_central_user(engine: Engine, db_url: str) -> None:
    core.add_user(engine, "ana", "analyst", "analyst-password-1")
    with TestClient(create_app(db_url)) as http:
        assert http.get("/v1/stats").status_code == 401
        assert http.get("/v1/stats", auth=("ana", "wrong-password")).status_code == 401
        answer = http.get("/v1/stats", auth=("ana", "analyst-password-1"))
        assert answer.status_code == 200 and answer.json()["movements"] == 0


def test_wrong_central_passwords_lock_the_user(engine: Engine, db_url: str) -> None:
    core.add_user(engine, "ana", "analyst", "analyst-password-1")
    with TestClient(create_app(db_url)) as http:
        answers = [http.get("/v1/stats", auth=("ana", "wrong-password")).status_code for _ in range(5)]
        assert answers == [401] * 5
        locked = http.get("/v1/stats", auth=("ana", "analyst-password-1"))
        assert locked.status_code == 429 and int(locked.headers["Retry-After"]) >= 25
        core.unlock_user(engine, "ana")
        assert http.get("/v1/stats", auth=("ana", "analyst-password-1")).status_code == 200


def test_command_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'c.db'}"
    added = run_server_cli("post", "add", "GTM-TECUN", "--name", "Tecún Umán", "--db", db)
    assert added.returncode == 0 and len(added.stdout.strip().splitlines()[-1]) >= 30
    again = run_server_cli("post", "add", "GTM-TECUN", "--name", "Tecún Umán", "--db", db)
    assert again.returncode == 0  # not enrolled yet: a new token replaces the old one
    user = run_server_cli(
        "user", "add", "ana", "--role", "admin", "--password-stdin", "--db", db, stdin="pw-123456\n"
    )
    assert user.returncode == 0, user.stderr
    stats = run_server_cli("stats", "--json", "--db", db)
    assert stats.returncode == 0, stats.stderr
    figures = json.loads(stats.stdout)
    assert {"movements", "posts", "by_post", "by_day", "overstays"} <= set(figures)
    assert figures["posts"] == 1 and figures["by_post"] == {"GTM-TECUN": 0}

    default = run_server_cli("stats", "--json")  # the embedded default needs no set-up
    assert default.returncode == 0, default.stderr

    for args, status in [
        (("stats", "--db", "nonsense://x"), 2),
        (("stats", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none"), 1),
        (("post", "add", "X"), 2),
        (("frobnicate",), 2),
        (("stats", "--at", "2025-13-01", "--db", db), 2),
    ]:
        result = run_server_cli(*args)
        assert result.returncode == status, (args, result.stderr)
        assert result.stdout == "" and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_refusals_open_no_stay_and_extensions_add_days(engine: Engine) -> None:
    post = Post(engine, "MEX-TAPACHULA", "MEX")
    refused = post.movement("R0000001", "entry", "2025-01-01", "GTM")
    refused["decision"], refused["reason"] = "refused", "no visa"
    entry = post.movement("E0000002", "entry", "2025-01-01", "GTM")
    extension = {
        "id": str(uuid.uuid4()),
        "entry_movement_id": entry["id"],
        "days": 30,
        "latest_exit": "2025-04-30",
        "authority": "INM",
        "reason": "medical",
        "granted_by": "admin",
        "granted_utc": "2025-02-01T10:00:00Z",
        "post": "MEX-TAPACHULA",
    }
    post.push(refused, entry)
    day = protocol_date("2025-04-20")  # day 110 of 90, but 120 with the extension
    assert national_stats(engine, day)["overstays"] == 1  # the refused traveller never stayed
    assert post.push(extension)["ack"]["new"] == 1
    assert post.push(extension)["ack"]["new"] == 0
    assert national_stats(engine, day)["overstays"] == 0


def test_an_enrolment_token_is_never_taken_for_a_command_line_option() -> None:
    from midas_desktop.server.core import enrolment_token

    tokens = {enrolment_token() for _ in range(2000)}
    assert len(tokens) == 2000
    assert all(len(t) == 32 and t.isalnum() and t.islower() for t in tokens)
