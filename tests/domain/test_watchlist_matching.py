"""Matching subjects against the watchlist: documents, transliterations, birth dates, ranking."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest

from midas_desktop.domain.watchlist import (
    DEFAULT_THRESHOLD,
    KIND_DOCUMENT,
    KIND_DOCUMENT_NUMBER_ONLY,
    KIND_NAME,
    KIND_NAME_AND_BIRTH_DATE,
    Subject,
    WatchlistEntry,
    WatchlistIndex,
    normalise_name,
)
from midas_desktop.synthetic.people import generate_people

BORN = date(1980, 5, 7)


def listed(
    surname: str, given: str, born: date | None = BORN, document: str | None = None, state: str | None = None
) -> WatchlistEntry:
    return WatchlistEntry(
        document, state, surname, given, born, "test", "national", entry_id=f"{surname}/{given}"
    )


PEREZ = listed("PÉREZ NÚÑEZ", "JOSÉ MARÍA", document="P1234567", state="GTM")
CRUZ = listed("DE LA CRUZ ORDÓÑEZ", "ANA LUCÍA", date(1991, 11, 3))
FLEUR = listed("SAINT-FLEUR", "JEAN-BAPTISTE", date(1975, 2, 14))
SMITH = listed("SMITH", "DWAYNE", date(1988, 8, 8))
GARCIA = listed("GARCÍA", "JOSÉ", date(1970, 1, 1))
UNDATED = listed("LÓPEZ DÍAZ", "MARÍA JOSÉ", born=None)
STOLEN = WatchlistEntry("X9876543", "SLV", "", "", None, "stolen", "interpol_sltd")
INDEX = WatchlistIndex([PEREZ, CRUZ, FLEUR, SMITH, GARCIA, UNDATED, STOLEN])


def subject(
    surname: str, given: str, born: date | None = BORN, document: str | None = None, state: str | None = None
) -> Subject:
    return Subject(surname, given, born, document, state)


def best(found: Subject) -> tuple[WatchlistEntry, float, str]:
    hits = INDEX.search(found)
    assert hits, f"no hit for {found}"
    return hits[0].entry, hits[0].score, hits[0].kind


def test_exact_document_hit_ignores_spaces_hyphens_and_fillers() -> None:
    entry, score, kind = best(subject("OTHER", "NAME", None, "P123-45 67<", "GTM"))
    assert (entry, score, kind) == (PEREZ, 1.0, KIND_DOCUMENT)
    assert best(subject("", "", None, "x9876543", "SLV"))[0] == STOLEN


def test_o_and_zero_are_not_conflated_for_the_document_number() -> None:
    assert INDEX.search(subject("OTHER", "NAME", None, "X98765A3", "SLV")) == []
    assert INDEX.search(subject("OTHER", "NAME", None, "P1234S67", "GTM")) == []


def test_same_number_from_another_state_is_a_weaker_document_number_only_hit() -> None:
    [hit] = INDEX.search(subject("OTHER", "NAME", None, "X9876543", "HND"), threshold=0.5)
    assert hit.kind == KIND_DOCUMENT_NUMBER_ONLY and hit.score < DEFAULT_THRESHOLD
    assert "issued by HND" in hit.explanation
    # ... which the name and birth date can confirm
    [confirmed] = INDEX.search(subject("PEREZ NUNEZ", "JOSE MARIA", BORN, "P1234567", "HND"))
    assert confirmed.kind == KIND_DOCUMENT_NUMBER_ONLY and confirmed.score > 0.95
    # and an unknown issuing state cannot tell the documents apart
    [unknown_state] = INDEX.search(subject("OTHER", "NAME", None, "X9876543", None))
    assert unknown_state.kind == KIND_DOCUMENT_NUMBER_ONLY and unknown_state.score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("case", "found", "expected"),
    [
        ("accents dropped (MRZ)", subject("PEREZ NUNEZ", "JOSE MARIA"), PEREZ),
        ("ñ → n", subject("PÉREZ NUÑEZ".replace("Ñ", "N"), "JOSÉ MARÍA"), PEREZ),
        ("given/surname swapped", subject("JOSE MARIA", "PEREZ NUNEZ"), PEREZ),
        ("second surname missing", subject("PEREZ", "JOSE MARIA"), PEREZ),
        ("typo", subject("PEREZ NUNEX", "JOSE MARIA"), PEREZ),
        ("OCR confusion", subject("PEREZ NUNEZ", "JOSE MAHIA"), PEREZ),
        ("transposed letters", subject("PEREZ NUNEZ", "JSOE MARIA"), PEREZ),
        ("spelling variant", subject("PERES NUNES", "JOSE MARIA"), PEREZ),
        ("particles dropped", subject("CRUZ ORDONEZ", "ANA LUCIA", date(1991, 11, 3)), CRUZ),
        ("hyphen removed", subject("SAINTFLEUR", "JEANBAPTISTE", date(1975, 2, 14)), FLEUR),
        ("hyphen as MRZ filler", subject("SAINT FLEUR", "JEAN BAPTISTE", date(1975, 2, 14)), FLEUR),
        ("day and month swapped", subject("PEREZ NUNEZ", "JOSE MARIA", date(1980, 7, 5)), PEREZ),
        ("year off by one", subject("PEREZ NUNEZ", "JOSE MARIA", date(1981, 5, 7)), PEREZ),
    ],
)
def test_transliterations_and_errors_still_match(case: str, found: Subject, expected: WatchlistEntry) -> None:
    entry, score, kind = best(found)
    assert entry == expected, case
    assert score >= DEFAULT_THRESHOLD
    assert kind == KIND_NAME_AND_BIRTH_DATE


def test_explanation_says_why() -> None:
    [hit] = INDEX.search(subject("PEREZ", "JOSE MARIA"))
    assert "PÉREZ NÚÑEZ" in hit.explanation
    assert "missing second surname NUNEZ" in hit.explanation
    assert "birth date equal" in hit.explanation
    [swapped] = INDEX.search(subject("JOSE MARIA", "PEREZ NUNEZ"))
    assert "swapped" in swapped.explanation


def test_common_name_with_another_birth_date_does_not_alert() -> None:
    assert INDEX.search(subject("GARCIA", "JOSE", date(1985, 6, 20))) == []
    [low] = INDEX.search(subject("GARCIA", "JOSE", date(1985, 6, 20)), threshold=0.3)
    assert low.entry == GARCIA and low.score <= 0.5 and "birth date differs" in low.explanation
    # nor does another JOSÉ with the same birth date
    assert INDEX.search(subject("GARCIA", "JUAN", date(1970, 1, 1))) == []


def test_unknown_birth_date_is_neutral_exact_name_still_alerts() -> None:
    [hit] = INDEX.search(subject("LOPEZ DIAZ", "MARIA JOSE", date(2001, 1, 1)))
    assert hit.entry == UNDATED and hit.kind == KIND_NAME
    [hit] = INDEX.search(subject("PEREZ NUNEZ", "JOSE MARIA", None))
    assert hit.entry == PEREZ and hit.kind == KIND_NAME
    # the reversed surnames of another family need a birth date to alert
    assert INDEX.search(subject("DIAZ LOPEZ", "MARIA JOSE", date(2001, 1, 1))) == []


def test_hits_are_ranked_by_score() -> None:
    variants = [
        listed("PÉREZ NÚÑEZ", "JOSÉ MARÍA"),
        listed("PERES NUNES", "JOSE MARIA"),
        listed("PÉREZ", "JOSÉ MARÍA"),
        listed("PÉREZ NÚÑEZ", "JOSÉ MARÍA", date(1980, 7, 5)),
        listed("PÉREZ NÚÑEZ", "JOSÉ MARÍA", date(1999, 1, 1)),
    ]
    hits = WatchlistIndex(variants).search(subject("PEREZ NUNEZ", "JOSE MARIA"), threshold=0.3)
    assert [hit.entry for hit in hits] == variants
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    assert (
        len(WatchlistIndex(variants).search(subject("PEREZ NUNEZ", "JOSE MARIA"), threshold=0.3, limit=2))
        == 2
    )


def test_perturbed_copies_are_found_in_a_larger_synthetic_index() -> None:
    people = generate_people(3_000, seed=11)
    entries = [
        listed(p.surname, p.given_names, p.birth_date, p.document_number, p.nationality) for p in people
    ]
    index = WatchlistIndex(entries)
    rng = random.Random(3)
    found = 0
    checked = entries[:300]
    for entry in checked:
        probe = subject(normalise_name(entry.surname), normalise_name(entry.given_names), entry.birth_date)
        if rng.random() < 0.5:
            probe = replace(probe, surname=probe.given_names, given_names=probe.surname)
        found += any(hit.entry is entry for hit in index.search(probe))
    assert found / len(checked) > 0.98


def test_threshold_below_one_half_and_subjects_without_birth_date_use_the_full_name_index() -> None:
    index = WatchlistIndex([GARCIA, PEREZ])
    assert [
        hit.entry for hit in index.search(subject("GARCIA", "JOSE", date(1999, 9, 9)), threshold=0.4)
    ] == [GARCIA]
    assert [hit.entry for hit in index.search(subject("PEREZ NUNEZ", "JOSE MARIA", None))] == [PEREZ]
