#!/usr/bin/env python3
"""Measure the watchlist matcher on synthetic people: false positives, true positives, query time.

A watchlist is built from synthetic people (seed --watchlist-seed) and checked against a separate
synthetic population (seed --population-seed). Nobody in the population is listed, so every alert
is a false positive, except that two synthetic people may share a name *and* a birth date by
chance: those are reported apart as "same name and birth date" coincidences (a real border post
would have to check them too). True positives are measured on perturbed copies of listed persons
(with a new document, so only the name and birth date can find them).

    .venv/bin/python scripts/measure_watchlist_fp.py            # a few minutes on 2 cores
    .venv/bin/python scripts/measure_watchlist_fp.py --travellers 20000 --index-size 0

The rates are measured twice: with the whole list in one in-memory index, and the way the post
searches (the candidates that share a blocking key with the traveller, as kept in the store's
``watchlist_keys``, scored by the same index); both must agree. The query time is measured on a real
encrypted post store holding ``--index-size`` entries, through the service the counter calls.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import string
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_stats import p95

from midas_desktop.domain.watchlist import (
    DEFAULT_THRESHOLD,
    Subject,
    WatchlistEntry,
    WatchlistHit,
    WatchlistIndex,
    entry_keys,
    normalise_name,
    subject_keys,
)
from midas_desktop.domain.watchlist.names import PARTICLES
from midas_desktop.synthetic.people import SyntheticPerson, generate_people

# Scores are collected at this floor so that the rates can be shown for several thresholds at once.
SCORE_FLOOR = 0.6
THRESHOLDS = (0.70, 0.75, 0.78, 0.80, 0.82, 0.85, 0.90)


class KeyedIndex:
    """The post's search, in memory: candidates by blocking key, scored by a ``WatchlistIndex``."""

    def __init__(self, entries: list[WatchlistEntry]) -> None:
        self._by_key: dict[str, list[WatchlistEntry]] = {}
        for entry in entries:
            for key in entry_keys(entry):
                self._by_key.setdefault(key, []).append(entry)

    def search(
        self, subject: Subject, threshold: float = DEFAULT_THRESHOLD, limit: int = 10
    ) -> list[WatchlistHit]:
        seen: dict[int, WatchlistEntry] = {}
        for key in subject_keys(subject, threshold):
            for entry in self._by_key.get(key, ()):
                seen[id(entry)] = entry
        return WatchlistIndex(seen.values()).search(subject, threshold=threshold, limit=limit)


def build_watchlist(people: list[SyntheticPerson], seed: int) -> list[WatchlistEntry]:
    """A realistic mix: lost/stolen documents without names, persons without document or birth date."""
    rng = random.Random(seed)
    entries: list[WatchlistEntry] = []
    for number, person in enumerate(people):
        draw = rng.random()
        entry = WatchlistEntry(
            document_number=person.document_number,
            issuing_state=person.nationality,
            surname=person.surname,
            given_names=person.given_names,
            birth_date=person.birth_date,
            reason="synthetic",
            source="national",
            entry_id=f"W{number:06d}",
        )
        if draw < 0.10:
            entry = replace(entry, surname="", given_names="", birth_date=None, source="interpol_sltd")
        elif draw < 0.15:
            entry = replace(
                entry, document_number=None, issuing_state=None, birth_date=None, source="court_order"
            )
        elif draw < 0.50:
            entry = replace(entry, document_number=None, issuing_state=None)
        entries.append(entry)
    return entries


def traveller(person: SyntheticPerson, mrz_style: bool) -> Subject:
    convert = normalise_name if mrz_style else str
    return Subject(
        surname=convert(person.surname),
        given_names=convert(person.given_names),
        birth_date=person.birth_date,
        document_number=person.document_number,
        issuing_state=person.nationality,
        nationality=person.nationality,
    )


def _first_surname(surname: str) -> str:
    words = surname.replace("-", " ").split()
    for end, word in enumerate(words):
        if word not in PARTICLES:
            return " ".join(words[: end + 1])
    return surname


