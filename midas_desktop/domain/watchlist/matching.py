"""Matching a subject against the watchlist: document hits, fuzzy name hits, and the index.

Scores are in [0, 1]:

* ``document``: the document number and issuing state are equal (score 1.0);
* ``document_number_only``: the number is equal but the issuing state differs (0.6, raised by a
  matching name) or is unknown on one side (0.9);
* ``name_and_birth_date`` / ``name``: the name score of :mod:`.scoring`, scaled by the birth date.

Blocking: a subject with a birth date is compared with the persons listed with the same or a near
birth date (a handful) and with the persons listed without one, found by name. Name blocking keys are
*pairs* of name tokens, each token reduced to one of three coarse codes of its Spanish phonetic key
(head, tail, first+last letter), so a single typo in a word still finds the entry.

``DEFAULT_THRESHOLD`` = 0.8 was chosen with ``scripts/measure_watchlist_fp.py`` (2,000 synthetic
listed entries, 100,000 synthetic travellers, none of them listed, seeds 1 and 2):

* false positives: 0.002% of travellers (2 of 100,000) alert on a listed person they are not;
  at 0.78 it would be 0.065%, at 0.75 0.092%;
* coincidences reported apart: 0 share name *and* birth date with a listed person, and 0.146%
  (146) carry exactly the name of a person listed *without* a birth date (5% of the synthetic
  entries). Those alert on purpose: an exact name is all such an entry offers, and the birth date
  is neutral when unknown. With them, 0.148% of travellers alert;
* true positives: 99.95% of 4,225 perturbed copies of listed persons (new document, same birth
  date) are found: 100% with accents dropped, Ñ→N, hyphens removed, given names and surname
  swapped, second surname missing; 99.8% with a one-letter typo.

Median query time: 0.11 ms on those 2,000 entries, 0.8 ms (p95 2.6 ms) on 100,000 entries.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import combinations

from midas_desktop.domain.watchlist.entries import (
    Subject,
    WatchlistEntry,
    normalise_document_number,
    normalise_issuing_state,
)
from midas_desktop.domain.watchlist.names import NameToken, blocking_codes, name_tokens
from midas_desktop.domain.watchlist.scoring import (
    BirthDateRelation,
    NameComparison,
    NameProfile,
    best_possible_score,
    combine_name_and_birth_date,
    compare_names,
    describe_name_comparison,
    name_profile,
    name_score_upper_bound,
    near_birth_dates,
    required_name_score,
)

DEFAULT_THRESHOLD = 0.8

EXACT_DOCUMENT_SCORE = 1.0
# The number matches but one side does not say who issued it: probably the same document.
DOCUMENT_STATE_UNKNOWN_SCORE = 0.9
# The same number issued by another state is usually another document; the name decides the rest.
DOCUMENT_OTHER_STATE_SCORE = 0.6

KIND_DOCUMENT = "document"
KIND_DOCUMENT_NUMBER_ONLY = "document_number_only"
KIND_NAME_AND_BIRTH_DATE = "name_and_birth_date"
KIND_NAME = "name"

_DATE_AGREES = (
    BirthDateRelation.EQUAL,
    BirthDateRelation.DAY_MONTH_SWAPPED,
    BirthDateRelation.YEAR_OFF_BY_ONE,
)


@dataclass(frozen=True)
class WatchlistHit:
    entry: WatchlistEntry
    score: float
    kind: str  # "document" | "document_number_only" | "name_and_birth_date" | "name"
    explanation: str


@dataclass(frozen=True, slots=True)
class _PreparedEntry:
    entry: WatchlistEntry
    name: NameProfile
    document_number: str
    issuing_state: str


@dataclass(frozen=True, slots=True)
class _PersonMatch:
    score: float
    comparison: NameComparison
    relation: BirthDateRelation


def _pair_keys(tokens: Sequence[NameToken]) -> set[str]:
    codes = [blocking_codes(token.key) for token in tokens]
    keys: set[str] = set()
    for first, second in combinations(codes, 2):
        for a in first:
            for b in second:
                keys.add(f"{a}|{b}" if a <= b else f"{b}|{a}")
    return keys


def _entry_name_keys(tokens: Sequence[NameToken]) -> set[str]:
    # "T" keys let a one-word query find any entry containing that word; "1" keys let any query
    # find an entry that has a single word.
    keys = {"T" + token.key for token in tokens}
    if len(tokens) == 1:
        keys.update("1" + code for code in blocking_codes(tokens[0].key))
    else:
        keys |= _pair_keys(tokens)
    return keys


def _query_name_keys(tokens: Sequence[NameToken]) -> set[str]:
    keys = {"1" + code for token in tokens for code in blocking_codes(token.key)}
    if len(tokens) == 1:
        keys.add("T" + tokens[0].key)
    else:
        keys |= _pair_keys(tokens)
    return keys


class _NameKeyIndex:
    """Entries by blocking keys of their names."""

    def __init__(self) -> None:
        self._postings: dict[str, list[int]] = {}

    def add(self, index: int, tokens: Sequence[NameToken]) -> None:
        for key in _entry_name_keys(tokens):
            self._postings.setdefault(key, []).append(index)

    def candidates(self, tokens: Sequence[NameToken]) -> set[int]:
        found: set[int] = set()
        for key in _query_name_keys(tokens):
            postings = self._postings.get(key)
            if postings:
                found.update(postings)
        return found


# --- blocking keys for an index kept in a database -------------------------------------------------
#
# The same candidates the in-memory index finds, as keys a table can hold: an entry is stored under
# its keys, a subject looks up its own, and the entries sharing one are the candidates, which a small
# ``WatchlistIndex`` then scores exactly as it would score them among all entries. The keys of an
# entry are a superset of what the in-memory index would consider, so nothing it would find is missed.


def entry_keys(entry: WatchlistEntry) -> set[str]:
    """The keys an entry is stored under: its document; its birth date; and by name, the pair keys
    of an entry without a birth date (``U``) and the single codes of every entry (``N``), for
    subjects whose birth date is unknown."""
    keys: set[str] = set()
    document = normalise_document_number(entry.document_number)
    if document:
        keys.add("D" + document)
    tokens = name_tokens(entry.surname, entry.given_names)
    if not tokens:
        return keys
    if entry.birth_date is None:
        keys.update("U" + key for key in _entry_name_keys(tokens))
    else:
        keys.add("B" + entry.birth_date.isoformat())
    keys.update("N" + code for token in tokens for code in blocking_codes(token.key))
    return keys


def subject_keys(subject: Subject, threshold: float = DEFAULT_THRESHOLD) -> set[str]:
    """The keys under which the entries a subject could match are stored."""
    keys: set[str] = set()
    document = normalise_document_number(subject.document_number)
    if document:
        keys.add("D" + document)
    tokens = name_tokens(subject.surname, subject.given_names)
    if not tokens:
        return keys
    if subject.birth_date is not None and threshold > best_possible_score(BirthDateRelation.DIFFERENT):
        keys.update("U" + key for key in _query_name_keys(tokens))
        keys.update(
            "B" + day.isoformat() for day in (subject.birth_date, *near_birth_dates(subject.birth_date))
        )
    else:
        keys.update("N" + code for token in tokens for code in blocking_codes(token.key))
    return keys


@lru_cache(maxsize=16_384)
def _profile_of(surname: str, given_names: str) -> NameProfile:
    # Listed names come back check after check (common names share blocking keys): prepared once.
    return name_profile(name_tokens(surname, given_names))


class WatchlistIndex:
    """An in-memory index of watchlist entries, searched by document, birth date and name.

    A subject with a birth date only needs the listed persons born on that day or a near one, plus
    the persons listed without a birth date (found by name): anyone else has a different birth date
    and cannot reach a threshold above one half. The name index over *all* entries, needed for
    subjects without a birth date or very low thresholds, is built on first use.
    """

    def __init__(self, entries: Iterable[WatchlistEntry], *, preselected: bool = False) -> None:
        """``preselected``: the entries are already the candidates the keys of :func:`subject_keys`
        found for the one subject about to be searched (as the store finds them); the name keys of the
        undated ones then add nothing and are not built (most of the cost of a small index)."""
        self._preselected = preselected
        self._undated: list[int] = []
        self._entries: list[_PreparedEntry] = []
        self._by_document: dict[str, list[int]] = {}
        self._by_birth_date: dict[date, list[int]] = {}
        self._undated_by_name = _NameKeyIndex()
        self._all_by_name: _NameKeyIndex | None = None
        for entry in entries:
            self._add(entry)

    def __len__(self) -> int:
        return len(self._entries)

    def _add(self, entry: WatchlistEntry) -> None:
        index = len(self._entries)
        prepared = _PreparedEntry(
            entry=entry,
            name=_profile_of(entry.surname, entry.given_names),
            document_number=normalise_document_number(entry.document_number),
            issuing_state=normalise_issuing_state(entry.issuing_state),
        )
        self._entries.append(prepared)
        if prepared.document_number:
            self._by_document.setdefault(prepared.document_number, []).append(index)
        if not prepared.name.tokens:
            return
        if entry.birth_date is None:
            if self._preselected:
                self._undated.append(index)
            else:
                self._undated_by_name.add(index, prepared.name.tokens)
        else:
            self._by_birth_date.setdefault(entry.birth_date, []).append(index)
        if self._all_by_name is not None:
            self._all_by_name.add(index, prepared.name.tokens)

    def _name_index_of_all(self) -> _NameKeyIndex:
        if self._all_by_name is None:
            self._all_by_name = _NameKeyIndex()
            for index, prepared in enumerate(self._entries):
                if prepared.name.tokens:
                    self._all_by_name.add(index, prepared.name.tokens)
        return self._all_by_name

    def _name_candidates(
        self, tokens: tuple[NameToken, ...], birth_date: date | None, near: Iterable[date], threshold: float
    ) -> set[int]:
        if birth_date is not None and threshold > best_possible_score(BirthDateRelation.DIFFERENT):
            candidates = set(self._undated) if self._preselected else self._undated_by_name.candidates(tokens)
            for day in (birth_date, *near):
                candidates.update(self._by_birth_date.get(day, ()))
            return candidates
        return self._name_index_of_all().candidates(tokens)

    def search(
        self, subject: Subject, threshold: float = DEFAULT_THRESHOLD, limit: int = 10
    ) -> list[WatchlistHit]:
        """Hits scoring at least ``threshold``, best first, at most ``limit``."""
        name = name_profile(name_tokens(subject.surname, subject.given_names))
        tokens = name.tokens
        near = near_birth_dates(subject.birth_date) if subject.birth_date else {}
        scored: dict[int, tuple[float, str, _PersonMatch | None]] = {}

        document_number = normalise_document_number(subject.document_number)
        for index in self._by_document.get(document_number, ()) if document_number else ():
            prepared = self._entries[index]
            person = self._person_match(name, subject.birth_date, near, prepared, 0.0)
            person_score = person.score if person else 0.0
            kind, score = self._document_score(
                normalise_issuing_state(subject.issuing_state), prepared, person_score
            )
            scored[index] = (max(score, person_score), kind, person)

        if tokens:
            candidates = self._name_candidates(tokens, subject.birth_date, near, threshold)
            candidates.difference_update(scored)
            for index in candidates:
                person = self._person_match(name, subject.birth_date, near, self._entries[index], threshold)
                if person is not None and person.score >= threshold:
                    kind = KIND_NAME_AND_BIRTH_DATE if person.relation in _DATE_AGREES else KIND_NAME
                    scored[index] = (person.score, kind, person)

        ranked = sorted(
            (
                (score, index, kind, person)
                for index, (score, kind, person) in scored.items()
                if score >= threshold
            ),
            key=lambda item: (-item[0], item[1]),
        )
        return [
            self._hit(subject, index, score, kind, person) for score, index, kind, person in ranked[:limit]
        ]

    @staticmethod
    def _document_score(
        subject_state: str, prepared: _PreparedEntry, person_score: float
    ) -> tuple[str, float]:
        if subject_state and prepared.issuing_state:
            if subject_state == prepared.issuing_state:
                return KIND_DOCUMENT, EXACT_DOCUMENT_SCORE
            return KIND_DOCUMENT_NUMBER_ONLY, DOCUMENT_OTHER_STATE_SCORE + (
                1 - DOCUMENT_OTHER_STATE_SCORE
            ) * person_score
        return KIND_DOCUMENT_NUMBER_ONLY, DOCUMENT_STATE_UNKNOWN_SCORE

    @staticmethod
    def _person_match(
        name: NameProfile,
        birth_date: date | None,
        near_dates: dict[date, BirthDateRelation],
        prepared: _PreparedEntry,
        threshold: float,
    ) -> _PersonMatch | None:
        """Name and birth-date agreement, or None when there is nothing to compare or it cannot
        reach ``threshold`` whatever the names say. ``near_dates`` are the subject's near birth dates."""
        listed = prepared.entry.birth_date
        if birth_date is None or listed is None:
            relation = BirthDateRelation.UNKNOWN
        elif birth_date == listed:
            relation = BirthDateRelation.EQUAL
        else:
            relation = near_dates.get(listed, BirthDateRelation.DIFFERENT)
        needed = required_name_score(relation, threshold)
        if needed > 1.0 or (needed > 0.0 and name_score_upper_bound(name, prepared.name) < needed):
            return None
        comparison = compare_names(name.tokens, prepared.name.tokens)
        if comparison is None:
            return None
        return _PersonMatch(combine_name_and_birth_date(comparison.score, relation), comparison, relation)

    def _hit(
        self, subject: Subject, index: int, score: float, kind: str, person: _PersonMatch | None
    ) -> WatchlistHit:
        entry = self._entries[index].entry
        parts: list[str] = []
        if kind in (KIND_DOCUMENT, KIND_DOCUMENT_NUMBER_ONLY):
            parts.append(self._describe_document(subject, self._entries[index]))
        if person is not None:
            parts.append(
                describe_name_comparison(
                    person.comparison, subject.surname, subject.given_names, entry.surname, entry.given_names
                )
            )
            parts.append(person.relation.value)
        return WatchlistHit(entry=entry, score=round(score, 4), kind=kind, explanation="; ".join(parts))

    @staticmethod
    def _describe_document(subject: Subject, prepared: _PreparedEntry) -> str:
        number = prepared.document_number
        subject_state = normalise_issuing_state(subject.issuing_state)
        if subject_state and subject_state == prepared.issuing_state:
            return f"document {number} issued by {subject_state} equal"
        if subject_state and prepared.issuing_state:
            listed_by = prepared.issuing_state
            return f"document number {number} equal but issued by {subject_state}, listed for {listed_by}"
        return f"document number {number} equal, issuing state unknown"
