"""Small form dialogs shared by the administration screens."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from midas_desktop.gui.labels import ROLES, label


class UserDialog(QDialog):
    """User name (for a new user), role, password twice; fields not asked for are hidden."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        *,
        ask_name: bool,
        ask_role: bool,
        ask_old_password: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for code in ROLES:
            self.role.addItem(label(ROLES, code), code)
        self.old_password = QLineEdit()
        self.old_password.setAccessibleName(self.tr("Current password"))
        self.password = QLineEdit()
        self.password.setAccessibleName(self.tr("New password"))
        self.password_again = QLineEdit()
        self.password_again.setAccessibleName(self.tr("New password again"))
        for field in (self.old_password, self.password, self.password_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        if ask_name:
            form.addRow(self.tr("&User name"), self.username)
        if ask_role:
            form.addRow(self.tr("&Role"), self.role)
        if ask_old_password:
            form.addRow(self.tr("&Current password"), self.old_password)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("Password a&gain"), self.password_again)
        fields: tuple[QWidget, ...] = (
            self.username,
            self.role,
            self.old_password,
            self.password,
            self.password_again,
        )
        for widget in fields:
            buddy = form.labelForField(widget)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(widget)
        self.mismatch = QLabel()
        form.addRow(self.mismatch)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_matching)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept_if_matching(self) -> None:
        if self.password.text() != self.password_again.text():
            self.mismatch.setText(self.tr("The two passwords differ."))
            return
        self.accept()
