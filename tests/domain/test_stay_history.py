"""From movements to stays (domain.stay.history): missing exits, orphan exits, the area, arrival order."""

from __future__ import annotations

import datetime as dt
import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from midas_desktop.domain.stay import default_rule_book
from midas_desktop.domain.stay.history import (
    Direction,
    ExtensionFact,
    MovementFact,
    assess_traveller,
    build_history,
)

BOOK = default_rule_book()
D = dt.date.fromisoformat


def move(
    movement_id: str,
    direction: str,
    country: str,
    day: str,
    *,
    post: str = "",
    decision: str = "",
    hour: int = 12,
    granted: int | None = None,
) -> MovementFact:
    return MovementFact(
        id=movement_id,
        direction=Direction(direction),
        country=country,
        local_date=D(day),
        at=dt.datetime.combine(D(day), dt.time(hour)),
        post=post or f"{country}-POST",
        decision=decision,
        days_granted=granted,
    )


def stays_of(history: object) -> list[tuple[str, str, str | None, bool]]:
    return [
        (
            s.country,
            s.entry_date.isoformat(),
            s.exit_date.isoformat() if s.exit_date else None,
            s.exit_missing,
        )
        for s in history.stays  # type: ignore[attr-defined]
    ]


def test_two_pulled_entries_then_an_exit_here_leave_the_traveller_out_of_the_country() -> None:
    """The reported case: 01-01 and 01-20 entries from other posts, an exit here on 01-25. On b88dd7d
    the 01-01 stay stayed open and on 06-01 the check showed 152 days used and a 62-day overstay."""
    movements = [
        move("a", "entry", "GTM", "2025-01-01", post="GTM-A"),
        move("b", "entry", "GTM", "2025-01-20", post="GTM-B"),
        move("c", "exit", "GTM", "2025-01-25", post="GTM-HERE"),
    ]
    at = dt.datetime(2025, 6, 1, 12)
    assessment = assess_traveller(
        movements, [], book=BOOK, nationality="MEX", country="GTM", day=at.date(), at=at
    )
    assert stays_of(assessment.history) == [
        ("GTM", "2025-01-01", "2025-01-19", True),
        ("GTM", "2025-01-20", "2025-01-25", False),
    ]
    assert not assessment.in_country and not assessment.in_area
    assert assessment.suggested is Direction.ENTRY
    assert assessment.previous_overstays == ()
    assert assessment.figures is not None and assessment.figures.overstay_days == 0


def test_a_missing_exit_that_implies_an_overstay_counts() -> None:
    history = build_history(
        [move("a", "entry", "MEX", "2025-01-01"), move("b", "entry", "MEX", "2025-06-01")],
        [],
        BOOK,
        "USA",
        D("2025-06-01"),
    )
    first, second = history.stays
    assert first.exit_missing and first.exit_date == D("2025-05-31")
    assert first.latest_exit == D("2025-03-31") and first.overstay_days == 61
    assert [s.entry_movement_id for s in history.previous_overstays()] == ["a"]
    assert second.open and not second.exit_missing


def test_an_exit_that_arrives_later_replaces_the_assumption() -> None:
    movements = [move("a", "entry", "MEX", "2025-01-01"), move("b", "entry", "MEX", "2025-06-01")]
    late_exit = move("x", "exit", "MEX", "2025-02-01")
    history = build_history([*movements, late_exit], [], BOOK, "USA", D("2025-06-01"))
    first = history.stays[0]
    assert first.exit_date == D("2025-02-01") and not first.exit_missing and first.overstay_days == 0
    assert first.exit_movement_id == "x"


def test_an_entry_into_another_area_member_ends_the_open_area_stay() -> None:
    history = build_history(
        [move("a", "entry", "SLV", "2025-01-01"), move("b", "entry", "GTM", "2025-02-10")],
        [],
        BOOK,
        "MEX",
        D("2025-04-05"),
    )
    assert stays_of(history) == [
        ("SLV", "2025-01-01", "2025-02-09", True),
        ("GTM", "2025-02-10", None, False),
    ]
    # One CA-4 chain from 01-01: 95 days used on 04-05, 5 over.
    assert history.stays[-1].overstay_days == 5


def test_an_exit_with_no_entry_is_kept_and_closes_nobody_elses_stay() -> None:
    """At a Guatemalan post, an open Salvadoran stay: an exit from Guatemala must not close it."""
    history = build_history(
        [move("a", "entry", "SLV", "2025-01-01"), move("x", "exit", "GTM", "2025-01-10")],
        [],
        BOOK,
        "MEX",
        D("2025-01-10"),
    )
    assert stays_of(history) == [("SLV", "2025-01-01", None, False)]
    assert [m.id for m in history.orphan_exits] == ["x"]


def test_in_country_is_the_posts_own_country_and_in_area_the_shared_area() -> None:
    """b88dd7d: an open Salvadoran stay made a Guatemalan post suggest an exit."""
    at = dt.datetime(2025, 2, 1, 12)
    assessment = assess_traveller(
        [move("a", "entry", "SLV", "2025-01-01")],
        [],
        book=BOOK,
        nationality="MEX",
        country="GTM",
        day=at.date(),
        at=at,
    )
    assert not assessment.in_country and assessment.in_area
    assert assessment.suggested is Direction.ENTRY
    # The area stay goes on counting: 32 days used on 02-01, whether entering GTM or not.
    assert assessment.figures is not None and assessment.figures.days_used == 32
    assert assessment.figures.latest_exit == D("2025-03-31")
    # Entering Guatemala ends the Salvadoran stay the day before; the chain continues.
    assert stays_of(assessment.after) == [
        ("SLV", "2025-01-01", "2025-01-31", True),
        ("GTM", "2025-02-01", None, False),
    ]


