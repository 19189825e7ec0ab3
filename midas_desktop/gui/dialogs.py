"""Small form dialogs shared by the administration screens."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
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
        ask_password: bool = True,
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
        if ask_password:
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


def _ok_cancel(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    return buttons, ok


class RefusalDialog(QDialog):
    """The reason an entry is refused (required: OK stays disabled while it is empty)."""

    def __init__(self, parent: QWidget | None, traveller: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refuse entry"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Refuse the entry of %1. The reason is recorded.").replace("%1", traveller))
        )
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for the refusal"))
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.reason.setTabChangesFocus(True)
        layout.addWidget(self.reason)
        buttons, self.ok_button = _ok_cancel(self)
        self.ok_button.setText(self.tr("Refuse entry"))
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.reason.toPlainText().strip()


class ReasonDialog(QDialog):
    """A question that needs a reason before it can be answered yes (OK stays disabled until then)."""

    def __init__(self, parent: QWidget | None, title: str, question: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(question)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.reason.setTabChangesFocus(True)
        layout.addWidget(self.reason)
        buttons, self.ok_button = _ok_cancel(self)
        self.ok_button.setText(ok_text)
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.reason.toPlainText().strip()


class OverrideDialog(QDialog):
    """Recording in spite of a stop: the reasons shown again, and the officer's reason (required)."""

    def __init__(self, parent: QWidget | None, direction: str, reasons: list[str]) -> None:
        super().__init__(parent)
        entry = direction == "entry"
        self.setWindowTitle(self.tr("Record entry anyway") if entry else self.tr("Record exit anyway"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The checks said STOP:") + "\n" + "\n".join(f"✖ {reason}" for reason in reasons)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(
            QLabel(self.tr("Why is the crossing recorded all the same? The reason is kept with the alerts."))
        )
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for recording"))
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.reason.setTabChangesFocus(True)
        layout.addWidget(self.reason)
        buttons, self.ok_button = _ok_cancel(self)
        self.ok_button.setText(self.tr("Record entry") if entry else self.tr("Record exit"))
        self.ok_button.setEnabled(False)
        self.ok_button.setAutoDefault(False)  # Enter in the dialog never records by itself
        self.reason.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setDefault(True)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText().strip()


class ReferDialog(QDialog):
    """Referring a traveller to a supervisor: the reasons go with it; a note is optional."""

    def __init__(self, parent: QWidget | None, traveller: str, reasons: list[str], images: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refer to a supervisor"))
        layout = QVBoxLayout(self)
        text = self.tr("Refer %1 to a supervisor. An alert is raised with what the checks found:").replace(
            "%1", traveller or self.tr("the holder of this document")
        )
        intro = QLabel(text + "\n" + "\n".join(f"• {reason}" for reason in reasons))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if images:
            layout.addWidget(QLabel(self.tr("The document image goes with the alert.")))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note for the supervisor"))
        self.note.setPlaceholderText(self.tr("Note for the supervisor (optional)"))
        self.note.setTabChangesFocus(True)
        layout.addWidget(self.note)
        buttons, self.ok_button = _ok_cancel(self)
        self.ok_button.setText(self.tr("Refer"))
        layout.addWidget(buttons)
        self.note.setFocus()

    def text(self) -> str:
        return self.note.toPlainText().strip()


class ExtensionDialog(QDialog):
    """Days, the granting authority and the reason of an extension of stay (all required)."""

    def __init__(self, parent: QWidget | None, subject: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Grant extension"))
        form = QFormLayout(self)
        form.addRow(QLabel(subject))
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        self.days.setAccessibleName(self.tr("Days of extension"))
        self.authority = QLineEdit()
        self.authority.setAccessibleName(self.tr("Granting authority"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the extension"))
        form.addRow(self.tr("&Days"), self.days)
        form.addRow(self.tr("&Authority"), self.authority)
        form.addRow(self.tr("&Reason"), self.reason)
        for field in (self.days, self.authority, self.reason):
            buddy = form.labelForField(field)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(field)
        buttons, self.ok_button = _ok_cancel(self)
        self.ok_button.setText(self.tr("Grant extension"))
        self.ok_button.setEnabled(False)
        for field in (self.authority, self.reason):
            field.textChanged.connect(self._check)
        form.addRow(buttons)

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.authority.text().strip() and self.reason.text().strip()))


class RotateKeyDialog(QDialog):
    """Asks the administrator's password, saying in words what a key rotation does to the others."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rotate database key"))
        layout = QVBoxLayout(self)
        warning = QLabel(
            self.tr(
                "The whole store is encrypted again under a new key. Afterwards only you can log in: "
                "every other user needs a new password from an administrator (Users, Reset password). "
                "A new recovery key is shown once; the old one stops working."
            )
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Your password"))
        form.addRow(self.tr("Your &password"), self.password)
        buddy = form.labelForField(self.password)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(self.password)
        layout.addLayout(form)
        buttons, self.ok_button = _ok_cancel(self)
        self.ok_button.setText(self.tr("Rotate the key"))
        self.ok_button.setEnabled(False)
        self.password.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        layout.addWidget(buttons)


class RecoveryKeyDialog(QDialog):
    """The new recovery key, shown once; closing needs "I have written it down"."""

    def __init__(self, parent: QWidget | None, recovery_key: str, users_to_reset: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The database key was rotated. Write down the new recovery key and keep it in a safe place: "
                "it is shown only this once."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.recovery_key = QLabel(recovery_key)
        font = QFont("monospace")
        font.setPointSize(font.pointSize() + 4)
        self.recovery_key.setFont(font)
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.recovery_key)
        if users_to_reset:
            text = self.tr("These users need a new password before they can log in again: %1").replace(
                "%1", ", ".join(users_to_reset)
            )
        else:
            text = self.tr("No other user had a password to reset.")
        self.users_label = QLabel(text)
        self.users_label.setWordWrap(True)
        self.users_label.setAccessibleName(self.tr("Users to reset"))
        layout.addWidget(self.users_label)
        self.written_down = QCheckBox(self.tr("I have &written it down"))
        layout.addWidget(self.written_down)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert self.ok_button is not None
        self.ok_button.setEnabled(False)
        self.written_down.toggled.connect(self.ok_button.setEnabled)
        layout.addWidget(buttons)

    def reject(self) -> None:
        """Escape does not close it: the key must be written down first."""
        if self.written_down.isChecked():
            super().reject()
