"""The central server against hostile clients, each probe against a real server process: the limit
holds, the answer is a 4xx with a one-line reason (or 503 when busy), nothing personal reaches the log,
and a normal post is answered within a second while the attack goes on."""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import threading
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from central_db import LiveServer, live_server, run_server_cli, self_signed
from live_server import NormalPost

from midas_desktop.domain import trust
from midas_desktop.server.protection.limits import ServerLimits
from midas_desktop.sync import protocol

LIMITS = ServerLimits()
HEADER_TIMEOUT = 2.0  # short, so the test waits little; the default is in limits.py


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    yield from live_server(
        f"sqlite:///{tmp_path / 'central.db'}",
        tmp_path,
        "--header-timeout",
        str(HEADER_TIMEOUT),
        "--max-connections-per-client",
        "32",
    )


@pytest.fixture
def post(server: LiveServer) -> Iterator[NormalPost]:
    normal = NormalPost(server)
    assert normal.push().status_code == 200  # warm: the first push makes the server's key
    yield normal
    normal.close()


def during(attack: Callable[[threading.Event], None], post: NormalPost, pushes: int = 3) -> list[float]:
    """Run ``attack`` in threads until it is told to stop; meanwhile the post pushes ``pushes`` times.
    Returns the pushes' answer times (each must have been a 200)."""
    stop = threading.Event()
    workers = [threading.Thread(target=attack, args=(stop,), daemon=True) for _ in range(4)]
    for worker in workers:
        worker.start()
    time.sleep(0.5)  # let the attack get going
    times = []
    try:
        for _ in range(pushes):
            status, seconds = post.timed_push()
            assert status == 200
            times.append(seconds)
    finally:
        stop.set()
        for worker in workers:
            worker.join(timeout=60)
    return times


def status_of(raw: bytes) -> int:
    """The status code of a raw HTTP answer (0 when there was none)."""
    first = raw.split(b"\r\n", 1)[0].split()
    return int(first[1]) if len(first) > 1 and first[1].isdigit() else 0


