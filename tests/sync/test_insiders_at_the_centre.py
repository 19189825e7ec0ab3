"""The insider's changes the post cannot stop are caught by the central server, with a real server
process: forged certificates and signatures are refused, a rewritten or rolled-back audit chain and a
changed record raise post alerts, and ``midas-server posts --json`` agrees with the post's own
``midas audit verify --json``."""

from __future__ import annotations

import copy
import datetime as dt
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, midas_bin, td3
from sqlalchemy import text
from sync_support import ServerProcess, database_url, register_post, run_server_cli, start_server

from midas_desktop.domain import trust
from midas_desktop.services import backups
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import login, open_store
from midas_desktop.store import keys
from midas_desktop.sync import client

TODAY = dt.date.today()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    for url in database_url("postgresql", tmp_path):
        yield from start_server(url, tmp_path)


@pytest.fixture
def post(store_path: Path, server: ServerProcess) -> Path:
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        client.enrol(admin, server.url, register_post(server.db_url, "GTM-TECUN"))
    return store_path


def cross(store: Path, number: str, days_ago: int) -> str:
    at = dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(15), tzinfo=dt.UTC)
    with login(store, "officer", OFFICER_PASSWORD) as officer:
        return str(
            record_crossing(officer, CrossingRequest(td3(number=number), Direction.ENTRY, at)).movement["id"]
        )


def sync(store: Path) -> client.SyncReport:
    with login(store, "officer", OFFICER_PASSWORD) as officer:
        return client.sync_once(officer)


def alerts(server: ServerProcess) -> list[dict[str, object]]:
    result = run_server_cli("posts", "--json", "--db", server.db_url)
    assert result.returncode == 0, result.stderr
    [post] = [json.loads(line) for line in result.stdout.splitlines()]
    found = post["alerts"]
    assert isinstance(found, list)
    return found


def post_verify(store: Path) -> dict[str, object]:
    result = subprocess.run(
        [
            midas_bin(),
            "audit",
            "verify",
            "--json",
            "--store",
            str(store),
            "--user",
            "admin",
            "--password-stdin",
        ],
        input=ADMIN_PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(result.stdout)
    assert isinstance(report, dict)
    return report


def test_a_rewritten_anchored_chain_is_reported_at_the_next_sync(post: Path, server: ServerProcess) -> None:
    for n in range(3):
        cross(post, f"A000000{n}", 10 + n)
    sync(post)
    anchored = run_server_cli("posts", "--json", "--db", server.db_url)
    anchor = json.loads(anchored.stdout)["anchor"]
    assert anchor["seq"] > 0 and alerts(server) == []
    assert post_verify(post)["ok"] is True
    # The insider changes an anchored entry and recomputes every hash after it (they cannot re-sign
    # the others' entries, but the server does not even need that: the anchored hash moved).
    from midas_desktop.domain.audit import entry_hash

    _kf, _pair, _key, engine = open_store(post, "officer", OFFICER_PASSWORD)
    with engine.begin() as connection:
        rows = connection.execute(
            text("SELECT seq, at, actor, action, details, prev_hash FROM audit_log ORDER BY seq")
        ).all()
        prev = None
        changed = False
        for row in rows:
            details = json.loads(row.details) if isinstance(row.details, str) else row.details
            if row.action == "record_entry" and not changed:
                details, changed = {**details, "alerts": ["nothing to see"]}, True
            previous = prev if prev is not None else row.prev_hash
            digest = entry_hash(previous, row.seq, row.at, row.actor, row.action, details)
            connection.execute(
                text("UPDATE audit_log SET details = :d, prev_hash = :p, hash = :h WHERE seq = :s"),
                {"d": json.dumps(details), "p": previous, "h": digest, "s": row.seq},
            )
            prev = digest
    engine.dispose()
    local = post_verify(post)
    assert local["ok"] is False and any("anchored" in str(e) for e in local["errors"])  # type: ignore[union-attr]
    cross(post, "B0000001", 1)
    sync(post)
    kinds = {a["kind"] for a in alerts(server)}
    assert kinds & {"anchored_entry_changed", "chain_fork", "local_check"}, kinds


def test_a_changed_synced_movement_is_reported_at_the_next_sync(post: Path, server: ServerProcess) -> None:
    movement = cross(post, "A1111111", 20)
    sync(post)
    _kf, _pair, _key, engine = open_store(post, "officer", OFFICER_PASSWORD)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE movements SET local_date = '2000-01-01' WHERE id = :id"), {"id": movement}
        )
    engine.dispose()
    sync(post)
    found = [a for a in alerts(server) if a["kind"] == "local_check"]
    assert found and any(movement in json.dumps(a["details"]) for a in found)


