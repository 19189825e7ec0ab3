"""The synthetic traveller generator: deterministic, plausible, in natural spelling."""

from __future__ import annotations

from midas_desktop.synthetic.people import NATIONALITY_WEIGHTS, generate_people


def test_same_seed_same_people_other_seed_other_people() -> None:
    assert generate_people(200, seed=7) == generate_people(200, seed=7)
    assert generate_people(200, seed=7) != generate_people(200, seed=8)
    assert generate_people(50, seed=7) == generate_people(200, seed=7)[:50]


def test_people_are_plausible() -> None:
    people = generate_people(3_000, seed=1)
    for person in people:
        assert person.surname and person.given_names
        assert person.nationality in NATIONALITY_WEIGHTS
        assert person.sex in {"F", "M", "X"}
        assert len(person.document_number) == 9 and person.document_number.isalnum()
        assert person.document_number == person.document_number.upper()
        assert person.document_expiry > person.birth_date
    names = " ".join(f"{person.surname} {person.given_names}" for person in people)
    assert "Ñ" in names and "É" in names and "-" in names and " DE LA " in f" {names} "
    double_surnames = sum(len(person.surname.split()) >= 2 for person in people)
    assert double_surnames > len(people) // 3
    assert {"GTM", "HTI", "JAM", "USA"} <= {person.nationality for person in people}
