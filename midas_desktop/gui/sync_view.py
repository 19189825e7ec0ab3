"""The sync tab: whether the post is enrolled, what waits to be sent, the last attempts; "Sync now".

A sync runs off the UI thread (``workers``); "Cancel" stops waiting for it, while the worker finishes
its batch in the background and its outcome is ignored. When the post is enrolled a background sync
runs every few minutes (this PC's setting, default 5), never two at a time. Enrolment stays on the
command line (``midas post enrol``). If the sync client cannot be imported, the tab says so.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.gui import local_settings, workers
from midas_desktop.gui.labels import set_tone
from midas_desktop.gui.messages import user_message
from midas_desktop.gui.ops import QueryOp

if TYPE_CHECKING:
    from midas_desktop.services.session import PostSession


def load_sync_client() -> ModuleType | None:
    """The sync client module, or None when it (or what it needs, such as httpx) is not installed."""
    try:
        return importlib.import_module("midas_desktop.sync.client")
    except Exception:  # ImportError, or a broken optional dependency
        return None


def _when(value: str | None) -> str:
    return value.replace("T", " ").rstrip("Z") + " UTC" if value else "—"


class SyncView(QWidget):
    sig_status_shown = Signal(object)  # SyncStatus
    sig_sync_finished = Signal(object)  # SyncReport, or the exception when it failed
    sig_sync_started = Signal(bool)  # True: started by the timer

    def __init__(self, session: PostSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client = load_sync_client()
        self.task: workers.Task | None = None  # the sync running, waited for or not
        self.waiting = False  # whether the screen waits for ``task`` (False after Cancel)
        self.enrolled = False
        self.status_known = False  # read from the store off the UI thread
        self.closed = False  # after shutdown, late results of the worker are ignored
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.background_sync)

        layout = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("Sync status"))
        layout.addWidget(self.headline)
        form = QFormLayout()
        self.server_label = QLabel("—")
        self.queued_label = QLabel("—")
        self.last_attempt_label = QLabel("—")
        self.last_success_label = QLabel("—")
        self.last_error_label = QLabel("—")
        self.last_error_label.setWordWrap(True)
        for caption, widget in (
            (self.tr("Central server"), self.server_label),
            (self.tr("Records waiting to be sent"), self.queued_label),
            (self.tr("Last attempt"), self.last_attempt_label),
            (self.tr("Last success"), self.last_success_label),
            (self.tr("Last error"), self.last_error_label),
        ):
            widget.setAccessibleName(caption)
            form.addRow(caption + ":", widget)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a sync gives no steps
        self.progress.setAccessibleName(self.tr("Sync in progress"))
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.sync_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sync result"))
        layout.addWidget(self.message)
        self.schedule_label = QLabel()
        self.schedule_label.setWordWrap(True)
        layout.addWidget(self.schedule_label)
        layout.addStretch()
        self.refresh_status()

    # --- status ---------------------------------------------------------------------------------

    def refresh_status(self) -> None:
        if self.client is None:
            set_tone(self.headline, "info", self.tr("Sync is not installed on this PC."))
            self.sync_button.setEnabled(False)
            self.timer.stop()
            return
        client = self.client
        QueryOp(parent=self, op=client.status, name="sync_status").success(self._show_status).failure(
            lambda exc: self.message.setText(user_message(exc))
        ).run_in_background()

    def _show_status(self, state: Any) -> None:
        self.status_known = True
        self.enrolled = bool(state.enrolled)
        if self.enrolled:
            set_tone(self.headline, "ok", self.tr("This post is enrolled with a central server."))
        else:
            set_tone(
                self.headline,
                "info",
                self.tr(
                    "This post is not enrolled with a central server. An administrator enrols it on the "
                    "command line: midas post enrol --server URL --token TOKEN"
                ),
            )
        self.server_label.setText(state.server_url or "—")
        self.queued_label.setText(str(state.queued))
        self.last_attempt_label.setText(_when(state.last_attempt))
        self.last_success_label.setText(_when(state.last_success))
        self.last_error_label.setText(state.last_error or "—")
        self.sync_button.setEnabled(self.enrolled)
        self._schedule()
        self.sig_status_shown.emit(state)

    def _schedule(self) -> None:
        if not self.enrolled:
            self.timer.stop()
            self.schedule_label.clear()
            return
        minutes = local_settings.sync_minutes()
        interval = max(1, int(minutes * 60_000))
        if not self.timer.isActive() or self.timer.interval() != interval:
            self.timer.start(interval)
        self.schedule_label.setText(
            self.tr("Background sync every %1 minute(s) while the app is open.").replace("%1", f"{minutes:g}")
        )

    # --- syncing --------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.task is not None

    def sync_now(self) -> workers.Task | None:
        return self._start(background=False)

    def background_sync(self) -> workers.Task | None:
        return self._start(background=True)

    def _start(self, *, background: bool) -> workers.Task | None:
        client = self.client
        if self.closed or client is None or not self.enrolled:
            return None
        if self.task is not None:  # never two at a time
            if not background:
                self.message.setText(
                    self.tr("A sync is still running; wait for it to finish.")
                    if self.waiting
                    else self.tr("The sync that was cancelled is still finishing; try again in a moment.")
                )
            return None
        session = self.session
        self.waiting = True
        task = workers.start(
            lambda _progress, _cancelled: client.sync_once(session),
            finished=self._finished,
            failed=self._failed,
            done=self._done,  # bound: dropped with the widget
        )
        self.task = task
        self.sync_button.setEnabled(False)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.message.setText(self.tr("Background sync running …") if background else self.tr("Syncing …"))
        self.sig_sync_started.emit(background)
        return task

    def cancel(self) -> None:
        """Stop waiting: the worker ends its batch in the background; what it reports is ignored."""
        if self.task is None or not self.waiting:
            return
        self.task.cancel()
        self.waiting = False
        self._idle()
        self.message.setText(
            self.tr("Stopped waiting. The batch under way finishes in the background; nothing is lost.")
        )

    def _finished(self, report: Any) -> None:
        if self.closed or not self.waiting:
            return
        self.message.setText(
            self.tr("Sync done: %1 sent, %2 acknowledged, %3 received from other posts.")
            .replace("%1", str(report.sent))
            .replace("%2", str(report.acknowledged))
            .replace("%3", str(report.pulled))
        )
        self.sig_sync_finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        if self.closed or not self.waiting:
            return
        self.message.setText(self.tr("Sync failed: %1").replace("%1", user_message(exc)))
        self.sig_sync_finished.emit(exc)

    def _done(self) -> None:
        self.task = None  # never two at a time: this is the one that ended
        if self.closed:
            return
        self.waiting = False
        self._idle()
        self.refresh_status()

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.sync_button.setEnabled(self.enrolled and self.client is not None)

    def shutdown(self) -> None:
        self.closed = True
        self.timer.stop()
        if self.task is not None:
            self.task.cancel()
            self.waiting = False