def test_outside_a_shared_area_an_open_stay_elsewhere_is_not_in_country_nor_in_area() -> None:
    at = dt.datetime(2025, 2, 1, 12)
    assessment = assess_traveller(
        [move("a", "entry", "MEX", "2025-01-01")],
        [],
        book=BOOK,
        nationality="USA",
        country="CRI",
        day=at.date(),
        at=at,
    )
    assert not assessment.in_country and not assessment.in_area


def test_a_refused_entry_opens_no_stay() -> None:
    history = build_history(
        [move("a", "entry", "GTM", "2025-01-01", decision="refused")], [], BOOK, "MEX", D("2025-01-05")
    )
    assert history.stays == () and [m.id for m in history.refusals] == ["a"]


def test_extensions_granted_anywhere_add_to_the_stay_of_their_entry_movement() -> None:
    movements = [move("a", "entry", "GTM", "2025-01-01")]
    extensions = [ExtensionFact("e1", "a", 20), ExtensionFact("e2", "a", 10), ExtensionFact("e1", "a", 20)]
    history = build_history(movements, extensions, BOOK, "MEX", D("2025-04-05"))
    [stay] = history.stays
    assert stay.extension_days == 30  # the duplicate of e1 counts once
    assert stay.latest_exit == D("2025-04-30") and stay.overstay_days == 0


def test_the_figures_of_a_check_are_the_figures_recorded() -> None:
    """The check assesses the crossing it suggests; recording assesses the real one: same figures."""
    known = [move("a", "entry", "GTM", "2025-01-01"), move("b", "exit", "GTM", "2025-02-01")]
    at = dt.datetime(2025, 3, 1, 9)
    check = assess_traveller(known, [], book=BOOK, nationality="MEX", country="GTM", day=at.date(), at=at)
    recorded = assess_traveller(
        known,
        [],
        book=BOOK,
        nationality="MEX",
        country="GTM",
        day=at.date(),
        at=at,
        crossing=move("c", "entry", "GTM", "2025-03-01", hour=9),
    )
    assert check.figures == recorded.figures
    assert check.figures is not None and check.figures.entering and check.figures.days_used == 1


# --- any arrival order, duplicates -----------------------------------------------------------------

COUNTRIES = ("GTM", "SLV", "HND", "MEX", "CRI")


@st.composite
def histories(draw: st.DrawFn) -> list[MovementFact]:
    count = draw(st.integers(1, 12))
    day = D("2024-01-01")
    out: list[MovementFact] = []
    for index in range(count):
        day += dt.timedelta(days=draw(st.integers(0, 60)))
        out.append(
            move(
                f"m{index:02d}",
                draw(st.sampled_from(["entry", "entry", "exit"])),
                draw(st.sampled_from(COUNTRIES)),
                day.isoformat(),
                hour=draw(st.integers(0, 23)),
                decision=draw(st.sampled_from(["", "", "", "refused"])),
                granted=draw(st.one_of(st.none(), st.integers(1, 90))),
            )
        )
    return out


@settings(max_examples=200, deadline=None, derandomize=True)
@given(histories(), st.randoms(use_true_random=False), st.integers(0, 3))
def test_stays_do_not_depend_on_arrival_order_or_duplicates(
    movements: list[MovementFact], rng: random.Random, duplicates: int
) -> None:
    extensions = [
        ExtensionFact(f"x{m.id}", m.id, 7) for m in movements[::3] if m.direction is Direction.ENTRY
    ]
    day = max(m.local_date for m in movements) + dt.timedelta(days=30)
    reference = build_history(movements, extensions, BOOK, "USA", day)
    shuffled = [*movements, *rng.choices(movements, k=duplicates)]
    rng.shuffle(shuffled)
    again = build_history(shuffled, list(reversed(extensions)), BOOK, "USA", day)
    assert again.stays == reference.stays
    assert again.orphan_exits == reference.orphan_exits
    # Every admitted entry opens exactly one stay; exits close at most one.
    admitted = [m for m in movements if m.direction is Direction.ENTRY and m.decision != "refused"]
    assert sorted(s.entry_movement_id for s in reference.stays) == sorted(m.id for m in admitted)
    closers = [s.exit_movement_id for s in reference.stays if s.exit_movement_id]
    assert len(closers) == len(set(closers))
    exits = {m.id for m in movements if m.direction is Direction.EXIT}
    assert set(closers) | {m.id for m in reference.orphan_exits} == exits
    # At most one open stay per country, and per shared area.
    open_countries = [s.country for s in reference.stays if s.open]
    assert len(open_countries) == len(set(open_countries))
    assert sum(1 for c in open_countries if c in {"GTM", "SLV", "HND", "NIC"}) <= 1


def test_every_permutation_of_a_small_history_gives_the_same_stays() -> None:
    movements = [
        move("a", "entry", "GTM", "2025-01-01"),
        move("b", "entry", "HND", "2025-02-01"),
        move("c", "exit", "HND", "2025-02-20"),
        move("d", "entry", "GTM", "2025-03-01"),
        move("e", "exit", "SLV", "2025-03-05"),
    ]
    expected = build_history(movements, [], BOOK, "MEX", D("2025-04-01")).stays
    for order in itertools.permutations(movements):
        assert build_history(order, [], BOOK, "MEX", D("2025-04-01")).stays == expected
