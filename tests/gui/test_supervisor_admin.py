"""The supervisor's alert list and detail, the administrator's audit view and watchlist, as their users
need them: words not codes, the post's time labelled, the fields a decision needs."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, SUPERVISOR_PASSWORD, td3
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from midas_desktop.gui import i18n
from midas_desktop.services import watchlist
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.referrals import CounterDecision, Referral, ReferralImage, refer
from midas_desktop.services.session import login

from .conftest import HANG_MS
from .test_roles_main_paths import at, log_in, open_app

STOLEN = td3(number="S1234567L", nationality="HND", surname="MEJIA", given_names="ROSA")


def jpeg(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#446688"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 80)
    return bytes(data.data())


@pytest.fixture
def alerts_store(store_path: Path) -> Path:
    today = dt.date.today()
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        watchlist.import_csv(
            admin,
            "document_number,issuing_state,surname,given_names,birth_date,reason,source\n"
            "S1234567L,HND,MEJIA,ROSA,1985-03-14,reported stolen,lost_stolen\n",
        )
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(
            officer,
            CrossingRequest(
                STOLEN, Direction.ENTRY, at(str(today)), override_reason="police confirmed recovery"
            ),
        )
        refer(
            officer,
            Referral(
                td3(number="R7777777", surname="VEGA"),
                at(str(today)),
                CounterDecision.REFERRED,
                "photo does not match",
                images=[ReferralImage("document", jpeg(600, 400)), ReferralImage("portrait", jpeg(90, 120))],
            ),
        )
        record_crossing(  # expired: a lesser alert
            officer,
            CrossingRequest(
                td3(number="E1111111", expiry=dt.date(2024, 1, 1)), Direction.ENTRY, at(str(today))
            ),
        )
    return store_path


def test_the_supervisor_sees_what_a_decision_needs(qtbot: QtBot, alerts_store: Path) -> None:
    window = open_app(qtbot, alerts_store)
    queue = log_in(qtbot, window, "supervisor", SUPERVISOR_PASSWORD).alerts
    assert queue is not None
    qtbot.waitUntil(lambda: queue.model.rowCount() >= 3, timeout=HANG_MS)
    header = [queue.model.headerData(c, Qt.Orientation.Horizontal) for c in range(queue.model.columnCount())]
    assert header[1] == "Created (time at the post)" and "Traveller" in header and "Document" in header
    rows = [
        [queue.model.data(queue.model.index(r, c)) for c in range(queue.model.columnCount())]
        for r in range(queue.model.rowCount())
    ]
    assert rows[0][3] == "Watchlist hit" and rows[0][2] == "critical"  # the listed person first
    assert rows[-1][3] == "Expired document"
    stolen = next(r for r in rows if r[3] == "Watchlist hit")
    assert stolen[5] == "MEJIA, ROSA" and stolen[6] == "HND S1234567L" and "(UTC−6)" in stolen[1]

    with qtbot.waitSignal(queue.sig_detail_shown, timeout=HANG_MS):
        queue.table.selectRow(0)
    text = queue.detail.toPlainText()
    for expected in (
        "HND S1234567L",  # the document
        "Entry (admitted) by officer at GTM-TECUN",  # the decision and who made it
        "(UTC−6)",  # when, at the post's time
        "police confirmed recovery",  # why it was admitted in spite of the stop
        "reported stolen (source: lost_stolen; match on same document",  # the entry and its source
        "MEJIA, ROSA",
    ):
        assert expected in text, expected
    assert queue.acknowledge_button.isEnabled()

    with qtbot.waitSignal(queue.sig_alert_changed, timeout=HANG_MS):
        qtbot.mouseClick(queue.acknowledge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Acknowledged" in queue.detail.toPlainText(), timeout=HANG_MS)
    assert not queue.acknowledge_button.isEnabled() and queue.escalate_button.isEnabled()
    queue.note.setPlainText("document returned to its holder")
    with qtbot.waitSignal(queue.sig_alert_changed, timeout=HANG_MS):
        qtbot.mouseClick(queue.resolve_button, Qt.MouseButton.LeftButton)
    queue.status_filter.setCurrentIndex(0)  # every status: the resolved one stays in view
    qtbot.waitUntil(lambda: "Resolved" in queue.detail.toPlainText(), timeout=HANG_MS)
    assert "by supervisor at" in queue.detail.toPlainText()
    assert not queue.resolve_button.isEnabled()

    referral = next(
        r
        for r in range(queue.model.rowCount())
        if queue.model.data(queue.model.index(r, 3)) == "Referred by the counter"
    )
    with qtbot.waitSignal(queue.sig_detail_shown, timeout=HANG_MS):
        queue.table.selectRow(referral)
    text = queue.detail.toPlainText()
    assert "photo does not match" in text and "referred to a supervisor by officer" in text
    picture = queue.detail.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("midas:document")
    )
    assert isinstance(picture, QImage) and picture.width() == 600
    portrait = queue.detail.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("midas:portrait")
    )
    assert isinstance(portrait, QImage) and not portrait.isNull()


def test_the_audit_log_in_words_with_filter_and_export(
    qtbot: QtBot, alerts_store: Path, tmp_path: Path
) -> None:
    window = open_app(qtbot, alerts_store)
    audit = log_in(qtbot, window, "admin", ADMIN_PASSWORD).audit
    assert audit is not None
    with qtbot.waitSignal(audit.sig_chain_verified, timeout=HANG_MS) as verified:
        audit.refresh()
    assert verified.args[0] is True
    actions = {audit.table.item(r, 3).text() for r in range(audit.table.rowCount())}
    assert {
        "Entry recorded",
        "Traveller referred to a supervisor",
        "Watchlist imported",
        "User added",
    } <= actions
    details = " ".join(audit.table.item(r, 4).text() for r in range(audit.table.rowCount()))
    assert "alerts: Watchlist hit" in details and "recorded in spite of a stop" in details
    assert "sha256" not in details and "{" not in details  # no digests, no JSON
    audit.action_filter.setCurrentIndex(audit.action_filter.findData("record_entry"))
    assert audit.table.rowCount() == 2 and "2 entries shown" in audit.message.text()
    assert audit.export(tmp_path / "audit.csv")
    with (tmp_path / "audit.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["No.", "Time at the post", "User", "Action", "Details"] and len(rows) == 3
    assert all(row[3] == "Entry recorded" and "(UTC−6)" in row[1] for row in rows[1:])


def test_the_administrator_searches_views_and_removes_watchlist_entries(
    qtbot: QtBot, store_path: Path, tmp_path: Path
) -> None:
    from midas_desktop.gui.dialogs import ReasonDialog
    from midas_desktop.services.checks import check_traveller

    from .conftest import answer_next_dialog

    csv_file = tmp_path / "list.csv"
    csv_file.write_text(
        "document_number,issuing_state,surname,given_names,birth_date,reason,source\n"
        "S1234567L,HND,MEJIA,ROSA,1985-03-14,reported stolen,lost_stolen\n"
        "X9,GTM,LARA,JUAN,not-a-date,court order,national\n"
        ",,PAZ,ELENA,1970-01-01,arrest warrant,national\n",
        encoding="utf-8",
    )
    window = open_app(qtbot, store_path)
    main = log_in(qtbot, window, "admin", ADMIN_PASSWORD)
    view = main.watchlist
    assert view is not None and "Watchlist" in main.tab_titles()
    with qtbot.waitSignal(view.sig_imported, timeout=HANG_MS) as imported:
        view.import_file(csv_file)
    assert imported.args[0].imported == 2
    assert "1 row rejected" in view.message.text()
    assert view.import_errors.toPlainText().startswith("Line 3: ")  # which row, and why
    view.search.setText("stolen")  # searched once typing pauses
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=HANG_MS)
    assert view.table.item(0, 0).text() == "HND S1234567L"
    view.table.selectRow(0)
    assert "lost_stolen" in view.detail.toPlainText() and "(UTC−6)" in view.detail.toPlainText()

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog) and not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.reason, "document recovered by its holder")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(give_reason)
    with qtbot.waitSignal(view.sig_entry_removed, timeout=HANG_MS):
        qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table.rowCount() == 0, timeout=HANG_MS)  # no longer on the list
    view.include_removed.setChecked(True)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=HANG_MS)
    view.table.selectRow(0)
    assert (
        "document recovered by its holder" in view.detail.toPlainText()
        and "by admin" in view.detail.toPlainText()
    )
    check = check_traveller(main.session, STOLEN, at("2025-03-01"))
    assert check.watchlist_hits == []  # it matches no more


def test_the_administrator_changes_a_role_without_a_password_and_enables_a_user_again(
    qtbot: QtBot, store_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from midas_desktop.gui.dialogs import UserDialog

    from .conftest import answer_next_dialog

    window = open_app(qtbot, store_path)
    users = log_in(qtbot, window, "admin", ADMIN_PASSWORD).users
    assert users is not None
    qtbot.waitUntil(lambda: users.table.rowCount() == 3, timeout=HANG_MS)

    def row_of(name: str) -> int:
        return next(r for r in range(users.table.rowCount()) if users.table.item(r, 0).text() == name)

    def state_of(name: str) -> tuple[str, str]:
        row = row_of(name)
        return users.table.item(row, 1).text(), users.table.item(row, 2).text()

    users.table.selectRow(row_of("officer"))

    def choose_supervisor(dialog: QWidget) -> None:
        assert isinstance(dialog, UserDialog)
        assert not dialog.password.isVisibleTo(dialog)  # a role change asks for no password
        dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
        dialog.accept()

    answer_next_dialog(choose_supervisor)
    with qtbot.waitSignal(users.sig_users_changed, timeout=HANG_MS):
        users.change_role()
    qtbot.waitUntil(lambda: state_of("officer") == ("Supervisor", "active"), timeout=HANG_MS)

    users.table.selectRow(row_of("officer"))
    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    with qtbot.waitSignal(users.sig_users_changed, timeout=HANG_MS):
        users.disable_user()
    qtbot.waitUntil(lambda: state_of("officer")[1] == "disabled", timeout=HANG_MS)

    users.table.selectRow(row_of("officer"))

    def new_password(dialog: QWidget) -> None:
        assert isinstance(dialog, UserDialog)
        dialog.password.setText("a-new-password-9")
        dialog.password_again.setText("a-new-password-9")
        dialog.accept()

    answer_next_dialog(new_password)
    with qtbot.waitSignal(users.sig_users_changed, timeout=HANG_MS):
        users.enable_user()
    qtbot.waitUntil(lambda: state_of("officer")[1] == "chooses a password at next login", timeout=HANG_MS)
    with login(store_path, "officer", "a-new-password-9") as again:
        assert again.must_change_password and again.user.role.value == "supervisor"


def test_the_supervisor_sees_what_a_decision_needs_in_spanish(qtbot: QtBot, alerts_store: Path) -> None:
    """The same queue and detail in Spanish: columns, ordering, the decision and its maker in words."""
    i18n.install_language("es")
    try:
        window = open_app(qtbot, alerts_store)
        queue = log_in(qtbot, window, "supervisor", SUPERVISOR_PASSWORD).alerts
        assert queue is not None
        qtbot.waitUntil(lambda: queue.model.rowCount() >= 3, timeout=HANG_MS)
        header = [
            queue.model.headerData(c, Qt.Orientation.Horizontal) for c in range(queue.model.columnCount())
        ]
        assert header[1] == "Creada (hora del puesto)"
        rows = [
            [queue.model.data(queue.model.index(r, c)) for c in range(queue.model.columnCount())]
            for r in range(queue.model.rowCount())
        ]
        assert rows[0][3] == "Coincidencia en lista de alerta"  # the listed person first
        assert rows[0][5] == "MEJIA, ROSA" and rows[0][6] == "HND S1234567L" and "(UTC−6)" in rows[0][1]
        with qtbot.waitSignal(queue.sig_detail_shown, timeout=HANG_MS):
            queue.table.selectRow(0)
        text = queue.detail.toPlainText()
        for expected in (
            "HND S1234567L",
            "Entrada (admitido) por officer en GTM-TECUN",
            "(UTC−6)",
            "police confirmed recovery",
            "fuente: lost_stolen",
            "MEJIA, ROSA",
        ):
            assert expected in text, expected
        queue.note.setPlainText("documento devuelto a su titular")
        with qtbot.waitSignal(queue.sig_alert_changed, timeout=HANG_MS):
            qtbot.mouseClick(queue.resolve_button, Qt.MouseButton.LeftButton)
        queue.status_filter.setCurrentIndex(0)
        qtbot.waitUntil(lambda: "Resuelta" in queue.detail.toPlainText(), timeout=HANG_MS)
        assert "por supervisor el" in queue.detail.toPlainText()
    finally:
        i18n.install_language("en")
