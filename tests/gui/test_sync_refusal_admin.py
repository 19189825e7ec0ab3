"""Sync tab, refusals (F11), extensions, the unsent-records limit, key rotation, retention and backups,
driven through the real widgets (dialogs answered as a user would, from the event loop)."""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, SUPERVISOR_PASSWORD, td3
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from midas_desktop.gui import local_settings, sync_view
from midas_desktop.gui.admin_maintenance import LAST_PURGE_DAY
from midas_desktop.gui.alerts_view import SUMMARY_COLUMN
from midas_desktop.gui.dialogs import ExtensionDialog, RecoveryKeyDialog, RefusalDialog, RotateKeyDialog
from midas_desktop.services import alerts, extensions, key_management, outbox, overstays
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.errors import NotPermitted
from midas_desktop.services.session import login
from midas_desktop.store.models import OutboxRecord

from .conftest import HANG_MS, answer_next_dialog
from .test_roles_main_paths import at, log_in, open_app

REPO = Path(__file__).resolve().parents[2]


def check_document(qtbot: QtBot, view: object, lines: tuple[str, ...]) -> None:
    view.wedge.set_lines(list(lines))  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.sig_check_shown, timeout=HANG_MS):  # type: ignore[attr-defined]
        qtbot.keyClick(view.wedge, Qt.Key.Key_Return)  # type: ignore[attr-defined]


# --- sync tab ------------------------------------------------------------------------------------


