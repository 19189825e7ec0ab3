"""The alerts tab holds one page of the list: it shows the first page and how many alerts there are,
goes to the next pages and back, filters and sorts in the store (not within the page), and keeps the
detail and the status changes working on any page; in English and in Spanish."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import OFFICER_PASSWORD, SUPERVISOR_PASSWORD, td3
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from midas_desktop.gui import i18n
from midas_desktop.gui.alerts_view import COLUMNS, AlertsView
from midas_desktop.services.alerts import PAGE_SIZE
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import login
from midas_desktop.store.models import Alert

from .conftest import HANG_MS
from .test_roles_main_paths import log_in, open_app

OPEN = 2 * PAGE_SIZE + 50  # three pages of alerts still to be done
RESOLVED = 5


@pytest.fixture
def crowded_store(store_path: Path) -> Path:
    """450 open alerts (one of them a watchlist hit, the rest missing exits) and 5 resolved ones."""
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(officer, CrossingRequest(td3(), Direction.ENTRY, dt.datetime.now(dt.UTC)))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with login(store_path, "supervisor", SUPERVISOR_PASSWORD) as supervisor, supervisor.transaction() as db:
        for index in range(OPEN + RESOLVED):
            db.add(
                Alert(
                    kind="watchlist_hit" if index == 7 else "missing_exit",
                    status="resolved" if index >= OPEN else "open",
                    created_utc=now - dt.timedelta(minutes=index),
                    summary=f"entry while a stay had no exit ({index})",
                    details={},
                )
            )
    return store_path


def loaded(qtbot: QtBot, queue: AlertsView, action: object = None) -> int:
    """Do ``action`` (if any) and wait for the page it asks for; the number of alerts matched."""
    with qtbot.waitSignal(queue.sig_alerts_loaded, timeout=HANG_MS) as shown:
        if callable(action):
            action()
    return int(shown.args[0])


def ids(queue: AlertsView) -> list[int]:
    return [int(a["id"]) for a in queue.model.alerts]


def test_the_tab_shows_a_page_the_count_and_the_pages_after(qtbot: QtBot, crowded_store: Path) -> None:
    window = open_app(qtbot, crowded_store)
    queue = log_in(qtbot, window, "supervisor", SUPERVISOR_PASSWORD).alerts
    assert queue is not None
    qtbot.waitUntil(lambda: queue.total == OPEN, timeout=HANG_MS)  # not resolved: the tab's first filter
    assert queue.model.rowCount() == PAGE_SIZE
    assert queue.page_label.text() == f"Alerts 1–{PAGE_SIZE} of {OPEN}"
    assert not queue.previous_button.isEnabled() and queue.next_button.isEnabled()
    assert queue.model.alerts[0]["kind"] == "watchlist_hit"  # the most severe of all, not of a page
    first = ids(queue)

    assert (
        loaded(qtbot, queue, lambda: qtbot.mouseClick(queue.next_button, Qt.MouseButton.LeftButton)) == OPEN
    )
    second = ids(queue)
    assert len(second) == PAGE_SIZE and not set(first) & set(second)
    assert queue.page_label.text() == f"Alerts {PAGE_SIZE + 1}–{2 * PAGE_SIZE} of {OPEN}"
    assert queue.previous_button.isEnabled() and queue.next_button.isEnabled()
    loaded(qtbot, queue, lambda: qtbot.mouseClick(queue.next_button, Qt.MouseButton.LeftButton))
    third = ids(queue)
    assert queue.page_label.text() == f"Alerts {2 * PAGE_SIZE + 1}–{OPEN} of {OPEN}"
    assert not queue.next_button.isEnabled()
    assert len(set(first + second + third)) == OPEN  # every open alert, once

    # The detail and a status change on the last page; the list is read again, the page kept.
    with qtbot.waitSignal(queue.sig_detail_shown, timeout=HANG_MS):
        assert queue.select_alert(third[-1])
    queue.note.setPlainText("the exit was recorded at another post")
    with qtbot.waitSignal(queue.sig_alert_changed, timeout=HANG_MS) as changed:
        qtbot.mouseClick(queue.resolve_button, Qt.MouseButton.LeftButton)
    assert changed.args[0]["status"] == "resolved"
    assert queue.total == OPEN - 1 and third[-1] not in ids(queue)
    assert queue.page_label.text() == f"Alerts {2 * PAGE_SIZE + 1}–{OPEN - 1} of {OPEN - 1}"
    qtbot.waitUntil(lambda: "Resolved" in queue.detail.toPlainText(), timeout=HANG_MS)  # though hidden

    # Back; a filter and an order are the store's: the first page of all that match.
    loaded(qtbot, queue, lambda: qtbot.mouseClick(queue.previous_button, Qt.MouseButton.LeftButton))
    assert ids(queue) == second
    everything = loaded(qtbot, queue, lambda: queue.status_filter.setCurrentIndex(0))
    assert everything == OPEN + RESOLVED and queue.page_label.text().startswith("Alerts 1–200 of")
    loaded(qtbot, queue, lambda: queue.table.sortByColumn(COLUMNS.index("id"), Qt.SortOrder.DescendingOrder))
    newest = ids(queue)
    assert newest == sorted(newest, reverse=True) and newest[0] > max(first + second + third)  # of all
    hits = loaded(
        qtbot, queue, lambda: queue.kind_filter.setCurrentIndex(queue.kind_filter.findData("watchlist_hit"))
    )
    assert hits == 1 and queue.page_label.text() == "Alerts 1–1 of 1" and not queue.next_button.isEnabled()
    none = loaded(qtbot, queue, lambda: queue.nationality_filter.setText("zzz"))
    assert none == 0 and queue.model.rowCount() == 0 and queue.page_label.text() == "No alerts"

    i18n.install_language("es")
    try:
        loaded(qtbot, queue, lambda: queue.nationality_filter.setText(""))
        assert queue.page_label.text() == "Alertas 1–1 de 1"
        loaded(qtbot, queue, lambda: queue.kind_filter.setCurrentIndex(0))
        assert queue.page_label.text() == f"Alertas 1–{PAGE_SIZE} de {OPEN + RESOLVED}"
    finally:
        i18n.install_language("en")
