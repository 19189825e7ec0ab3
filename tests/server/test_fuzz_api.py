"""Fuzzing the central server's API with hypothesis, against a real server process: pushes, pulls and
enrolments that follow the schemas loosely (fields dropped, added, or given any JSON value, huge
numbers and odd text included), signed with a real post user's key so that they reach the checks
behind the signature. Not one answer may be a 5xx.

The run here is bounded and derandomised (the same examples every time); ``scripts/fuzz_server.py``
runs it longer, with a seed of its choice (``MIDAS_FUZZ_EXAMPLES``, ``MIDAS_FUZZ_SEED``).
"""

from __future__ import annotations

import copy
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from central_db import LiveServer, database_url, live_server
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from live_server import NormalPost

from midas_desktop.domain import trust
from midas_desktop.sync import protocol

EXAMPLES = int(os.environ.get("MIDAS_FUZZ_EXAMPLES", "40"))
SEED = int(os.environ.get("MIDAS_FUZZ_SEED", "20261202"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize="MIDAS_FUZZ_SEED" not in os.environ,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Any JSON value, with the edges that broke servers before: huge and negative numbers, NUL and other
# control characters, long text, nesting.
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([2**31, 2**63, -(2**63) - 1, 10**30, -1, 0]),
    st.text(max_size=40),
    st.sampled_from(["", "\x00", "\x1b[2J", '=HYPERLINK("x")', "0001-01-01", "2099-12-31T00:00:00Z", "xyz"]),
    st.text(min_size=300, max_size=2000),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def loosened(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    """``base`` with some fields dropped, some replaced by any JSON value, some added."""
    value = copy.deepcopy(base)
    for key in draw(st.lists(st.sampled_from(sorted(base)), max_size=4, unique=True)):
        action = draw(st.sampled_from(["drop", "replace", "replace", "nest"]))
        if action == "drop":
            del value[key]
        elif action == "nest" and isinstance(value[key], dict) and value[key]:
            inner = draw(st.sampled_from(sorted(value[key])))
            value[key][inner] = draw(json_values)
        else:
            value[key] = draw(json_values)
    for key, extra in draw(st.dictionaries(st.text(max_size=8), json_values, max_size=2)).items():
        value.setdefault(key, extra)
    return value


@pytest.fixture(params=["sqlite", "postgresql"], scope="module")
def fuzz_target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[LiveServer, NormalPost]]:
    folder = tmp_path_factory.mktemp("fuzz")
    for url in database_url(request.param, folder):
        for server in live_server(url, Path(folder)):
            post = NormalPost(server)
            try:
                yield server, post
            finally:
                post.close()


def _post(post: NormalPost, path: str, body: Any) -> httpx.Response:
    try:
        content = protocol.canonical_json(body)
    except (ValueError, UnicodeEncodeError):
        content = repr(body).encode("utf-8", "replace")
    return post.http.post(path, content=content, headers={"content-type": "application/json"})


def _assert_no_5xx(server: LiveServer, response: httpx.Response) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:300])
    assert server.alive()


@seed(SEED)
@FUZZ
@given(data=st.data())
def test_pushes_never_get_a_5xx(fuzz_target: tuple[LiveServer, NormalPost], data: st.DataObject) -> None:
    server, post = fuzz_target
    payloads = [
        data.draw(loosened(post.movement()), label="movement") for _ in range(data.draw(st.integers(1, 3)))
    ]
    records = []
    for payload in payloads:
        signed = post.trusted.sign_record(payload) if data.draw(st.booleans()) else payload
        records.append({"id": payload.get("id", str(uuid.uuid4())), "kind": "movement", "payload": signed})
    batch = protocol.make_batch(
        post.trusted.code,
        str(uuid.uuid4()),
        "2026-01-01T00:00:00Z",
        "officer:1",
        records,
        protocol.PushExtras(),
    )
    batch = data.draw(st.one_of(st.just(batch), loosened(batch)), label="batch")
    try:
        signature = trust.sign(post.trusted.officer_keys.sign_private, batch)
    except (ValueError, UnicodeEncodeError):
        signature = "not-a-signature"
    envelope = data.draw(
        st.one_of(st.just({"batch": batch, "signature": signature}), json_values), label="body"
    )
    _assert_no_5xx(server, _post(post, "/v1/batches", envelope))


@seed(SEED)
@FUZZ
@given(data=st.data())
def test_pulls_never_get_a_5xx(fuzz_target: tuple[LiveServer, NormalPost], data: st.DataObject) -> None:
    server, post = fuzz_target
    request = data.draw(loosened(post.trusted.pull_request()["request"]), label="request")
    try:
        signature = trust.sign(post.trusted.officer_keys.sign_private, request)
    except (ValueError, UnicodeEncodeError):
        signature = "not-a-signature"
    body = data.draw(
        st.one_of(st.just({"request": request, "signature": signature}), json_values), label="body"
    )
    _assert_no_5xx(server, _post(post, "/v1/pull", body))


@seed(SEED)
@FUZZ
@given(data=st.data())
def test_enrolments_never_get_a_5xx(fuzz_target: tuple[LiveServer, NormalPost], data: st.DataObject) -> None:
    server, post = fuzz_target
    base = {
        "post": post.trusted.code,
        "token": "a-used-or-wrong-token",
        "root_public": trust.public_of_seed(post.trusted.root),
        "country": "GTM",
        "certificates": [post.trusted.admin.to_dict()],
        "protocol": protocol.PROTOCOL_VERSION,
    }
    body = data.draw(st.one_of(loosened(base), json_values), label="enrolment")
    _assert_no_5xx(server, _post(post, "/v1/enrol", body))
