"""Who a traveller is: the one rule the posts and the centre share.

- The same issuing state and document number is the same traveller.
- A different document with the same normalised names, birth date, sex and nationality is the same
  traveller too: a renewed passport joins the old one's history (the link is shown as a renewal).
- A near match (names within the watchlist's fuzzy threshold with the same birth date, or the same
  person under another nationality) is never merged: it is offered to the officer as a possible
  earlier record to confirm.

The rule is transitive: when one document links two records that were apart (a renewal seen before
its old passport's holder was known by name), they are one traveller, whatever order the movements
arrived in. The store fetches candidates (by document, by identity key, by birth date); this module
decides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from midas_desktop.domain.watchlist.matching import DEFAULT_THRESHOLD
from midas_desktop.domain.watchlist.names import NameToken, normalise_name, normalised_name_tokens
from midas_desktop.domain.watchlist.scoring import (
    BirthDateRelation,
    NameProfile,
    combine_name_and_birth_date,
    name_profile,
    name_score_ceiling,
    token_similarity_of_people,
)

__all__ = [
    "KnownTraveller",
    "Link",
    "PersonIdentity",
    "PossibleMatch",
    "Recognition",
    "document_key",
    "joined_person_key",
    "keys_let_go",
    "person_key",
    "recognise",
]


class Link(StrEnum):
    """Why a known record is this traveller."""

    DOCUMENT = "document"  # the same document
    RENEWAL = "renewal"  # another document of the same person (names, birth date, sex, nationality)


class NearMatch(StrEnum):
    """Why a known record might be this traveller (the officer confirms)."""

    SIMILAR_NAME = "similar_name"  # names within the watchlist's threshold, same birth date
    OTHER_NATIONALITY = "other_nationality"  # the same names, birth date and sex under another nationality


@dataclass(frozen=True, slots=True)
class PersonIdentity:
    surname: str
    given_names: str
    nationality: str
    birth_date: dt.date | None
    sex: str


def document_key(issuing_state: str, number: str) -> str:
    """``STATE:NUMBER``, upper-case, fillers and spaces gone: the same key wherever it is computed."""
    state = "".join(issuing_state.upper().split()).replace("<", "")
    digits = "".join(number.upper().split()).replace("<", "")
    return f"{state}:{digits}"


@dataclass(frozen=True, slots=True)
class _Names:
    """A person's names normalised once, with what the rules derive from them."""

    surname: str
    given_names: str

    @staticmethod
    def of(person: PersonIdentity) -> _Names:
        return _Names(normalise_name(person.surname), normalise_name(person.given_names))

    @property
    def joined(self) -> str:
        return f"{self.surname}/{self.given_names}"

    def tokens(self) -> tuple[NameToken, ...]:
        return normalised_name_tokens(self.surname, self.given_names)


def _person_key(person: PersonIdentity, names: _Names) -> str | None:
    # The names of "surname given" normalise to nothing exactly when each part does: normalising
    # keeps the letters of each character and turns everything else into spaces.
    if person.birth_date is None or not (names.surname or names.given_names):
        return None
    sex = person.sex if person.sex in ("M", "F") else "X"
    return f"{person.nationality.upper()}|{person.birth_date.isoformat()}|{sex}|{names.joined}"


def person_key(person: PersonIdentity) -> str | None:
    """The identity a renewed document keeps; None when the birth date or the names are unknown
    (such a person is recognised by their document only, never by a guess)."""
    return _person_key(person, _Names.of(person))


def joined_person_key(kept: str | None, joined: Iterable[str | None]) -> str | None:
    """The identity key of records joined into one: the kept record's, else the first joined one's
    (in the order given: the oldest first), so that the person's next renewed document still finds
    them. The other keys stay the person's too (:func:`keys_let_go`)."""
    return kept if kept is not None else next((key for key in joined if key is not None), None)


