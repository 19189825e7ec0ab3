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
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, SUPERVISOR_PASSWORD, midas_bin, td3
from sqlalchemy import text
from sync_support import ServerProcess, database_url, register_post, run_server_cli, start_server

from midas_desktop.domain import trust
from midas_desktop.services import backups, extensions, users
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import login, open_store
from midas_desktop.store import keys
from midas_desktop.sync import client, protocol

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


def _reseal_records(keys_of: trust.KeyPair, change: Any) -> Any:
    """A batch change that alters each record with ``change`` and signs it again with ``keys_of``
    (the insider's own key: their own records stay theirs by signature)."""

    def reseal(batch: dict[str, Any]) -> None:
        for record in batch["records"]:
            change(record["payload"])
            record["payload"]["signature"] = trust.sign(
                keys_of.sign_private, protocol.signed_payload(record["payload"])
            )

    return reseal


def test_an_officers_own_program_cannot_grant_an_extension_the_centre_takes(
    post: Path, server: ServerProcess
) -> None:
    """The officer's own program skips the service's role check and writes a stay extension, signed
    with their key and vouched for by their audit entry: the centre refuses it, whoever it names."""
    cross(post, "X1234567A", 20)
    sync(post)
    with login(post, "officer", OFFICER_PASSWORD) as officer:
        officer.require = lambda action: None  # type: ignore[method-assign]  # their own program
        stay = extensions.open_stay_of_document(officer, "MEX", "X1234567A")
        granted = extensions.grant_extension(
            officer, stay, 300, "Direccion", "urgent", dt.datetime.now(dt.UTC)
        )
    report = sync(post)
    assert report.quarantined == 1 and report.acknowledged == 0
    refused = [a for a in alerts(server) if a["kind"] == "record_invalid"]
    assert [a["key"] for a in refused] == [granted.extension_id]
    assert "may not grant extension" in str(refused[0]["details"])
    assert not _held(server, "stay_extensions", granted.extension_id)


def test_a_record_naming_another_user_as_its_maker_is_refused(
    post: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The officer re-signs their own crossing, now naming the supervisor as the officer at the
    counter: it verifies with the officer's key, and is refused for naming someone else."""
    movement_id = cross(post, "A4444444", 2)
    _kf, officer_keys, _key, engine = open_store(post, "officer", OFFICER_PASSWORD)
    engine.dispose()
    _tamper_pushed_batches(
        monkeypatch, post, _reseal_records(officer_keys, lambda payload: payload.update(officer="supervisor"))
    )
    sync(post)
    assert not _movement_held(server, movement_id)
    refused = [a for a in alerts(server) if a["kind"] == "record_invalid"]
    assert refused and "officer: names another user" in str(refused[0]["details"])


def _old_keys_try(
    server: ServerProcess, signer: str, pair: trust.KeyPair, certificates: list[dict[str, Any]] | None = None
) -> tuple[int, int]:
    """(the status of a pull, of a push of one new crossing) signed by ``signer`` with ``pair``, as a
    program of the insider's own sends them."""
    import uuid

    import httpx

    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    request = {"post": "GTM-TECUN", "cursor": 0, "changes_cursor": 0, "limit": 100, "at": now}
    request["signer"] = signer
    signature = trust.sign(pair.sign_private, request)
    pulled = httpx.post(server.url + "/v1/pull", json={"request": request, "signature": signature})
    payload: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "direction": "entry",
        "post": "GTM-TECUN",
        "country": "GTM",
        "officer": signer.split(":")[0],
        "at": now,
        "local_date": now[:10],
        "days_granted": None,
        "decision": "admitted",
        "reason": None,
        "purpose": None,
        "transport": None,
        "vehicle": None,
        "traveller": {
            "surname": "GHOST",
            "given_names": "ANA",
            "nationality": "MEX",
            "birth_date": "1990-01-01",
            "sex": "F",
        },
        "document": {"type": "TD3", "code": "P", "issuing_state": "MEX", "number": "G" + now[-9:-1]},
        "signer": signer,
    }
    payload["signature"] = trust.sign(pair.sign_private, protocol.signed_payload(payload))
    _batch_id, body = protocol.seal_batch(
        "GTM-TECUN",
        lambda data: trust.sign_bytes(pair.sign_private, data),
        signer,
        now,
        [{"id": payload["id"], "kind": "movement", "payload": payload}],
        protocol.PushExtras(certificates=certificates or []),
    )
    headers = {"content-type": "application/json"}
    pushed = httpx.post(server.url + "/v1/batches", content=body, headers=headers)
    return pulled.status_code, pushed.status_code


