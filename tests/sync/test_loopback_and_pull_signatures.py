"""Plain HTTP only to this machine, judged exactly; pull answers count only when the enrolled server
signed them as the answer to the very request."""

from __future__ import annotations

import pytest

from midas_desktop.services.errors import BadInput
from midas_desktop.sync import client, protocol


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST", True),
        ("127.0.0.1.evil.example", False),
        ("127.evil.example", False),
        ("127.", False),
        ("localhost.evil.example", False),
        ("evil-localhost", False),
        ("128.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("", False),
    ],
)
def test_loopback_is_judged_exactly(host: str, loopback: bool) -> None:
    assert protocol.is_loopback_host(host) is loopback


def test_plain_http_to_a_name_that_only_looks_local_is_refused() -> None:
    with pytest.raises(BadInput, match="plain HTTP"):
        client.check_server_url("http://127.0.0.1.evil.example:8443")
    assert client.check_server_url("http://127.0.0.2:8443/") == "http://127.0.0.2:8443"


def test_a_pull_answer_verifies_only_for_its_request_and_its_server() -> None:
    server_private, server_public = protocol.new_key_pair()
    other_private, _ = protocol.new_key_pair()
    request = {"post": "GTM-TECUN", "cursor": 0, "changes_cursor": 0, "limit": 10, "at": "x", "signer": "a:1"}
    answer = {"movements": [], "seqs": [], "cursor": 5, "changes": [], "changes_cursor": 0, "more": False}
    signed = protocol.sign_pull_answer(server_private, answer, request)
    assert protocol.pull_answer_verifies(server_public, signed, request)
    assert not protocol.pull_answer_verifies(server_public, {**signed, "cursor": 6}, request)
    assert not protocol.pull_answer_verifies(server_public, signed, {**request, "cursor": 1})
    assert not protocol.pull_answer_verifies(
        server_public, protocol.sign_pull_answer(other_private, answer, request), request
    )
    unsigned = {k: v for k, v in signed.items() if k != "signature"}
    assert not protocol.pull_answer_verifies(server_public, unsigned, request)
