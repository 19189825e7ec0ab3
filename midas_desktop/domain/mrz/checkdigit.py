"""ICAO Doc 9303 check digits (Part 3, 4.9): weights 7-3-1 repeating, sum modulo 10.

Character values: '0'-'9' are 0-9, 'A'-'Z' are 10-35 and the filler '<' is 0.
Because only the value modulo 10 matters after weighting, '<', '0', 'A', 'K' and 'U' are
indistinguishable to a check digit (as are '1', 'B', 'L', 'V', and so on): a filler misread as 'K'
passes every check digit, which is why character-class rules exist next to the check digits.
"""

from __future__ import annotations

from collections.abc import Iterable

FILLER = "<"
MRZ_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
_WEIGHTS = (7, 3, 1)


def char_value(char: str) -> int:
    """The check value of one MRZ character; ValueError for characters outside [A-Z0-9<]."""
    if char == FILLER:
        return 0
    if "0" <= char <= "9":
        return ord(char) - ord("0")
    if "A" <= char <= "Z":
        return ord(char) - ord("A") + 10
    raise ValueError(f"{char!r} is not an MRZ character")


def check_digit(data: str) -> str:
    """The check digit ('0'-'9') protecting ``data``; ValueError if it holds non-MRZ characters."""
    total = sum(char_value(char) * _WEIGHTS[index % 3] for index, char in enumerate(data))
    return str(total % 10)


def weighs_the_same(first: str, second: str) -> bool:
    """True when swapping these characters can never change a check digit (same value modulo 10)."""
    return char_value(first) % 10 == char_value(second) % 10


def check_digit_or_none(parts: Iterable[str]) -> str | None:
    """Like :func:`check_digit` over the concatenated parts, but None if any character has no value."""
    data = "".join(parts)
    if not all(char in MRZ_ALPHABET for char in data):
        return None
    return check_digit(data)