def _typo(rng: random.Random, subject: Subject) -> Subject:
    full = f"{subject.surname}|{subject.given_names}"
    positions = [i for i, ch in enumerate(full) if ch.isalpha()]
    i = rng.choice(positions)
    letter = rng.choice([ch for ch in string.ascii_uppercase if ch != full[i]])
    edit = rng.random()
    if edit < 0.6:
        full = full[:i] + letter + full[i + 1 :]
    elif edit < 0.8:
        full = full[:i] + full[i + 1 :]
    else:
        full = full[:i] + letter + full[i:]
    surname, given = full.split("|")
    return replace(subject, surname=surname, given_names=given)


# name -> (applies to this entry?, perturbation)
Perturbation = tuple[Callable[[WatchlistEntry], bool], Callable[[random.Random, Subject], Subject]]
PERTURBATIONS: dict[str, Perturbation] = {
    "accents dropped (MRZ)": (
        lambda e: True,
        lambda r, s: replace(s, surname=normalise_name(s.surname), given_names=normalise_name(s.given_names)),
    ),
    "ñ → n": (
        lambda e: "Ñ" in e.surname + e.given_names,
        lambda r, s: replace(
            s, surname=s.surname.replace("Ñ", "N"), given_names=s.given_names.replace("Ñ", "N")
        ),
    ),
    "hyphen removed": (
        lambda e: "-" in e.surname + e.given_names,
        lambda r, s: replace(
            s, surname=s.surname.replace("-", ""), given_names=s.given_names.replace("-", "")
        ),
    ),
    "given/surname swapped": (
        lambda e: True,
        lambda r, s: replace(s, surname=s.given_names, given_names=s.surname),
    ),
    "second surname missing": (
        lambda e: _first_surname(e.surname) != e.surname.replace("-", " "),
        lambda r, s: replace(s, surname=_first_surname(s.surname)),
    ),
    "one-letter typo": (lambda e: True, _typo),
}


def _new_document(rng: random.Random) -> str:
    return "".join(rng.choices(string.ascii_uppercase + string.digits, k=9))


SAME_NAME_AND_BIRTH_DATE = "same name and birth date"
SAME_NAME_NO_LISTED_DATE = "same name, no listed birth date"
OTHER = "other false positives"


def _category(hit_entry: WatchlistEntry, person: SyntheticPerson) -> str:
    """Why a traveller who is not listed alerted: a coincidence no matcher can tell apart, or not."""
    same_name = normalise_name(f"{hit_entry.surname} {hit_entry.given_names}") == normalise_name(
        f"{person.surname} {person.given_names}"
    )
    if same_name and hit_entry.birth_date == person.birth_date:
        return SAME_NAME_AND_BIRTH_DATE
    if same_name and hit_entry.birth_date is None:
        return SAME_NAME_NO_LISTED_DATE
    return OTHER


def count_alerting(
    index: WatchlistIndex | KeyedIndex, population: list[SyntheticPerson]
) -> tuple[dict[str, list[float]], list[float]]:
    """Per category, the best score of each traveller with a hit in it; and the query times."""
    best: dict[str, list[float]] = {
        SAME_NAME_AND_BIRTH_DATE: [],
        SAME_NAME_NO_LISTED_DATE: [],
        OTHER: [],
        "any": [],
    }
    timings: list[float] = []
    for number, person in enumerate(population):
        subject = traveller(person, mrz_style=number % 2 == 0)
        started = time.perf_counter()
        hits = index.search(subject, threshold=SCORE_FLOOR)
        timings.append(time.perf_counter() - started)
        per_category: dict[str, float] = {}
        for hit in hits:
            category = _category(hit.entry, person)
            per_category[category] = max(per_category.get(category, 0.0), hit.score)
        for category, score in per_category.items():
            best[category].append(score)
        if hits:
            best["any"].append(hits[0].score)
    return best, timings