def keys_let_go(kept: str | None, joined: Iterable[str | None]) -> list[str]:
    """The identity keys that records joined into one held besides :func:`joined_person_key`'s (a
    name spelled two ways on two documents), each once, in the order given. The joined record keeps
    them as other keys of the same person: the next document printed with that spelling must find
    the one history, not start a second."""
    joined = list(joined)
    held = joined_person_key(kept, joined)
    let_go: list[str] = []
    for key in joined:
        if key is not None and key != held and key not in let_go:
            let_go.append(key)
    return let_go


@dataclass(frozen=True, slots=True)
class KnownTraveller:
    """A record already held: its id (the store's), the person and the documents it holds."""

    traveller_id: Hashable
    person: PersonIdentity
    document_keys: frozenset[str]


@dataclass(frozen=True, slots=True)
class PossibleMatch:
    traveller_id: Hashable
    reason: NearMatch
    score: float


@dataclass(frozen=True)
class Recognition:
    """``same``: the records that are this traveller (more than one: they are to be joined), each with
    why; ``possible``: near matches for the officer to confirm, best first."""

    same: tuple[tuple[Hashable, Link], ...]
    possible: tuple[PossibleMatch, ...]

    @property
    def known(self) -> bool:
        return bool(self.same)


def recognise(
    person: PersonIdentity,
    document: str | None,
    candidates: Iterable[KnownTraveller],
    threshold: float = DEFAULT_THRESHOLD,
) -> Recognition:
    """Decide which ``candidates`` are the traveller holding ``document`` (a :func:`document_key`)."""
    query = _Query(person, threshold)
    same: list[tuple[Hashable, Link]] = []
    possible: list[PossibleMatch] = []
    seen: set[Hashable] = set()
    for candidate in candidates:
        if candidate.traveller_id in seen:
            continue
        seen.add(candidate.traveller_id)
        if document is not None and document in candidate.document_keys:
            same.append((candidate.traveller_id, Link.DOCUMENT))
            continue
        other = candidate.person
        # Both the identity key (which holds the birth date) and a near match need the same birth
        # date: a record born another day is nobody's match, and its names are not even read.
        if person.birth_date is None or other.birth_date != person.birth_date:
            continue
        names = _Names.of(other)
        if query.key is not None and _person_key(other, names) == query.key:
            same.append((candidate.traveller_id, Link.RENEWAL))
        else:
            near = query.near_match(candidate.traveller_id, other, names)
            if near is not None:
                possible.append(near)
    possible.sort(key=lambda match: (-match.score, str(match.traveller_id)))
    return Recognition(tuple(same), tuple(possible))


_ROUNDING = 1e-9


class _Query:
    """The traveller being recognised: their names normalised, tokenised and profiled once for all
    the candidates (a common birthday brings dozens)."""

    def __init__(self, person: PersonIdentity, threshold: float) -> None:
        self.person = person
        self.threshold = threshold
        self.names = _Names.of(person)
        self.key = _person_key(person, self.names)
        self._tokens: tuple[NameToken, ...] | None = None
        self._profile: NameProfile | None = None

    def near_match(
        self, traveller_id: Hashable, other: PersonIdentity, names: _Names
    ) -> PossibleMatch | None:
        """A near match with ``other``, born the same day as the traveller."""
        person = self.person
        if (
            names.joined == self.names.joined
            and person.sex == other.sex
            and person.nationality != other.nationality
        ):
            return PossibleMatch(traveller_id, NearMatch.OTHER_NATIONALITY, 1.0)
        if self._tokens is None or self._profile is None:
            self._tokens = self.names.tokens()
            self._profile = name_profile(self._tokens)
        tokens = names.tokens()
        # A cheap ceiling of the name score: most of a birthday's records cannot reach the threshold
        # and are not aligned (the score only grows with the name score; the margin absorbs the
        # rounding of sums added in another order).
        ceiling = name_score_ceiling(self._profile, name_profile(tokens))
        if combine_name_and_birth_date(ceiling + _ROUNDING, BirthDateRelation.EQUAL) < self.threshold:
            return None
        score = token_similarity_of_people(self._tokens, person.birth_date, tokens, other.birth_date)
        if score >= self.threshold:
            return PossibleMatch(traveller_id, NearMatch.SIMILAR_NAME, round(score, 3))
        return None
