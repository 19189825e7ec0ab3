"""The counter never waits for a pull: crossings are checked and recorded while thousands of movements
from other posts are being stored."""

from __future__ import annotations

from pathlib import Path

from conftest import OFFICER_PASSWORD, td3
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from midas_desktop.store.models import Movement

from .conftest import HANG_MS
from .pull_load import start_pull
from .test_roles_main_paths import at, log_in, open_app


def test_crossings_are_recorded_while_a_large_pull_is_stored(qtbot: QtBot, store_path: Path) -> None:
    window = open_app(qtbot, store_path)
    view = log_in(qtbot, window, "officer", OFFICER_PASSWORD).control_line
    view.clock = lambda: at("2025-12-01")
    pull = start_pull(view.session, 5000)  # far more than it can store while three travellers pass
    recorded = []
    try:
        for number, surname in (("A1000001", "ALVARADO"), ("A1000002", "BARRIOS"), ("A1000003", "CASTILLO")):
            view.wedge.setFocus()
            view.wedge.set_lines(list(td3(surname=surname, number=number)))
            with qtbot.waitSignal(view.sig_check_shown, timeout=HANG_MS):
                qtbot.keyClick(view.wedge, Qt.Key.Key_Return)
            assert QApplication.focusWidget() is view.entry_button
            with qtbot.waitSignal(view.sig_crossing_recorded, timeout=HANG_MS) as done:
                qtbot.keyClick(view.entry_button, Qt.Key.Key_Return)
            recorded.append((done.args[0]["movement"]["id"], pull.is_alive()))
    finally:
        pull.stop_requested.set()  # the rest of the page another time, as after a cancelled sync
        pull.join()
    assert pull.error is None and pull.applied > 0
    assert all(during for _id, during in recorded), "the pull ended before the crossings: not a test of both"
    with view.session.reading() as db:
        assert db.execute(select(func.count()).select_from(Movement)).scalar_one() == pull.applied + 3
