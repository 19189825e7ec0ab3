"""JSON from a client, parsed with bounds: a value nested too deep, or text that cannot be stored
(NUL, a lone UTF-16 surrogate), is refused as the client's mistake instead of failing later, deep in
the signature check or the database, as a 500."""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

# Raw control characters are already refused by the parser (strict mode); these arrive as escapes.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class JsonRefused(ValueError):
    """The body is not JSON the server can work with; the message is the one-line reason."""


# An integer orjson would read as a float (more than 18 digits): the standard library reads it exactly.
_LONG_INTEGER = re.compile(rb"(?:^|[:\[,])\s*-?[0-9]{19}")


def _loads(body: bytes) -> Any:
    """orjson where it reads the same values as the standard library (a push's body is parsed several
    times faster); the standard library for whatever orjson refuses (a lone surrogate, a deep nesting,
    another encoding), so that a refusal says the same as before. NaN and the infinities are refused
    by both."""
    if not _LONG_INTEGER.search(body):
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError:
            pass
    return json.loads(body, parse_constant=_no_constant)


def _no_constant(name: str) -> Any:
    # NaN and the infinities are not JSON (RFC 8259); the standard library would read them.
    raise JsonRefused(f"the JSON holds {name}, which is not a number JSON allows")


def parse(body: bytes, max_depth: int) -> Any:
    try:
        value = _loads(body)
    except JsonRefused:
        raise
    except RecursionError as exc:
        raise JsonRefused(f"the JSON is nested deeper than {max_depth} levels") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise JsonRefused("the body is not JSON") from exc
    # Only a \u escape can bring NUL or a lone surrogate in: most bodies skip the string scan.
    problem = check(value, max_depth, scan_text=b"\\u" in body)
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
    """The depth alone, a level at a time: only containers are kept, so the work per scalar is one
    type test in a comprehension (a push holds tens of thousands of values). For what ``json.loads``
    makes: its objects and arrays are exactly ``dict`` and ``list``."""
    level: list[Any] = [value] if _container(value) else []
    depth = 1
    while level:
        if depth > max_depth:
            return f"the JSON is nested deeper than {max_depth} levels"
        below: list[Any] = []
        for item in level:
            children = item.values() if isinstance(item, dict) else item
            below += [c for c in children if type(c) is dict or type(c) is list]
        level = below
        depth += 1
    return None
