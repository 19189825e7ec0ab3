"""The centre's JSON reader: orjson's speed, the standard library's values and refusals."""

from __future__ import annotations

import pytest

from midas_desktop.server.protection.bounded_json import JsonRefused, parse


def test_long_integers_are_read_exactly_not_rounded_to_floats() -> None:
    assert parse(b'{"days": 123456789012345678901234567890}', 32) == {"days": 123456789012345678901234567890}
    assert parse(b"[-9999999999999999999]", 32) == [-9999999999999999999]


def test_ordinary_bodies_read_the_same_as_the_standard_library() -> None:
    body = '{"a":[1,2.5,"ñ\\u00e9\\n",null,true],"b":{"c":-0.0}}'.encode()
    assert parse(body, 32) == {"a": [1, 2.5, "ñé\n", None, True], "b": {"c": -0.0}}


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"[NaN]", "NaN"),
        (b'{"x": -Infinity}', "-Infinity"),
        (b'["\\ud800"]', "lone surrogate"),
        (b'["a\\u0000b"]', "NUL"),
        (b"[" * 40 + b"]" * 40, "nested deeper than 32"),
        (b"\xff\xfe", "not JSON"),
    ],
)
def test_what_is_not_json_the_server_can_keep_is_refused_with_its_reason(body: bytes, reason: str) -> None:
    with pytest.raises(JsonRefused, match=reason):
        parse(body, 32)
