"""First run: create the post's store and its first administrator, then show the recovery key once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.gui import workers
from midas_desktop.gui.messages import user_message

COUNTRIES = ("GTM", "SLV", "HND", "NIC", "CRI", "PAN", "BLZ", "MEX", "DOM", "HTI", "CUB", "JAM")
TIME_ZONES = (
    "America/Guatemala",
    "America/El_Salvador",
    "America/Tegucigalpa",
    "America/Managua",
    "America/Costa_Rica",
    "America/Panama",
    "America/Belize",
    "America/Mexico_City",
    "America/Santo_Domingo",
    "America/Port-au-Prince",
    "America/Havana",
    "America/Jamaica",
)


class FirstRunScreen(QWidget):
    """Two pages: the form, then the recovery key with its "I have written it down" confirmation."""

    sig_store_created = Signal(str)  # the administrator's user name
    sig_recovery_key_shown = Signal()

    def __init__(self, store_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store_path = store_path
        self.task: workers.Task | None = None
        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._recovery_page())

    def _form_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(
            self.tr("No post store was found at %1. Create it for this post.").replace(
                "%1", str(self.store_path)
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.post_code = QLineEdit()
        self.post_name = QLineEdit()
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItems(COUNTRIES)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(TIME_ZONES)
        self.admin = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        for label, widget, name in (
            (self.tr("Post &code"), self.post_code, self.tr("Post code")),
            (self.tr("Post &name"), self.post_name, self.tr("Post name")),
            (self.tr("C&ountry"), self.country, self.tr("Country")),
            (self.tr("&Time zone"), self.timezone, self.tr("Time zone")),
            (self.tr("&Administrator"), self.admin, self.tr("Administrator user name")),
            (self.tr("&Password"), self.password, self.tr("Password")),
            (self.tr("Password a&gain"), self.password_again, self.tr("Password again")),
        ):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
            buddy = form.labelForField(widget)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(widget)
        self.create_button = QPushButton(self.tr("Create the store"))
        self.create_button.setAccessibleName(self.tr("Create the store"))
        self.create_button.setAutoDefault(True)
        self.create_button.clicked.connect(self.create_store)
        self.password_again.returnPressed.connect(self.create_button.click)
        form.addRow(self.create_button)
        self.form_message = QLabel()
        self.form_message.setWordWrap(True)
        self.form_message.setAccessibleName(self.tr("Message"))
        form.addRow(self.form_message)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        explanation = QLabel(
            self.tr(
                "This is the store's recovery key. It is shown only once. Write it down and keep it in a "
                "safe place: it opens the store if every administrator password is lost."
            )
        )
        explanation.setWordWrap(True)
        self.recovery_key = QLabel()
        self.recovery_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setPointSize(16)
        self.recovery_key.setFont(font)
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.written_down = QCheckBox(self.tr("I have &written it down"))
        self.continue_button = QPushButton(self.tr("Continue to login"))
        self.continue_button.setEnabled(False)
        self.continue_button.setAutoDefault(True)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        for widget in (explanation, self.recovery_key, self.written_down, self.continue_button):
            layout.addWidget(widget)
        layout.addStretch()
        return page

    def create_store(self) -> None:
        """The store is made off the UI thread (its keys take a moment to derive)."""
        from midas_desktop.services.session import init_store

        if self.password.text() != self.password_again.text():
            self.form_message.setText(self.tr("The two passwords differ."))
            return
        values = {
            "post_code": self.post_code.text().strip(),
            "post_name": self.post_name.text().strip(),
            "country": self.country.currentText().strip().upper(),
            "timezone": self.timezone.currentText().strip() or None,
            "admin": self.admin.text().strip(),
            "password": self.password.text(),
        }
        path = self.store_path
        self.create_button.setEnabled(False)
        self.form_message.setText(self.tr("Creating the store …"))
        task = workers.start(lambda _progress, _cancelled: init_store(path, **values))  # type: ignore[arg-type]
        task.signals.sig_task_finished.connect(self._created)
        task.signals.sig_task_failed.connect(self._failed)
        self.task = task

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.create_button.setEnabled(True)
        self.form_message.setText(user_message(exc))

    def _created(self, key: str) -> None:
        self.task = None
        self.password.clear()
        self.password_again.clear()
        self.form_message.clear()
        self.recovery_key.setText(key)
        self.pages.setCurrentIndex(1)
        self.written_down.setFocus()
        self.sig_recovery_key_shown.emit()

    def _finish(self) -> None:
        self.recovery_key.clear()  # shown once: not kept in a widget after this
        self.sig_store_created.emit(self.admin.text().strip())
