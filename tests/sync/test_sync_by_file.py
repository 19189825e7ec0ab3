"""A post with no link: ``midas sync export``, ``midas-server import``, ``midas sync receipt``.

Real processes and files: the post is enrolled against a real server process, which is then stopped;
the file is imported straight into the central database (SQLite and PostgreSQL), twice, and the
receipt clears the post's outbox. Tampered, foreign and forged files and receipts change nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, td3
from sqlalchemy import func, select
from sync_support import (
    ServerProcess,
    database_url,
    movement_counts,
    register_post,
    run_server_cli,
    server_ids,
    start_server,
)

from midas_desktop.domain import trust
from midas_desktop.server import core, database
from midas_desktop.services import users
from midas_desktop.services.clock import parse_moment
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import init_store, login
from midas_desktop.store.models import OutboxRecord, SyncLink
from midas_desktop.sync import carry, client, protocol
from midas_desktop.sync.loadgen import add_synthetic_movements

NAMED = td3(surname="GARCIA LOPEZ", given_names="MARIA JOSE", number="P7777777", nationality="MEX")
MIDAS = "from midas_desktop.cli.main import main; import sys; sys.argv[0] = 'midas'; main()"


def midas(*args: str, store: Path, password: str = OFFICER_PASSWORD, user: str = "officer") -> Any:
    """``midas ARGS --store S --user U --password-stdin --json``; returns (process, parsed JSON or None)."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            MIDAS,
            *args,
            "--json",
            "--store",
            str(store),
            "--user",
            user,
            "--password-stdin",
        ],
        input=password + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done, (json.loads(done.stdout) if done.returncode == 0 and done.stdout else None)


def server_import(path: Path, db_url: str, receipt: Path) -> Any:
    done = run_server_cli("import", str(path), "--db", db_url, "--receipt-to", str(receipt), "--json")
    return done, (json.loads(done.stdout) if done.returncode == 0 else None)


def one_line_error(done: subprocess.CompletedProcess[str], status: int, words: str) -> None:
    assert done.returncode == status, (done.returncode, done.stderr)
    assert done.stdout == "" and done.stderr.count("\n") == 1 and words in done.stderr, done.stderr


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from database_url(request.param, tmp_path)


