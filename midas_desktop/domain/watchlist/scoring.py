"""How well a subject's name and birth date agree with a listed person's, and why.

Names are compared as sets of significant tokens (so given names and surname may be swapped), aligned
greedily by token similarity. Tokens left unmatched cost: a missing first surname or first given name
costs a full token; a missing second surname or middle name costs half (Latin double surnames are
often cut to one), three quarters when the other side has a *different* one there.

The birth date then scales the name score: equal gives a boost, a day/month swap or a year off by one
a little less, unknown is neutral, and a different date caps the score at one half, so a common name
with another birth date never alerts on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from itertools import pairwise

from midas_desktop.domain.watchlist.names import (
    GIVEN,
    SURNAME,
    NameToken,
    name_tokens,
    normalise_name,
    phonetic_key,
    significant_words,
)
from midas_desktop.domain.watchlist.similarity import (
    EXACT,
    MIN_TOKEN_SIMILARITY,
    PHONETIC_VARIANT,
    TYPO_CEILING,
    token_similarity,
    within_one_edit,
)

# A name whose listed surname matched nothing is at best this good, however well the given names match.
NO_SURNAME_MATCH_CAP = 0.5
# "LÓPEZ DÍAZ" and "DÍAZ LÓPEZ" are usually different families: a little below the same order, so
# that with no birth date to confirm, the reversed name stays under the default threshold.
REORDERED_FACTOR = 0.97
SECONDARY_MISSING_COST = 0.5
SECONDARY_CONFLICT_COST = 0.75
PRIMARY_MISSING_COST = 1.0
_LEAST_MISSING_COST = min(SECONDARY_MISSING_COST, SECONDARY_CONFLICT_COST, PRIMARY_MISSING_COST)


class BirthDateRelation(Enum):
    EQUAL = "birth date equal"
    DAY_MONTH_SWAPPED = "birth date with day and month swapped"
    YEAR_OFF_BY_ONE = "birth date year off by one"
    UNKNOWN = "birth date unknown"
    DIFFERENT = "birth date differs"


# score = name_score * scale + bonus, per birth-date relation.
_BIRTH_DATE_WEIGHTS: dict[BirthDateRelation, tuple[float, float]] = {
    BirthDateRelation.EQUAL: (0.85, 0.15),
    BirthDateRelation.DAY_MONTH_SWAPPED: (0.8, 0.05),
    BirthDateRelation.YEAR_OFF_BY_ONE: (0.8, 0.05),
    BirthDateRelation.UNKNOWN: (0.82, 0.0),
    BirthDateRelation.DIFFERENT: (0.5, 0.0),
}


def best_possible_score(relation: BirthDateRelation) -> float:
    """The score a perfect name match reaches with this birth-date relation (lets the index skip work)."""
    scale, bonus = _BIRTH_DATE_WEIGHTS[relation]
    return scale + bonus


def required_name_score(relation: BirthDateRelation, threshold: float) -> float:
    """The name score needed to reach ``threshold`` with this birth-date relation (above 1: impossible)."""
    scale, bonus = _BIRTH_DATE_WEIGHTS[relation]
    return (threshold - bonus) / scale


def combine_name_and_birth_date(name_score: float, relation: BirthDateRelation) -> float:
    scale, bonus = _BIRTH_DATE_WEIGHTS[relation]
    return min(1.0, name_score * scale + bonus)


def _replace_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def near_birth_dates(day: date) -> dict[date, BirthDateRelation]:
    """The dates a clerk or an OCR could have meant instead of ``day``, with the relation."""
    near: dict[date, BirthDateRelation] = {}
    for year in (day.year - 1, day.year + 1):
        other = _replace_year(day, year)
        if other is not None:
            near[other] = BirthDateRelation.YEAR_OFF_BY_ONE
    if day.day <= 12 and day.day != day.month and _valid(day.year, day.day, day.month):
        near[date(day.year, day.day, day.month)] = BirthDateRelation.DAY_MONTH_SWAPPED
    return near


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def compare_birth_dates(subject: date | None, listed: date | None) -> BirthDateRelation:
    if subject is None or listed is None:
        return BirthDateRelation.UNKNOWN
    if subject == listed:
        return BirthDateRelation.EQUAL
    return near_birth_dates(subject).get(listed, BirthDateRelation.DIFFERENT)


@dataclass(frozen=True, slots=True)
class TokenMatch:
    subject: NameToken
    entry: NameToken
    similarity: float


@dataclass(frozen=True, slots=True)
class NameComparison:
    score: float
    matches: tuple[TokenMatch, ...]
    unmatched_subject: tuple[NameToken, ...]
    unmatched_entry: tuple[NameToken, ...]
    swapped: bool  # given names and surname appear in each other's place
    reordered: bool  # words of one field in another order (LÓPEZ DÍAZ ~ DÍAZ LÓPEZ)


@dataclass(frozen=True, slots=True)
class NameProfile:
    """A name's tokens with the key sets the cheap upper bound needs; computed once per name."""

    tokens: tuple[NameToken, ...]
    keys: frozenset[str]
    joined_keys: frozenset[str]  # keys of two adjacent words of one field written as one
    repeated_keys: int  # tokens whose key an earlier token already has


