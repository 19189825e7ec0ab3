"""A seeded generator of plausible synthetic travellers of Mesoamerica and the Caribbean.

Names are in natural upper-case spelling with accents, Ñ, hyphens and particles ("PÉREZ NÚÑEZ",
"DE LA CRUZ", "SAINT-FLEUR"); Hispanic people usually carry two surnames and often two given names.
Dates are drawn relative to a fixed reference day, not today, so a seed always gives the same people.
"""

from __future__ import annotations

import random
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from midas_desktop.synthetic import name_pools as pools

REFERENCE_DAY = date(2025, 1, 1)

# ISO 3166 alpha-3 nationalities, weighted towards the region's border traffic.
NATIONALITY_WEIGHTS: dict[str, int] = {
    "GTM": 14,
    "SLV": 10,
    "HND": 10,
    "MEX": 12,
    "NIC": 8,
    "CRI": 6,
    "PAN": 5,
    "BLZ": 3,
    "USA": 8,
    "CAN": 3,
    "COL": 5,
    "CUB": 3,
    "DOM": 4,
    "HTI": 3,
    "JAM": 3,
    "VEN": 4,
    "ESP": 2,
    "ECU": 1,
    "PER": 1,
    "TTO": 1,
}

HISPANIC, ENGLISH, FRENCH = "hispanic", "english", "french"
# Share of each naming culture per nationality; unlisted nationalities are Hispanic.
CULTURE_BY_NATIONALITY: dict[str, dict[str, int]] = {
    "BLZ": {HISPANIC: 1, ENGLISH: 1},
    "USA": {HISPANIC: 2, ENGLISH: 3},
    "CAN": {HISPANIC: 1, ENGLISH: 8, FRENCH: 1},
    "JAM": {ENGLISH: 1},
    "TTO": {ENGLISH: 1},
    "HTI": {FRENCH: 1},
}

_POOLS: dict[str, tuple[Sequence[str], Sequence[str], Sequence[str]]] = {
    HISPANIC: (pools.HISPANIC_MALE, pools.HISPANIC_FEMALE, pools.HISPANIC_SURNAMES),
    ENGLISH: (pools.ENGLISH_MALE, pools.ENGLISH_FEMALE, pools.ENGLISH_SURNAMES),
    FRENCH: (pools.FRENCH_MALE, pools.FRENCH_FEMALE, pools.FRENCH_SURNAMES),
}


@dataclass(frozen=True)
class SyntheticPerson:
    surname: str
    given_names: str
    nationality: str
    birth_date: date
    sex: str  # "F", "M" or "X"
    document_number: str
    document_expiry: date


class _WeightedPool:
    """Zipf-like draws: the k-th name of a pool is drawn with weight 1 / (k + 3)."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)
        self.cumulative = list(accumulate(1.0 / (rank + 3) for rank in range(len(names))))

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.names, cum_weights=self.cumulative)[0]


_WEIGHTED = {culture: tuple(_WeightedPool(pool) for pool in trio) for culture, trio in _POOLS.items()}
_NATIONALITIES = list(NATIONALITY_WEIGHTS)
_NATIONALITY_CUMULATIVE = list(accumulate(NATIONALITY_WEIGHTS.values()))


def _culture(rng: random.Random, nationality: str) -> str:
    shares = CULTURE_BY_NATIONALITY.get(nationality, {HISPANIC: 1})
    return rng.choices(list(shares), weights=list(shares.values()))[0]


def _given_names(rng: random.Random, culture: str, sex: str) -> str:
    male, female, _ = _WEIGHTED[culture]
    pool = male if sex == "M" else female if sex == "F" else rng.choice((male, female))
    first = pool.draw(rng)
    second_name_share = 0.55 if culture == HISPANIC else 0.35
    if rng.random() < second_name_share:
        second = pool.draw(rng)
        if second != first and first not in second and second not in first:
            return f"{first} {second}"
    return first


def _surname(rng: random.Random, culture: str) -> str:
    surnames = _WEIGHTED[culture][2]
    first = surnames.draw(rng)
    if culture == HISPANIC and rng.random() < 0.9:  # paternal and maternal surname
        second = surnames.draw(rng)
        joiner = "-" if rng.random() < 0.03 else " "
        return f"{first}{joiner}{second}"
    if culture == ENGLISH and rng.random() < 0.03:  # double-barrelled
        return f"{first}-{surnames.draw(rng)}"
    return first


def _document_number(rng: random.Random) -> str:
    style = rng.random()
    if style < 0.5:
        return rng.choice(string.ascii_uppercase) + "".join(rng.choices(string.digits, k=8))
    if style < 0.8:
        return "".join(rng.choices(string.ascii_uppercase, k=2)) + "".join(rng.choices(string.digits, k=7))
    return "".join(rng.choices(string.ascii_uppercase + string.digits, k=9))


def _person(rng: random.Random) -> SyntheticPerson:
    nationality = rng.choices(_NATIONALITIES, cum_weights=_NATIONALITY_CUMULATIVE)[0]
    culture = _culture(rng, nationality)
    sex_draw = rng.random()
    sex = "X" if sex_draw < 0.005 else "F" if sex_draw < 0.5025 else "M"
    age_years = rng.triangular(0.0, 90.0, 32.0)
    birth_date = REFERENCE_DAY - timedelta(days=int(age_years * 365.25))
    validity_years = 5 if age_years < 18 else rng.choice((5, 10))
    validity = timedelta(days=int(validity_years * 365.25))
    issued = REFERENCE_DAY - timedelta(days=rng.randrange(0, validity.days + 365))  # about 1 in 10 expired
    issued = max(issued, birth_date + timedelta(days=1))
    return SyntheticPerson(
        surname=_surname(rng, culture),
        given_names=_given_names(rng, culture, sex),
        nationality=nationality,
        birth_date=birth_date,
        sex=sex,
        document_number=_document_number(rng),
        document_expiry=issued + validity,
    )


def generate_people(n: int, seed: int = 0) -> list[SyntheticPerson]:
    """``n`` synthetic travellers; the same seed always gives the same people, in the same order."""
    if n < 0:
        raise ValueError("n must not be negative")
    rng = random.Random(seed)
    return [_person(rng) for _ in range(n)]