@pytest.mark.parametrize("what", ["disable", "reset"])
def test_an_old_key_file_signs_nothing_at_the_centre_after_a_reset_or_a_disable(
    post: Path, server: ServerProcess, what: str
) -> None:
    cross(post, "A5555555", 2)
    sync(post)
    _kf, old_pair, _key, engine = open_store(post, "officer", OFFICER_PASSWORD)  # the officer's copy
    engine.dispose()
    assert _old_keys_try(server, "officer:1", old_pair) == (200, 200)  # what they could do before
    with login(post, "admin", ADMIN_PASSWORD) as admin:
        if what == "disable":
            users.disable_user(admin, "officer")
        else:
            users.reset_password(admin, "officer", "a-new-password-77")
        client.sync_once(admin)  # the new certificate reaches the centre
    assert _old_keys_try(server, "officer:1", old_pair) == (401, 401)


def _held(server: ServerProcess, table: str, record_id: str) -> bool:
    from sqlalchemy import create_engine

    engine = create_engine(server.db_url)
    try:
        with engine.connect() as connection:
            found = connection.execute(text(f"SELECT 1 FROM {table} WHERE id = :id"), {"id": record_id})
            return found.first() is not None
    finally:
        engine.dispose()


def _self_renewal(
    old_pair: trust.KeyPair, old: trust.Certificate, issued_at: str
) -> tuple[trust.KeyPair, trust.Certificate]:
    """A new key pair and its certificate, serial 2, signed by the officer's first key as a renewal
    (``self:1``): what the officer's own program can make with the key they hold."""
    own = trust.new_key_pair()
    renewed = trust.issue_certificate(
        trust.signer_of(old_pair.sign_private),
        "self:1",
        post="GTM-TECUN",
        user_id=old.user_id,
        username="officer",
        role="officer",
        status="active",
        serial=2,
        sign_key=own.sign_public,
        box_key=own.box_public,
        issued_at=issued_at.replace("+00:00", "Z"),
    )
    return own, renewed


