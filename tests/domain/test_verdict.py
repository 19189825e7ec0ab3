"""The counter's verdict: which findings stop a crossing, which need attention, which are information."""

from __future__ import annotations

import datetime as dt

from midas_desktop.domain.mrz import check_mrz, compose_td3
from midas_desktop.domain.stay.history import Direction
from midas_desktop.domain.stay.stays import StayResult
from midas_desktop.domain.verdict import Tone, age_on, assess_verdict, probable_misread
from midas_desktop.domain.watchlist import WatchlistEntry, WatchlistHit

DAY = dt.date(2025, 3, 1)


def lines(
    number: str = "X1234567A", birth: dt.date = dt.date(1985, 3, 14), expiry: dt.date = dt.date(2031, 1, 1)
):
    return compose_td3(
        document_code="P",
        issuing_state="MEX",
        surname="PEREZ",
        given_names="JUAN",
        document_number=number,
        nationality="MEX",
        birth_date=birth,
        sex="M",
        expiry_date=expiry,
    )


def figures(overstay: int = 0, entering: bool = True) -> StayResult:
    return StayResult(
        days_used=1,
        days_remaining=89 if not overstay else 0,
        overstay_days=overstay,
        latest_exit=DAY,
        rule="per_entry",
        check_date=DAY,
        first_day=DAY,
        allowance=90,
        entering=entering,
    )


def test_a_clean_document_goes_and_information_is_not_an_alert() -> None:
    verdict = assess_verdict(
        check_mrz(lines(), DAY),
        day=DAY,
        direction=Direction.EXIT,
        figures=figures(entering=False),
        in_country=True,
    )
    assert verdict.tone is Tone.GO and verdict.alerts == () and verdict.recordable
    assert [r.code for r in verdict.reasons] == ["in_country"]


def test_what_stops_and_what_needs_attention() -> None:
    expired = check_mrz(lines(expiry=dt.date(2024, 1, 1)), DAY)
    assert assess_verdict(expired, day=DAY, direction=Direction.ENTRY, figures=figures()).tone is Tone.STOP
    leaving = assess_verdict(expired, day=DAY, direction=Direction.EXIT, figures=figures(entering=False))
    assert leaving.tone is Tone.ATTENTION  # an expired passport may take its holder home
    over = assess_verdict(
        check_mrz(lines(), DAY), day=DAY, direction=Direction.EXIT, figures=figures(5, entering=False)
    )
    assert [r.code for r in over.stops] == ["overstay"]
    entry = WatchlistEntry("X1234567A", "MEX", "", "", None, "reported stolen", "lost_stolen", "e1")
    hit = assess_verdict(
        check_mrz(lines(), DAY),
        day=DAY,
        direction=Direction.ENTRY,
        figures=figures(),
        watchlist_hits=[WatchlistHit(entry, 1.0, "document", "")],
    )
    assert hit.tone is Tone.STOP and hit.stops[0].params["reason"] == "reported stolen"
    child = assess_verdict(
        check_mrz(lines(birth=dt.date(2012, 9, 1)), DAY),
        day=DAY,
        direction=Direction.ENTRY,
        figures=figures(),
    )
    assert child.tone is Tone.ATTENTION and child.minor and child.age == 12


def test_a_misread_is_told_apart_from_data_that_disagrees_with_its_check_digits() -> None:
    good = lines()
    misread = check_mrz((good[0], good[1].replace("X1234567A", "XI234567A", 1)), DAY)
    assert probable_misread(misread)
    changed = check_mrz((good[0], good[1][:13] + "9" + good[1][14:]), DAY)  # a birth-date digit changed
    assert not changed.valid and not probable_misread(changed)
    codes = [r.code for r in assess_verdict(changed, day=DAY, direction=Direction.ENTRY, figures=None).stops]
    assert codes == ["document_invalid"]
    unreadable = check_mrz(["P<MEXPEREZ"], DAY)
    verdict = assess_verdict(unreadable, day=DAY, direction=Direction.ENTRY, figures=None)
    assert [r.code for r in verdict.stops] == ["document_unreadable"] and not verdict.recordable


def test_age_counts_whole_years() -> None:
    assert age_on(dt.date(2007, 3, 2), dt.date(2025, 3, 1)) == 17
    assert age_on(dt.date(2007, 3, 1), dt.date(2025, 3, 1)) == 18
    assert age_on(dt.date(2008, 2, 29), dt.date(2026, 2, 28)) == 17


def test_a_digit_for_a_digit_is_unsure_only_when_the_reader_says_so() -> None:
    """8 read as 3 in the birth date: no look-alike explains it, so a crisp reading says the check
    digit fails (as on a changed document) and an unsure one says it could not be read reliably."""
    good = lines()
    second = good[1]
    changed = (good[0], second[:13] + str((int(second[13]) + 5) % 10) + second[14:])
    mrz = check_mrz(changed, today=DAY)
    assert not mrz.valid and mrz.fields is not None
    assert not probable_misread(mrz) and probable_misread(mrz, reading_unsure=True)
    crisp = assess_verdict(mrz, day=DAY, direction=Direction.ENTRY, figures=None)
    doubtful = assess_verdict(mrz, day=DAY, direction=Direction.ENTRY, figures=None, reading_unsure=True)
    assert [r.code for r in crisp.alerts] == ["document_invalid"]
    assert [r.code for r in doubtful.alerts] == ["document_unsure"]
    assert crisp.tone is doubtful.tone is Tone.STOP
    # A valid MRZ is never doubted, whatever the reader says.
    assert not probable_misread(check_mrz(good, today=DAY), reading_unsure=True)
