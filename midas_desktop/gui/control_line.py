"""The officer's control line: document in, checks and stay figures out, entry or exit recorded.

Keyboard path for a clean document: the wedge types the lines and its Enter runs the check; focus
then sits on the likely button (Entry, or Exit for a traveller in the country), so Enter records it;
F9 / F10 record an entry / exit from anywhere in the screen; F11 refuses the entry (asking the reason).

A banner on top says when recorded crossings have waited unsent longer than the post's warning, and
when they are past its hard limit (then the record buttons are disabled; the service refuses anyway).
Supervisors may grant an extension of the open stay of the traveller shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.domain.roles import Action, may
from midas_desktop.gui import local_settings, workers
from midas_desktop.gui.dialogs import ExtensionDialog, RefusalDialog
from midas_desktop.gui.labels import ALERT_KINDS, alert_summary, label, set_tone
from midas_desktop.gui.messages import show_error, user_message
from midas_desktop.gui.ocr_bridge import ocr_available, read_document_image
from midas_desktop.gui.wedge import WedgeEdit

if TYPE_CHECKING:
    from midas_desktop.gui.camera import CameraWorker
    from midas_desktop.services.checks import TravellerCheck
    from midas_desktop.services.session import PostSession

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"}
PURPOSES = ("tourism", "business", "transit", "work", "study", "family", "other")
TRANSPORTS = ("land", "air", "sea")


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class ControlLineView(QWidget):
    sig_check_shown = Signal(object)  # TravellerCheck
    sig_crossing_recorded = Signal(dict)  # CrossingResult.to_dict()
    sig_image_read = Signal(dict)  # the reader's result object
    sig_outbox_state = Signal(object)  # services.outbox.OutboxState
    sig_extension_granted = Signal(dict)  # ExtensionResult.to_dict()

    def __init__(
        self, session: PostSession, parent: QWidget | None = None, clock: Callable[[], dt.datetime] = _now
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.current_lines: list[str] = []
        self.current_check: TravellerCheck | None = None
        self.default_days: int | None = None
        self.ocr_task: workers.Task | None = None
        self.camera: CameraWorker | None = None
        self.seen_drops: set[str] = set()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._drop_folder_changed)
        self.captures_refused = False

        grid = QGridLayout(self)
        self.outbox_banner = QLabel()
        self.outbox_banner.setWordWrap(True)
        self.outbox_banner.setAccessibleName(self.tr("Unsent records"))
        self.outbox_banner.setVisible(False)
        grid.addWidget(self.outbox_banner, 0, 0, 1, 3)
        grid.addWidget(self._document_box(), 1, 0)
        grid.addWidget(self._check_box(), 1, 1)
        grid.addWidget(self._record_box(), 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 2)

        for keys, slot in (
            ("F9", lambda: self.record("entry")),
            ("F10", lambda: self.record("exit")),
            ("F11", self.refuse_entry),
            ("Ctrl+O", self.open_image),
            ("Ctrl+K", self.toggle_camera),
            ("Escape", self.clear),
            ("Ctrl+M", self.wedge.setFocus),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.set_drop_folder(local_settings.drop_folder())
        self.outbox_timer = QTimer(self)
        self.outbox_timer.timeout.connect(self.refresh_outbox_state)
        self.outbox_timer.start(5 * 60_000)  # ages move on even when nothing is recorded
        self.refresh_outbox_state()
        self.wedge.setFocus()

    # --- layout ---------------------------------------------------------------------------------

    def _document_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Document"))
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Scan with the MRZ reader, or type the lines (Ctrl+M); Enter checks."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.wedge = WedgeEdit()
        self.wedge.setAccessibleName(self.tr("MRZ lines"))
        self.wedge.sig_lines_entered.connect(self.check_lines)
        layout.addWidget(self.wedge)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check (Ctrl+Enter)"))
        self.check_button.clicked.connect(lambda: self.check_lines(self._typed_lines()))
        self.image_button = QPushButton(self.tr("Image… (Ctrl+O)"))
        self.image_button.clicked.connect(self.open_image)
        self.camera_button = QPushButton(self.tr("Camera (Ctrl+K)"))
        self.camera_button.setCheckable(True)
        self.camera_button.clicked.connect(self.toggle_camera)
        for button in (self.check_button, self.image_button, self.camera_button):
            button.setAccessibleName(button.text())
            buttons.addWidget(button)
        layout.addLayout(buttons)
        progress_row = QHBoxLayout()
        self.reading_progress = QProgressBar()
        self.reading_progress.setAccessibleName(self.tr("Reading progress"))
        self.reading_progress.setVisible(False)
        self.cancel_reading = QPushButton(self.tr("Cancel"))
        self.cancel_reading.setVisible(False)
        self.cancel_reading.clicked.connect(self._cancel_ocr)
        progress_row.addWidget(self.reading_progress)
        progress_row.addWidget(self.cancel_reading)
        layout.addLayout(progress_row)
        self.input_message = QLabel()
        self.input_message.setWordWrap(True)
        self.input_message.setAccessibleName(self.tr("Input message"))
        layout.addWidget(self.input_message)
        images = QHBoxLayout()
        self.image_view = QLabel(self.tr("No image"))
        self.image_view.setMinimumSize(320, 220)
        self.image_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_view.setAccessibleName(self.tr("Document image"))
        self.portrait_view = QLabel()
        self.portrait_view.setFixedSize(110, 140)
        self.portrait_view.setAccessibleName(self.tr("Portrait"))
        images.addWidget(self.image_view, 1)
        images.addWidget(self.portrait_view)
        layout.addLayout(images)
        self.fps_label = QLabel()
        layout.addWidget(self.fps_label)
        layout.addStretch()
        return box

    def _check_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Checks"))
        layout = QVBoxLayout(box)
        self.verdict = QLabel(self.tr("Waiting for a document"))
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        layout.addWidget(self.verdict)
        self.fields_form = QFormLayout()
        self.field_labels: dict[str, QLabel] = {}
        for key, caption in (
            ("surname", self.tr("Surname")),
            ("given_names", self.tr("Given names")),
            ("nationality", self.tr("Nationality")),
            ("birth_date", self.tr("Birth date")),
            ("sex", self.tr("Sex")),
            ("document", self.tr("Document")),
            ("expiry_date", self.tr("Expiry")),
        ):
            value = QLabel()
            value.setAccessibleName(caption)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.field_labels[key] = value
            self.fields_form.addRow(caption + ":", value)
        layout.addLayout(self.fields_form)
        self.checks_label = QLabel()
        self.checks_label.setWordWrap(True)
        self.checks_label.setAccessibleName(self.tr("Document checks"))
        layout.addWidget(self.checks_label)
        self.stay_label = QLabel()
        self.stay_label.setWordWrap(True)
        self.stay_label.setAccessibleName(self.tr("Stay figures"))
        layout.addWidget(self.stay_label)
        self.alerts_box = QVBoxLayout()
        layout.addLayout(self.alerts_box)
        layout.addWidget(QLabel(self.tr("Past movements")))
        self.history = QTableWidget(0, 6)
        self.history.setAccessibleName(self.tr("Past movements"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Country"),
                self.tr("Entry"),
                self.tr("Exit"),
                self.tr("Latest legal exit"),
                self.tr("Overstay days"),
                self.tr("Rule"),
            ]
        )
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.history, 1)
        return box

    def _record_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Record"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.days_granted = QSpinBox()
        self.days_granted.setRange(1, 3650)
        self.days_granted.setValue(90)
        self.days_granted.setAccessibleName(self.tr("Days granted"))
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        purpose_names = {
            "tourism": self.tr("Tourism"),
            "business": self.tr("Business"),
            "transit": self.tr("Transit"),
            "work": self.tr("Work"),
            "study": self.tr("Study"),
            "family": self.tr("Family"),
            "other": self.tr("Other"),
        }
        for code in PURPOSES:
            self.purpose.addItem(purpose_names[code], code)
        self.transport = QComboBox()
        self.transport.setAccessibleName(self.tr("Means of transport"))
        transport_names = {"land": self.tr("Land"), "air": self.tr("Air"), "sea": self.tr("Sea")}
        for code in TRANSPORTS:
            self.transport.addItem(transport_names[code], code)
        self.vehicle = QLineEdit()
        self.vehicle.setAccessibleName(self.tr("Flight or vehicle number"))
        form.addRow(self.tr("&Days granted"), self.days_granted)
        form.addRow(self.tr("&Purpose"), self.purpose)
        form.addRow(self.tr("&Transport"), self.transport)
        form.addRow(self.tr("&Flight / vehicle"), self.vehicle)
        for field in (self.days_granted, self.purpose, self.transport, self.vehicle):
            buddy = form.labelForField(field)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(field)
        layout.addLayout(form)
        self.entry_button = QPushButton(self.tr("Record &entry (F9)"))
        self.exit_button = QPushButton(self.tr("Record e&xit (F10)"))
        for button, direction in ((self.entry_button, "entry"), (self.exit_button, "exit")):
            button.setAutoDefault(True)  # Enter on the focused button records
            button.setMinimumHeight(48)
            button.setAccessibleName(button.text().replace("&", ""))
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, d=direction: self.record(d))
            layout.addWidget(button)
        self.refuse_button = QPushButton(self.tr("Re&fuse entry… (F11)"))
        self.refuse_button.setAccessibleName(self.tr("Refuse entry (F11)"))
        self.refuse_button.setEnabled(False)
        self.refuse_button.clicked.connect(self.refuse_entry)
        layout.addWidget(self.refuse_button)
        self.extension_button: QPushButton | None = None
        if may(self.session.user.role, Action.GRANT_EXTENSION):  # officers never see it
            self.extension_button = QPushButton(self.tr("&Grant extension…"))
            self.extension_button.setAccessibleName(self.tr("Grant extension"))
            self.extension_button.setEnabled(False)
            self.extension_button.clicked.connect(self.grant_extension)
            layout.addWidget(self.extension_button)
        self.record_result = QLabel()
        self.record_result.setWordWrap(True)
        self.record_result.setAccessibleName(self.tr("Recording result"))
        layout.addWidget(self.record_result)
        self.record_alerts = QVBoxLayout()
        layout.addLayout(self.record_alerts)
        layout.addStretch()
        return box

    # --- checking -------------------------------------------------------------------------------

    def _typed_lines(self) -> list[str]:
        from midas_desktop.gui.wedge import mrz_lines

        return mrz_lines(self.wedge.toPlainText())

    def check_lines(self, lines: list[str]) -> None:
        from midas_desktop.services.checks import check_traveller

        if not lines:
            return
        try:
            result = check_traveller(self.session, lines, self.clock())
        except Exception as exc:
            show_error(self, exc)
            return
        self.current_lines = list(lines)
        self.current_check = result
        self._show_check(result)
        self.sig_check_shown.emit(result)

    def _show_check(self, check: TravellerCheck) -> None:
        from midas_desktop.domain.stay import ExemptResult, StayResult

        mrz = check.mrz
        fields = mrz.fields
        values = {
            "surname": fields.surname if fields else "",
            "given_names": fields.given_names if fields else "",
            "nationality": fields.nationality if fields else "",
            "birth_date": str(fields.birth_date or "") if fields else "",
            "sex": fields.sex if fields else "",
            "document": f"{mrz.type or ''} {fields.issuing_state} {fields.document_number}" if fields else "",
            "expiry_date": str(fields.expiry_date or "") if fields else "",
        }
        for key, value in values.items():
            self.field_labels[key].setText(value)
        self.checks_label.setText("<br>".join(self._check_lines(check)))
        self._clear_layout(self.alerts_box)
        alerts = self._alerts_of(check)
        for tone, text in alerts:
            badge = QLabel()
            badge.setWordWrap(True)
            set_tone(badge, tone, text)
            self.alerts_box.addWidget(badge)
        figures = check.figures
        if isinstance(figures, StayResult):
            self.stay_label.setText(
                self.tr(
                    "Rule: %1 (allowance %2 days). Days used: %3. Days remaining: %4. Latest legal exit: %5."
                )
                .replace("%1", figures.rule)
                .replace("%2", str(figures.allowance))
                .replace("%3", str(figures.days_used))
                .replace("%4", str(figures.days_remaining))
                .replace("%5", figures.latest_exit.isoformat())
            )
            self.default_days = figures.allowance if figures.entering else None
        elif isinstance(figures, ExemptResult):
            self.stay_label.setText(
                self.tr("Exempt from stay limits: %1.").replace("%1", figures.exemption.value)
            )
            self.default_days = None
        else:
            self.stay_label.setText(self.tr("No stay figures: the document is not valid."))
            self.default_days = None
        self.days_granted.setEnabled(self.default_days is not None)
        if self.default_days is not None:
            self.days_granted.setRange(1, self.default_days)
            self.days_granted.setValue(self.default_days)
        self._fill_history(check)
        blocking = not mrz.valid
        if blocking:
            first = next((f for f in mrz.findings if f.severity == "error"), None)
            problem = f"{first.problem} ({first.field})" if first else self.tr("unreadable")
            set_tone(self.verdict, "danger", self.tr("INVALID DOCUMENT: %1").replace("%1", problem))
        elif any(tone == "danger" for tone, _ in alerts):
            set_tone(self.verdict, "danger", self.tr("STOP: see the alerts before recording"))
        elif alerts:
            set_tone(self.verdict, "warn", self.tr("ATTENTION: %n alert(s)", "", len(alerts)))
        else:
            set_tone(self.verdict, "ok", self.tr("VALID DOCUMENT: no alerts"))
        self._enable_recording(not blocking)
        if self.extension_button is not None:
            self.extension_button.setEnabled(not blocking and check.in_country)
        if not blocking and not self.captures_refused:
            # The likely direction gets the focus, so one more Enter records it.
            target = self.exit_button if check.in_country else self.entry_button
            target.setDefault(True)
            target.setFocus()

    def _check_lines(self, check: TravellerCheck) -> list[str]:
        mrz = check.mrz
        out: list[str] = []
        for name, outcome in mrz.checks.items():
            if outcome.ok:
                out.append("✔ " + self.tr("check digit %1: correct").replace("%1", name))
            else:
                out.append(
                    "✖ "
                    + self.tr("check digit %1: WRONG (expected %2, found %3)")
                    .replace("%1", name)
                    .replace("%2", str(outcome.expected))
                    .replace("%3", outcome.found)
                )
        fields = mrz.fields
        if fields is not None and fields.expiry_date is not None:
            if mrz.expired:
                out.append("✖ " + self.tr("expiry: EXPIRED on %1").replace("%1", str(fields.expiry_date)))
            else:
                out.append("✔ " + self.tr("expiry: valid until %1").replace("%1", str(fields.expiry_date)))
        if fields is not None and fields.birth_date is not None:
            today = self.clock().date()
            born = fields.birth_date
            age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
            if age < 18:
                out.append("⚠ " + self.tr("age: %1, a MINOR").replace("%1", str(age)))
            else:
                out.append("✔ " + self.tr("age: %1").replace("%1", str(age)))
        for finding in mrz.findings:
            sign = "✖" if finding.severity == "error" else "⚠"
            out.append(f"{sign} {finding.problem} ({finding.field})")
        return out

    def _alerts_of(self, check: TravellerCheck) -> list[tuple[str, str]]:
        from midas_desktop.domain.stay import StayResult

        alerts: list[tuple[str, str]] = []
        if not check.mrz.valid:
            alerts.append(("danger", label(ALERT_KINDS, "invalid_document")))
        if check.mrz.expired:
            alerts.append(("danger", label(ALERT_KINDS, "expired_document")))
        for hit in check.watchlist_hits:
            alerts.append(
                (
                    "danger",
                    f"{label(ALERT_KINDS, 'watchlist_hit')}: {hit.entry.reason} "
                    f"({hit.kind}, {hit.score:.2f})",
                )
            )
        for stay in check.previous_overstays:
            days = (stay.exit_date - stay.latest_exit).days if stay.exit_date and stay.latest_exit else 0
            alerts.append(
                (
                    "warn",
                    f"{label(ALERT_KINDS, 'previous_overstay')}: "
                    + self.tr("%1 day(s) after the stay of %2")
                    .replace("%1", str(days))
                    .replace("%2", stay.entry_date.isoformat()),
                )
            )
        figures = check.figures
        if isinstance(figures, StayResult) and figures.overstay_days > 0:
            kind = "no_stay_remaining" if figures.entering else "overstay"
            alerts.append(
                (
                    "danger",
                    f"{label(ALERT_KINDS, kind)}: "
                    + self.tr("%1 day(s) over the allowance").replace("%1", str(figures.overstay_days)),
                )
            )
        if check.in_country:
            alerts.append(("info", self.tr("The traveller is in the country: an exit is expected.")))
        return alerts

    def _fill_history(self, check: TravellerCheck) -> None:
        self.history.setRowCount(0)
        for stay in reversed(check.stays):
            row = self.history.rowCount()
            self.history.insertRow(row)
            values = (
                stay.country,
                stay.entry_date.isoformat(),
                stay.exit_date.isoformat() if stay.exit_date else self.tr("(in the country)"),
                stay.latest_exit.isoformat() if stay.latest_exit else "—",
                str(stay.overstay_days),
                stay.rule,
            )
            for column, value in enumerate(values):
                self.history.setItem(row, column, QTableWidgetItem(value))

    @staticmethod
    def _clear_layout(layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    # --- recording ------------------------------------------------------------------------------

    def record(self, direction: str) -> None:
        from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing

        if self.current_check is None or not self.current_check.mrz.valid:
            self.record_result.setText(self.tr("Check a valid document first."))
            return
        if self.captures_refused:
            self.record_result.setText(self.outbox_banner.text())
            return
        days: int | None = None
        if (
            direction == "entry"
            and self.default_days is not None
            and self.days_granted.value() < self.default_days
        ):
            days = self.days_granted.value()  # fewer than the rule allows; otherwise the rule decides
        request = CrossingRequest(
            lines=tuple(self.current_lines),
            direction=Direction(direction),
            at=self.clock(),
            days_granted=days,
            purpose=str(self.purpose.currentData()),
            transport=str(self.transport.currentData()),
            vehicle=self.vehicle.text().strip() or None,
        )
        try:
            result = record_crossing(self.session, request).to_dict()
        except Exception as exc:
            self.refresh_outbox_state()
            show_error(self, exc)
            return
        self._show_recorded(direction, result)
        self.sig_crossing_recorded.emit(result)
        self._ready_for_next()
        self.refresh_outbox_state()

    def refuse_entry(self) -> None:
        """F11: refuse the entry of the traveller shown, with the reason (asked, required)."""
        from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing

        if self.current_check is None or not self.current_check.mrz.valid:
            self.record_result.setText(self.tr("Check a valid document first."))
            return
        if self.captures_refused:
            self.record_result.setText(self.outbox_banner.text())
            return
        fields = self.current_check.mrz.fields
        who = f"{fields.surname}, {fields.given_names}" if fields else ""
        dialog = RefusalDialog(self, who)
        if not dialog.exec() or not dialog.text():
            return
        request = CrossingRequest(
            lines=tuple(self.current_lines),
            direction=Direction.ENTRY,
            at=self.clock(),
            purpose=str(self.purpose.currentData()),
            transport=str(self.transport.currentData()),
            vehicle=self.vehicle.text().strip() or None,
            refusal_reason=dialog.text(),
        )
        try:
            result = record_crossing(self.session, request).to_dict()
        except Exception as exc:
            self.refresh_outbox_state()
            show_error(self, exc)
            return
        self._show_recorded("refused", result)
        self.sig_crossing_recorded.emit(result)
        self._ready_for_next()
        self.refresh_outbox_state()

    def grant_extension(self) -> None:
        """Supervisors: extend the open stay of the traveller shown (the service checks the role)."""
        from midas_desktop.services import extensions

        check = self.current_check
        fields = check.mrz.fields if check is not None else None
        if fields is None:
            return
        try:
            stay_id = extensions.open_stay_of_document(
                self.session, fields.issuing_state, fields.document_number
            )
        except Exception as exc:
            show_error(self, exc)
            return
        dialog = ExtensionDialog(
            self,
            self.tr("Extend the stay of %1, %2")
            .replace("%1", fields.surname)
            .replace("%2", fields.given_names),
        )
        if not dialog.exec():
            return
        try:
            granted = extensions.grant_extension(
                self.session,
                stay_id,
                dialog.days.value(),
                dialog.authority.text(),
                dialog.reason.text(),
                self.clock(),
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self.record_result.setText(
            self.tr("Extension granted: latest legal exit now %1.").replace(
                "%1", granted.latest_exit.isoformat()
            )
        )
        self.sig_extension_granted.emit(granted.to_dict())
        self.check_lines(list(self.current_lines))  # the figures with the new latest exit

    def _enable_recording(self, valid_document: bool) -> None:
        allowed = valid_document and not self.captures_refused
        buttons = (self.entry_button, self.exit_button, self.refuse_button)
        had_focus = any(button.hasFocus() for button in buttons)
        for button in buttons:
            button.setEnabled(allowed)
        if had_focus and not allowed:
            self.wedge.setFocus()  # keyboard shortcuts (F9-F11) keep working in the screen

    def refresh_outbox_state(self) -> None:
        """The unsent-records banner; past the hard limit the record buttons are disabled."""
        from midas_desktop.services.outbox import outbox_state

        try:
            state = outbox_state(self.session, dt.datetime.now(dt.UTC))
        except Exception:
            return  # the banner is advisory; the crossing service enforces the limit itself
        self.captures_refused = state.captures_refused
        if state.level == "refuse":
            set_tone(
                self.outbox_banner,
                "danger",
                self.tr(
                    "New captures are refused: %1 record(s) have waited %2 day(s) unsent, past the limit of "
                    "%3 days. Sync with the central server (Sync tab) before recording."
                )
                .replace("%1", str(state.pending))
                .replace("%2", str(state.age_days))
                .replace("%3", str(state.limits.refuse_days)),
            )
        elif state.level == "warn":
            set_tone(
                self.outbox_banner,
                "warn",
                self.tr(
                    "%1 record(s) have waited %2 day(s) unsent (warning after %3 days). Sync with the "
                    "central server soon."
                )
                .replace("%1", str(state.pending))
                .replace("%2", str(state.age_days))
                .replace("%3", str(state.limits.warn_days)),
            )
        self.outbox_banner.setVisible(state.level != "ok")
        valid = self.current_check is not None and self.current_check.mrz.valid
        self._enable_recording(valid)
        self.sig_outbox_state.emit(state)

    def _show_recorded(self, direction: str, result: dict[str, Any]) -> None:
        stay = result.get("stay") or {}
        when = self.clock().strftime("%H:%M")
        if direction == "refused":
            text = (
                self.tr("Entry refused at %1; reason: %2.")
                .replace("%1", when)
                .replace("%2", str((result.get("movement") or {}).get("reason") or ""))
            )
        else:
            text = (
                self.tr("Entry recorded at %1.") if direction == "entry" else self.tr("Exit recorded at %1.")
            ).replace("%1", when)
        if stay.get("latest_exit"):
            text += " " + self.tr("Days used: %1; latest legal exit: %2.").replace(
                "%1", str(stay.get("days_used"))
            ).replace("%2", str(stay.get("latest_exit")))
        self.record_result.setText(text)
        self._clear_layout(self.record_alerts)
        for alert in result.get("alerts", []):
            badge = QLabel()
            badge.setWordWrap(True)
            badge.setAccessibleName(self.tr("Alert raised"))
            tone = "danger" if alert["kind"] in ("overstay", "watchlist_hit", "no_stay_remaining") else "warn"
            summary = alert_summary(str(alert["kind"]), alert.get("details"), str(alert.get("summary", "")))
            set_tone(badge, tone, f"{label(ALERT_KINDS, alert['kind'])}: {summary}")
            self.record_alerts.addWidget(badge)

    def _ready_for_next(self) -> None:
        self.current_check = None
        self.current_lines = []
        self.wedge.clear()
        self.vehicle.clear()
        self._enable_recording(False)
        if self.extension_button is not None:
            self.extension_button.setEnabled(False)
        self.wedge.setFocus()

    def clear(self) -> None:
        self._ready_for_next()
        for value in self.field_labels.values():
            value.clear()
        self.checks_label.clear()
        self.stay_label.clear()
        self.history.setRowCount(0)
        self._clear_layout(self.alerts_box)
        self.image_view.clear()
        self.portrait_view.clear()
        self.verdict.setText(self.tr("Waiting for a document"))
        self.verdict.setStyleSheet("")

    # --- images: file, scanner drop folder, camera ---------------------------------------------

    def _no_reader(self) -> bool:
        if ocr_available():
            return False
        self.input_message.setText(self.tr("image reading is not installed"))
        return True

    def open_image(self) -> None:
        if self._no_reader():
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a document image"),
            "",
            self.tr("Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)"),
        )
        if path:
            self.read_image_file(Path(path))

    def read_image_file(self, path: Path) -> workers.Task | None:
        """Read the MRZ of an image file in the background; the check follows when it is read."""
        if self._no_reader():
            return None
        self._cancel_ocr()
        image = QImage(str(path))
        self._show_image(image)
        self.input_message.setText(self.tr("Reading %1 …").replace("%1", path.name))
        self.reading_progress.setRange(0, 0)  # busy: the reader gives no steps
        self.reading_progress.setVisible(True)
        self.cancel_reading.setVisible(True)
        task = workers.start(lambda _progress, _cancelled: read_document_image(str(path)))
        task.signals.sig_task_finished.connect(lambda result: self._image_read(result, image))
        task.signals.sig_task_failed.connect(lambda exc: self.input_message.setText(user_message(exc)))
        task.signals.sig_task_cancelled.connect(
            lambda: self.input_message.setText(self.tr("Reading cancelled."))
        )
        task.signals.sig_task_done.connect(self._ocr_done)
        self.ocr_task = task
        return task

    def _cancel_ocr(self) -> None:
        if self.ocr_task is not None:
            self.ocr_task.cancel()

    def _ocr_done(self) -> None:
        self.ocr_task = None
        self.reading_progress.setVisible(False)
        self.cancel_reading.setVisible(False)

    def _image_read(self, result: dict[str, Any], image: QImage) -> None:
        self._show_portrait(image, result.get("portrait"))
        lines = [str(line) for line in result.get("lines") or []]
        if not lines:
            self.input_message.setText(
                self.tr("No MRZ could be read from the image; scan again or type the lines.")
            )
            return
        self.input_message.setText(
            self.tr("MRZ read.")
            if result.get("valid")
            else self.tr(
                "The MRZ read has problems: compare it with the document, correct it and press Ctrl+Enter."
            )
        )
        self.wedge.set_lines(lines)
        self.sig_image_read.emit(result)
        self.check_lines(lines)

    def _show_image(self, image: QImage) -> None:
        if image.isNull():
            return
        self.image_view.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.image_view.width(),
                self.image_view.height(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _show_portrait(self, image: QImage, box: object) -> None:
        if not isinstance(box, dict) or image.isNull():
            self.portrait_view.clear()
            return
        crop = image.copy(QRect(int(box["x"]), int(box["y"]), int(box["w"]), int(box["h"])))
        self.portrait_view.setPixmap(
            QPixmap.fromImage(crop).scaled(
                self.portrait_view.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def set_drop_folder(self, folder: str) -> None:
        for watched in self.watcher.directories():
            self.watcher.removePath(watched)
        if folder and Path(folder).is_dir():
            self.seen_drops = {str(p) for p in Path(folder).iterdir()}
            self.watcher.addPath(folder)

    def _drop_folder_changed(self, folder: str) -> None:
        fresh = [
            p
            for p in Path(folder).iterdir()
            if p.suffix.lower() in IMAGE_SUFFIXES and str(p) not in self.seen_drops and p.is_file()
        ]
        self.seen_drops.update(str(p) for p in fresh)
        if fresh:
            newest = max(fresh, key=lambda p: p.stat().st_mtime)
            self.read_image_file(newest)

    def toggle_camera(self) -> None:
        if self.camera is not None:
            self.stop_camera()
            return
        if self._no_reader():
            self.camera_button.setChecked(False)
            return
        from midas_desktop.gui.camera import CameraWorker

        source_text = local_settings.camera_source()
        source: int | str = int(source_text) if source_text.isdigit() else source_text
        self.camera = CameraWorker(source)
        self.camera.sig_frame_ready.connect(self._show_image)
        self.camera.sig_fps_measured.connect(
            lambda fps: self.fps_label.setText(self.tr("%1 fps").replace("%1", f"{fps:.0f}"))
        )
        self.camera.sig_mrz_captured.connect(self._camera_captured)
        self.camera.sig_camera_failed.connect(
            lambda _what: self.input_message.setText(self.tr("The camera could not be opened."))
        )
        self.camera.finished.connect(self._camera_stopped)
        self.camera_button.setChecked(True)
        self.input_message.setText(self.tr("Hold the document still in front of the camera …"))
        self.camera.start()

    def _camera_captured(self, result: dict[str, Any], image: QImage) -> None:
        self._show_image(image)
        self._image_read(result, image)

    def stop_camera(self) -> None:
        if self.camera is not None:
            self.camera.requestInterruption()
            self.camera.wait(5000)
            self._camera_stopped()

    def _camera_stopped(self) -> None:
        if self.camera is not None:
            self.camera.deleteLater()
        self.camera = None
        self.camera_button.setChecked(False)
        self.fps_label.clear()

    def shutdown(self) -> None:
        """Stop the camera and pending reads (on lock or logout)."""
        self.outbox_timer.stop()
        self.stop_camera()
        self._cancel_ocr()
