"""The alerts tab's scan at the start of the day is the incremental one: it raises the overstays that
became due since the last scan, and a second start the same day evaluates nothing again; the button
still runs the full scan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import OFFICER_PASSWORD, SUPERVISOR_PASSWORD, td3
from pytestqt.qtbot import QtBot

from midas_desktop.gui.app import AppWindow
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import login

from .conftest import HANG_MS
from .test_roles_main_paths import at, log_in


def start(qtbot: QtBot, store: Path) -> AppWindow:
    window = AppWindow(store, scan_on_start=True)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_start_of_day_scan_raises_only_what_became_due(qtbot: QtBot, store_path: Path) -> None:
    long_ago = str(dt.date.today() - dt.timedelta(days=120))
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(officer, CrossingRequest(td3(number="A1111111"), Direction.ENTRY, at(long_ago)))

    window = start(qtbot, store_path)
    queue = log_in(qtbot, window, "supervisor", SUPERVISOR_PASSWORD).alerts
    assert queue is not None
    qtbot.waitUntil(
        lambda: "1 new overstay since the last scan" in queue.scan_message.text(), timeout=HANG_MS
    )
    qtbot.waitUntil(lambda: any(a["kind"] == "overstay" for a in queue.model.alerts), timeout=HANG_MS)
    window.close()

    again = start(qtbot, store_path)  # the same day: nothing became due since
    queue = log_in(qtbot, again, "supervisor", SUPERVISOR_PASSWORD).alerts
    assert queue is not None
    qtbot.waitUntil(
        lambda: "0 new overstays since the last scan" in queue.scan_message.text(), timeout=HANG_MS
    )
    queue.run_scan()  # the button: every stay, the known overstay included
    qtbot.waitUntil(lambda: "1 overstay today" in queue.scan_message.text(), timeout=HANG_MS)
