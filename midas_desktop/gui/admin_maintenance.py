"""Administrator: retention (rules, preview, purge), scheduled backups, limits on unsent records.

:class:`AdminScheduler` runs while an administrator is logged in: the daily retention purge of what
is due (once a day on this PC), then a backup when the last one is older than the interval, and again
every interval. Both run off the UI thread; the screen shows what was erased and the last backup.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.gui import local_settings, workers
from midas_desktop.gui.i18n import coded_message
from midas_desktop.gui.messages import user_message
from midas_desktop.gui.ops import CollectionOp, QueryOp
from midas_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from midas_desktop.services.outbox import OutboxLimits
    from midas_desktop.services.retention import PurgeReport, RetentionRules
    from midas_desktop.services.session import PostSession

LAST_BACKUP_TIME = "backup_last_time"
LAST_BACKUP_RESULT = "backup_last_result"
LAST_PURGE_DAY = "purge_last_day"


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def failure_record(exc: BaseException) -> str:
    """A failed backup as kept in the PC's settings: its code and parameters, worded when shown (in the
    language of the moment, not of the failure)."""
    if isinstance(exc, ServiceError) and exc.code:
        return json.dumps({"code": exc.code, "params": exc.params}, default=str)
    return json.dumps({"code": None})


def failure_words(record: str) -> str:
    """The words of a failure kept by :func:`failure_record` (older settings kept plain words)."""
    try:
        kept = json.loads(record)
    except ValueError:
        return record
    if not isinstance(kept, dict):
        return record
    code, params = kept.get("code"), kept.get("params")
    worded = coded_message(str(code), params if isinstance(params, dict) else {}) if code else None
    return worded if worded is not None else user_message(RuntimeError())


def backup_archive(folder: Path, day: dt.date) -> Path:
    return folder / f"midas-backup-{day.isoformat()}.tar"


class AdminScheduler(QObject):
    """The administrator's background chores: daily purge of what is due, scheduled backups."""

    sig_purge_finished = Signal(object)  # PurgeReport, or the exception
    sig_backup_finished = Signal(object)  # the archive Path, or the exception
    sig_backup_started = Signal(str)

    def __init__(self, session: PostSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.purge_task: workers.Task | None = None
        self.backup_task: workers.Task | None = None
        self.closed = False  # after shutdown, late results of workers are ignored
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.backup_if_due)

    def start(self) -> None:
        """At login: the daily purge first, then a backup if one is due; then every interval."""
        if self.closed:
            return
        if not self.daily_purge():
            self.backup_if_due()
        self._arm()

    def _arm(self) -> None:
        if local_settings.backup_folder():
            self.timer.start(max(1000, int(local_settings.backup_days() * 86_400_000)))
        else:
            self.timer.stop()

    # --- purge ----------------------------------------------------------------------------------

    def daily_purge(self, now: dt.datetime | None = None) -> workers.Task | None:
        from midas_desktop.services import retention

        moment = now or _now()
        if self.closed:
            return None
        if local_settings.text(LAST_PURGE_DAY) == moment.date().isoformat() or self.purge_task is not None:
            return None
        session = self.session
        self._purge_day = moment.date().isoformat()
        task = workers.start(
            lambda _p, _c: retention.purge(session, moment, erase=True),
            finished=self._purged,
            failed=self._purge_failed,
            done=self._purge_done,
        )
        self.purge_task = task
        return task

    def _purged(self, report: PurgeReport) -> None:
        if self.closed:
            return
        local_settings.save(**{LAST_PURGE_DAY: self._purge_day})
        self.sig_purge_finished.emit(report)

    def _purge_failed(self, exc: BaseException) -> None:
        if self.closed:
            return
        self.sig_purge_finished.emit(exc)

    def _purge_done(self) -> None:
        self.purge_task = None
        if self.closed:
            return
        self.backup_if_due()

    # --- backups --------------------------------------------------------------------------------

    def backup_due(self, now: dt.datetime | None = None) -> bool:
        if not local_settings.backup_folder():
            return False
        last = local_settings.text(LAST_BACKUP_TIME)
        if not last or not local_settings.text(LAST_BACKUP_RESULT).startswith("ok"):
            return True
        try:
            previous = dt.datetime.fromisoformat(last)
        except ValueError:
            return True
        interval = dt.timedelta(days=local_settings.backup_days())
        return (now or _now()) - previous >= interval - dt.timedelta(minutes=1)

    def backup_if_due(self) -> workers.Task | None:
        return self.back_up_now() if self.backup_due() else None

    def back_up_now(self) -> workers.Task | None:
        from midas_desktop.services.backups import backup

        folder_text = local_settings.backup_folder()
        if self.closed or not folder_text or self.backup_task is not None:
            return None
        folder = Path(folder_text)
        archive = backup_archive(folder, dt.date.today())
        session = self.session

        def work(_progress: workers.Progress, _cancelled: workers.IsCancelled) -> Path:
            backup(session, archive)  # makes the folder, and says by code why it could not
            return archive

        task = workers.start(
            work, finished=self._backed_up, failed=self._backup_failed, done=self._backup_done
        )
        self.backup_task = task
        self.sig_backup_started.emit(str(archive))
        return task

    def _backed_up(self, archive: Path) -> None:
        if self.closed:
            return
        local_settings.save(
            **{LAST_BACKUP_TIME: _now().isoformat(timespec="seconds"), LAST_BACKUP_RESULT: f"ok {archive}"}
        )
        self.sig_backup_finished.emit(archive)

    def _backup_failed(self, exc: BaseException) -> None:
        if self.closed:
            return
        local_settings.save(
            **{
                LAST_BACKUP_TIME: _now().isoformat(timespec="seconds"),
                LAST_BACKUP_RESULT: "failed " + failure_record(exc),
            }
        )
        self.sig_backup_finished.emit(exc)

    def _backup_done(self) -> None:
        self.backup_task = None

    def shutdown(self) -> None:
        self.closed = True
        self.timer.stop()


