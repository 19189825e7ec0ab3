"""First run: create the post's store and its first administrator, then show the recovery key once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPagedPaintDevice, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.gui import workers
from midas_desktop.gui.i18n import LANGUAGES, current_language
from midas_desktop.gui.labels import set_tone
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
    """Two pages: a welcome with the language and the post's form, then the recovery key (print it or
    save it, with a warning) and its "I have written it down" confirmation."""

    sig_store_created = Signal(str)  # the administrator's user name
    sig_recovery_key_shown = Signal()
    sig_language_changed = Signal(str)

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
        outer = QVBoxLayout(page)
        self.title = title = QLabel(self.tr("Welcome to MIDAS"))
        title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        title.setAccessibleName(self.tr("Welcome"))
        outer.addWidget(title)
        intro = QLabel(
            self.tr(
                "The border management system of this post. This PC has no post store yet: set up the "
                "post and its first administrator. Everything is kept encrypted on this PC."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.currentIndexChanged.connect(
            lambda _i: self.sig_language_changed.emit(str(self.language.currentData()))
        )
        form.addRow(self.tr("&Language"), self.language)
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
            (self.tr("Pass&word"), self.password, self.tr("Password")),
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
        buddy = form.labelForField(self.language)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(self.language)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        explanation = QLabel(
            self.tr(
                "This is the store's recovery key. It is shown only once. It opens the store if every "
                "administrator password is lost: print it or write it down, and keep it locked away."
            )
        )
        explanation.setWordWrap(True)
        self.recovery_key = QLabel()
        self.recovery_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setPointSize(16)
        self.recovery_key.setFont(font)
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        warning = QLabel(
            self.tr(
                "Warning: whoever holds this key can read every record of the post. Never keep it on "
                "this PC, in e-mail or in a shared folder. A saved file goes to a removable drive that is "
                "locked away, or is deleted once printed."
            )
        )
        warning.setWordWrap(True)
        set_tone(warning, "warn", warning.text())
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self._print)
        self.save_button = QPushButton(self.tr("&Save to a file…"))
        self.save_button.clicked.connect(self._save)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        self.key_message = QLabel()
        self.key_message.setWordWrap(True)
        self.written_down = QCheckBox(self.tr("I have &written it down or printed it"))
        self.continue_button = QPushButton(self.tr("&Continue to login"))
        self.continue_button.setEnabled(False)
        self.continue_button.setAutoDefault(True)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        for part in (explanation, self.recovery_key, warning):
            layout.addWidget(part)
        layout.addLayout(buttons)
        for item in (self.key_message, self.written_down, self.continue_button):
            layout.addWidget(item)
        layout.addStretch()
        return page

    def _key_text(self) -> str:
        return "\n".join(
            (
                self.tr("MIDAS — recovery key of the post store"),
                self.recovery_key.text(),
                self.tr("Keep this locked away: whoever holds it can read every record of the post."),
            )
        )

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            self.print_key(printer)

    def print_key(self, printer: QPagedPaintDevice) -> None:
        """The key on paper (or a PDF printer), large, with the warning."""
        painter = QPainter(printer)
        try:
            page = painter.viewport()
            font = QFont("DejaVu Sans Mono", 18)
            painter.setFont(font)
            painter.drawText(
                page, int(Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), self._key_text()
            )
        finally:
            painter.end()
        self.key_message.setText(self.tr("Sent to the printer."))

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), "midas-recovery-key.txt", self.tr("Text (*.txt)")
        )
        if path:
            self.save_key(Path(path))

    def save_key(self, path: Path) -> bool:
        try:
            path.write_text(self._key_text() + "\n", encoding="utf-8")
            path.chmod(0o600)
        except OSError as exc:
            self.key_message.setText(
                self.tr("The key could not be saved: %1").replace("%1", exc.strerror or type(exc).__name__)
            )
            return False
        self.key_message.setText(self.tr("Saved. Move the file to safe storage and delete it from this PC."))
        return True

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
        self.task = workers.start(
            lambda _progress, _cancelled: init_store(path, **values),  # type: ignore[arg-type]
            finished=self._created,
            failed=self._failed,
        )

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