def test_a_restored_backup_is_seen_as_a_rollback(post: Path, server: ServerProcess, tmp_path: Path) -> None:
    cross(post, "A1111111", 30)
    archive = tmp_path / "backup.tar"
    with login(post, "admin", ADMIN_PASSWORD) as admin:
        backups.backup(admin, archive)
    for n in range(3):
        cross(post, f"C000000{n}", 5 + n)
    sync(post)
    anchored = json.loads(run_server_cli("posts", "--json", "--db", server.db_url).stdout)["anchor"]["seq"]
    backups.restore(archive, post, "admin", ADMIN_PASSWORD, force=True)
    sync(post)  # the records go on flowing; the chain's going back is flagged
    [rollback] = [a for a in alerts(server) if a["kind"] == "rollback"]
    details = rollback["details"]
    assert isinstance(details, dict) and details["anchored_seq"] == anchored
    assert details["window"][1] == anchored and details["window"][0] <= anchored


def test_forged_certificates_and_signatures_are_refused_by_the_server(
    post: Path, server: ServerProcess
) -> None:
    cross(post, "A1111111", 3)
    sync(post)
    # A certificate for "boss" the officer signed themselves, and a batch signed in the supervisor's
    # name with the officer's key.
    _kf, officer_keys, _key, engine = open_store(post, "officer", OFFICER_PASSWORD)
    engine.dispose()
    forged_keys = trust.new_key_pair()
    forged = trust.issue_certificate(
        trust.signer_of(officer_keys.sign_private),
        "root",
        post="GTM-TECUN",
        user_id=99,
        username="boss",
        role="admin",
        status="active",
        serial=1,
        sign_key=forged_keys.sign_public,
        box_key=forged_keys.box_public,
        issued_at="2025-01-01T00:00:00Z",
    )
    import httpx

    from midas_desktop.sync import protocol

    movement = {
        "id": "00000000-0000-4000-8000-000000000001",
        "kind": "movement",
        "payload": {"signer": "boss:1"},
    }
    batch = protocol.make_batch(
        "GTM-TECUN",
        "00000000-0000-4000-8000-0000000000aa",
        "2025-01-01T00:00:00Z",
        "boss:1",
        [movement],
        protocol.PushExtras(certificates=[forged.to_dict()]),
    )
    answer = httpx.post(
        server.url + "/v1/batches",
        json={"batch": batch, "signature": trust.sign(forged_keys.sign_private, batch)},
    )
    assert answer.status_code == 401
    as_supervisor = protocol.make_batch(
        "GTM-TECUN",
        "00000000-0000-4000-8000-0000000000bb",
        "2025-01-01T00:00:00Z",
        "supervisor:1",
        [movement],
        protocol.PushExtras(),
    )
    answer = httpx.post(
        server.url + "/v1/batches",
        json={"batch": as_supervisor, "signature": trust.sign(officer_keys.sign_private, as_supervisor)},
    )
    assert answer.status_code == 401
    kinds = {a["kind"] for a in alerts(server)}
    # A batch whose signature fails could come from anyone: its certificates make no alert.
    assert "signature_invalid" in kinds and "certificate_invalid" not in kinds, kinds
    # The officer sending the forged certificate under their own signature is the insider: reported.
    as_officer = protocol.make_batch(
        "GTM-TECUN",
        "00000000-0000-4000-8000-0000000000cc",
        "2025-01-01T00:00:00Z",
        "officer:1",
        [],
        protocol.PushExtras(certificates=[forged.to_dict()]),
    )
    answer = httpx.post(
        server.url + "/v1/batches",
        json={"batch": as_officer, "signature": trust.sign(officer_keys.sign_private, as_officer)},
    )
    assert answer.status_code == 200, answer.text
    kinds = {a["kind"] for a in alerts(server)}
    assert {"certificate_invalid", "signature_invalid"} <= kinds, kinds
    assert keys.key_file_path(post).exists()