class MaintenanceView(QWidget):
    """Retention rules and purge, backups, limits on unsent records."""

    sig_preview_shown = Signal(object)  # PurgeReport
    sig_purge_done = Signal(object)  # PurgeReport
    sig_settings_loaded = Signal()
    sig_settings_saved = Signal()

    def __init__(
        self, session: PostSession, scheduler: AdminScheduler | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.scheduler = scheduler or AdminScheduler(session, self)
        self.clock = _now
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self._retention_box())
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(self._backup_box())
        right.addWidget(self._outbox_box())
        right.addStretch()
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.scheduler.sig_purge_finished.connect(self._daily_purge_finished)
        self.scheduler.sig_backup_finished.connect(self._show_last_backup)
        self.scheduler.sig_backup_started.connect(self._backup_started)
        self.loaded = False  # the settings come from the store off the UI thread
        self.load()

    # --- layout ---------------------------------------------------------------------------------

    def _retention_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Retention of personal data"))
        form = QFormLayout(box)
        self.movement_years = QSpinBox()
        self.movement_years.setRange(1, 100)
        self.movement_years.setSuffix(self.tr(" years"))
        self.movement_years.setAccessibleName(self.tr("Keep movements after the exit (years)"))
        self.case_years = QSpinBox()
        self.case_years.setRange(1, 100)
        self.case_years.setSuffix(self.tr(" years"))
        self.case_years.setAccessibleName(self.tr("Keep overstay cases (years)"))
        self.warn_days = QSpinBox()
        self.warn_days.setRange(0, 365)
        self.warn_days.setSuffix(self.tr(" days"))
        self.warn_days.setAccessibleName(self.tr("Warn before erasure (days)"))
        form.addRow(self.tr("Keep movements after the exit"), self.movement_years)
        form.addRow(self.tr("Keep overstay cases"), self.case_years)
        form.addRow(self.tr("Warn before erasure"), self.warn_days)
        self.save_retention_button = QPushButton(self.tr("Save retention rules"))
        self.save_retention_button.clicked.connect(self.save_retention)
        form.addRow(self.save_retention_button)
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Preview purge"))
        self.preview_button.clicked.connect(lambda _checked=False: self.preview_purge())
        self.purge_button = QPushButton(self.tr("Purge &now…"))
        self.purge_button.clicked.connect(self.purge_now)
        row.addWidget(self.preview_button)
        row.addWidget(self.purge_button)
        form.addRow(row)
        self.retention_message = QLabel()
        self.retention_message.setWordWrap(True)
        self.retention_message.setAccessibleName(self.tr("Purge preview"))
        form.addRow(self.retention_message)
        self.daily_purge_message = QLabel()
        self.daily_purge_message.setWordWrap(True)
        self.daily_purge_message.setAccessibleName(self.tr("Daily purge"))
        form.addRow(self.daily_purge_message)
        return box

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups (this PC)"))
        form = QFormLayout(box)
        folder_row = QHBoxLayout()
        self.backup_folder = QLineEdit()
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.backup_folder.setPlaceholderText(self.tr("empty: no scheduled backup"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Folder"), folder_row)
        self.backup_days = QDoubleSpinBox()
        self.backup_days.setRange(0.01, 365)
        self.backup_days.setDecimals(2)
        self.backup_days.setSuffix(self.tr(" days"))
        self.backup_days.setAccessibleName(self.tr("Back up every (days)"))
        form.addRow(self.tr("Back up every"), self.backup_days)
        self.save_backup_button = QPushButton(self.tr("Save backup settings"))
        self.save_backup_button.clicked.connect(self.save_backup_settings)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        row = QHBoxLayout()
        row.addWidget(self.save_backup_button)
        row.addWidget(self.backup_button)
        form.addRow(row)
        self.backup_message = QLabel()
        self.backup_message.setWordWrap(True)
        self.backup_message.setAccessibleName(self.tr("Last backup"))
        form.addRow(self.backup_message)
        return box

    def _outbox_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Records not yet sent to the central server"))
        form = QFormLayout(box)
        self.outbox_warn_days = QSpinBox()
        self.outbox_warn_days.setRange(0, 365)
        self.outbox_warn_days.setSpecialValueText(self.tr("never"))
        self.outbox_warn_days.setSuffix(self.tr(" days"))
        self.outbox_warn_days.setAccessibleName(self.tr("Warn after (days)"))
        self.outbox_refuse_days = QSpinBox()
        self.outbox_refuse_days.setRange(0, 365)
        self.outbox_refuse_days.setSpecialValueText(self.tr("never"))
        self.outbox_refuse_days.setSuffix(self.tr(" days"))
        self.outbox_refuse_days.setAccessibleName(self.tr("Refuse new captures after (days)"))
        form.addRow(self.tr("Warn after"), self.outbox_warn_days)
        form.addRow(self.tr("Refuse new captures after"), self.outbox_refuse_days)
        self.save_outbox_button = QPushButton(self.tr("Save limits"))
        self.save_outbox_button.clicked.connect(self.save_outbox_limits)
        form.addRow(self.save_outbox_button)
        self.outbox_message = QLabel()
        self.outbox_message.setWordWrap(True)
        form.addRow(self.outbox_message)
        return box

    # --- loading and saving ---------------------------------------------------------------------

    def load(self) -> None:
        from midas_desktop.services import outbox, retention

        def read(session: PostSession) -> tuple[RetentionRules, OutboxLimits]:
            with session.reading() as db:
                rules = retention.rules_of(db)
            return rules, outbox.get_limits(session)

        QueryOp(parent=self, op=read, name="maintenance_settings").success(
            self._show_settings
        ).run_in_background()
        self.backup_folder.setText(local_settings.backup_folder())
        self.backup_days.setValue(local_settings.backup_days())
        self._show_last_backup(None)
        self._show_last_daily_purge()

    def _show_settings(self, settings: tuple[RetentionRules, OutboxLimits]) -> None:
        rules, limits = settings
        self.loaded = True
        self.movement_years.setValue(rules.movement_years_after_exit)
        self.case_years.setValue(rules.overstay_case_years)
        self.warn_days.setValue(rules.warn_days)
        self.outbox_warn_days.setValue(limits.warn_days)
        self.outbox_refuse_days.setValue(limits.refuse_days)
        self.sig_settings_loaded.emit()

    def save_retention(self) -> None:
        from midas_desktop.services.retention import RetentionRules, set_rules

        rules = RetentionRules(self.movement_years.value(), self.case_years.value(), self.warn_days.value())
        CollectionOp(
            parent=self,
            op=lambda session: set_rules(session, rules),
            name="set_retention",
            changes="settings",
        ).success(
            lambda _result: self._saved(self.retention_message, self.tr("Retention rules saved."))
        ).run_in_background()

    def save_outbox_limits(self) -> None:
        from midas_desktop.services.outbox import OutboxLimits, set_limits

        limits = OutboxLimits(self.outbox_warn_days.value(), self.outbox_refuse_days.value())
        CollectionOp(
            parent=self, op=lambda session: set_limits(session, limits), name="set_limits", changes="settings"
        ).success(
            lambda _result: self._saved(self.outbox_message, self.tr("Limits saved."))
        ).run_in_background()

    def _saved(self, where: QLabel, text: str) -> None:
        where.setText(text)
        self.sig_settings_saved.emit()

    def save_backup_settings(self) -> None:
        local_settings.save(
            backup_folder=self.backup_folder.text().strip(), backup_days=self.backup_days.value()
        )
        self.scheduler._arm()
        self._show_last_backup(None)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    # --- purge ----------------------------------------------------------------------------------

    def _report_text(self, report: PurgeReport) -> str:
        return (
            self.tr("%1 stay(s), %2 movement(s), %3 alert(s) and %4 traveller(s)")
            .replace("%1", str(report.stays))
            .replace("%2", str(report.movements))
            .replace("%3", str(report.alerts))
            .replace("%4", str(report.travellers))
        )

    def preview_purge(self, then: Callable[[PurgeReport], None] | None = None) -> None:
        """What a purge would erase today (nothing is erased); ``then`` goes on with the report."""
        from midas_desktop.services.retention import purge

        at = self.clock()
        QueryOp(
            parent=self, op=lambda session: purge(session, at, erase=False), name="purge_preview"
        ).success(lambda report: self._previewed(report, then)).run_in_background()

    def _previewed(self, report: PurgeReport, then: Callable[[PurgeReport], None] | None) -> None:
        self.retention_message.setText(
            self.tr(
                "Due for erasure today: %1 stay(s) and %2 movement(s). "
                "Falling due within %3 days: %4 stay(s)."
            )
            .replace("%1", str(report.stays))
            .replace("%2", str(report.movements))
            .replace("%3", str(self.warn_days.value()))
            .replace("%4", str(report.due_soon))
            + self._lone_alerts_text(report)
        )
        self.sig_preview_shown.emit(report)
        if then is not None:
            then(report)

    def _lone_alerts_text(self, report: PurgeReport) -> str:
        """Referrals and refusals of documents with no recorded traveller, due with their images."""
        if not report.alerts:
            return ""
        return " " + self.tr(
            "Also due: %n alert(s) about a document with no recorded traveller, with their images.",
            "",
            report.alerts,
        )

    def purge_now(self) -> None:
        self.preview_purge(then=self._confirm_purge)

    def _confirm_purge(self, preview: PurgeReport) -> None:
        from midas_desktop.services.retention import purge

        if preview.stays == 0 and preview.movements == 0 and preview.alerts == 0:
            self.retention_message.setText(self.tr("Nothing is due for erasure today."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Purge now"),
            self.tr(
                "Erase for good %1 stay(s) and %2 movement(s) past their retention period? "
                "This cannot be undone."
            )
            .replace("%1", str(preview.stays))
            .replace("%2", str(preview.movements))
            + self._lone_alerts_text(preview),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        at = self.clock()
        CollectionOp(
            parent=self, op=lambda session: purge(session, at, erase=True), name="purge", changes="purge"
        ).success(self._purged).run_in_background()

    def _purged(self, report: PurgeReport) -> None:
        self.retention_message.setText(self.tr("Erased: %1.").replace("%1", self._report_text(report)))
        self.sig_purge_done.emit(report)

    def _daily_purge_finished(self, outcome: Any) -> None:
        if isinstance(outcome, BaseException):
            self.daily_purge_message.setText(
                self.tr("The daily purge failed: %1").replace("%1", user_message(outcome))
            )
            return
        self.daily_purge_message.setText(
            self.tr("Today's purge erased %1; %2 stay(s) fall due within %3 days.")
            .replace("%1", self._report_text(outcome))
            .replace("%2", str(outcome.due_soon))
            .replace("%3", str(self.warn_days.value()))
        )

    def _show_last_daily_purge(self) -> None:
        day = local_settings.text(LAST_PURGE_DAY)
        if day:
            self.daily_purge_message.setText(self.tr("Last daily purge: %1.").replace("%1", day))

    # --- backups --------------------------------------------------------------------------------

    def back_up_now(self) -> workers.Task | None:
        if self.backup_folder.text().strip() != local_settings.backup_folder():
            self.save_backup_settings()
        if not local_settings.backup_folder():
            self.backup_message.setText(self.tr("Choose a backup folder first."))
            return None
        return self.scheduler.back_up_now()

    def _backup_started(self, archive: str) -> None:
        self.backup_button.setEnabled(False)
        self.backup_message.setText(self.tr("Backing up to %1 …").replace("%1", archive))

    def _show_last_backup(self, _outcome: object) -> None:
        self.backup_button.setEnabled(self.scheduler.backup_task is None)
        when = local_settings.text(LAST_BACKUP_TIME)
        result = local_settings.text(LAST_BACKUP_RESULT)
        if not when:
            self.backup_message.setText(self.tr("No backup made from this PC yet."))
        elif result.startswith("ok"):
            self.backup_message.setText(
                self.tr("Last backup: %1, written to %2.")
                .replace("%1", when.replace("T", " "))
                .replace("%2", result[3:])
            )
        else:
            self.backup_message.setText(
                self.tr("Last backup FAILED at %1: %2")
                .replace("%1", when.replace("T", " "))
                .replace("%2", failure_words(result.removeprefix("failed ")))
            )