def raw_request(
    server: LiveServer, head: bytes, body_chunks: Iterator[bytes] | None = None
) -> tuple[int, int]:
    """Send a request over a plain socket; returns (status, body bytes the server took before answering)."""
    body_chunks = body_chunks or iter(())
    sent = 0
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(head)
        try:
            for chunk in body_chunks:
                sock.sendall(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed: what it had not read, it never will
        try:
            answer = sock.recv(4096)
        except (ConnectionResetError, TimeoutError):
            answer = b""
    return status_of(answer), sent


def chunked(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    piece = b"x" * size
    frame = f"{size:x}\r\n".encode() + piece + b"\r\n"
    for _ in range(total // size):
        yield frame


# --- body size --------------------------------------------------------------------------------


def test_bodies_are_refused_while_they_are_read(server: LiveServer, post: NormalPost) -> None:
    declared = (
        f"POST /v1/batches HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {100 * 1024 * 1024}\r\n\r\n"
    ).encode()
    # Declared too large: refused from the header, before a byte of the body is read.
    status, _ = raw_request(server, declared)
    assert status == 413
    streamed = b"POST /v1/batches HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
    before = server.memory()
    outcomes: list[tuple[int, int]] = []

    def attack(stop: threading.Event) -> None:
        while not stop.is_set():
            # 100 MB of undeclared length: refused once the limit is passed (or 503 past the budget).
            outcomes.append(raw_request(server, streamed, chunked(100 * 1024 * 1024)))

    times = during(attack, post)
    grown = server.memory()["VmHWM"] - before["VmRSS"]
    print(f"bodies: {len(outcomes)} refused, pushes {times}, peak grew {grown / 2**20:.0f} MiB")
    assert max(times) < 1.0, times
    assert outcomes and {status for status, _ in outcomes} <= {413, 503}
    # Taken from each: the limit, and what the socket buffers swallowed before the close.
    assert max(sent for _, sent in outcomes) < LIMITS.max_body_bytes + 16 * 1024 * 1024
    grown = server.memory()["VmHWM"] - before["VmRSS"]
    assert grown < 150 * 1024 * 1024, f"the server's peak grew by {grown / 2**20:.0f} MiB"
    assert server.alive()


# --- slow clients -----------------------------------------------------------------------------


def test_idle_and_slow_connections_are_cut(server: LiveServer, post: NormalPost) -> None:
    opened = []
    for _ in range(300):
        sock = socket.create_connection(("127.0.0.1", server.port), timeout=HEADER_TIMEOUT * 10)
        opened.append((sock, time.monotonic()))
    # While 300 connections sit idle (at most 32 of them held: the cap per client address), the post
    # from another address is answered at once.
    for _ in range(3):
        status, seconds = post.timed_push()
        assert status == 200 and seconds < 1.0
    held, refused = 0, 0
    for sock, since in opened:
        answer = b""
        with contextlib.suppress(ConnectionResetError):
            answer = sock.recv(4096)
        waited = time.monotonic() - since
        if status_of(answer) == 408:
            held += 1
            assert waited >= HEADER_TIMEOUT * 0.9
        else:
            refused += 1
        sock.close()
    assert held <= 32 and refused >= 300 - 32
    # A header sent a byte at a time does not keep a connection either.
    with socket.create_connection(("127.0.0.1", server.port), timeout=HEADER_TIMEOUT * 10) as sock:
        started = time.monotonic()
        answer = b""
        try:
            for byte in b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 1000:
                sock.send(bytes([byte]))
                time.sleep(0.2)
        except (BrokenPipeError, ConnectionResetError):
            answer = sock.recv(4096)
        assert status_of(answer) == 408
        assert HEADER_TIMEOUT * 0.9 <= time.monotonic() - started < HEADER_TIMEOUT * 5
    # A header that never ends is cut by size, long before its deadline.
    with socket.create_connection(("127.0.0.1", server.port), timeout=HEADER_TIMEOUT * 10) as sock:
        started = time.monotonic()
        answer = b""
        try:
            sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ")
            for _ in range(1000):
                sock.sendall(b"a" * 65536)  # 64 MB if nobody stops it
        except (BrokenPipeError, ConnectionResetError):
            pass
        with contextlib.suppress(ConnectionResetError):
            answer = sock.recv(4096)
        assert status_of(answer) in (431, 0)  # 0: the close overtook the answer
        assert time.monotonic() - started < HEADER_TIMEOUT
    # The cap counts open connections only: the address may connect again.
    assert httpx.get(server.url + "/v1/health", timeout=5).status_code == 200


def test_tls_connections_that_never_finish_the_handshake_are_cut(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    for server in live_server(
        f"sqlite:///{tmp_path / 'central.db'}",
        tmp_path,
        *("--cert", str(cert), "--key", str(key), "--header-timeout", str(HEADER_TIMEOUT)),
    ):
        silent = []
        for _ in range(20):
            silent.append(
                (socket.create_connection(("127.0.0.1", server.port), timeout=30), time.monotonic())
            )
        # Meanwhile a client that does speak TLS is answered at once.
        started = time.monotonic()
        assert httpx.get(server.url + "/v1/health", verify=False, timeout=5).status_code == 200
        assert time.monotonic() - started < 1.0
        for sock, since in silent:
            with contextlib.suppress(ConnectionResetError):
                assert sock.recv(4096) == b""  # closed by the server, nothing said
            assert HEADER_TIMEOUT * 0.9 <= time.monotonic() - since < HEADER_TIMEOUT * 10
            sock.close()


# --- logins -----------------------------------------------------------------------------------


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


@pytest.fixture
def open_server(tmp_path: Path) -> Iterator[LiveServer]:
    """As behind a reverse proxy: no cap per client address, so only the login gate holds a flood."""
    yield from live_server(
        f"sqlite:///{tmp_path / 'central.db'}", tmp_path, "--max-connections-per-client", "0"
    )


def test_a_login_flood_is_bounded_and_wrong_logins_answer_alike(open_server: LiveServer) -> None:
    server, post = open_server, NormalPost(open_server)
    assert post.push().status_code == 200
    added = run_server_cli(
        "user",
        "add",
        "analyst1",
        "--role",
        "analyst",
        "--password-stdin",
        "--db",
        server.db_url,
        stdin="right-password-1\n",
    )
    assert added.returncode == 0, added.stderr
    before = server.memory()
    statuses: list[int] = []

    def flood(stop: threading.Event) -> None:
        with httpx.Client(base_url=server.url, timeout=30) as client, ThreadPoolExecutor(50) as pool:
            while not stop.is_set():
                answers = pool.map(
                    lambda i: client.get("/v1/stats", headers=basic(f"nobody{i}", "wrong")).status_code,
                    range(50),
                )
                statuses.extend(answers)

    times = during(flood, post)
    grown = server.memory()["VmHWM"] - before["VmRSS"]
    print(f"logins: {len(statuses)} refused, pushes {times}, peak grew {grown / 2**20:.0f} MiB")
    assert max(times) < 1.0, times
    health = httpx.get(server.url + "/v1/health", timeout=5)
    assert health.status_code == 200
    assert statuses and set(statuses) <= {401, 503}
    grown = server.memory()["VmHWM"] - before["VmRSS"]
    assert grown < 150 * 1024 * 1024, f"the server's peak grew by {grown / 2**20:.0f} MiB"

    # An unknown user and a known user's wrong password: the same answer, no sooner than the floor.
    def timed(user: str, password: str) -> tuple[int, float]:
        started = time.monotonic()
        status = httpx.get(server.url + "/v1/stats", headers=basic(user, password), timeout=30).status_code
        return status, time.monotonic() - started

    unknown = [timed("nobody", "wrong-password") for _ in range(3)]
    known = [timed("analyst1", "wrong-password") for _ in range(3)]
    assert {s for s, _ in unknown + known} == {401}
    assert min(t for _, t in unknown + known) >= LIMITS.login_floor_seconds
    # The fifth wrong password in a row locks the account: even the right one is refused meanwhile.
    assert [timed("analyst1", "wrong-password")[0] for _ in range(3)] == [401, 401, 429]
    assert timed("analyst1", "right-password-1")[0] == 429


# --- odd values -------------------------------------------------------------------------------

SURNAME, NUMBER = "ZQXPERSONAL", "ZQ7654321"


def test_odd_values_get_a_4xx_and_leave_nothing_personal_in_the_log(
    server: LiveServer, post: NormalPost
) -> None:
    def push_raw(body: bytes) -> httpx.Response:
        return post.http.post("/v1/batches", content=body, headers={"content-type": "application/json"})

    def movement_with(**changes: object) -> dict[str, object]:
        movement = post.movement(**changes)
        movement["traveller"] = {**movement["traveller"], "surname": SURNAME}  # type: ignore[dict-item]
        movement["document"] = {**movement["document"], "number": NUMBER}  # type: ignore[dict-item]
        return movement

    probes: dict[str, httpx.Response] = {}
    probes["days_granted 2^31"] = post.push(movement_with(days_granted=2**31))
    nul = post.trusted.batch(movement_with())
    nul["batch"]["records"][0]["payload"]["traveller"]["surname"] = SURNAME + "\x00" + NUMBER
    probes["NUL in a name"] = push_raw(json.dumps(nul).encode())
    surrogate = json.dumps(post.trusted.batch(movement_with())).replace(SURNAME, "\\ud800" + SURNAME)
    probes["lone surrogate"] = push_raw(surrogate.encode())
    probes["100,000-deep JSON"] = push_raw(b"[" * 100_000 + b"]" * 100_000)
    not_a_number = json.dumps(post.trusted.batch(movement_with(days_granted=30)))
    probes["NaN"] = push_raw(not_a_number.replace('"days_granted": 30', '"days_granted": NaN').encode())
    # Read as the integer it is, not rounded to a float (the batch's signature covers it), then refused.
    probes["a 30-digit integer"] = post.push(movement_with(days_granted=10**30))
    request = post.trusted.pull_request()
    request["request"]["cursor"] = 2**63
    request["signature"] = trust.sign(post.trusted.officer_keys.sign_private, request["request"])
    probes["pull cursor 2^63"] = post.http.post("/v1/pull", content=protocol.canonical_json(request))
    probes["not JSON"] = push_raw(b"\xff\xfe")
    # What orjson refuses and the standard library would read from bytes (a 500 until refused).
    request = post.trusted.pull_request()
    request["request"]["post"] = "\ud800"
    probes["a surrogate encoded in UTF-8"] = post.http.post(
        "/v1/pull", content=json.dumps(request).replace("\\ud800", "\udc00").encode("utf-8", "surrogatepass")
    )
    probes["UTF-16"] = post.http.post("/v1/pull", content=json.dumps(request).encode("utf-16"))
    probes["1e400"] = push_raw(not_a_number.replace('"days_granted": 30', '"days_granted": 1e400').encode())
    probes["unknown path"] = post.http.post("/v1/nothing", content=b"{}")
    for name, response in probes.items():
        assert 400 <= response.status_code < 500, (name, response.status_code, response.text)
        reason = response.json()["error"]
        assert isinstance(reason, str) and reason and "\n" not in reason, name
        assert SURNAME not in reason and NUMBER not in reason, name
    assert probes["days_granted 2^31"].json()["record"] == 0
    assert "NaN" in probes["NaN"].json()["error"]
    assert probes["a 30-digit integer"].json()["record"] == 0
    bad_length = b"POST /v1/batches HTTP/1.1\r\nHost: x\r\nContent-Length: 1e9\r\n\r\n"
    assert raw_request(server, bad_length)[0] == 400
    # A normal post goes on being answered at once.
    status, seconds = post.timed_push()
    assert status == 200 and seconds < 1.0
    log = server.log()
    assert "Traceback" not in log
    assert SURNAME not in log and NUMBER not in log
    assert all(ch == "\n" or ch >= " " for ch in log)


# --- content ----------------------------------------------------------------------------------


def test_content_is_checked_and_a_reused_id_is_refused_and_reported(
    server: LiveServer, post: NormalPost
) -> None:
    refused = {
        "country USA at a Guatemalan post": post.movement(country="USA"),
        "nationality xyz": post.movement(traveller={**post.movement()["traveller"], "nationality": "XYZ"}),
        "0001-01-01": post.movement(at="0001-01-01T12:00:00Z", local_date="0001-01-01"),
        "2099": post.movement(at="2099-01-01T12:00:00Z", local_date="2099-01-01"),
        "local_date unlike at": post.movement(local_date="2020-01-01"),
        "a 100 kB purpose": post.movement(purpose="p" * 100_000),
    }
    for name, movement in refused.items():
        response = post.push(movement)
        assert response.status_code == 422, (name, response.text)
        assert response.json()["record_id"] == movement["id"], name
    # A record id reused with other content: refused (409, naming it) and reported as an alert.
    original = post.movement()
    assert post.push(original).status_code == 200
    changed = {**original, "purpose": "changed"}
    response = post.push(post.movement(), changed)
    assert response.status_code == 409 and response.json()["record"] == 1
    assert post.push(original).status_code == 200  # the same content again is simply acknowledged
    overview = run_server_cli("posts", "--json", "--db", server.db_url)
    assert json.loads(overview.stdout.splitlines()[0])["open_alerts"] >= 1
    figures = json.loads(run_server_cli("stats", "--json", "--db", server.db_url).stdout)
    assert all(day["date"] == time.strftime("%Y-%m-%d", time.gmtime()) for day in figures["by_day"])


def test_pull_answers_are_signed_and_a_stale_pull_is_refused(server: LiveServer, post: NormalPost) -> None:
    request = post.trusted.pull_request()
    answer = post.http.post("/v1/pull", content=protocol.canonical_json(request)).json()
    assert protocol.pull_answer_verifies(post.server_key(), answer, request["request"])
    tampered = {**answer, "cursor": answer["cursor"] + 1}
    assert not protocol.pull_answer_verifies(post.server_key(), tampered, request["request"])
    stale = dict(request["request"], at="2020-01-01T00:00:00Z")
    signed = {"request": stale, "signature": trust.sign(post.trusted.officer_keys.sign_private, stale)}
    response = post.http.post("/v1/pull", content=protocol.canonical_json(signed))
    assert response.status_code == 400 and "clock" in response.json()["error"]


# --- times UTC cannot hold --------------------------------------------------------------------

# ISO-8601 with an offset, each a moment before year 1 or after year 9999 once in UTC.
OUTSIDE_UTC = ("0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00")


def test_times_outside_utc_are_refused_by_name_never_a_server_error(
    server: LiveServer, post: NormalPost
) -> None:
    for moment in OUTSIDE_UTC:
        # Before any signature is looked at: a 400 for anyone.
        unsigned_pull = {
            "request": {
                "post": post.trusted.code,
                "cursor": 0,
                "changes_cursor": 0,
                "limit": 10,
                "at": moment,
                "signer": "officer:1",
            },
            "signature": "AAAA",
        }
        answer = post.http.post("/v1/pull", json=unsigned_pull)
        assert answer.status_code == 400 and "'at'" in answer.json()["error"], (moment, answer.text)
        # In a signed record: the 422 naming the record, so the post can set it aside.
        movement = post.movement(at=moment)
        answer = post.push(movement)
        assert answer.status_code == 422, (moment, answer.text)
        assert answer.json()["record_id"] == movement["id"]
        assert answer.json()["error"] == "record 0 is refused: at: not a time that exists in UTC"
        entry = post.movement()
        extension = {
            "id": str(uuid.uuid4()),
            "entry_movement_id": entry["id"],
            "days": 30,
            "latest_exit": "2030-01-01",
            "granted_by": "admin",  # the trusted post's administrator signs its extensions
            "granted_utc": moment,
            "post": post.trusted.code,
        }
        answer = post.push(entry, extension)
        assert answer.status_code == 422, (moment, answer.text)
        assert answer.json()["record_id"] == extension["id"]
        assert "granted_utc: not a time that exists in UTC" in answer.json()["error"]
    assert post.push().status_code == 200
    assert "internal error" not in server.log()


# --- the batch's own fields -------------------------------------------------------------------


def post_overview(server: LiveServer) -> dict[str, Any]:
    listed = run_server_cli("posts", "--json", "--db", server.db_url)
    assert listed.returncode == 0, listed.stderr
    overview: dict[str, Any] = json.loads(listed.stdout.splitlines()[0])
    return overview


def test_a_batch_of_the_wrong_shape_is_a_400_and_a_report_out_of_range_is_not_believed(
    server: LiveServer, post: NormalPost
) -> None:
    def signed(change: Callable[[dict[str, Any]], None]) -> httpx.Response:
        envelope = post.trusted.batch(post.movement())
        change(envelope["batch"])
        envelope["signature"] = trust.sign(post.trusted.officer_keys.sign_private, envelope["batch"])
        return post.http.post("/v1/batches", content=protocol.canonical_json(envelope))

    # A version that is not a number, before any signature is looked at.
    for version in ([], {}, True, "3"):
        unsigned = {"batch": {"v": version, "post": post.trusted.code}, "signature": "AAAA"}
        answer = post.http.post("/v1/batches", json=unsigned)
        assert answer.status_code == 400 and "version" in answer.json()["error"], (version, answer.text)
    # Every post sends its audit head (null before its first entry): a batch without it is malformed.
    answer = signed(lambda batch: batch.pop("audit_head"))
    assert answer.status_code == 400 and "audit_head" in answer.json()["error"], answer.text
    # How many records wait at the post is a report: one out of range is stored as unknown, and the
    # batch is taken all the same.
    for queued in (2**63, 2**31, -1, True, "7", 10**9 + 1):
        answer = signed(lambda batch, queued=queued: batch.update(queued=queued))  # type: ignore[misc]
        assert answer.status_code == 200, (queued, answer.text)
        assert post_overview(server)["reported_queued"] is None, queued
    assert signed(lambda batch: batch.update(queued=12)).status_code == 200
    assert post_overview(server)["reported_queued"] == 12
    assert "internal error" not in server.log()


def _unsigned_batch(post: NormalPost, certificates: list[dict[str, Any]]) -> dict[str, Any]:
    """A batch in the post's name carrying ``certificates``, with a signature that fails: what anyone
    who knows the post's code can send."""
    batch = protocol.make_batch(
        post.trusted.code,
        str(uuid.uuid4()),
        "2026-01-01T00:00:00Z",
        "officer:1",
        [],
        protocol.PushExtras(certificates=certificates),
    )
    return {"batch": batch, "signature": "AAAA"}


def test_a_certificate_whose_issuer_serial_is_not_ascii_digits_is_refused_and_reported(
    server: LiveServer, post: NormalPost
) -> None:
    # str.isdigit takes these, int() does not: each was a 500 for anyone who sent it.
    odd_serials = ("\u00b2", "\u0663", "1" * 5000)
    issuers = [f"{kind}{serial}" for serial in odd_serials for kind in ("admin:admin:", "self:")]
    certificates = [
        {**post.trusted.officer.to_dict(), "username": f"odd{i}", "issuer": issuer}
        for i, issuer in enumerate(issuers)
    ]
    answer = post.http.post("/v1/batches", json=_unsigned_batch(post, certificates))
    assert answer.status_code == 401, answer.text
    # Sent by the post itself: the batch is taken, each certificate refused with an alert.
    envelope = post.trusted.batch(post.movement(), extras=protocol.PushExtras(certificates=certificates))
    answer = post.http.post("/v1/batches", content=protocol.canonical_json(envelope))
    assert answer.status_code == 200, answer.text
    refused = {
        alert["key"] for alert in post_overview(server)["alerts"] if alert["kind"] == "certificate_invalid"
    }
    assert {f"odd{i}:1" for i in range(len(issuers))} <= refused
    assert "internal error" not in server.log()


def test_forged_batches_cannot_bury_a_posts_alerts_or_its_log(server: LiveServer, post: NormalPost) -> None:
    # A post's code is no secret: anyone can send batches in its name, with a signature that fails
    # and as many forged certificates as a batch holds.
    forged = [
        {**post.trusted.admin.to_dict(), "username": f"forged{i}"}
        for i in range(protocol.MAX_BATCH_CERTIFICATES)
    ]
    log_before = len(server.log().splitlines())
    requests = 5
    for _ in range(requests):
        answer = post.http.post("/v1/batches", content=protocol.canonical_json(_unsigned_batch(post, forged)))
        assert answer.status_code == 401, answer.text
    alerts = post_overview(server)["alerts"]
    # One alert for the post that counts the forged batches; nothing of what they carried.
    assert [(a["kind"], a["count"]) for a in alerts] == [("signature_invalid", requests)], alerts
    warnings = [line for line in server.log().splitlines()[log_before:] if "WARNING" in line]
    assert len(warnings) <= 2, warnings
    # The post's own batches go on being taken.
    assert post.push().status_code == 200


def test_bidi_and_other_format_characters_from_a_client_are_escaped_in_the_log(
    server: LiveServer, post: NormalPost
) -> None:
    for hidden in ("\u202e", "\u2066", "\u200f", "\u200b"):
        answer = post.http.post(
            "/v1/enrol",
            json={
                "post": f"{hidden}NUCET-MTG",
                "token": "t",
                "root_public": "A" * 43 + "=",
                "country": "GTM",
                "certificates": [],
            },
        )
        assert answer.status_code == 403, answer.text
        assert f"post \\u{ord(hidden):04x}NUCET-MTG" in server.log()
    assert not [ch for ch in server.log() if unicodedata.category(ch) in ("Cf", "Zl", "Zp")]


def wait_for_log_line(server: LiveServer, *texts: str) -> str:
    """The server's log once it holds one of ``texts`` (written after the client has gone)."""
    deadline = time.monotonic() + 30
    while not any(text in server.log() for text in texts):
        assert time.monotonic() < deadline, f"none of {texts!r} in the log"
        time.sleep(0.05)
    return server.log()


def test_a_header_just_over_the_limit_is_refused_whatever_its_chunks(server: LiveServer) -> None:
    # Sent whole, the last chunk of such a header used to end it before it was counted.
    for size in (70_000, 100_000):
        big = b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * size + b"\r\n\r\n"
        status, _ = raw_request(server, big)
        assert status in (431, 0), (size, status)  # 0: the close overtook the answer
    wait_for_log_line(server, "a request header was too large; closed")
    # Just under the limit, with a body in the same chunks: the body is not counted as header.
    body = b'{"post": "x"}'
    near = (
        b"POST /v1/enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Pad: "
        + b"a" * (LIMITS.max_header_bytes - 200)
        + b"\r\nContent-Length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
    )
    assert raw_request(server, near + body)[0] == 400  # the enrolment is refused, not the header
    padded = b"X-Pad: " + b"a" * 1000 + b"\r\n"
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
        sock.sendall(near.replace(b"X-Pad:", padded + b"X-Pad:", 1) + body)
        assert status_of(sock.recv(4096)) in (431, 0)


def test_a_client_that_goes_away_mid_body_is_not_an_internal_error(server: LiveServer) -> None:
    for path in (b"/v1/batches", b"/console/login"):
        with socket.create_connection(("127.0.0.1", server.port), timeout=30) as sock:
            sock.sendall(
                b"POST " + path + b" HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n"
                b"Content-Type: application/x-www-form-urlencoded\r\n\r\ncsrf=x&username="
            )
        went_away = f"a client went away during its request (POST {path.decode()})"
        log = wait_for_log_line(server, went_away, "internal error")
        assert went_away in log and "internal error" not in log and " ERROR " not in log