def _tamper_pushed_batches(monkeypatch: pytest.MonkeyPatch, store: Path, change: Any) -> None:
    """Every batch the officer's client pushes is changed by ``change`` and signed again with the
    officer's own key (what an insider with their own password can do)."""
    _kf, officer_keys, _key, engine = open_store(store, "officer", OFFICER_PASSWORD)
    engine.dispose()
    original = client.SyncClient._post

    def post(self: client.SyncClient, path: str, body: dict[str, Any] | bytes) -> dict[str, Any]:
        if path == "/v1/batches":
            envelope = json.loads(body) if isinstance(body, bytes) else copy.deepcopy(body)
            batch = envelope["batch"]
            change(batch)
            body = {"batch": batch, "signature": trust.sign(officer_keys.sign_private, batch)}
        return original(self, path, body)

    monkeypatch.setattr(client.SyncClient, "_post", post)


def _break_signature(signature: str) -> str:
    raw = bytearray(trust.unb64(signature))
    raw[0] ^= 0xFF
    return trust.b64(bytes(raw))


def _movement_held(server: ServerProcess, movement_id: str) -> bool:
    from sqlalchemy import create_engine

    engine = create_engine(server.db_url)
    try:
        with engine.connect() as connection:
            found = connection.execute(text("SELECT 1 FROM movements WHERE id = :id"), {"id": movement_id})
            return found.first() is not None
    finally:
        engine.dispose()


def test_a_record_vouched_for_by_a_broken_audit_entry_must_verify_on_its_own(
    post: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The centre verifies a record through the signed audit entry naming its digest; when that entry
    does not verify, the record's own signature decides, so breaking both gets nothing through."""
    movement_id = cross(post, "A2222222", 2)

    def break_both(batch: dict[str, Any]) -> None:
        for record in batch["records"]:
            record["payload"]["signature"] = _break_signature(record["payload"]["signature"])
        payload = next((r["payload"] for r in batch["records"] if r["id"] == movement_id), None)
        for entry in batch["audit"]:
            details = entry.get("details") or {}
            if payload is not None and details.get("movement") == movement_id:
                # The entry names the broken record's digest, and its own signature is broken too.
                details["sha256"] = trust.record_digest(payload)
                entry["signature"] = _break_signature(entry["signature"])

    _tamper_pushed_batches(monkeypatch, post, break_both)
    sync(post)
    assert not _movement_held(server, movement_id)
    assert "record_invalid" in {a["kind"] for a in alerts(server)}


def test_a_sound_record_stands_when_only_its_audit_entry_was_broken(
    post: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    movement_id = cross(post, "A3333333", 2)

    def break_entry(batch: dict[str, Any]) -> None:
        for entry in batch["audit"]:
            if (entry.get("details") or {}).get("movement") == movement_id:
                entry["signature"] = _break_signature(entry["signature"])

    _tamper_pushed_batches(monkeypatch, post, break_entry)
    sync(post)
    assert _movement_held(server, movement_id)
    assert "audit_entry_invalid" in {a["kind"] for a in alerts(server)}
