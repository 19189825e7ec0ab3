"""The console's services on their own: watchlist edits and removals join the posts' feed with their
author; central users are the administrator's, who cannot demote themselves; the statistics export
is safe for spreadsheets."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from trusted_post import TrustedPost

from midas_desktop.server import core, database
from midas_desktop.server.central_users import service as users
from midas_desktop.server.central_users.schemas import NewUser, UserChange
from midas_desktop.server.console.access import Actor, Conflict, NotAllowed
from midas_desktop.server.console.service import actor_of
from midas_desktop.server.models import CentralAudit, CentralWatchlist, ChangeRow
from midas_desktop.server.statistics import service as statistics
from midas_desktop.server.statistics.schemas import StatsQuery
from midas_desktop.server.watchlist_admin import service as watchlist
from midas_desktop.server.watchlist_admin.schemas import EntryForm, Removal

ADMIN = Actor("root", "admin")
SUPERVISOR = Actor("sofia", "supervisor")
ANALYST = Actor("ana", "analyst")


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    found = database.open_engine(f"sqlite:///{tmp_path / 'central.db'}")
    database.upgrade(found)
    yield found
    found.dispose()


def entry(surname: str, reason: str = "court order") -> EntryForm:
    return EntryForm("X1234567", "COL", surname, "ALBA", dt.date(1975, 2, 3), reason, "national")


def test_watchlist_changes_join_the_feed_with_their_author(engine: Engine) -> None:
    with pytest.raises(NotAllowed):
        watchlist.add(engine, ANALYST, entry("QUINTERO"))
    entry_id = watchlist.add(engine, SUPERVISOR, entry("QUINTERO"))
    watchlist.edit(engine, SUPERVISOR, entry_id, entry("QUINTERO RUIZ", "court order 2"))
    with pytest.raises(NotAllowed):
        watchlist.remove(engine, ANALYST, Removal(entry_id, "no"))
    watchlist.remove(engine, SUPERVISOR, Removal(entry_id, "lifted"))
    with pytest.raises(Conflict):
        watchlist.remove(engine, SUPERVISOR, Removal(entry_id, "again"))
    with Session(engine) as db:
        feed = [(c.kind, c.payload.get("surname")) for c in db.execute(select(ChangeRow)).scalars()]
        row = db.execute(select(CentralWatchlist)).scalar_one()
        actions = [a.action for a in db.execute(select(CentralAudit).order_by(CentralAudit.id)).scalars()]
    assert feed == [
        ("watchlist_entry", "QUINTERO"),
        ("watchlist_entry", "QUINTERO RUIZ"),
        ("watchlist_removal", None),
    ]
    assert (row.added_by, row.changed_by, row.removed_by) == ("sofia", "sofia", "sofia")
    assert actions == ["watchlist_added", "watchlist_edited", "watchlist_removed"]


def test_central_users_are_the_administrator_s(engine: Engine) -> None:
    core.add_user(engine, "root", "admin", "root-password-1")
    with pytest.raises(NotAllowed):
        users.add(engine, SUPERVISOR, NewUser("eve", "admin", "eve-password-1"))
    users.add(engine, ADMIN, NewUser("ana", "analyst", "ana-password-1"))
    users.change(engine, ADMIN, UserChange("ana", "role", "supervisor"))
    assert actor_of(engine, "ana") == Actor("ana", "supervisor")
    users.change(engine, ADMIN, UserChange("ana", "deactivate", None))
    assert actor_of(engine, "ana") is None  # a session of a deactivated user ends at its next request
    with pytest.raises(Conflict):
        users.change(engine, ADMIN, UserChange("root", "role", "analyst"))
    with pytest.raises(Conflict):
        users.add(engine, ADMIN, NewUser("ana", "analyst", "ana-password-1"))


def test_the_export_is_safe_for_spreadsheets(engine: Engine) -> None:
    post = TrustedPost(engine, "GTM-TECUN", "GTM")
    today = dt.datetime.now(dt.UTC).date()
    movement = post.movement("D0000001", "entry", (today - dt.timedelta(days=2)).isoformat())
    movement["transport"] = "=HYPERLINK(1)"
    post.push(movement)
    query = StatsQuery(today - dt.timedelta(days=10), today)
    rows = list(csv.reader(io.StringIO(statistics.export(engine, ANALYST, query, "csv").decode("utf-8"))))
    assert rows[0] == ["date", "post", "nationality", "direction", "transport", "movements"]
    assert rows[1][1:] == ["GTM-TECUN", "MEX", "entry", "'=HYPERLINK(1)", "1"]
    assert statistics.export(engine, ANALYST, query, "xlsx")[:2] == b"PK"
