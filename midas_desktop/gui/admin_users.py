"""Administrator: users (add, change role, reset password, disable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.gui.dialogs import UserDialog
from midas_desktop.gui.labels import ROLES, label
from midas_desktop.gui.messages import show_error

if TYPE_CHECKING:
    from midas_desktop.services.session import PostSession


class UsersView(QWidget):
    sig_users_changed = Signal()

    def __init__(self, session: PostSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("User"), self.tr("Role"), self.tr("State"), self.tr("Created")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.reset_button = QPushButton(self.tr("Reset &password…"))
        self.disable_button = QPushButton(self.tr("&Disable"))
        for button, slot in (
            (self.add_button, self.add_user),
            (self.role_button, self.change_role),
            (self.reset_button, self.reset_password),
            (self.disable_button, self.disable_user),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        from midas_desktop.services.users import list_users

        try:
            users = list_users(self.session)
        except Exception as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(0)
        for user in users:
            row = self.table.rowCount()
            self.table.insertRow(row)
            state = self.tr("active") if user["active"] else self.tr("disabled")
            for column, value in enumerate(
                (str(user["username"]), label(ROLES, str(user["role"])), state, str(user["created"])[:10])
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def selected_user(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else None

    def _done(self) -> None:
        self.refresh()
        self.sig_users_changed.emit()

    def add_user(self) -> None:
        from midas_desktop.services.users import add_user

        dialog = UserDialog(self, self.tr("Add user"), ask_name=True, ask_role=True)
        if dialog.exec():
            try:
                add_user(
                    self.session,
                    dialog.username.text(),
                    str(dialog.role.currentData()),
                    dialog.password.text(),
                )
            except Exception as exc:
                show_error(self, exc)
                return
            self._done()

    def change_role(self) -> None:
        from midas_desktop.services.users import change_role

        username = self.selected_user()
        if username is None:
            return
        dialog = UserDialog(
            self, self.tr("Change the role of %1").replace("%1", username), ask_name=False, ask_role=True
        )
        if dialog.exec():
            try:
                change_role(self.session, username, str(dialog.role.currentData()), dialog.password.text())
            except Exception as exc:
                show_error(self, exc)
                return
            self._done()

    def reset_password(self) -> None:
        from midas_desktop.services.users import reset_password

        username = self.selected_user()
        if username is None:
            return
        dialog = UserDialog(
            self, self.tr("New password for %1").replace("%1", username), ask_name=False, ask_role=False
        )
        if dialog.exec():
            try:
                reset_password(self.session, username, dialog.password.text())
            except Exception as exc:
                show_error(self, exc)
                return
            self._done()

    def disable_user(self) -> None:
        from midas_desktop.services.users import disable_user

        username = self.selected_user()
        if username is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Disable user"),
            self.tr("Disable %1? They will no longer be able to log in.").replace("%1", username),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            disable_user(self.session, username)
        except Exception as exc:
            show_error(self, exc)
            return
        self._done()