def name_profile(tokens: tuple[NameToken, ...]) -> NameProfile:
    joined = {
        phonetic_key(first.text + second.text)
        for first, second in pairwise(tokens)
        if first.field == second.field
    }
    keys = frozenset(token.key for token in tokens)
    return NameProfile(tokens, keys, frozenset(joined), len(tokens) - len(keys))


def name_score_upper_bound(subject: NameProfile, entry: NameProfile) -> float:
    """A cheap ceiling of ``compare_names(...).score``: at most min(n, m) tokens can match, only those
    whose phonetic key the other side has can score above a typo, and a difference in token counts
    costs at least half a token each. Lets the index skip most candidates without aligning them."""
    if subject.joined_keys & entry.keys or entry.joined_keys & subject.keys:
        return 1.0  # words may be merged; do not guess
    subject_count, entry_count = len(subject.tokens), len(entry.tokens)
    matchable = min(subject_count, entry_count)
    if not matchable:
        return 0.0
    # Tokens with a key the other side has: the shared keys, plus repeated keys (GARCÍA GARCÍA).
    phonetic_equal = min(
        matchable, len(subject.keys & entry.keys) + min(subject.repeated_keys, entry.repeated_keys)
    )
    best_sum = phonetic_equal + TYPO_CEILING * (matchable - phonetic_equal)
    return best_sum / (matchable + SECONDARY_MISSING_COST * abs(subject_count - entry_count))


def name_score_ceiling(subject: NameProfile, entry: NameProfile) -> float:
    """A tighter ceiling of ``compare_names(...).score`` than :func:`name_score_upper_bound`, for
    candidates already narrowed down (the same birth date): each word brings at most its best
    similarity with a word of the other side (zero below ``MIN_TOKEN_SIMILARITY``), and every word
    left unmatched costs at least half a token, so the denominator is at least half of all the words."""
    if subject.joined_keys & entry.keys or entry.joined_keys & subject.keys:
        return 1.0  # words may be merged; do not guess
    subject_count, entry_count = len(subject.tokens), len(entry.tokens)
    if not subject_count or not entry_count:
        return 0.0
    entry_best = [0.0] * entry_count
    subject_sum = 0.0
    for subject_token in subject.tokens:
        best = 0.0
        for j, entry_token in enumerate(entry.tokens):
            similarity = token_similarity(subject_token.text, entry_token.text)
            if similarity >= MIN_TOKEN_SIMILARITY:
                best = max(best, similarity)
                entry_best[j] = max(entry_best[j], similarity)
        subject_sum += best
    return min(1.0, min(subject_sum, sum(entry_best)) / (_LEAST_MISSING_COST * (subject_count + entry_count)))