def _old_key_renews_itself_before_the_reset_arrives(
    post: Path, server: ServerProcess
) -> tuple[trust.KeyPair, trust.KeyPair]:
    """The administrator resets the officer's password (not synced yet); the officer's own program
    renews their old key to serial 2 and pushes with it first. (The old key pair, the renewed one.)"""
    cross(post, "A6666666", 2)
    sync(post)
    key_file, old_pair, _key, engine = open_store(post, "officer", OFFICER_PASSWORD)
    engine.dispose()
    old = trust.Certificate.from_dict(key_file.certificates["officer:1"])
    with login(post, "admin", ADMIN_PASSWORD) as admin:
        users.reset_password(admin, "officer", "a-new-password-77")  # not synced yet
    own, renewed = _self_renewal(old_pair, old, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    # The renewal travels with a push it signs (a pull carries no certificate: refused before).
    assert _old_keys_try(server, "officer:2", own, [renewed.to_dict()]) == (401, 200)
    return old_pair, own


def test_an_old_key_that_renews_itself_before_the_reset_reaches_the_centre_is_caught(
    post: Path, server: ServerProcess
) -> None:
    """The administrator resets the officer's password; before the next sync carries the new
    certificate, the officer's own program renews their old key to the same serial. The centre keeps
    the first it saw, but the second raises an alert, and neither signs until the post certifies the
    officer anew."""
    old_pair, own = _old_key_renews_itself_before_the_reset_arrives(post, server)
    assert _old_keys_try(server, "officer:2", own) == (200, 200)  # the centre took it, for now
    with login(post, "admin", ADMIN_PASSWORD) as admin:
        assert client.sync_once(admin).errors == []  # the reset's certificate arrives
    assert "certificate_conflict" in {a["kind"] for a in alerts(server)}
    assert _old_keys_try(server, "officer:2", own) == (401, 401)
    assert _old_keys_try(server, "officer:1", old_pair) == (401, 401)


def test_a_forged_certificate_under_a_held_serial_silences_nobody(post: Path, server: ServerProcess) -> None:
    """An officer sends, in a batch they sign, a certificate named like the administrator's but
    signed by themselves: it is a forgery (certificate_invalid), not a conflict that would stop the
    administrator's key."""
    cross(post, "A7777777", 2)
    sync(post)
    key_file, officer_pair, _key, engine = open_store(post, "officer", OFFICER_PASSWORD)
    engine.dispose()
    admin = trust.Certificate.from_dict(key_file.certificates["admin:1"])
    mine = trust.new_key_pair()
    forged = trust.issue_certificate(
        trust.signer_of(officer_pair.sign_private),
        admin.issuer,
        post="GTM-TECUN",
        user_id=admin.user_id,
        username="admin",
        role="admin",
        status="active",
        serial=1,
        sign_key=mine.sign_public,
        box_key=mine.box_public,
        issued_at=admin.issued_at,
    )
    assert _old_keys_try(server, "officer:1", officer_pair, [forged.to_dict()]) == (200, 200)
    kinds = {a["kind"] for a in alerts(server)}
    assert "certificate_invalid" in kinds and "certificate_conflict" not in kinds
    with login(post, "admin", ADMIN_PASSWORD) as administrator:
        assert client.sync_once(administrator).errors == []


def test_a_role_change_while_the_users_session_stays_open_refuses_nothing(
    post: Path, server: ServerProcess
) -> None:
    """A role change keeps the user's keys: what the open session records after it is the user's
    under the new role, at the centre as on the post (only a new key pair retires the old one)."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with login(post, "officer", OFFICER_PASSWORD) as officer:
        before = CrossingRequest(td3(number="A1000001"), Direction.ENTRY, now - dt.timedelta(hours=1))
        record_crossing(officer, before)
        assert client.sync_once(officer).errors == []
        with login(post, "admin", ADMIN_PASSWORD) as admin:  # the administrator, in another program
            users.change_role(admin, "officer", "supervisor")
            assert client.sync_once(admin).errors == []
        later = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=2)
        record_crossing(officer, CrossingRequest(td3(number="A1000002"), Direction.ENTRY, later))
        report = client.sync_once(officer)
    assert report.errors == [] and report.quarantined == 0 and report.acknowledged == 1
    assert not {"signature_invalid", "record_invalid"} & {a["kind"] for a in alerts(server)}


def test_a_certificate_conflict_stops_neither_the_posts_anchoring_nor_its_other_users(
    post: Path, server: ServerProcess
) -> None:
    """An officer renews their own key twice to one serial (their own program): their keys are
    silenced for requests, but the post's chain, their earlier entries included, is still anchored."""
    cross(post, "A1000001", 2)
    sync(post)
    key_file, pair, _key, engine = open_store(post, "officer", OFFICER_PASSWORD)
    engine.dispose()
    old = trust.Certificate.from_dict(key_file.certificates["officer:1"])
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    renewals = [_self_renewal(pair, old, now) for _ in range(2)]
    assert _old_keys_try(server, "officer:2", renewals[0][0], [renewals[0][1].to_dict()])[1] == 200
    _old_keys_try(server, "officer:2", renewals[0][0], [renewals[1][1].to_dict()])
    assert "certificate_conflict" in {a["kind"] for a in alerts(server)}
    anchored = json.loads(run_server_cli("posts", "--json", "--db", server.db_url).stdout)["anchor"]["seq"]
    cross(post, "B2000001", 1)  # the officer's entry, made before the post learns anything
    with login(post, "supervisor", SUPERVISOR_PASSWORD) as supervisor:
        assert client.sync_once(supervisor).errors == []
    after = json.loads(run_server_cli("posts", "--json", "--db", server.db_url).stdout)["anchor"]["seq"]
    assert after > anchored
    assert "audit_entry_invalid" not in {a["kind"] for a in alerts(server)}


def test_resolving_a_conflict_lifts_nothing_a_new_certificate_from_the_post_does(
    post: Path, server: ServerProcess
) -> None:
    """The centre kept the insider's renewal (it came first). Headquarters resolving the alert gives
    the account back to nobody; the administrator certifying the officer anew gives it back to them."""
    _old_pair, own = _old_key_renews_itself_before_the_reset_arrives(post, server)
    with login(post, "admin", ADMIN_PASSWORD) as admin:
        assert client.sync_once(admin).errors == []
    from sqlalchemy import create_engine

    central = create_engine(server.db_url)
    with central.begin() as connection:
        connection.execute(
            text("UPDATE post_alerts SET status = 'resolved' WHERE kind = 'certificate_conflict'")
        )
    central.dispose()
    assert _old_keys_try(server, "officer:2", own) == (401, 401)
    with login(post, "admin", ADMIN_PASSWORD) as admin:
        users.reset_password(admin, "officer", "again-new-password-9")  # officer:3, the admin's
        assert client.sync_once(admin).errors == []
    with login(post, "officer", "again-new-password-9") as officer:
        users.change_own_password(officer, "again-new-password-9", "own-password-after-10")
        cross_at = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=2)
        record_crossing(officer, CrossingRequest(td3(number="A8888888"), Direction.ENTRY, cross_at))
        report = client.sync_once(officer)
    assert report.errors == [] and report.acknowledged == 1
    assert _old_keys_try(server, "officer:2", own) == (401, 401)


def test_a_demoted_supervisors_open_session_grants_nothing_the_centre_takes(
    post: Path, server: ServerProcess
) -> None:
    """A role change keeps the keys, so the certificate in force at a record's moment gives the
    role: an extension the demoted supervisor's still-open session grants afterwards is refused."""
    cross(post, "X1234567A", 20)
    sync(post)
    with login(post, "supervisor", SUPERVISOR_PASSWORD) as supervisor:
        with login(post, "admin", ADMIN_PASSWORD) as admin:
            users.change_role(admin, "supervisor", "officer")
            assert client.sync_once(admin).errors == []
        stay = extensions.open_stay_of_document(supervisor, "MEX", "X1234567A")
        later = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=2)
        granted = extensions.grant_extension(supervisor, stay, 30, "Direccion", "demoted", later)
        report = client.sync_once(supervisor)
    assert report.quarantined == 1 and report.acknowledged == 0
    refused = [a for a in alerts(server) if a["kind"] == "record_invalid"]
    assert [a["key"] for a in refused] == [granted.extension_id]
    assert "may not grant extension" in str(refused[0]["details"])
