"""Who a traveller is (domain.identity): document, renewal, near matches never merged."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Hashable
from dataclasses import replace

from midas_desktop.domain.identity import (
    KnownTraveller,
    Link,
    NearMatch,
    PersonIdentity,
    PossibleMatch,
    Recognition,
    document_key,
    joined_person_key,
    keys_let_go,
    person_key,
    recognise,
)
from midas_desktop.domain.watchlist.names import name_tokens, normalise_name
from midas_desktop.domain.watchlist.scoring import (
    compare_names,
    name_profile,
    name_score_ceiling,
    name_score_upper_bound,
    person_similarity,
)
from midas_desktop.synthetic.people import generate_people

BORN = dt.date(1985, 3, 14)
ANA = PersonIdentity("GARCIA LOPEZ", "ANA MARIA", "MEX", BORN, "F")


def known(traveller_id: int, person: PersonIdentity, *documents: str) -> KnownTraveller:
    return KnownTraveller(traveller_id, person, frozenset(documents))


def test_the_same_document_is_the_same_traveller() -> None:
    decision = recognise(ANA, document_key("MEX", "X1"), [known(7, ANA, "MEX:X1")])
    assert decision.same == ((7, Link.DOCUMENT),)


def test_a_renewed_document_with_the_same_identity_joins_the_old_record() -> None:
    accented = PersonIdentity("García López", "Ana-María", "MEX", BORN, "F")
    decision = recognise(accented, document_key("MEX", "Y2"), [known(7, ANA, "MEX:X1")])
    assert decision.same == ((7, Link.RENEWAL),)
    assert person_key(accented) == person_key(ANA)


def test_one_document_can_link_two_records_that_were_apart() -> None:
    decision = recognise(
        ANA, "MEX:X1", [known(3, PersonIdentity("OTHER", "NAME", "MEX", None, "F"), "MEX:X1"), known(9, ANA)]
    )
    assert sorted(traveller for traveller, _link in decision.same) == [3, 9]


def test_a_near_match_is_offered_never_merged() -> None:
    typo = PersonIdentity("GARCIA LOPES", "ANA MARIA", "MEX", BORN, "F")
    other_nationality = PersonIdentity("GARCIA LOPEZ", "ANA MARIA", "GTM", BORN, "F")
    decision = recognise(ANA, "MEX:Z9", [known(1, typo, "MEX:A1"), known(2, other_nationality, "GTM:B2")])
    assert decision.same == ()
    assert {(m.traveller_id, m.reason) for m in decision.possible} == {
        (1, NearMatch.SIMILAR_NAME),
        (2, NearMatch.OTHER_NATIONALITY),
    }


def test_no_identity_key_without_a_birth_date_and_no_merge_by_guess() -> None:
    unknown_birth = PersonIdentity("GARCIA LOPEZ", "ANA MARIA", "MEX", None, "F")
    assert person_key(unknown_birth) is None
    decision = recognise(unknown_birth, "MEX:Q1", [known(1, unknown_birth, "MEX:A1")])
    assert decision.same == () and decision.possible == ()


def test_a_different_birth_date_or_sex_is_someone_else() -> None:
    candidates = [
        known(1, PersonIdentity("GARCIA LOPEZ", "ANA MARIA", "MEX", dt.date(1986, 3, 14), "F"), "MEX:A1"),
        known(2, PersonIdentity("GARCIA LOPEZ", "ANA MARIA", "MEX", BORN, "M"), "MEX:A2"),
    ]
    assert recognise(ANA, "MEX:Z9", candidates).same == ()


def test_document_keys_ignore_fillers_spaces_and_case() -> None:
    assert document_key(" mex ", "x12<<") == document_key("MEX", "X12") == "MEX:X12"


def _reference_recognise(
    person: PersonIdentity, document: str | None, candidates: list[KnownTraveller], threshold: float = 0.8
) -> Recognition:
    """The rule written the plain way (every name normalised and scored from scratch per candidate):
    recognition must decide exactly as this does, however it saves work."""

    def names(p: PersonIdentity) -> str:
        return f"{normalise_name(p.surname)}/{normalise_name(p.given_names)}"

    def key(p: PersonIdentity) -> str | None:
        if p.birth_date is None or not normalise_name(p.surname + " " + p.given_names):
            return None
        sex = p.sex if p.sex in ("M", "F") else "X"
        return f"{p.nationality.upper()}|{p.birth_date.isoformat()}|{sex}|{names(p)}"

    mine = key(person)
    same: list[tuple[Hashable, Link]] = []
    possible: list[PossibleMatch] = []
    seen: set[Hashable] = set()
    for candidate in candidates:
        if candidate.traveller_id in seen:
            continue
        seen.add(candidate.traveller_id)
        other = candidate.person
        if document is not None and document in candidate.document_keys:
            same.append((candidate.traveller_id, Link.DOCUMENT))
        elif mine is not None and key(other) == mine:
            same.append((candidate.traveller_id, Link.RENEWAL))
        elif person.birth_date is not None and other.birth_date == person.birth_date:
            if (
                names(person) == names(other)
                and person.sex == other.sex
                and person.nationality != other.nationality
            ):
                possible.append(PossibleMatch(candidate.traveller_id, NearMatch.OTHER_NATIONALITY, 1.0))
                continue
            score = person_similarity(
                person.surname,
                person.given_names,
                person.birth_date,
                other.surname,
                other.given_names,
                other.birth_date,
            )
            if score >= threshold:
                possible.append(
                    PossibleMatch(candidate.traveller_id, NearMatch.SIMILAR_NAME, round(score, 3))
                )
    possible.sort(key=lambda match: (-match.score, str(match.traveller_id)))
    return Recognition(tuple(same), tuple(possible))


def _variants(rng: random.Random, person: PersonIdentity) -> list[PersonIdentity]:
    """Spellings a counter meets for one person: accents dropped, a typo, a surname cut to one, names
    swapped, another nationality or sex, particles, punctuation, empty names."""
    surname, given = person.surname, person.given_names

    def typo(text: str) -> str:
        if len(text) < 3:
            return text
        i = rng.randrange(1, len(text) - 1)
        return text[:i] + rng.choice("AEIOUSZNLR") + text[i + 1 :]

    return [
        replace(person, surname=normalise_name(surname), given_names=normalise_name(given)),
        replace(person, surname=typo(surname)),
        replace(person, given_names=typo(given)),
        replace(person, surname=surname.split()[0]),
        replace(person, surname=given, given_names=surname),
        replace(person, nationality="XXA" if person.nationality != "XXA" else "GTM"),
        replace(person, sex="M" if person.sex == "F" else "F"),
        replace(person, surname="DE LA " + surname, given_names=given.replace(" ", "-")),
        replace(person, given_names=given.split()[0]),
        replace(person, surname="", given_names=""),
        replace(person, surname="<<", given_names=given),
        replace(person, birth_date=None),
    ]


def test_recognition_decides_exactly_as_the_plain_rule_on_many_people() -> None:
    rng = random.Random(5)
    people = [
        PersonIdentity(p.surname, p.given_names, p.nationality, BORN, p.sex)
        for p in generate_people(40, seed=3)
    ]
    pool = [variant for person in people for variant in (person, *_variants(rng, person))]
    candidates = [known(i, candidate, f"GTM:{i}") for i, candidate in enumerate(pool)] + [
        known(10_000, replace(ANA, birth_date=dt.date(1990, 1, 1)), "GTM:X")
    ]
    rng.shuffle(candidates)
    near_seen = renewals_seen = 0
    for query in rng.sample(pool, 40):
        for document in (None, "GTM:7"):
            for threshold in (0.8, 0.6):
                expected = _reference_recognise(query, document, candidates, threshold)
                assert recognise(query, document, candidates, threshold) == expected
                near_seen += any(m.reason is NearMatch.SIMILAR_NAME for m in expected.possible)
                renewals_seen += any(link is Link.RENEWAL for _id, link in expected.same)
    assert near_seen > 30 and renewals_seen > 30  # the cases exercise every branch


def test_the_name_score_ceiling_is_never_below_the_score() -> None:
    rng = random.Random(9)
    people = [
        PersonIdentity(p.surname, p.given_names, p.nationality, BORN, p.sex)
        for p in generate_people(60, seed=4)
    ]
    pool = [variant for person in people for variant in (person, *_variants(rng, person))]
    profiles = [(p, name_profile(name_tokens(p.surname, p.given_names))) for p in pool]
    tight = 0
    for (a, first), (b, second) in (rng.sample(profiles, 2) for _ in range(4_000)):
        comparison = compare_names(first.tokens, second.tokens)
        score = comparison.score if comparison is not None else 0.0
        ceiling = name_score_ceiling(first, second)
        assert ceiling + 1e-9 >= score, (a, b)
        tight += ceiling < 0.765 <= name_score_upper_bound(first, second)
    assert tight > 1_000  # and it rules out far more than the watchlist's coarser bound


def test_records_joined_into_one_keep_the_kept_key_else_the_oldest_joined_one() -> None:
    assert joined_person_key("MEX|1985-03-14|M|A/B", ["MEX|1985-03-14|X|A/B"]) == "MEX|1985-03-14|M|A/B"
    assert joined_person_key(None, [None, "K2", "K3"]) == "K2"
    assert joined_person_key(None, [None]) is None


def test_records_joined_into_one_keep_every_other_key_they_held_once() -> None:
    assert keys_let_go("K1", ["K2", None, "K1", "K3", "K2"]) == ["K2", "K3"]
    assert keys_let_go(None, [None, "K2", "K3"]) == ["K3"]  # K2 became the joined record's key
    assert keys_let_go(None, [None]) == []
