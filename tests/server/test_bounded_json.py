"""The centre's JSON reader: orjson's speed, the standard library's values and refusals."""

from __future__ import annotations

import pytest

from midas_desktop.server.protection.bounded_json import JsonRefused, parse


def test_long_integers_are_read_exactly_not_rounded_to_floats() -> None:
    assert parse(b'{"days": 123456789012345678901234567890}', 32) == {"days": 123456789012345678901234567890}
    assert parse(b"[-9999999999999999999]", 32) == [-9999999999999999999]
    nested = b'{"records":[{"payload":{"n":[1,{"m":-9223372036854775809}]}}],"s":"x"}'
    assert parse(nested, 32) == {"records": [{"payload": {"n": [1, {"m": -9223372036854775809}]}}], "s": "x"}
    escaped = b'{"t":"\\u00e9","n":[18446744073709551616]}'  # the path that scans the text too
    assert parse(escaped, 32) == {"t": "\u00e9", "n": [18446744073709551616]}
    assert parse(b"18446744073709551616", 32) == 18446744073709551616


def test_integers_within_64_bits_and_large_floats_read_as_written() -> None:
    body = b'{"a":[9223372036854775807,-9223372036854775808,18446744073709551615],"f":[1e19,-1.5e300,0.5]}'
    value = parse(body, 32)
    assert value == {
        "a": [9223372036854775807, -9223372036854775808, 18446744073709551615],
        "f": [1e19, -1.5e300, 0.5],
    }
    assert all(type(x) is int for x in value["a"]) and all(type(x) is float for x in value["f"])


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
        # What orjson refuses and the standard library would read from bytes: a surrogate encoded in
        # UTF-8, the other encodings JSON does not allow (UTF-16 here, with a NUL escape), and a
        # number beyond a float's range (read as an infinity, which JSON cannot write back).
        (b'{"post":"X\xed\xa0\x80"}', "not JSON"),
        ('{"post":"\\u0000"}'.encode("utf-16"), "not JSON"),
        ('{"post":"\\ud800"}'.encode("utf-16-le"), "not JSON|lone surrogate|NUL"),
        (b'{"a":1e400}', "too large"),
        (b'{"a":[-1e309]}', "too large"),
    ],
)
def test_what_is_not_json_the_server_can_keep_is_refused_with_its_reason(body: bytes, reason: str) -> None:
    with pytest.raises(JsonRefused, match=reason):
        parse(body, 32)