@pytest.fixture
def server(db_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    yield from start_server(db_url, tmp_path)


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[ServerProcess]:
    for url in database_url("sqlite", tmp_path):
        yield from start_server(url, tmp_path)


def enrol(store_path: Path, server: ServerProcess, code: str = "GTM-TECUN") -> None:
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        client.enrol(admin, server.url, register_post(server.db_url, code))


def pending(store_path: Path) -> set[str]:
    with login(store_path, "officer", OFFICER_PASSWORD) as session, session.transaction() as db:
        return set(db.execute(select(OutboxRecord.id).where(OutboxRecord.sent_utc.is_(None))).scalars())


def load(store_path: Path, count: int, seed: int) -> list[str]:
    with login(store_path, "officer", OFFICER_PASSWORD) as session:
        return add_synthetic_movements(session, count, seed=seed)


def network_sync(store_path: Path) -> client.SyncReport:
    with login(store_path, "officer", OFFICER_PASSWORD) as session:
        return client.sync_once(session, max_attempts=2)


def personal_strings(store_path: Path) -> set[str]:
    """Names and document numbers in the outbox that cannot turn up in base64 text by chance."""
    found = {"GARCIA LOPEZ", "MARIA JOSE", "P7777777", "surname", "given_names", "document"}
    with login(store_path, "officer", OFFICER_PASSWORD) as session, session.transaction() as db:
        for payload in db.execute(select(OutboxRecord.payload)).scalars():
            person = payload["traveller"]
            for name in (person.get("surname"), person.get("given_names")):
                # Base64 has no space, and 8 letters in a row match by chance about once in 10^14.
                if name and (" " in name or len(name) >= 8):
                    found.add(name)
    return found


# --- exactly once: SQLite and PostgreSQL --------------------------------------------------------


def test_a_batch_file_is_stored_exactly_once(store_path: Path, server: ServerProcess, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(store_path, server)
    # Carried on the stick and also pushed over the network: one row each in the end.
    pushed = set(load(store_path, 40, seed=4))
    assert midas("sync", "export", "--to", str(stick / "pushed.midas"), store=store_path)[0].returncode == 0
    report = network_sync(store_path)
    assert (report.sent, report.acknowledged, report.queued) == (40, 40, 0)

    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(
            officer, CrossingRequest(NAMED, Direction.ENTRY, parse_moment("2025-03-01T10:00-06:00"))
        )
    load(store_path, 1100, seed=3)
    queued = pending(store_path)
    assert len(queued) == 1101
    batch_file = stick / "GTM-TECUN.midas"
    done, exported = midas("sync", "export", "--to", str(batch_file), store=store_path)
    assert done.returncode == 0, done.stderr
    assert exported == {"file": str(batch_file), "records": 1101, "batches": 3}  # 500 + 500 + 101
    assert pending(store_path) == queued  # an export marks nothing sent

    data = batch_file.read_bytes()
    for text in personal_strings(store_path):
        for encoded in (text.encode("utf-8"), text.encode("utf-16-le")):
            assert encoded not in data, "a name or document number is readable in the batch file"

    server.kill()  # no link from here on: the import works on the database itself
    receipt = stick / "receipt.json"
    done, imported = server_import(batch_file, server.db_url, receipt)
    assert done.returncode == 0, done.stderr
    assert imported == {
        "post": "GTM-TECUN", "batches": 3, "records": 1101, "new": 1101, "receipt": str(receipt)
    }  # fmt: skip
    assert movement_counts(server.db_url) == (1141, 1141)
    again = stick / "receipt-again.json"
    done, reimported = server_import(batch_file, server.db_url, again)
    assert done.returncode == 0 and (reimported["records"], reimported["new"]) == (1101, 0), done.stderr
    done, overlap = server_import(stick / "pushed.midas", server.db_url, stick / "r0.json")
    assert done.returncode == 0 and (overlap["records"], overlap["new"]) == (40, 0), done.stderr
    assert movement_counts(server.db_url) == (1141, 1141)

    done, cleared = midas("sync", "receipt", str(receipt), store=store_path)
    assert done.returncode == 0, done.stderr
    assert cleared == {"acknowledged": 1101, "cleared": 1101, "queued": 0}
    assert pending(store_path) == set()
    done, twice = midas("sync", "receipt", str(again), store=store_path)
    assert done.returncode == 0 and twice == {"acknowledged": 1101, "cleared": 0, "queued": 0}

    # Imported, but the receipt never came back: the next network sync clears them, storing nothing.
    late = set(load(store_path, 25, seed=5))
    third = stick / "third.midas"
    assert midas("sync", "export", "--to", str(third), store=store_path)[0].returncode == 0
    done, imported = server_import(third, server.db_url, stick / "r3.json")
    assert done.returncode == 0 and imported["new"] == 25
    server.start()
    report = network_sync(store_path)
    assert (report.sent, report.acknowledged, report.queued) == (25, 25, 0)
    assert movement_counts(server.db_url) == (1166, 1166)
    assert set(server_ids(server.db_url)) == pushed | queued | late
    assert pending(store_path) == set()

    # With no record left, a file still carries the audit entries the server has not anchored (a post
    # with no link anchors its chain through the files it carries).
    done, audit_only = midas("sync", "export", "--to", str(tmp_path / "audit.midas"), store=store_path)
    assert done.returncode == 0 and audit_only == {
        "file": str(tmp_path / "audit.midas"),
        "records": 0,
        "batches": 1,
    }


# --- refusals -----------------------------------------------------------------------------------


def _server_box_key(db_url: str) -> str:
    engine = database.open_engine(db_url)
    key = core.server_key(engine).box_public_key
    engine.dispose()
    assert key is not None
    return key


def _outbox_records(store_path: Path) -> list[dict[str, Any]]:
    with login(store_path, "officer", OFFICER_PASSWORD) as session, session.transaction() as db:
        return client.pending_records(db, None)


def _rewrite(path: Path, change: Any) -> Path:
    document = json.loads(path.read_bytes())
    change(document)
    altered = path.with_name("altered-" + path.name)
    altered.write_text(json.dumps(document))
    return altered


def _flip(text: str, at: int) -> str:
    return text[:at] + ("A" if text[at] != "A" else "B") + text[at + 1 :]


def _second_post(tmp_path: Path, server: ServerProcess) -> Path:
    path = tmp_path / "other" / "post.db"
    init_store(
        path,
        post_code="GTM-PEDRO",
        post_name="San Pedro",
        country="GTM",
        timezone=None,
        admin="admin",
        password=ADMIN_PASSWORD,
    )
    with login(path, "admin", ADMIN_PASSWORD) as admin:
        users.add_user(admin, "officer", "officer", OFFICER_PASSWORD)
    enrol(path, server, "GTM-PEDRO")
    return path


def test_tampered_foreign_and_forged_files_and_receipts_change_nothing(
    store_path: Path, sqlite_server: ServerProcess, tmp_path: Path
) -> None:
    server = sqlite_server
    enrol(store_path, server)
    other = _second_post(tmp_path, server)
    load(store_path, 30, seed=6)
    load(other, 3, seed=7)
    server.kill()
    queued = pending(store_path)
    url = server.db_url

    good = tmp_path / "post.midas"
    assert midas("sync", "export", "--to", str(good), store=store_path)[0].returncode == 0
    receipt = tmp_path / "receipt.json"

    # A changed byte of the ciphertext, a changed post code (authenticated data), not JSON at all.
    flipped = _rewrite(good, lambda d: d.update(ciphertext=_flip(d["ciphertext"], 100)))
    relabelled = _rewrite(good, lambda d: d.update(post="GTM-PEDRO"))
    garbage = tmp_path / "garbage.midas"
    garbage.write_bytes(good.read_bytes()[:-40])
    # Encrypted for another server's key.
    records = _outbox_records(store_path)
    with login(store_path, "officer", OFFICER_PASSWORD) as session:
        _batch_id, envelope = protocol.seal_batch(
            "GTM-TECUN", session.sign_bytes, session.signer_ref, "2025-03-01T00:00:00Z", records
        )
    foreign = tmp_path / "foreign.midas"
    foreign.write_bytes(
        carry.seal_batch_file("GTM-TECUN", "2025-03-01T00:00:00Z", [envelope], carry.new_box_key_pair()[1])
    )
    # Encrypted for this server (its box key is public) but signed by someone else than the post's
    # officer, in the officer's name.
    stranger = trust.new_key_pair()
    _batch_id, forged_envelope = protocol.seal_batch(
        "GTM-TECUN",
        lambda data: trust.sign_bytes(stranger.sign_private, data),
        "officer:1",
        "2025-03-01T00:00:00Z",
        records,
    )
    forged = tmp_path / "forged.midas"
    forged.write_bytes(
        carry.seal_batch_file("GTM-TECUN", "2025-03-01T00:00:00Z", [forged_envelope], _server_box_key(url))
    )
    expected = [(flipped, 2, flipped.name), (relabelled, 2, relabelled.name), (garbage, 2, "not JSON")]
    expected += [(foreign, 2, "not encrypted for this server"), (forged, 1, "signature does not verify")]
    with ThreadPoolExecutor(4) as pool:  # independent processes: at once, to keep the test short
        results = list(pool.map(lambda case: server_import(case[0], url, receipt)[0], expected))
    for done, (_path, status, words) in zip(results, expected, strict=True):
        one_line_error(done, status, words)
    assert movement_counts(url) == (0, 0) and not receipt.exists()

    done, imported = server_import(good, url, receipt)
    assert done.returncode == 0 and imported["new"] == 30, done.stderr
    other_file, other_receipt = tmp_path / "other.midas", tmp_path / "other-receipt.json"
    assert midas("sync", "export", "--to", str(other_file), store=other)[0].returncode == 0
    assert server_import(other_file, url, other_receipt)[0].returncode == 0

    # Receipts: another post's, an acknowledged id changed, a changed signature, not a receipt.
    some_id = next(iter(pending(other)))
    swapped = _rewrite(receipt, lambda d: d["receipt"]["acks"][0]["ack"]["accepted"].__setitem__(0, some_id))
    resigned = _rewrite(receipt, lambda d: d.update(signature=_flip(d["signature"], 5)))
    refused = [(other_receipt, "not for this post"), (swapped, "not signed"), (resigned, "not signed")]
    refused += [(good, "not a MIDAS receipt")]
    with ThreadPoolExecutor(4) as pool:
        results = list(
            pool.map(lambda case: midas("sync", "receipt", str(case[0]), store=store_path)[0], refused)
        )
    for done, (_path, words) in zip(results, refused, strict=True):
        one_line_error(done, 2, words)
    assert pending(store_path) == queued and len(pending(other)) == 3

    done, applied = midas("sync", "receipt", str(receipt), store=store_path)
    assert done.returncode == 0 and applied == {"acknowledged": 30, "cleared": 30, "queued": 0}


def test_a_post_enrolled_before_batch_files_gets_the_key_at_its_next_sync(
    store_path: Path, sqlite_server: ServerProcess, tmp_path: Path
) -> None:
    enrol(store_path, sqlite_server)
    with login(store_path, "admin", ADMIN_PASSWORD) as admin, admin.transaction() as db:
        link = db.get(SyncLink, 1)
        assert link is not None and link.server_box_key == _server_box_key(sqlite_server.db_url)
        link.server_box_key = None  # as enrolled by the previous version
    load(store_path, 5, seed=8)
    target = tmp_path / "post.midas"
    done, _ = midas("sync", "export", "--to", str(target), store=store_path)
    one_line_error(done, 1, "sync once over the network")
    assert not target.exists()

    network_sync(store_path)  # pushes the 5 and brings the server's box key, signed
    load(store_path, 2, seed=9)
    done, exported = midas("sync", "export", "--to", str(target), store=store_path)
    assert done.returncode == 0 and exported["records"] == 2, done.stderr
    with login(store_path, "officer", OFFICER_PASSWORD) as session, session.transaction() as db:
        still = db.execute(
            select(func.count()).select_from(OutboxRecord).where(OutboxRecord.sent_utc.is_(None))
        ).scalar()
    assert still == 2
