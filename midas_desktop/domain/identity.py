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
from midas_desktop.domain.watchlist.names import normalise_name
from midas_desktop.domain.watchlist.scoring import person_similarity

__all__ = [
    "KnownTraveller",
    "Link",
    "PersonIdentity",
    "PossibleMatch",
    "Recognition",
    "document_key",
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


def _names(person: PersonIdentity) -> str:
    return f"{normalise_name(person.surname)}/{normalise_name(person.given_names)}"


def person_key(person: PersonIdentity) -> str | None:
    """The identity a renewed document keeps; None when the birth date or the names are unknown
    (such a person is recognised by their document only, never by a guess)."""
    if person.birth_date is None or not normalise_name(person.surname + " " + person.given_names):
        return None
    sex = person.sex if person.sex in ("M", "F") else "X"
    return f"{person.nationality.upper()}|{person.birth_date.isoformat()}|{sex}|{_names(person)}"


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
    key = person_key(person)
    same: list[tuple[Hashable, Link]] = []
    possible: list[PossibleMatch] = []
    seen: set[Hashable] = set()
    for candidate in candidates:
        if candidate.traveller_id in seen:
            continue
        seen.add(candidate.traveller_id)
        if document is not None and document in candidate.document_keys:
            same.append((candidate.traveller_id, Link.DOCUMENT))
        elif key is not None and person_key(candidate.person) == key:
            same.append((candidate.traveller_id, Link.RENEWAL))
        else:
            near = _near_match(person, candidate, threshold)
            if near is not None:
                possible.append(near)
    possible.sort(key=lambda match: (-match.score, str(match.traveller_id)))
    return Recognition(tuple(same), tuple(possible))


def _near_match(person: PersonIdentity, candidate: KnownTraveller, threshold: float) -> PossibleMatch | None:
    other = candidate.person
    if person.birth_date is None or other.birth_date != person.birth_date:
        return None
    if (
        _names(person) == _names(other)
        and person.sex == other.sex
        and person.nationality != other.nationality
    ):
        return PossibleMatch(candidate.traveller_id, NearMatch.OTHER_NATIONALITY, 1.0)
    score = person_similarity(
        person.surname,
        person.given_names,
        person.birth_date,
        other.surname,
        other.given_names,
        other.birth_date,
    )
    if score >= threshold:
        return PossibleMatch(candidate.traveller_id, NearMatch.SIMILAR_NAME, round(score, 3))
    return None
