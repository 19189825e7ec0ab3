"""The login screen: unlock the store with a user's password; language switch; throttled retries."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.gui.i18n import LANGUAGES, current_language
from midas_desktop.gui.messages import user_message

if TYPE_CHECKING:
    from midas_desktop.services.session import PostSession

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60


def throttle_delay(failures: int) -> float:
    """Seconds to wait before the next try: none for the first three, then 2, 4, 8 ... up to a minute."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_ATTEMPTS + 1)))


class LoginScreen(QWidget):
    sig_login_succeeded = Signal(object)  # PostSession
    sig_language_changed = Signal(str)

    def __init__(self, store_path: Path, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store_path = store_path
        self.failures = 0
        self.locked_until = 0.0
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("MIDAS — border post"))
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        layout.addWidget(title)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.currentIndexChanged.connect(
            lambda _i: self.sig_language_changed.emit(str(self.language.currentData()))
        )
        form.addRow(self.tr("&User"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("&Language"), self.language)
        for field in (self.username, self.password, self.language):
            buddy = form.labelForField(field)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(field)
        layout.addLayout(form)
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setAccessibleName(self.tr("Log in"))
        self.login_button.setAutoDefault(True)
        self.login_button.clicked.connect(self.try_login)
        self.password.returnPressed.connect(self.try_login)
        self.username.returnPressed.connect(self.password.setFocus)
        layout.addWidget(self.login_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Login message"))
        layout.addWidget(self.message)
        layout.addStretch()
        self._unlock_timer = QTimer(self)
        self._unlock_timer.setSingleShot(True)
        self._unlock_timer.timeout.connect(self._unthrottle)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> None:
        if time.monotonic() < self.locked_until:
            return
        from midas_desktop.services.errors import AccessDenied, ServiceError
        from midas_desktop.services.session import login

        password = self.password.text()
        self.password.clear()
        try:
            session: PostSession = login(self.store_path, self.username.text().strip(), password)
        except AccessDenied as exc:
            self.failures += 1
            delay = throttle_delay(self.failures)
            text = user_message(exc)
            if delay:
                self.locked_until = time.monotonic() + delay
                self.login_button.setEnabled(False)
                self._unlock_timer.start(int(delay * 1000))
                text += " " + self.tr("Too many failed attempts: wait %n second(s).", "", int(delay))
            self.message.setText(text)
            return
        except ServiceError as exc:
            self.message.setText(user_message(exc))
            return
        self.failures = 0
        self.message.clear()
        if not self._first_steps(session, password):
            session.close()
            return
        self.sig_login_succeeded.emit(session)

    def _first_steps(self, session: PostSession, password: str) -> bool:
        """What a login may ask first: a store converted by this login shows its new recovery key once;
        a password an administrator set is replaced by the user's own (with new keys) before anything."""
        from midas_desktop.gui.dialogs import RecoveryKeyDialog, UserDialog
        from midas_desktop.services.errors import ServiceError
        from midas_desktop.services.users import change_own_password

        if session.conversion is not None:
            conversion = session.conversion
            shown = RecoveryKeyDialog(self, conversion.recovery_key, conversion.users_to_reset)
            shown.exec()
            shown.recovery_key.clear()
            shown.deleteLater()
        while session.must_change_password:
            dialog = UserDialog(self, self.tr("Choose your own password"), ask_name=False, ask_role=False)
            if not dialog.exec():
                self.message.setText(
                    self.tr("Choose your own password to go on: an administrator set this one.")
                )
                return False
            try:
                change_own_password(session, password, dialog.password.text())
            except ServiceError as exc:
                self.message.setText(user_message(exc))
        return True

    def _unthrottle(self) -> None:
        self.locked_until = 0.0  # Qt timers may fire a little early; the timer is the authority
        self.login_button.setEnabled(True)
        self.message.setText(self.tr("You may try again."))