def test_sync_tab_says_when_not_enrolled_or_not_installed(
    qtbot: QtBot, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_app(qtbot, store_path)
    main = log_in(qtbot, window, "officer", OFFICER_PASSWORD)
    tab = main.sync
    assert main.tab_titles()[-1] == "Sync"
    qtbot.waitUntil(lambda: tab.status_known, timeout=HANG_MS)
    assert "not enrolled" in tab.headline.text() and "midas post enrol" in tab.headline.text()
    assert not tab.sync_button.isEnabled() and not tab.timer.isActive()
    assert tab.sync_now() is None

    monkeypatch.setattr(sync_view, "load_sync_client", lambda: None)
    missing = sync_view.SyncView(main.session)
    qtbot.addWidget(missing)
    assert "not installed" in missing.headline.text() and not missing.sync_button.isEnabled()


def _sync_support() -> ModuleType:
    pytest.importorskip("midas_desktop.server")
    spec = importlib.util.spec_from_file_location(
        "gui_sync_support", REPO / "tests" / "sync" / "sync_support.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def central_server(tmp_path: Path) -> Iterator[tuple[ModuleType, object]]:
    support = _sync_support()
    for server in support.start_server(f"sqlite:///{tmp_path / 'central.db'}", tmp_path):
        yield support, server


def test_sync_now_through_the_tab_against_a_real_server(
    qtbot: QtBot, store_path: Path, central_server: tuple[ModuleType, object]
) -> None:
    from midas_desktop.sync import client

    support, server = central_server
    token = support.register_post(server.db_url, "GTM-TECUN")  # type: ignore[attr-defined]
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:
        client.enrol(admin, server.url, token)  # type: ignore[attr-defined]
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        for number in ("A1111111", "B2222222"):
            record_crossing(officer, CrossingRequest(td3(number=number), Direction.ENTRY, at("2025-03-01")))
    local_settings.save(sync_minutes=60)
    window = open_app(qtbot, store_path)
    main = log_in(qtbot, window, "officer", OFFICER_PASSWORD)
    tab = main.sync
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.status_known, timeout=HANG_MS)
    assert "enrolled with a central server" in tab.headline.text() and "not" not in tab.headline.text()
    assert tab.queued_label.text() == "2" and tab.timer.isActive() and tab.timer.interval() == 3_600_000
    with qtbot.waitSignal(tab.sig_sync_finished, timeout=HANG_MS) as finished:
        qtbot.mouseClick(tab.sync_button, Qt.MouseButton.LeftButton)
        assert tab.progress.isVisible() and tab.cancel_button.isVisible()
        assert tab.sync_now() is None  # never two at a time
    report = finished.args[0]
    assert (report.sent, report.acknowledged) == (2, 2)
    qtbot.waitUntil(lambda: tab.task is None, timeout=HANG_MS)
    qtbot.waitUntil(
        lambda: tab.queued_label.text() == "0", timeout=HANG_MS
    )  # the status is read again after the sync
    assert tab.last_success_label.text() != "—"
    assert "2 sent, 2 acknowledged" in tab.message.text()
    assert support.movement_counts(server.db_url) == (2, 2)  # type: ignore[attr-defined]

    # The background sync; Cancel stops waiting while the worker finishes in the background.
    task = tab.background_sync()
    assert task is not None and tab.background_sync() is None
    with qtbot.assertNotEmitted(tab.sig_sync_finished):
        tab.cancel()
        assert not tab.progress.isVisible() and "background" in tab.message.text()
        qtbot.waitUntil(lambda: tab.task is None, timeout=HANG_MS)
    assert tab.sync_button.isEnabled()


# --- control line: refusal, extension, unsent-records limit -------------------------------------


def test_officer_refuses_an_entry_with_f11_and_sees_no_extension(qtbot: QtBot, store_path: Path) -> None:
    window = open_app(qtbot, store_path)
    main = log_in(qtbot, window, "officer", OFFICER_PASSWORD)
    view = main.control_line
    assert view.extension_button is None  # officers do not see the extension action
    view.clock = lambda: at("2025-02-01")
    check_document(qtbot, view, td3())
    assert view.refuse_button.isEnabled()

    def refuse(dialog: QWidget) -> None:
        assert isinstance(dialog, RefusalDialog)
        assert not dialog.ok_button.isEnabled()  # the reason is required
        qtbot.keyClicks(dialog.reason, "no means of subsistence")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(refuse)
    with qtbot.waitSignal(view.sig_crossing_recorded, timeout=HANG_MS) as recorded:
        qtbot.keyClick(view, Qt.Key.Key_F11)
    movement = recorded.args[0]["movement"]
    assert (movement["decision"], movement["reason"]) == ("refused", "no means of subsistence")
    assert recorded.args[0]["stay"] is None
    assert "Entry refused" in view.record_result.text()
    assert not view.refuse_button.isEnabled()  # ready for the next traveller

    # Cancelling the dialog records nothing.
    check_document(qtbot, view, td3())
    answer_next_dialog(lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    with qtbot.assertNotEmitted(view.sig_crossing_recorded):
        qtbot.keyClick(view, Qt.Key.Key_F11)
    stay_id = int(
        record_crossing(main.session, CrossingRequest(td3(), Direction.ENTRY, at("2025-02-02"))).stay[
            "stay_id"
        ]  # type: ignore[index]
    )
    with pytest.raises(NotPermitted):  # and the service refuses the officer anyway
        extensions.grant_extension(main.session, stay_id, 10, "DGM", "illness", at("2025-03-01"))


def test_supervisor_grants_an_extension_from_the_alert_detail(qtbot: QtBot, store_path: Path) -> None:
    now = dt.datetime.now().astimezone()
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        record_crossing(officer, CrossingRequest(td3(), Direction.ENTRY, now - dt.timedelta(days=100)))
    with login(store_path, "supervisor", SUPERVISOR_PASSWORD) as supervisor:
        [found] = overstays.scan(supervisor, now)
        assert found["overstay_days"] > 0
    window = open_app(qtbot, store_path)
    main = log_in(qtbot, window, "supervisor", SUPERVISOR_PASSWORD)
    queue = main.alerts
    assert queue is not None and queue.extension_button is not None
    assert main.control_line.extension_button is not None  # supervisors have it at the counter too
    qtbot.waitUntil(lambda: bool(queue.model.alerts), timeout=HANG_MS)  # read off the UI thread
    overstay = next(a for a in queue.model.alerts if a["kind"] == "overstay")
    row = queue.model.alerts.index(overstay)
    shown = queue.model.data(queue.model.index(row, SUMMARY_COLUMN))
    assert shown.startswith("overstay of ") and "still in the country" in shown
    with qtbot.waitSignal(queue.sig_detail_shown, timeout=HANG_MS):
        assert queue.select_alert(int(overstay["id"]))
    assert queue.extension_button.isEnabled()

    def grant(dialog: QWidget) -> None:
        assert isinstance(dialog, ExtensionDialog)
        assert not dialog.ok_button.isEnabled()  # authority and reason are required
        dialog.days.setValue(60)
        qtbot.keyClicks(dialog.authority, "DGM resolution 12/2025")
        qtbot.keyClicks(dialog.reason, "hospital stay")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(grant)
    with qtbot.waitSignal(queue.sig_extension_granted, timeout=HANG_MS) as granted:
        qtbot.mouseClick(queue.extension_button, Qt.MouseButton.LeftButton)
    assert granted.args[0]["overstay_days"] == 0
    assert "Extension granted" in queue.scan_message.text()
    [alert] = alerts.list_alerts(main.session, kind="overstay")
    assert alert["status"] == "resolved" and "extension" in str(alert["note"])


def _age_outbox(store: Path, days: float) -> None:
    written = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=days)
    with login(store, "officer", OFFICER_PASSWORD) as officer, officer.transaction() as db:
        db.execute(update(OutboxRecord).values(created_utc=written))


def test_unsent_records_warn_then_past_the_hard_limit_recording_is_disabled(
    qtbot: QtBot, store_path: Path
) -> None:
    window = open_app(qtbot, store_path)
    main = log_in(qtbot, window, "admin", ADMIN_PASSWORD)
    assert main.maintenance is not None
    maintenance = main.maintenance
    qtbot.waitUntil(lambda: maintenance.loaded, timeout=HANG_MS)
    maintenance.outbox_warn_days.setValue(2)
    maintenance.outbox_refuse_days.setValue(7)
    with qtbot.waitSignal(maintenance.sig_settings_saved, timeout=HANG_MS):
        qtbot.mouseClick(maintenance.save_outbox_button, Qt.MouseButton.LeftButton)
    assert outbox.get_limits(main.session) == outbox.OutboxLimits(2, 7)
    record_crossing(main.session, CrossingRequest(td3(number="A1111111"), Direction.ENTRY, at("2025-03-01")))
    with qtbot.waitSignal(window.sig_locked, timeout=HANG_MS):
        window.lock()

    _age_outbox(store_path, 3)
    main = log_in(qtbot, window, "officer", OFFICER_PASSWORD)
    view = main.control_line
    qtbot.waitUntil(
        lambda: view.outbox_banner.isVisibleTo(view), timeout=HANG_MS
    )  # the state is read off the UI thread
    assert view.outbox_banner.accessibleDescription() == "warn"
    assert "1 record(s) have waited 3 day(s) unsent" in view.outbox_banner.text()
    view.clock = lambda: at("2025-03-02")
    check_document(qtbot, view, td3(number="B2222222"))
    assert view.entry_button.isEnabled()  # a warning only

    _age_outbox(store_path, 8)
    with qtbot.waitSignal(view.sig_outbox_state, timeout=HANG_MS):
        view.refresh_outbox_state()
    assert view.outbox_banner.accessibleDescription() == "danger"
    assert "New captures are refused" in view.outbox_banner.text()
    assert not view.entry_button.isEnabled() and not view.exit_button.isEnabled()
    assert not view.refuse_button.isEnabled()
    with qtbot.assertNotEmitted(view.sig_crossing_recorded):
        qtbot.keyClick(view, Qt.Key.Key_F9)
    assert "refused" in view.record_result.text()
    check_document(qtbot, view, td3(number="C3333333"))
    assert not view.entry_button.isEnabled()  # stays disabled for the next document too
    with pytest.raises(NotPermitted):
        outbox.check_capture_allowed(main.session, dt.datetime.now(dt.UTC))


# --- administrator: key rotation, retention, backups -------------------------------------------


def test_rotating_the_key_shows_the_recovery_key_once_and_keeps_every_user(
    qtbot: QtBot, store_path: Path, tmp_path: Path
) -> None:
    window = open_app(qtbot, store_path)
    main = log_in(qtbot, window, "admin", ADMIN_PASSWORD)
    assert main.users is not None and main.scheduler is not None
    qtbot.waitUntil(lambda: main.scheduler.purge_task is None, timeout=HANG_MS)  # type: ignore[union-attr]
    seen: dict[str, str] = {}

    def confirm_key(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        seen["key"] = dialog.recovery_key.text()
        seen["users"] = dialog.users_label.text()
        assert not dialog.ok_button.isEnabled()
        dialog.reject()  # Escape does not close it before the key is written down
        assert dialog.isVisible()
        dialog.written_down.setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    def give_password(dialog: QWidget) -> None:
        assert isinstance(dialog, RotateKeyDialog)
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
        answer_next_dialog(confirm_key)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(give_password)
    with qtbot.waitSignal(main.users.sig_key_rotated, timeout=HANG_MS) as rotated:
        qtbot.mouseClick(main.users.rotate_button, Qt.MouseButton.LeftButton)
    assert rotated.args[0] == []
    assert len(seen["key"]) > 20
    states = {main.users.table.item(r, 0).text(): main.users.table.item(r, 2).text() for r in range(3)}
    assert states == {"admin": "active", "officer": "active", "supervisor": "active"}
    main.session.close()
    window.session = None
    with login(store_path, "admin", ADMIN_PASSWORD):
        pass
    for user, password in (("officer", OFFICER_PASSWORD), ("supervisor", SUPERVISOR_PASSWORD)):
        with login(store_path, user, password):
            pass  # the new key is sealed to every active user
    key_management.recover_admin(store_path, seen["key"], "admin", "another-password-1")
    with login(store_path, "admin", "another-password-1"):
        pass


def test_retention_preview_purge_daily_purge_and_backup(
    qtbot: QtBot, store_path: Path, tmp_path: Path
) -> None:
    today = dt.date.today()
    old_exit = today.replace(year=today.year - 4)
    soon_exit = today.replace(year=today.year - 3) + dt.timedelta(days=10)

    def moment(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(12)).astimezone()

    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        for number, exit_day in (("A1111111", old_exit), ("B2222222", soon_exit)):
            document = td3(number=number)
            record_crossing(
                officer, CrossingRequest(document, Direction.ENTRY, moment(exit_day - dt.timedelta(days=5)))
            )
            record_crossing(officer, CrossingRequest(document, Direction.EXIT, moment(exit_day)))
    local_settings.save(**{LAST_PURGE_DAY: today.isoformat()})  # today's purge done: nothing erased at login
    window = open_app(qtbot, store_path)
    main = log_in(qtbot, window, "admin", ADMIN_PASSWORD)
    maintenance = main.maintenance
    assert maintenance is not None and main.scheduler is not None
    assert "Retention and backups" in main.tab_titles()
    qtbot.waitUntil(lambda: maintenance.loaded, timeout=HANG_MS)
    assert (maintenance.movement_years.value(), maintenance.case_years.value()) == (3, 5)
    with qtbot.waitSignal(maintenance.sig_preview_shown, timeout=HANG_MS) as preview:
        qtbot.mouseClick(maintenance.preview_button, Qt.MouseButton.LeftButton)
    report = preview.args[0]
    assert (report.stays, report.movements, report.due_soon, report.erased) == (1, 2, 1, False)
    assert "Due for erasure today: 1 stay(s) and 2 movement(s)" in maintenance.retention_message.text()
    assert "Falling due within 30 days: 1 stay(s)" in maintenance.retention_message.text()

    def say_yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "cannot be undone" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[union-attr]

    answer_next_dialog(say_yes)
    with qtbot.waitSignal(maintenance.sig_purge_done, timeout=HANG_MS) as purged:
        qtbot.mouseClick(maintenance.purge_button, Qt.MouseButton.LeftButton)
    assert (purged.args[0].stays, purged.args[0].movements, purged.args[0].erased) == (1, 2, True)
    assert "Erased: 1 stay(s), 2 movement(s)" in maintenance.retention_message.text()
    with qtbot.waitSignal(maintenance.sig_preview_shown, timeout=HANG_MS) as preview:
        maintenance.preview_purge()
    assert preview.args[0].stays == 0

    # Rules saved from the screen: keeping movements 2 years makes the other stay due.
    maintenance.movement_years.setValue(2)
    with qtbot.waitSignal(maintenance.sig_settings_saved, timeout=HANG_MS):
        maintenance.save_retention()
    # Backups: a folder and an interval; "Back up now" runs in a worker and shows the outcome.
    maintenance.backup_folder.setText(str(tmp_path / "backups"))
    maintenance.backup_days.setValue(1)
    with qtbot.waitSignal(main.scheduler.sig_backup_finished, timeout=HANG_MS) as backed_up:
        qtbot.mouseClick(maintenance.backup_button, Qt.MouseButton.LeftButton)
    archive = backed_up.args[0]
    assert archive == tmp_path / "backups" / f"midas-backup-{today.isoformat()}.tar" and archive.exists()
    assert (
        "Last backup:" in maintenance.backup_message.text()
        and str(archive) in maintenance.backup_message.text()
    )
    assert not main.scheduler.backup_due()
    with qtbot.waitSignal(window.sig_locked, timeout=HANG_MS):
        window.lock()

    # The next administrator login of a new day runs the purge of what is due, and says what it erased.
    local_settings.save(**{LAST_PURGE_DAY: (today - dt.timedelta(days=1)).isoformat()})
    main = log_in(qtbot, window, "admin", ADMIN_PASSWORD)
    maintenance = main.maintenance
    assert maintenance is not None
    qtbot.waitUntil(lambda: "Today's purge erased" in maintenance.daily_purge_message.text(), timeout=HANG_MS)
    assert "Today's purge erased 1 stay(s), 2 movement(s)" in maintenance.daily_purge_message.text()
    assert local_settings.text(LAST_PURGE_DAY) == today.isoformat()
    with qtbot.waitSignal(maintenance.sig_preview_shown, timeout=HANG_MS) as preview:
        maintenance.preview_purge()
    assert preview.args[0].stays == 0


def test_alert_summaries_are_shown_in_the_users_language(qtbot: QtBot) -> None:
    from midas_desktop.gui import i18n
    from midas_desktop.gui.labels import alert_summary

    details = {"overstay_days": 5, "exited": True, "latest_exit": "2025-03-31", "stay_id": 1}
    stored = "overstay of 5 day(s) (exited); latest legal exit was 2025-03-31"
    try:
        i18n.install_language("es")
        assert alert_summary("overstay", details, stored) == (
            "permanencia excedida de 5 días (ya salió); la última salida legal era el 31 mar 2025"
        )
        assert alert_summary("exit_without_entry", {"exit_date": "2025-01-02"}, "exit on ...") == (
            "salida el 2 ene 2025 sin entrada registrada"
        )
        # An alert stored before its parameters existed: its words from the kind alone, not from English.
        assert alert_summary("exit_without_entry", {}, "exit on 2025-01-02 with no recorded entry") == (
            "una salida sin entrada registrada"
        )
        assert alert_summary("some_new_kind", {}, "as stored") == "as stored"  # unknown kinds keep it
    finally:
        i18n.install_language("en")
    assert alert_summary("overstay", details, "x") == (
        "overstay of 5 days (exited); latest legal exit was 31 Mar 2025"
    )
