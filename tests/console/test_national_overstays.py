"""National overstays are the domain's: the watched stays and the page's figures equal what
``build_history`` gives over every movement; the scan follows new movements and extensions; roles
are checked by the services; headquarters' extension and decision join the posts' change feed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from trusted_post import TrustedPost

from midas_desktop.domain.stay import default_rule_book
from midas_desktop.domain.stay.history import build_history
from midas_desktop.server import database, travellers
from midas_desktop.server.console.access import Actor, Conflict, NotAllowed
from midas_desktop.server.models import CentralAudit, ChangeRow
from midas_desktop.server.overstays import service
from midas_desktop.server.overstays.schemas import Decision, OverstayQuery
from midas_desktop.server.traveller_search import service as search
from midas_desktop.server.traveller_search.schemas import TravellerQuery

SUPERVISOR = Actor("sofia", "supervisor")
ANALYST = Actor("ana", "analyst")


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    found = database.open_engine(f"sqlite:///{tmp_path / 'central.db'}")
    database.upgrade(found)
    yield found
    found.dispose()


SURNAMES = {
    "A0000001": "ALVARADO",
    "A0000002": "BETANCOURT",
    "A0000003": "CIFUENTES",
    "B0000001": "DOMINGUEZ",
    "B0000002": "ESCOBAR",
    "C0000001": "FIGUEROA",
}


def crossing(post: TrustedPost, number: str, direction: str, date: str) -> dict[str, object]:
    """A movement of the holder of document ``number``: one person per document (names differ)."""
    movement = post.movement(number, direction, date)
    movement["traveller"] = {
        **movement["traveller"],
        "surname": SURNAMES[number],
        "given_names": "PERSON",
    }
    return movement


def days_ago(days: int) -> str:
    return (dt.datetime.now(dt.UTC).date() - dt.timedelta(days=days)).isoformat()


def domain_figures(engine: Engine, traveller_id: int, day: dt.date) -> dict[str, int]:
    with Session(engine) as db:
        nationality = "MEX"
        movements, extensions = travellers.facts_of(db, [traveller_id])
    history = build_history(movements, extensions, default_rule_book(), nationality, day)
    return {s.entry_movement_id: s.overstay_days for s in history.stays if s.overstay_days > 0}


def test_the_overstays_page_is_the_domain_s_and_follows_new_movements(engine: Engine) -> None:
    post = TrustedPost(engine, "GTM-TECUN", "GTM")
    stayer = crossing(post, "A0000001", "entry", days_ago(200))
    short_entry = crossing(post, "A0000002", "entry", days_ago(40))
    short_exit = crossing(post, "A0000002", "exit", days_ago(30))
    late_entry = crossing(post, "A0000003", "entry", days_ago(300))
    late_exit = crossing(post, "A0000003", "exit", days_ago(150))
    post.push(stayer, short_entry, short_exit, late_entry, late_exit)
    today = dt.datetime.now(dt.UTC).date()

    page = service.overstays(engine, ANALYST, OverstayQuery(status="all"))
    by_entry = {row.entry_movement_id: row for row in page.rows}
    assert set(by_entry) == {stayer["id"], late_entry["id"]}  # the short stay is no overstay
    assert by_entry[stayer["id"]].exit_date is None and by_entry[late_entry["id"]].exit_date is not None
    for row in page.rows:
        assert domain_figures(engine, row.traveller_id, today)[row.entry_movement_id] == row.overstay_days
    exited = service.overstays(engine, ANALYST, OverstayQuery(kind="exited", status="all"))
    assert [r.entry_movement_id for r in exited.rows] == [late_entry["id"]]
    assert service.overstays(engine, ANALYST, OverstayQuery(nationality="USA")).total == 0

    # The stayer leaves: at the next page the overstay is one that ended, with the domain's figure.
    post.push(crossing(post, "A0000001", "exit", days_ago(1)))
    row = next(
        r
        for r in service.overstays(engine, ANALYST, OverstayQuery(status="all")).rows
        if r.entry_movement_id == stayer["id"]
    )
    assert row.exit_date == today - dt.timedelta(days=1)
    assert row.overstay_days == domain_figures(engine, row.traveller_id, today)[stayer["id"]]


def test_decisions_and_extensions_are_the_supervisor_s_and_reach_the_posts(engine: Engine) -> None:
    post = TrustedPost(engine, "GTM-TECUN", "GTM")
    entry = crossing(post, "B0000001", "entry", days_ago(120))
    post.push(entry)
    [row] = service.overstays(engine, ANALYST, OverstayQuery()).rows
    with pytest.raises(NotAllowed):
        service.decide(engine, ANALYST, row.entry_movement_id, Decision("resolved", "no", None))
    with pytest.raises(NotAllowed):
        service.grant_extension(engine, ANALYST, row.entry_movement_id, 10, "no")

    # An extension long enough ends the overstay; the posts of the country get it in their feed.
    extension = service.grant_extension(engine, SUPERVISOR, row.entry_movement_id, 60, "medical")
    assert service.overstays(engine, ANALYST, OverstayQuery()).total == 0
    with Session(engine) as db:
        change = db.execute(select(ChangeRow).where(ChangeRow.ref_id == extension)).scalar_one()
        assert (change.kind, change.country, change.post_id) == ("extension", "GTM", None)
        assert change.payload["days"] == 60 and change.payload["post"] == "HQ"

    entry2 = crossing(post, "B0000002", "entry", days_ago(150))
    post.push(entry2)
    service.decide(engine, SUPERVISOR, entry2["id"], Decision("resolved", "left by sea", None))
    with pytest.raises(Conflict):
        service.decide(engine, SUPERVISOR, entry2["id"], Decision("resolved", "again", None))
    assert service.overstays(engine, ANALYST, OverstayQuery()).total == 0
    assert service.overstays(engine, ANALYST, OverstayQuery(status="decided")).total == 1
    with Session(engine) as db:
        decision = db.execute(select(ChangeRow).where(ChangeRow.kind == "overstay_decision")).scalar_one()
        assert decision.payload["entry_movement_id"] == entry2["id"]
        actions = [a.action for a in db.execute(select(CentralAudit)).scalars()]
    assert actions.count("extension_granted") == 1 and actions.count("overstay_decided") == 1


def test_traveller_search_by_document_and_by_a_misspelt_name(engine: Engine) -> None:
    post = TrustedPost(engine, "GTM-TECUN", "GTM")
    post.push(crossing(post, "C0000001", "entry", days_ago(5)))
    found = search.search(engine, ANALYST, TravellerQuery(document_number="C0000001"))
    assert [f.documents for f in found.found] == [["MEX C0000001"]]
    fuzzy = search.search(
        engine,
        ANALYST,
        TravellerQuery(surname="FIGEROA", given_names="PERSON", birth_date=dt.date(1990, 1, 1)),
    )
    assert [f.traveller_id for f in fuzzy.found] == [found.found[0].traveller_id]
    assert search.search(engine, ANALYST, TravellerQuery(document_number="NOPE")).found == []
