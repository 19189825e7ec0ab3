"""String similarity of single name words: Jaro-Winkler, a one-edit (Damerau) test and the
token similarity the watchlist scores with.

The Jaro similarity is rapidfuzz's (C); the rest is small and cached, because the vocabulary of names
is small compared with the number of comparisons: the same pairs of words come back query after query.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Jaro

from midas_desktop.domain.watchlist.names import phonetic_key

EXACT = 1.0
# Same sound in Spanish (VASQUEZ/VÁZQUEZ, ISABEL/YSABEL): almost as good as equal.
PHONETIC_VARIANT = 0.95
# Below this two words are treated as different names rather than as variants of one name.
MIN_TOKEN_SIMILARITY = 0.8
# Words more than one edit apart must be this close to count at all: Jaro-Winkler alone rates
# different names such as JORGE/JOSE or LAINEZ/MARTINEZ above 0.8.
MIN_MULTI_EDIT_SIMILARITY = 0.88
# A typo never beats a spelling the ear cannot tell apart.
TYPO_CEILING = PHONETIC_VARIANT - 0.01


def jaro_winkler(a: str, b: str, prefix_scale: float = 0.1) -> float:
    """Jaro-Winkler similarity in [0, 1] (prefix bonus over at most four letters, whatever the Jaro
    score: the matcher's thresholds were measured with this form). The Jaro part is rapidfuzz's (C)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    jaro = Jaro.similarity(a, b)
    if not jaro:
        return 0.0
    prefix = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * prefix_scale * (1.0 - jaro)


def within_one_edit(a: str, b: str) -> bool:
    """True when a Damerau-Levenshtein distance of at most one separates the words: one letter
    substituted, inserted, deleted, or two adjacent letters transposed."""
    len_a, len_b = len(a), len(b)
    if abs(len_a - len_b) > 1:
        return False
    if len_a == len_b:
        differences = [i for i in range(len_a) if a[i] != b[i]]
        if len(differences) <= 1:
            return True
        if len(differences) != 2:
            return False
        first, second = differences
        return second == first + 1 and a[first] == b[second] and a[second] == b[first]
    shorter, longer = (a, b) if len_a < len_b else (b, a)
    i = 0
    while i < len(shorter) and shorter[i] == longer[i]:
        i += 1
    return shorter[i:] == longer[i + 1 :]


@lru_cache(maxsize=262_144)
def token_similarity(a: str, b: str) -> float:
    """Similarity of two normalised words: 1 equal, 0.95 phonetic variant, at least 0.8-0.9 for a
    single typo or OCR confusion (more for longer words, where one letter means less), otherwise
    Jaro-Winkler if at least 0.88, else 0."""
    if a == b:
        return EXACT
    if phonetic_key(a) == phonetic_key(b):
        return PHONETIC_VARIANT
    similarity = jaro_winkler(a, b)
    if within_one_edit(a, b):
        shortest = min(len(a), len(b))
        floor = 0.9 if shortest >= 5 else 0.85 if shortest >= 4 else MIN_TOKEN_SIMILARITY
        similarity = max(similarity, floor)
    elif similarity < MIN_MULTI_EDIT_SIMILARITY:
        return 0.0
    return min(similarity, TYPO_CEILING)
