"""JSON from a client, parsed with bounds: a value nested too deep, or text that cannot be stored
(NUL, a lone UTF-16 surrogate), is refused as the client's mistake instead of failing later, deep in
the signature check or the database, as a 500."""

from __future__ import annotations

import json
import math
import re
from typing import Any

import orjson

# Raw control characters are already refused by the parser (strict mode); these arrive as escapes.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class JsonRefused(ValueError):
    """The body is not JSON the server can work with; the message is the one-line reason."""


# orjson reads an integer literal beyond 64 bits as a float, of magnitude 2**63 or more; the standard
# library reads it exactly. Such a float in orjson's reading sends the body to the standard library.
_ROUNDED_INTEGER = float(2**63)


def _loads(body: bytes) -> tuple[Any, bool]:
    """The value, and whether orjson read it (several times faster than the standard library, the same
    values but for integers beyond 64 bits, which the caller checks for while it walks the value).
    The standard library reads whatever orjson refuses (a lone surrogate, a deep nesting, another
    encoding), so that a refusal says the same as before. NaN and the infinities are refused by both.
    (Searching the body's text for long integers instead cost more than the parse: 18 µs a record.)"""
    try:
        return orjson.loads(body), True
    except orjson.JSONDecodeError:
        return _exactly(body), False


def _exactly(body: bytes) -> Any:
    # UTF-8 only, strictly (RFC 8259): given bytes, the standard library would also read UTF-16 and
    # UTF-32, and UTF-8-encoded surrogates, none of which orjson takes or a database can store.
    return json.loads(body.decode("utf-8"), parse_constant=_no_constant, parse_float=_finite)


def _no_constant(name: str) -> Any:
    # NaN and the infinities are not JSON (RFC 8259); the standard library would read them.
    raise JsonRefused(f"the JSON holds {name}, which is not a number JSON allows")


def _finite(literal: str) -> float:
    # A literal too large for a float (1e400) would be read as an infinity, which JSON cannot write
    # back (orjson writes it as null): refused, as orjson refuses it.
    number = float(literal)
    if math.isinf(number):
        raise JsonRefused("the JSON holds a number too large to be read")
    return number


def parse(body: bytes, max_depth: int) -> Any:
    try:
        value, by_orjson = _loads(body)
        # Only a \u escape can bring NUL or a lone surrogate into orjson's reading: most bodies skip
        # the string scan. The standard library's reading (of what orjson refused) is always scanned.
        scan_text = not by_orjson or b"\\u" in body
        # orjson's reading: its depth and its roundings, in one walk (the depth alone is the whole
        # check of most bodies).
        problem, rounded = _walk(value, max_depth) if by_orjson else (None, False)
        if rounded:
            value = _exactly(body)
        if rounded or scan_text or not by_orjson:
            problem = check(value, max_depth, scan_text)
    except JsonRefused:
        raise
    except RecursionError as exc:
        raise JsonRefused(f"the JSON is nested deeper than {max_depth} levels") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise JsonRefused("the body is not JSON") from exc
    if problem:
        raise JsonRefused(problem)
    return value


def check(value: Any, max_depth: int, scan_text: bool = True) -> str | None:
    """The first reason ``value`` cannot be accepted (depth, unstorable text), or None."""
    if not scan_text:
        return _depth_problem(value, max_depth)
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            if depth > max_depth:
                return f"the JSON is nested deeper than {max_depth} levels"
            for key, child in item.items():
                if scan_text and _UNSTORABLE.search(key):
                    return "a key holds a NUL character or a lone surrogate"
                if isinstance(child, dict | list):
                    stack.append((child, depth + 1))
                elif scan_text and isinstance(child, str) and _UNSTORABLE.search(child):
                    return "a text holds a NUL character or a lone surrogate"
        elif isinstance(item, list):
            if depth > max_depth:
                return f"the JSON is nested deeper than {max_depth} levels"
            for child in item:
                if isinstance(child, dict | list):
                    stack.append((child, depth + 1))
                elif scan_text and isinstance(child, str) and _UNSTORABLE.search(child):
                    return "a text holds a NUL character or a lone surrogate"
        elif scan_text and isinstance(item, str) and _UNSTORABLE.search(item):
            return "a text holds a NUL character or a lone surrogate"
    return None


def _container(value: Any) -> bool:
    return isinstance(value, dict | list)


def _depth_problem(value: Any, max_depth: int) -> str | None:
    return _walk(value, max_depth)[0]


def _walk(value: Any, max_depth: int) -> tuple[str | None, bool]:
    """The depth problem, if any, and whether a float that may be orjson's rounding of an integer
    beyond 64 bits is held (integral, of magnitude 2**63 or more), found a level at a time: only
    containers are kept, so the work per scalar is a type test or two in C (a push holds tens of
    thousands of values). For what ``json.loads`` and ``orjson.loads`` make: their objects and arrays
    are exactly ``dict`` and ``list``, their numbers ``int`` and ``float``."""
    level: list[Any] = [value] if _container(value) else []
    rounded = type(value) is float and _rounded(value)
    depth = 1
    while level:
        if depth > max_depth:
            return f"the JSON is nested deeper than {max_depth} levels", rounded
        below: list[Any] = []
        for item in level:
            children = item.values() if isinstance(item, dict) else item
            below += [c for c in children if type(c) is dict or type(c) is list]
            if not rounded and float in map(type, children):
                rounded = any(type(c) is float and _rounded(c) for c in children)
        level = below
        depth += 1
    return None, rounded


def _rounded(number: float) -> bool:
    return abs(number) >= _ROUNDED_INTEGER and number.is_integer()
