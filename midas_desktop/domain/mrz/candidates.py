"""Corrections for glyphs OCR confuses: 0/O, 1/I, 8/B, 5/S, 2/Z, 6/G (both ways).

When a check digit disagrees, the value the holder's document really carries is usually one or two
look-alike substitutions away. These helpers list the few corrected values that make the check digit
agree, fewest substitutions first, so an officer (or the OCR module) can pick one.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from .checkdigit import MRZ_ALPHABET, check_digit

DIGIT_TO_LETTER = {"0": "O", "1": "I", "8": "B", "5": "S", "2": "Z", "6": "G"}
LETTER_TO_DIGIT = {letter: digit for digit, letter in DIGIT_TO_LETTER.items()}
AMBIGUOUS = {**DIGIT_TO_LETTER, **LETTER_TO_DIGIT}

MAX_CANDIDATES = 32
_MAX_SUBSTITUTIONS = 3


def _variants(value: str, alternatives: Callable[[str], str | None]) -> Iterator[tuple[int, str]]:
    """(substitution count, variant) for every variant with up to _MAX_SUBSTITUTIONS changes."""
    positions = [index for index, char in enumerate(value) if alternatives(char) is not None]
    for count in range(min(len(positions), _MAX_SUBSTITUTIONS) + 1):
        for chosen in itertools.combinations(positions, count):
            chars = list(value)
            for index in chosen:
                replacement = alternatives(chars[index])
                assert replacement is not None
                chars[index] = replacement
            yield count, "".join(chars)


def check_digit_fixes(value: str, found_check: str, digits_only: bool = False) -> tuple[str, ...]:
    """Look-alike corrections of ``value`` (and of its check digit) under which the check agrees.

    ``digits_only`` restricts ``value`` to digits (dates), so letters there can only become digits.
    Returned values are the raw field characters, fewest substitutions first, at most MAX_CANDIDATES;
    the unchanged value is included when only the check digit was misread (e.g. 'G' for '6').
    """
    if digits_only:

        def field_alternative(char: str) -> str | None:
            return LETTER_TO_DIGIT.get(char)

    else:

        def field_alternative(char: str) -> str | None:
            return AMBIGUOUS.get(char)

    check_options = [found_check]
    if found_check in LETTER_TO_DIGIT:
        check_options.append(LETTER_TO_DIGIT[found_check])
    found: list[tuple[int, str]] = []
    for count, variant in _variants(value, field_alternative):
        if not all(char in MRZ_ALPHABET for char in variant):
            continue
        if digits_only and not variant.isdigit():
            continue
        expected = check_digit(variant)
        for check_changes, option in enumerate(check_options):
            if option == expected and count + check_changes > 0:
                found.append((count + check_changes, variant))
    found.sort(key=lambda item: item[0])
    unique = dict.fromkeys(variant for _, variant in found)
    return tuple(unique)[:MAX_CANDIDATES]


def letter_fixes(value: str) -> tuple[str, ...]:
    """``value`` with look-alike letters turned into digits (a date read '74O812' → '740812')."""
    fixed = "".join(LETTER_TO_DIGIT.get(char, char) for char in value)
    return (fixed,) if fixed != value and fixed.isdigit() else ()


def digit_fixes(value: str) -> tuple[str, ...]:
    """``value`` with look-alike digits turned into letters (a name read 'ER1KSSON' → 'ERIKSSON')."""
    fixed = "".join(DIGIT_TO_LETTER.get(char, char) for char in value)
    return (fixed,) if fixed != value and not any(char.isdigit() for char in fixed) else ()