def measure_true_positives(
    index: WatchlistIndex | KeyedIndex, entries: list[WatchlistEntry], seed: int, per_case: int
) -> dict[str, list[float]]:
    """Best score of the listed entry itself for each perturbed copy (0 when not found)."""
    rng = random.Random(seed)
    persons = [entry for entry in entries if entry.surname and entry.birth_date is not None]
    scores: dict[str, list[float]] = {}
    for name, (applies, perturb) in PERTURBATIONS.items():
        cases = [entry for entry in persons if applies(entry)][:per_case]
        scores[name] = []
        for entry in cases:
            subject = Subject(
                entry.surname, entry.given_names, entry.birth_date, _new_document(rng), entry.issuing_state
            )
            hits = index.search(perturb(rng, subject), threshold=SCORE_FLOOR, limit=50)
            scores[name].append(max((hit.score for hit in hits if hit.entry == entry), default=0.0))
    return scores


def rate(scores: list[float], total: int, threshold: float) -> float:
    return sum(score >= threshold for score in scores) / total if total else 0.0


def time_large_index(size: int, queries: list[SyntheticPerson], seed: int) -> None:
    """Query time on a real encrypted post store with ``size`` entries, through ``services.watchlist``."""
    import datetime as dt
    import resource
    import tempfile

    from sqlalchemy import insert

    from midas_desktop.domain.mrz import MrzFields
    from midas_desktop.services import watchlist
    from midas_desktop.services.session import init_store, login
    from midas_desktop.store.models import WatchlistRow

    entries = build_watchlist(generate_people(size, seed), seed)
    with tempfile.TemporaryDirectory() as scratch:
        store = Path(scratch) / "post.db"
        init_store(
            store,
            post_code="FP",
            post_name="FP",
            country="GTM",
            timezone=None,
            admin="admin",
            password="measure-pass-1",
        )
        started = time.perf_counter()
        with login(store, "admin", "measure-pass-1") as session:
            with session.transaction() as db:
                now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
                for start in range(0, len(entries), 10_000):
                    chunk = entries[start : start + 10_000]
                    db.execute(
                        insert(WatchlistRow),
                        [
                            {
                                "entry_id": e.entry_id,
                                "document_number": e.document_number,
                                "issuing_state": e.issuing_state,
                                "surname": e.surname,
                                "given_names": e.given_names,
                                "birth_date": e.birth_date,
                                "reason": e.reason,
                                "source": e.source,
                                "imported_utc": now,
                            }
                            for e in chunk
                        ],
                    )
                watchlist.ensure_keys(db)
            built = time.perf_counter() - started
            timings: list[float] = []
            cpu: list[float] = []  # each check's own CPU time: not inflated by a loaded machine
            for number, person in enumerate(queries):
                subject = traveller(person, mrz_style=number % 2 == 0)
                fields = MrzFields(
                    "P",
                    subject.issuing_state or "",
                    subject.surname,
                    subject.given_names,
                    subject.document_number or "",
                    person.nationality,
                    subject.birth_date,
                    "X",
                    None,
                    "",
                    None,
                )
                started, started_cpu = time.perf_counter(), time.thread_time()
                with session.reading() as db:
                    watchlist.search(db, session, fields)
                timings.append(time.perf_counter() - started)
                cpu.append(time.thread_time() - started_cpu)
    timings.sort()
    cpu.sort()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\nA post store with {size:,} entries (keys computed in {built:.1f} s); {len(queries):,} checks "
        f"through services.watchlist: median {statistics.median(timings) * 1e3:.2f} ms, "
        f"p95 {p95(timings) * 1e3:.2f} ms, max {timings[-1] * 1e3:.1f} ms wall; "
        f"CPU median {statistics.median(cpu) * 1e3:.2f} ms, p95 {p95(cpu) * 1e3:.2f} ms, "
        f"max {cpu[-1] * 1e3:.1f} ms; peak memory of this process {rss:.0f} MB; load average "
        + " ".join(f"{x:.1f}" for x in os.getloadavg())
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entries", type=int, default=2_000)
    parser.add_argument("--travellers", type=int, default=100_000)
    parser.add_argument("--watchlist-seed", type=int, default=1)
    parser.add_argument("--population-seed", type=int, default=2)
    parser.add_argument("--per-case", type=int, default=1_000, help="perturbed copies per perturbation")
    parser.add_argument(
        "--index-size", type=int, default=100_000, help="entries of the timing index (0: skip)"
    )
    args = parser.parse_args()

    entries = build_watchlist(generate_people(args.entries, args.watchlist_seed), args.watchlist_seed)
    population = generate_people(args.travellers, args.population_seed)
    whole = WatchlistIndex(entries)
    best_whole, _ = count_alerting(whole, population)
    true_whole = measure_true_positives(whole, entries, args.watchlist_seed + 1000, args.per_case)
    index = KeyedIndex(entries)
    best, timings = count_alerting(index, population)
    true_scores = measure_true_positives(index, entries, args.watchlist_seed + 1000, args.per_case)
    agree = best == best_whole and true_scores == true_whole
    all_true = [score for scores in true_scores.values() for score in scores]
    total_true = len(all_true)
    travellers = len(population)

    def share(scores: list[float], threshold: float) -> str:
        count = sum(score >= threshold for score in scores)
        return f"{count:>5} ({count / travellers:.3%})"

    print(
        f"Watchlist: {len(entries):,} entries (seed {args.watchlist_seed}); "
        f"population: {travellers:,} travellers (seed {args.population_seed}); "
        f"default threshold {DEFAULT_THRESHOLD}"
    )
    print("\nTravellers alerting (none is listed), by cause, and true positives on perturbed copies:")
    print(
        f"{'threshold':>9}  {'other false positives':>21}  {'same name+birth date':>20}  "
        f"{'same name, no date listed':>25}  {'any alert':>16}  {'true positives':>14}"
    )
    for threshold in sorted({*THRESHOLDS, DEFAULT_THRESHOLD}):
        marker = "  <- default" if threshold == DEFAULT_THRESHOLD else ""
        print(
            f"{threshold:>9.2f}  {share(best[OTHER], threshold):>21}  "
            f"{share(best[SAME_NAME_AND_BIRTH_DATE], threshold):>20}  "
            f"{share(best[SAME_NAME_NO_LISTED_DATE], threshold):>25}  {share(best['any'], threshold):>16}  "
            f"{rate(all_true, total_true, threshold):>14.2%}{marker}"
        )

    print(
        f"\nTrue positives at the default threshold {DEFAULT_THRESHOLD}, by perturbation "
        "(new document, same birth date):"
    )
    print(f"{'perturbation':<26} {'cases':>6} {'found':>6} {'rate':>8}")
    for name, scores in true_scores.items():
        found = sum(score >= DEFAULT_THRESHOLD for score in scores)
        print(f"{name:<26} {len(scores):>6} {found:>6} {rate(scores, len(scores), DEFAULT_THRESHOLD):>8.2%}")
    found_all = sum(score >= DEFAULT_THRESHOLD for score in all_true)
    print(f"{'all':<26} {total_true:>6} {found_all:>6} {rate(all_true, total_true, DEFAULT_THRESHOLD):>8.2%}")

    print(
        f"\nAt the default threshold {DEFAULT_THRESHOLD}: "
        f"false positives {share(best[OTHER], DEFAULT_THRESHOLD).strip()} of travellers; coincidences: "
        f"same name and birth date {share(best[SAME_NAME_AND_BIRTH_DATE], DEFAULT_THRESHOLD).strip()}, "
        f"same name, undated entry {share(best[SAME_NAME_NO_LISTED_DATE], DEFAULT_THRESHOLD).strip()}; "
        f"true positives {rate(all_true, total_true, DEFAULT_THRESHOLD):.2%}"
    )
    print(
        "The post's search (candidates by blocking key) and one index of the whole list "
        + ("found exactly the same hits with the same scores." if agree else "DISAGREE: see above.")
    )
    timings.sort()
    print(
        f"Query time on {len(entries):,} entries (scored at floor {SCORE_FLOOR}): median "
        f"{statistics.median(timings) * 1e3:.3f} ms, p95 {p95(timings) * 1e3:.3f} ms"
    )
    if args.index_size:
        time_large_index(args.index_size, population[:2_000], args.watchlist_seed + 7)


if __name__ == "__main__":
    main()
