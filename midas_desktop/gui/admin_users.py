"""Administrator: users (add, change role, reset password, disable, enable again, unlock after wrong
passwords) and rotating the database key. The same services as ``midas user ...``.

A role change needs no password (a new certificate for the same keys); a reset or an enable gives new
keys under a password the user replaces at their next login. A rotation seals the new database key for
every active user, so nobody needs a new password; the new recovery key is shown once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.gui import workers
from midas_desktop.gui.dialogs import RecoveryKeyDialog, RotateKeyDialog, UserDialog
from midas_desktop.gui.labels import ROLES, label
from midas_desktop.gui.ops import CollectionOp, QueryOp

if TYPE_CHECKING:
    from midas_desktop.services.key_management import RotationReport
    from midas_desktop.services.session import PostSession


class UsersView(QWidget):
    sig_users_changed = Signal()
    sig_key_rotated = Signal(list)  # the users who need a new password

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
        self.enable_button = QPushButton(self.tr("&Enable again…"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        for button, slot in (
            (self.add_button, self.add_user),
            (self.role_button, self.change_role),
            (self.reset_button, self.reset_password),
            (self.disable_button, self.disable_user),
            (self.enable_button, self.enable_user),
            (self.unlock_button, self.unlock_user),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        self.rotate_button = QPushButton(self.tr("Rotate database &key…"))
        self.rotate_button.clicked.connect(self.rotate_key)
        buttons.addWidget(self.rotate_button)
        layout.addLayout(buttons)
        self.rotation_message = QLabel()
        self.rotation_message.setWordWrap(True)
        self.rotation_message.setAccessibleName(self.tr("Key rotation"))
        layout.addWidget(self.rotation_message)
        self.refresh()

    def refresh(self) -> None:
        from midas_desktop.services.users import list_users

        QueryOp(parent=self, op=list_users, name="list_users").success(self._show_users).run_in_background()

    def _show_users(self, users: list[dict[str, object]]) -> None:
        self.table.setRowCount(0)
        for user in users:
            row = self.table.rowCount()
            self.table.insertRow(row)
            if not user["active"]:
                state = self.tr("disabled")
            elif not user.get("has_key", True):
                state = self.tr("needs a new password")
            elif int(str(user.get("locked_seconds") or 0)):
                state = self.tr("locked after wrong passwords")
            elif user.get("must_change_password"):
                state = self.tr("chooses a password at next login")
            else:
                state = self.tr("active")
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

    def _change(self, name: str, change: Callable[[PostSession], object]) -> None:
        """One change of the users, off the UI thread; the table is read again after it."""
        CollectionOp(parent=self, op=change, name=name, changes="users").success(
            lambda _result: self._done()
        ).run_in_background()

    def add_user(self) -> None:
        from midas_desktop.services.users import add_user

        dialog = UserDialog(self, self.tr("Add user"), ask_name=True, ask_role=True)
        if dialog.exec():
            name, role, password = (
                dialog.username.text(),
                str(dialog.role.currentData()),
                dialog.password.text(),
            )
            self._change("add_user", lambda session: add_user(session, name, role, password))

    def change_role(self) -> None:
        from midas_desktop.services.users import change_role

        username = self.selected_user()
        if username is None:
            return
        dialog = UserDialog(
            self,
            self.tr("Change the role of %1").replace("%1", username),
            ask_name=False,
            ask_role=True,
            ask_password=False,
        )
        if dialog.exec():
            role = str(dialog.role.currentData())
            self._change("change_role", lambda session: change_role(session, username, role))

    def reset_password(self) -> None:
        from midas_desktop.services.users import reset_password

        username = self.selected_user()
        if username is None:
            return
        dialog = UserDialog(
            self, self.tr("New password for %1").replace("%1", username), ask_name=False, ask_role=False
        )
        if dialog.exec():
            password = dialog.password.text()
            self._change("reset_password", lambda session: reset_password(session, username, password))

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
        self._change("disable_user", lambda session: disable_user(session, username))

    def enable_user(self) -> None:
        from midas_desktop.services.users import enable_user

        username = self.selected_user()
        if username is None:
            return
        dialog = UserDialog(
            self,
            self.tr("Enable %1 again: a password they replace at their next login").replace("%1", username),
            ask_name=False,
            ask_role=False,
        )
        if dialog.exec():
            password = dialog.password.text()
            self._change("enable_user", lambda session: enable_user(session, username, password))

    def unlock_user(self) -> None:
        from midas_desktop.services.users import unlock

        username = self.selected_user()
        if username is None:
            return
        self._change("unlock", lambda session: unlock(session, username))

    def rotate_key(self) -> None:
        """Asks the password, warns what it does, rotates, then shows the new recovery key once."""
        from midas_desktop.services.key_management import rotate_database_key

        dialog = RotateKeyDialog(self)
        if not dialog.exec():
            return
        password = dialog.password.text()
        dialog.password.clear()

        def rotate(session: PostSession) -> RotationReport:
            # No background purge, backup or sync may use the old key meanwhile: they finish first
            # (waited for here, on the store's thread, not the screen's).
            workers.wait_for_all(120_000)
            return rotate_database_key(session, password)

        self.rotation_message.setText(self.tr("Rotating the database key …"))
        self.rotate_button.setEnabled(False)
        op = CollectionOp(parent=self, op=rotate, name="rotate_key", changes="key")
        op.success(self._rotated).after(self._rotation_over).run_in_background()

    def _rotation_over(self) -> None:
        self.rotate_button.setEnabled(True)
        if self.rotation_message.text().endswith("…"):
            self.rotation_message.clear()

    def _rotated(self, report: RotationReport) -> None:
        shown = RecoveryKeyDialog(self, report.recovery_key, report.users_to_reset)
        shown.exec()
        shown.recovery_key.clear()  # shown once: not kept on screen
        shown.deleteLater()
        self.rotation_message.setText(
            self.tr("The database key was rotated; every active user keeps their password.")
        )
        self._done()
        self.sig_key_rotated.emit(list(report.users_to_reset))
