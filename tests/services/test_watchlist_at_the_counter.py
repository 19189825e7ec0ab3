"""A watchlist imported by the administrator alerts at the counter, by document and by name."""

from __future__ import annotations

import datetime as dt

from conftest import td3

from midas_desktop.services import watchlist
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import PostSession

CSV = (
    "document_number,issuing_state,surname,given_names,birth_date,reason,source\n"
    "S1234567L,HND,,,,reported stolen,lost_stolen\n"
    ",,PÉREZ NÚÑEZ,JOSÉ MARÍA,1980-05-01,arrest warrant,national\n"
    "bad row without enough fields\n"
)
WHEN = dt.datetime(2025, 1, 1, 16, tzinfo=dt.UTC)


def test_import_reports_bad_rows_and_is_idempotent(admin: PostSession) -> None:
    first = watchlist.import_csv(admin, CSV)
    assert first.imported == 2 and len(first.errors) == 1 and first.errors[0].startswith("line 4")
    assert watchlist.import_csv(admin, CSV).imported == 0


def test_stolen_document_and_listed_name_alert(admin: PostSession, officer: PostSession) -> None:
    watchlist.import_csv(admin, CSV)
    stolen = record_crossing(
        officer, CrossingRequest(td3(number="S1234567L", nationality="HND"), Direction.ENTRY, WHEN)
    )
    [hit] = [a for a in stolen.alerts if a["kind"] == "watchlist_hit"]
    assert "reported stolen" in str(hit["summary"])
    listed = record_crossing(
        officer,
        CrossingRequest(
            td3(surname="PEREZ", given_names="JOSE MARIA", number="M7777777", birth=dt.date(1980, 5, 1)),
            Direction.ENTRY,
            WHEN,
        ),
    )
    assert [a["kind"] for a in listed.alerts] == ["watchlist_hit"]
    clean = record_crossing(
        officer,
        CrossingRequest(
            td3(surname="PEREZ", given_names="JOSE MARIA", number="M8888888", birth=dt.date(1991, 7, 9)),
            Direction.ENTRY,
            WHEN,
        ),
    )
    assert clean.alerts == []