def _merge_compounds(side: tuple[NameToken, ...], other: tuple[NameToken, ...]) -> tuple[NameToken, ...]:
    """Join two adjacent words of one field when the other side writes them as one word
    ("JEANBAPTISTE" for "JEAN-BAPTISTE", "OCONNOR" for "O'CONNOR")."""
    other_keys = {token.key for token in other}
    merged: list[NameToken] = []
    i = 0
    while i < len(side):
        token = side[i]
        if i + 1 < len(side) and side[i + 1].field == token.field:
            joined = token.text + side[i + 1].text
            joined_key = phonetic_key(joined)
            if joined_key in other_keys:
                merged.append(NameToken(joined, joined_key, token.field, token.position))
                i += 2
                continue
        merged.append(token)
        i += 1
    return tuple(merged)


def compare_names(subject: tuple[NameToken, ...], entry: tuple[NameToken, ...]) -> NameComparison | None:
    """Align the tokens of two names and score the agreement in [0, 1]; None if a side has no name."""
    if not subject or not entry:
        return None
    subject_texts = {token.text for token in subject}
    entry_texts = {token.text for token in entry}
    if subject_texts != entry_texts and len(subject) != len(entry):
        subject = _merge_compounds(subject, entry)
        entry = _merge_compounds(entry, subject)

    # Best similarity first; among equals, prefer the same field, then the same position
    # (GARCÍA must pair with the first of "GARCÍA GARCÍA", not leave the first surname missing).
    candidates: list[tuple[float, bool, int, int, int]] = []
    for i, subject_token in enumerate(subject):
        for j, entry_token in enumerate(entry):
            similarity = token_similarity(subject_token.text, entry_token.text)
            if similarity >= MIN_TOKEN_SIMILARITY:
                same_field = subject_token.field == entry_token.field
                position_gap = -abs(subject_token.position - entry_token.position)
                candidates.append((similarity, same_field, position_gap, -i, -j))
    candidates.sort(reverse=True)
    subject_used: set[int] = set()
    entry_used: set[int] = set()
    matches: list[TokenMatch] = []
    for similarity, _same_field, _gap, minus_i, minus_j in candidates:
        i, j = -minus_i, -minus_j
        if i not in subject_used and j not in entry_used:
            subject_used.add(i)
            entry_used.add(j)
            matches.append(TokenMatch(subject[i], entry[j], similarity))

    crossed = sum(1 for match in matches if match.subject.field != match.entry.field)
    swapped = crossed > len(matches) - crossed
    unmatched_subject = tuple(token for i, token in enumerate(subject) if i not in subject_used)
    unmatched_entry = tuple(token for j, token in enumerate(entry) if j not in entry_used)

    def aligned_field(subject_token: NameToken) -> str:
        if not swapped:
            return subject_token.field
        return SURNAME if subject_token.field == GIVEN else GIVEN

    subject_gap_fields = {aligned_field(token) for token in unmatched_subject}
    entry_gap_fields = {token.field for token in unmatched_entry}
    cost = sum(_missing_cost(token, token.field in entry_gap_fields) for token in unmatched_subject)
    cost += sum(_missing_cost(token, token.field in subject_gap_fields) for token in unmatched_entry)
    matched = sum(match.similarity for match in matches)
    score = matched / (len(matches) + cost) if matches else 0.0
    reordered = _words_reordered(matches)
    if reordered:
        score *= REORDERED_FACTOR
    listed_surname_matched = any(match.entry.field == SURNAME for match in matches)
    if not listed_surname_matched and any(token.field == SURNAME for token in entry):
        score = min(score, NO_SURNAME_MATCH_CAP)
    return NameComparison(score, tuple(matches), unmatched_subject, unmatched_entry, swapped, reordered)


def _words_reordered(matches: list[TokenMatch]) -> bool:
    """True when two matched words of one field come in the opposite order on the two sides."""
    by_field: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for match in matches:
        by_field.setdefault((match.subject.field, match.entry.field), []).append(
            (match.subject.position, match.entry.position)
        )
    for pairs in by_field.values():
        pairs.sort()
        if any(later[1] < earlier[1] for earlier, later in pairwise(pairs)):
            return True
    return False


