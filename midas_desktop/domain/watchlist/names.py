"""Name normalisation, transliteration and the phonetic keys used by the watchlist.

Names reach the watchlist in two spellings: typed in natural spelling ("PÉREZ NÚÑEZ", "Saint-Fleur")
or read from an MRZ, which has only A-Z (ICAO Doc 9303 drops accents, writes Ñ as N and turns
hyphens and spaces into '<', already replaced by spaces before they get here). Both are reduced to
the same form: upper-case A-Z words separated by single spaces.

Particles (DE, DEL, DE LA, LOS, Y, VAN, ...) are dropped from the *significant* tokens that are
compared, so "DE LA CRUZ" and "CRUZ" agree; they are kept in the normalised text for display.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters that NFKD does not decompose into a base letter plus a combining mark.
_LIGATURES = str.maketrans(
    {
        "ß": "SS",
        "Æ": "AE",
        "æ": "AE",
        "Œ": "OE",
        "œ": "OE",
        "Ø": "O",
        "ø": "O",
        "Ł": "L",
        "ł": "L",
        "Đ": "D",
        "đ": "D",
        "Þ": "TH",
        "þ": "TH",
    }
)

PARTICLES = frozenset(
    {"DE", "DEL", "LA", "LAS", "LOS", "Y", "VAN", "VON", "DA", "DAS", "DO", "DOS", "DI", "DU", "DER", "DEN"}
)

_NOT_A_LETTER = re.compile("[^A-Z]+")

GIVEN = "given"
SURNAME = "surname"


# Names repeat (surnames above all): the centre normalises every pushed traveller's names for the
# identity key, and the accented ones take a character-by-character pass.
@lru_cache(maxsize=131_072)
def normalise_name(text: str) -> str:
    """Upper-case A-Z words separated by single spaces: accents stripped, Ñ→N, Ü→U,
    hyphens, apostrophes, dots, MRZ fillers and any other non-letter turned into a space."""
    if text.isascii():  # the MRZ's own alphabet, and most names: no accents to strip
        return " ".join(_NOT_A_LETTER.sub(" ", text.upper()).split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    letters = [ch if "A" <= ch <= "Z" else " " for ch in decomposed.upper() if not unicodedata.combining(ch)]
    return " ".join("".join(letters).split())


def significant_words(normalised: str) -> list[str]:
    """The words that carry identity: particles removed, unless the name is nothing but particles."""
    words = normalised.split()
    kept = [word for word in words if word not in PARTICLES]
    return kept or words


@lru_cache(maxsize=131_072)
def phonetic_key(word: str) -> str:
    """A simplified Spanish phonetic key of one normalised word.

    Folds the spellings that sound alike in Latin American Spanish: B/V, LL/Y, Z/S/C before E or I,
    QU/K/C before other letters, GE/GI/J, GUE/GUI/G, silent H, PH/F, Y as a vowel/I, and doubled
    letters. It is a key for equality and blocking, not a pronunciation.
    """
    out: list[str] = []
    n = len(word)
    i = 0
    while i < n:
        ch = word[i]
        nxt = word[i + 1] if i + 1 < n else ""
        if ch == "H":
            code = ""  # silent in Spanish; CH and PH are handled where they start
        elif ch == "C":
            if nxt == "H":
                code, i = "C", i + 1  # CH keeps its own sound, distinct from K and S
            else:
                code = "S" if nxt in ("E", "I") else "K"
        elif ch == "Q":
            code = "K"
            if nxt == "U":
                i += 1
        elif ch == "Z":
            code = "S"
        elif ch == "V":
            code = "B"
        elif ch == "P" and nxt == "H":
            code, i = "F", i + 1
        elif ch == "L" and nxt == "L":
            code, i = "Y", i + 1
        elif ch == "Y":
            code = "Y" if nxt in ("A", "E", "O", "U") else "I"
        elif ch == "G":
            if nxt in ("E", "I"):
                code = "J"
            elif nxt == "U" and i + 2 < n and word[i + 2] in ("E", "I"):
                code, i = "G", i + 1  # the U of GUE/GUI is silent
            else:
                code = "G"
        else:
            code = ch
        if code and not (out and out[-1] == code):
            out.append(code)
        i += 1
    return "".join(out) or word


@dataclass(frozen=True, slots=True)
class NameToken:
    """One significant word of a name, with where it came from (for missing-surname and swap rules)."""

    text: str
    key: str
    field: str  # GIVEN or SURNAME
    position: int  # among the significant words of its field: 0 is the first surname / first given name


def name_tokens(surname: str, given_names: str) -> tuple[NameToken, ...]:
    """The significant tokens of a person's name, given names first."""
    return normalised_name_tokens(normalise_name(surname), normalise_name(given_names))


def normalised_name_tokens(surname: str, given_names: str) -> tuple[NameToken, ...]:
    """:func:`name_tokens` of names already passed through :func:`normalise_name` (when the caller
    holds them anyway: each name is normalised once)."""
    tokens: list[NameToken] = []
    for field, text in ((GIVEN, given_names), (SURNAME, surname)):
        for position, word in enumerate(significant_words(text)):
            tokens.append(NameToken(word, phonetic_key(word), field, position))
    return tuple(tokens)


def blocking_codes(key: str) -> tuple[str, str, str]:
    """Three coarse codes of a phonetic key; any single-letter edit of a word of four or more
    letters leaves at least one of them unchanged (head, tail, or first+last letter)."""
    return "^" + key[:3], "$" + key[-3:], "~" + key[0] + key[-1]
