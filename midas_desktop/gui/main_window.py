"""The screens a logged-in user may reach, as tabs chosen by role (the services check the role again)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from midas_desktop.domain.roles import Action, may
from midas_desktop.gui.dialogs import UserDialog
from midas_desktop.gui.labels import ROLES, label
from midas_desktop.gui.ops import CollectionOp

if TYPE_CHECKING:
    from midas_desktop.services.session import PostSession


class MainWindow(QWidget):
    sig_lock_requested = Signal()

    def __init__(
        self, session: PostSession, parent: QWidget | None = None, *, scan_on_start: bool = True
    ) -> None:
        from midas_desktop.gui.control_line import ControlLineView
        from midas_desktop.gui.sync_view import SyncView

        super().__init__(parent)
        self.session = session
        role = session.user.role
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        who = QLabel(
            self.tr("%1 — %2 · %3 (%4)")
            .replace("%1", session.post.code)
            .replace("%2", session.post.name)
            .replace("%3", session.user.username)
            .replace("%4", label(ROLES, role.value))
        )
        who.setAccessibleName(self.tr("Logged in as"))
        header.addWidget(who, 1)
        password_button = QPushButton(self.tr("My password…"))
        password_button.clicked.connect(self.change_own_password)
        lock_button = QPushButton(self.tr("&Lock (Ctrl+L)"))
        lock_button.clicked.connect(self.sig_lock_requested.emit)
        header.addWidget(password_button)
        header.addWidget(lock_button)
        layout.addLayout(header)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Screens"))
        layout.addWidget(self.tabs, 1)

        self.control_line = ControlLineView(session)
        self.tabs.addTab(self.control_line, self.tr("Control line"))
        self.alerts = None
        self.statistics = None
        self.audit = None
        self.users = None
        self.rules = None
        self.maintenance = None
        self.scheduler = None
        if may(role, Action.REVIEW_ALERTS):
            from midas_desktop.gui.alerts_view import AlertsView

            self.alerts = AlertsView(session, scan_on_start=scan_on_start)
            self.tabs.addTab(self.alerts, self.tr("Alerts"))
        if may(role, Action.VIEW_STATISTICS):
            from midas_desktop.gui.statistics_view import StatisticsView

            self.statistics = StatisticsView(session)
            self.tabs.addTab(self.statistics, self.tr("Statistics"))
        if may(role, Action.MANAGE_USERS):
            from midas_desktop.gui.admin_users import UsersView

            self.users = UsersView(session)
            self.tabs.addTab(self.users, self.tr("Users"))
        self.watchlist = None
        if may(role, Action.MANAGE_WATCHLIST):
            from midas_desktop.gui.admin_watchlist import WatchlistView

            self.watchlist = WatchlistView(session)
            self.tabs.addTab(self.watchlist, self.tr("Watchlist"))
        if may(role, Action.MANAGE_STAY_RULES):
            from midas_desktop.gui.admin_rules import RulesView

            self.rules = RulesView(session)
            self.tabs.addTab(self.rules, self.tr("Stay rules and post"))
        if may(role, Action.MANAGE_POST):
            from midas_desktop.gui.admin_maintenance import AdminScheduler, MaintenanceView

            self.scheduler = AdminScheduler(session, self)
            self.maintenance = MaintenanceView(session, self.scheduler)
            self.tabs.addTab(self.maintenance, self.tr("Retention and backups"))
            QTimer.singleShot(
                0, self.scheduler, self.scheduler.start
            )  # the daily purge, then a backup if one is due
        if may(role, Action.VIEW_AUDIT_LOG):
            from midas_desktop.gui.audit_view import AuditView

            self.audit = AuditView(session)
            self.tabs.addTab(self.audit, self.tr("Audit log"))
        self.sync = SyncView(session)
        self.sync.sig_sync_finished.connect(lambda _outcome: self.control_line.refresh_outbox_state())
        self.tabs.addTab(self.sync, self.tr("Sync"))
        for number in range(1, min(9, self.tabs.count()) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n - 1))
        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.setContext(Qt.ShortcutContext.WindowShortcut)
        lock.activated.connect(self.sig_lock_requested.emit)

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def change_own_password(self) -> None:
        from midas_desktop.services.users import change_own_password

        dialog = UserDialog(
            self, self.tr("Change my password"), ask_name=False, ask_role=False, ask_old_password=True
        )
        if dialog.exec():
            old, new = dialog.old_password.text(), dialog.password.text()
            CollectionOp(
                parent=self,
                op=lambda session: change_own_password(session, old, new),
                name="change_own_password",
                changes="password",
            ).run_in_background()

    def shutdown(self) -> None:
        self.control_line.shutdown()
        self.sync.shutdown()
        if self.scheduler is not None:
            self.scheduler.shutdown()
        if self.statistics is not None:
            self.statistics.cancel_export()
        from midas_desktop.gui.ops import close_executor

        close_executor(self.session)  # the op that runs ends before the store closes
