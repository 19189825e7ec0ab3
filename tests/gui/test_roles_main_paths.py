"""Each role's main path through the app, driven like a user would (keyboard where it matters)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, SUPERVISOR_PASSWORD, td3
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from midas_desktop.domain.verdict import Tone
from midas_desktop.gui.app import AppWindow
from midas_desktop.gui.dialogs import OverrideDialog
from midas_desktop.gui.login import LoginScreen, throttle_delay
from midas_desktop.gui.main_window import MainWindow
from midas_desktop.gui.ocr_bridge import ocr_available
from midas_desktop.gui.wedge import is_complete
from midas_desktop.services import alerts, exports, stay_rules, users, verification
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.errors import NotPermitted
from midas_desktop.services.session import login

from .conftest import HANG_MS, answer_next_dialog, specimen_image

GT = dt.timezone(dt.timedelta(hours=-6))


def at(day: str) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(10)).replace(tzinfo=GT)


def open_app(qtbot: QtBot, store: Path) -> AppWindow:
    window = AppWindow(store, scan_on_start=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def log_in(qtbot: QtBot, window: AppWindow, username: str, password: str) -> MainWindow:
    screen = window.login_screen
    screen.username.clear()  # the login screen offers the last user name
    qtbot.keyClicks(screen.username, username)
    qtbot.keyClicks(screen.password, password)
    with qtbot.waitSignal(window.sig_screen_changed, timeout=HANG_MS):
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert window.main is not None
    return window.main


def badges(layout: object) -> list[str]:
    found = []
    for index in range(layout.count()):  # type: ignore[attr-defined]
        widget = layout.itemAt(index).widget()  # type: ignore[attr-defined]
        if isinstance(widget, QLabel):
            found.append(widget.text())
    return found


def test_first_run_creates_the_store_and_shows_the_recovery_key_once(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_app(qtbot, tmp_path / "post.db")
    assert window.screen_name == "first_run"
    screen = window.stack.currentWidget()
    qtbot.keyClicks(screen.post_code, "GTM-TECUN")
    screen.post_name.setText("Tecún Umán")  # QTest types ASCII only
    qtbot.keyClicks(screen.admin, "ana")
    qtbot.keyClicks(screen.password, ADMIN_PASSWORD)
    qtbot.keyClicks(screen.password_again, ADMIN_PASSWORD)
    with qtbot.waitSignal(screen.sig_recovery_key_shown, timeout=HANG_MS):
        qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert len(screen.recovery_key.text()) > 20
    assert not screen.continue_button.isEnabled()
    screen.written_down.setChecked(True)
    with qtbot.waitSignal(window.sig_screen_changed, timeout=HANG_MS):
        qtbot.mouseClick(screen.continue_button, Qt.MouseButton.LeftButton)
    assert window.screen_name == "login" and window.login_screen.username.text() == "ana"
    qtbot.keyClicks(window.login_screen.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(window.sig_screen_changed, timeout=HANG_MS):
        qtbot.keyClick(window.login_screen.password, Qt.Key.Key_Return)
    assert window.main is not None and "Users" in window.main.tab_titles()


def test_wrong_passwords_are_throttled(qtbot: QtBot, store_path: Path) -> None:
    assert [throttle_delay(n) for n in (1, 2, 3, 4, 5)] == [0, 0, 2, 4, 8]
    screen = LoginScreen(store_path, "officer")
    qtbot.addWidget(screen)
    for _ in range(3):
        screen.password.setText("wrong-password")
        screen.try_login()
    assert not screen.login_button.isEnabled() and screen.failures == 3
    screen.password.setText(OFFICER_PASSWORD)
    with qtbot.assertNotEmitted(screen.sig_login_succeeded):
        screen.try_login()  # still waiting: refused without trying
    with qtbot.waitSignal(screen._unlock_timer.timeout, timeout=HANG_MS):
        pass
    screen.password.setText(OFFICER_PASSWORD)
    with qtbot.waitSignal(screen.sig_login_succeeded, timeout=HANG_MS) as blocker:
        screen.try_login()
    blocker.args[0].close()


def test_officer_records_entry_and_late_exit_with_two_keystrokes_each(qtbot: QtBot, store_path: Path) -> None:
    window = open_app(qtbot, store_path)
    main = log_in(qtbot, window, "officer", OFFICER_PASSWORD)
    assert main.tab_titles() == ["Control line", "Sync"]  # no supervisor or admin screens
    view = main.control_line
    view.clock = lambda: at("2025-01-01")
    lines = td3()
    assert is_complete(list(lines))
    view.wedge.setFocus()
    qtbot.keyClicks(view.wedge, lines[0])
    qtbot.keyClick(view.wedge, Qt.Key.Key_Return)  # not complete yet: a new line
    qtbot.keyClicks(view.wedge, lines[1])
    with qtbot.waitSignal(view.sig_check_shown, timeout=HANG_MS):
        qtbot.keyClick(view.wedge, Qt.Key.Key_Return)  # keystroke 1 (the wedge's Enter): the check
    assert view.verdict_band.tone is Tone.GO and "GO" in view.verdict.text()
    assert "Days remaining: 89. Latest legal exit: 31 Mar 2025" in view.stay_label.text()
    assert QApplication.focusWidget() is view.entry_button
    with qtbot.waitSignal(view.sig_crossing_recorded, timeout=HANG_MS) as recorded:
        qtbot.keyClick(view.entry_button, Qt.Key.Key_Return)  # keystroke 2: Enter on the default button
    assert recorded.args[0]["movement"]["direction"] == "entry"

    view.clock = lambda: at("2025-04-05")
    view.wedge.set_lines(list(lines))
    with qtbot.waitSignal(view.sig_check_shown, timeout=HANG_MS):
        qtbot.keyClick(view.wedge, Qt.Key.Key_Return)
    # In the country, 5 days past the latest legal exit: a stop. Enter refers; F10 asks for a reason.
    assert view.verdict_band.tone is Tone.STOP
    assert "5 days past the latest legal exit" in view.verdict_band.details.text()
    assert QApplication.focusWidget() is view.refer_button
    assert len(view.history.selectedItems()) == 0 and view.history.rowCount() == 1

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, OverrideDialog) and not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.reason, "fined at the exit")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(give_reason)
    with qtbot.waitSignal(view.sig_crossing_recorded, timeout=HANG_MS) as recorded:
        qtbot.keyClick(view, Qt.Key.Key_F10)
    kinds = [a["kind"] for a in recorded.args[0]["alerts"]]
    assert kinds == ["overstay"]
    assert recorded.args[0]["alerts"][0]["details"]["override_reason"] == "fined at the exit"
    shown = badges(view.record_alerts)
    assert any("Overstay" in text and "5 days" in text for text in shown)

    # Hidden tabs are not the only guard: the services refuse the officer too.
    for call in (
        lambda: alerts.list_alerts(main.session),
        lambda: users.list_users(main.session),
        lambda: stay_rules.list_rules(main.session),
        lambda: exports.build_statistics(main.session),
        lambda: verification.audit_entries(main.session),
    ):
        with pytest.raises(NotPermitted):
            call()

    window.activateWindow()  # the offscreen platform has no window manager to do it after a dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=HANG_MS)
    with qtbot.waitSignal(window.sig_locked, timeout=HANG_MS):
        qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None and window.screen_name == "login"

    supervisor_main = log_in(qtbot, window, "supervisor", SUPERVISOR_PASSWORD)
    assert "Users" not in supervisor_main.tab_titles() and "Alerts" in supervisor_main.tab_titles()
    queue = supervisor_main.alerts
    assert queue is not None
    with qtbot.waitSignal(queue.sig_scan_finished, timeout=HANG_MS):
        queue.run_scan()
    overstay = next(a for a in queue.model.alerts if a["kind"] == "overstay")
    assert overstay["nationality"] == "MEX"
    with qtbot.waitSignal(queue.sig_alerts_loaded, timeout=HANG_MS) as loaded:  # filtered by the store
        queue.kind_filter.setCurrentIndex(queue.kind_filter.findData("overstay"))
    assert loaded.args == [1] and queue.model.rowCount() == 1
    with qtbot.waitSignal(queue.sig_detail_shown, timeout=HANG_MS):
        assert queue.select_alert(int(overstay["id"]))
    assert "shared area (CA-4)" in queue.detail.toPlainText()  # the decisive rule, in words
    qtbot.keyClicks(queue.note, "Fined at the exit; receipt 123")
    with qtbot.waitSignal(queue.sig_alert_changed, timeout=HANG_MS) as changed:
        qtbot.mouseClick(queue.resolve_button, Qt.MouseButton.LeftButton)
    assert changed.args[0]["status"] == "resolved" and changed.args[0]["resolved_by"] == "supervisor"


def test_idle_session_locks_back_to_login(qtbot: QtBot, store_path: Path) -> None:
    window = open_app(qtbot, store_path)
    log_in(qtbot, window, "officer", OFFICER_PASSWORD)
    with qtbot.waitSignal(window.sig_locked, timeout=HANG_MS):
        window.idle_timer.start(50)
    assert window.main is None and window.session is None
    assert window.findChildren(MainWindow) == [] or all(
        not w.isVisible() for w in window.findChildren(MainWindow)
    )


@pytest.mark.skipif(not ocr_available(), reason="midas_desktop.ocr (the image reader) is not installed")
def test_officer_scans_a_specimen_image_and_records_the_entry(
    qtbot: QtBot, store_path: Path, tmp_path: Path
) -> None:
    lines = td3(surname="GARCIA LOPEZ", given_names="MARIA", number="G7654321", nationality="USA")
    image = specimen_image(lines, tmp_path / "specimen.png")
    window = open_app(qtbot, store_path)
    main = log_in(qtbot, window, "officer", OFFICER_PASSWORD)
    view = main.control_line
    view.clock = lambda: at("2025-06-01")
    with qtbot.waitSignal(view.sig_check_shown, timeout=HANG_MS):
        view.read_image_file(image)
    assert tuple(view.current_lines) == lines
    assert view.verdict_band.tone is Tone.GO
    with qtbot.waitSignal(view.sig_crossing_recorded, timeout=HANG_MS) as recorded:
        qtbot.keyClick(view, Qt.Key.Key_F9)
    assert recorded.args[0]["movement"]["traveller"]["surname"] == "GARCIA LOPEZ"


def test_admin_exports_statistics_as_csv_xlsx_and_pdf(qtbot: QtBot, store_path: Path, tmp_path: Path) -> None:
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        for number, nationality in (("A1111111", "MEX"), ("B2222222", "USA"), ("C3333333", "MEX")):
            doc = td3(number=number, nationality=nationality)
            record_crossing(officer, CrossingRequest(doc, Direction.ENTRY, at(dt.date.today().isoformat())))
        record_crossing(
            officer, CrossingRequest(td3(number="A1111111"), Direction.EXIT, at(dt.date.today().isoformat()))
        )
    window = open_app(qtbot, store_path)
    main = log_in(qtbot, window, "admin", ADMIN_PASSWORD)
    stats = main.statistics
    assert stats is not None
    qtbot.waitUntil(lambda: stats.report is not None, timeout=HANG_MS)  # gathered off the UI thread
    assert stats.report is not None
    assert (stats.report.entries, stats.report.exits) == (3, 1)
    assert "entries: 3, exits: 1" in stats.summary.text()
    for kind in ("csv", "xlsx", "pdf"):
        assert stats.export(kind, tmp_path / f"stats.{kind}") is not None
        qtbot.waitUntil(lambda: not stats.busy(), timeout=HANG_MS)  # done, failed or cancelled
        assert (tmp_path / f"stats.{kind}").exists(), stats.export_message.text()
    with (tmp_path / "stats.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert ["total", "all", "3", "1", "0", "4", "0"] in rows and [
        "nationality",
        "MEX",
        "2",
        "1",
        "0",
        "3",
        "0",
    ] in rows
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "stats.xlsx")
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True)}
    assert (summary["Entries"], summary["Exits"]) == (3, 1)
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "stats.pdf").pages)
    assert "entries: 3, exits: 1" in text
    assert not list(tmp_path.glob(".*.partial"))


def test_first_run_welcomes_in_the_chosen_language_and_the_key_can_be_printed_or_saved(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    window = open_app(qtbot, tmp_path / "post.db")
    screen = window.stack.currentWidget()
    assert screen.title.text() == "Welcome to MIDAS"
    assert str(tmp_path) not in " ".join(label.text() for label in screen.findChildren(QLabel))
    with qtbot.waitSignal(window.sig_screen_changed, timeout=HANG_MS):
        screen.language.setCurrentIndex(screen.language.findData("es"))
    screen = window.stack.currentWidget()
    assert screen.title.text() == "Bienvenido a MIDAS" and screen.language.currentData() == "es"
    for field, text in (
        (screen.post_code, "GTM-TECUN"),
        (screen.post_name, "Tecun Uman"),
        (screen.admin, "ana"),
    ):
        field.setText(text)
    screen.password.setText(ADMIN_PASSWORD)
    screen.password_again.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(screen.sig_recovery_key_shown, timeout=HANG_MS):
        qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    key = screen.recovery_key.text()
    saved = tmp_path / "key.txt"
    assert screen.save_key(saved) and key in saved.read_text(encoding="utf-8")
    assert saved.stat().st_mode & 0o077 == 0  # readable by its owner only
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    screen.print_key(printer)
    printed = "".join(page.extract_text() for page in PdfReader(tmp_path / "key.pdf").pages)
    assert key in "".join(printed.split())  # the PDF reader may split the line
