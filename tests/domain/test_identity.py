"""Who a traveller is (domain.identity): document, renewal, near matches never merged."""

from __future__ import annotations

import datetime as dt

from midas_desktop.domain.identity import (
    KnownTraveller,
    Link,
    NearMatch,
    PersonIdentity,
    document_key,
    person_key,
    recognise,
)

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