def _missing_cost(token: NameToken, other_side_has_a_different_one: bool) -> float:
    if token.position == 0:
        return PRIMARY_MISSING_COST
    return SECONDARY_CONFLICT_COST if other_side_has_a_different_one else SECONDARY_MISSING_COST


def describe_name_comparison(
    comparison: NameComparison,
    subject_surname: str,
    subject_given: str,
    entry_surname: str,
    entry_given: str,
) -> str:
    """E.g. "surname PEREZ ~ PÉREZ NÚÑEZ, given names JOSE ~ JOSÉ (missing second surname NUNEZ)"."""
    text = (
        f"surname {subject_surname or '-'} ~ {entry_surname or '-'}, "
        f"given names {subject_given or '-'} ~ {entry_given or '-'}"
    )
    if not comparison.matches:
        return f"{text} (names differ)"
    notes: list[str] = []
    if comparison.swapped:
        notes.append("given names and surname swapped")
    if comparison.reordered:
        notes.append("words in another order")
    raw = (subject_surname, subject_given, entry_surname, entry_given)
    if any(normalise_name(text) != " ".join(text.upper().split()) for text in raw):
        notes.append("accents/Ñ/punctuation ignored")
    if any(len(normalise_name(text).split()) != _significant_count(text) for text in raw):
        notes.append("particles ignored")
    written_words = {word for text in raw for word in normalise_name(text).split()}
    for match in comparison.matches:
        pair = f"{match.subject.text} ~ {match.entry.text}"
        if match.subject.text not in written_words or match.entry.text not in written_words:
            notes.append(f"words joined {pair}")
        if match.similarity >= EXACT:
            continue
        if match.similarity >= PHONETIC_VARIANT:
            notes.append(f"spelling variant {pair}")
        elif within_one_edit(match.subject.text, match.entry.text):
            notes.append(f"one-letter difference {pair}")
        else:
            notes.append(f"similar {pair}")
    subject_gaps = {token.field for token in comparison.unmatched_subject}
    for token in comparison.unmatched_entry:
        if token.field in subject_gaps:
            notes.append(f"different {_slot(token)} ({token.text})")
        else:
            notes.append(f"missing {_slot(token)} {token.text}")
    for token in comparison.unmatched_subject:
        notes.append(f"extra name {token.text}")
    return f"{text} ({'; '.join(notes)})" if notes else text


def _significant_count(text: str) -> int:
    return len(significant_words(normalise_name(text)))


def _slot(token: NameToken) -> str:
    ordinal = ("first", "second", "third", "fourth")[min(token.position, 3)]
    return f"{ordinal} {'surname' if token.field == SURNAME else 'given name'}"


def person_similarity(
    surname: str,
    given_names: str,
    birth_date: date | None,
    other_surname: str,
    other_given: str,
    other_birth: date | None,
) -> float:
    """How alike two people are by name and birth date, on the watchlist's scale (0..1).

    The same score the watchlist gives a listed person, so that "a near match" means one thing: the
    watchlist's threshold (``matching.DEFAULT_THRESHOLD``) also decides which earlier records the
    counter offers as possibly the same traveller.
    """
    return token_similarity_of_people(
        name_tokens(surname, given_names), birth_date, name_tokens(other_surname, other_given), other_birth
    )


def token_similarity_of_people(
    tokens: tuple[NameToken, ...],
    birth_date: date | None,
    other_tokens: tuple[NameToken, ...],
    other_birth: date | None,
) -> float:
    """:func:`person_similarity` of names already tokenised (:func:`names.name_tokens`)."""
    comparison = compare_names(tokens, other_tokens)
    if comparison is None:
        return 0.0
    return combine_name_and_birth_date(comparison.score, compare_birth_dates(birth_date, other_birth))
