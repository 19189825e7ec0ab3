"""The officer's decision: days granted, purpose, transport, and the buttons that record it.

The panel follows the verdict. On go or attention the likely crossing (entry, or exit for a traveller
in the country) takes the focus, so one more Enter records it. On stop the focus goes to the safe act,
"Refer to a supervisor": Enter never admits; the entry and exit buttons ask for the reason first. An
MRZ that is not valid cannot be recorded as a crossing at all, but can be refused or referred.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.domain.verdict import Tone, Verdict
from midas_desktop.gui.labels import ALERT_KINDS, alert_summary, label, set_tone

PURPOSES = ("tourism", "business", "transit", "work", "study", "family", "other")
TRANSPORTS = ("land", "air", "sea")
DANGER_KINDS = {"overstay", "watchlist_hit", "no_stay_remaining", "invalid_document", "referral"}


class RecordPanel(QGroupBox):
    sig_record_requested = Signal(str)  # entry | exit
    sig_refuse_requested = Signal()
    sig_refer_requested = Signal()
    sig_extension_requested = Signal()

    def __init__(self, *, may_extend: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decision"), parent)
        self.verdict: Verdict | None = None
        self._days_offered: int | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        form.addRow(self.tr("Flight / &vehicle"), self.vehicle)
        for field in (self.days_granted, self.purpose, self.transport, self.vehicle):
            buddy = form.labelForField(field)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(field)
        layout.addLayout(form)
        self.entry_button = QPushButton()
        self.exit_button = QPushButton()
        for button, direction in ((self.entry_button, "entry"), (self.exit_button, "exit")):
            button.setAutoDefault(True)  # Enter on the focused button presses it
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _checked=False, d=direction: self.sig_record_requested.emit(d))
            layout.addWidget(button)
        self.refer_button = QPushButton(self.tr("Refer to a &supervisor… (F12)"))
        self.refer_button.setAccessibleName(self.tr("Refer to a supervisor (F12)"))
        self.refer_button.setAutoDefault(True)
        self.refer_button.setMinimumHeight(44)
        self.refer_button.clicked.connect(self.sig_refer_requested.emit)
        layout.addWidget(self.refer_button)
        self.refuse_button = QPushButton(self.tr("&Refuse entry… (F11)"))
        self.refuse_button.setAccessibleName(self.tr("Refuse entry (F11)"))
        self.refuse_button.setAutoDefault(True)
        self.refuse_button.clicked.connect(self.sig_refuse_requested.emit)
        layout.addWidget(self.refuse_button)
        self.extension_button: QPushButton | None = None
        if may_extend:  # officers never see it
            self.extension_button = QPushButton(self.tr("&Grant extension…"))
            self.extension_button.setAccessibleName(self.tr("Grant extension"))
            self.extension_button.clicked.connect(self.sig_extension_requested.emit)
            layout.addWidget(self.extension_button)
        self.record_result = QLabel()
        self.record_result.setWordWrap(True)
        self.record_result.setAccessibleName(self.tr("Recording result"))
        layout.addWidget(self.record_result)
        self.record_alerts = QVBoxLayout()
        layout.addLayout(self.record_alerts)
        layout.addStretch()
        self.set_state(None, in_country=False, captures_refused=False)

    def decision_widgets(self) -> list[QWidget]:
        """In Tab order."""
        widgets: list[QWidget] = [
            self.days_granted,
            self.purpose,
            self.transport,
            self.vehicle,
            self.entry_button,
            self.exit_button,
            self.refer_button,
            self.refuse_button,
        ]
        if self.extension_button is not None:
            widgets.append(self.extension_button)
        return widgets

    def set_state(
        self,
        verdict: Verdict | None,
        *,
        in_country: bool,
        captures_refused: bool,
        busy: bool = False,
        default_days: int | None = None,
    ) -> QPushButton | None:
        """Buttons and texts for the verdict shown; returns the button that should take the focus."""
        self.verdict = verdict
        stop = verdict is not None and verdict.tone is Tone.STOP
        if stop:
            texts = (self.tr("Record &entry anyway… (F9)"), self.tr("Record e&xit anyway… (F10)"))
        else:
            texts = (self.tr("Record &entry (F9)"), self.tr("Record e&xit (F10)"))
        for button, text in zip((self.entry_button, self.exit_button), texts, strict=True):
            if button.text() != text:
                button.setText(text)
                button.setAccessibleName(text.replace("&", ""))
        recordable = verdict is not None and verdict.recordable and not busy
        crossing_allowed = recordable and not captures_refused
        self.entry_button.setEnabled(crossing_allowed)
        self.exit_button.setEnabled(crossing_allowed)
        # An unrecordable MRZ is refused as an alert, which the unsent-records limit does not stop.
        self.refuse_button.setEnabled(
            verdict is not None and not busy and (not verdict.recordable or not captures_refused)
        )
        self.refer_button.setEnabled(verdict is not None and not busy)
        if self.extension_button is not None:
            self.extension_button.setEnabled(recordable and in_country)
        self.days_granted.setEnabled(default_days is not None and crossing_allowed and not stop)
        if default_days is not None and default_days != self._days_offered:
            # Only for a new traveller's figures: a later refresh keeps what the officer typed.
            self.days_granted.setRange(1, default_days)
            self.days_granted.setValue(default_days)
        self._days_offered = default_days
        self.set_style(stop)
        for button in (self.entry_button, self.exit_button, self.refer_button, self.refuse_button):
            button.setDefault(False)
        if verdict is None or busy:
            return None
        if stop or not crossing_allowed:
            target = self.refer_button
        else:
            target = self.exit_button if in_country else self.entry_button
        target.setDefault(True)
        return target

    def set_style(self, stop: bool) -> None:
        font = self.refer_button.font()
        if font.bold() != stop:  # a font, not a style sheet: nothing re-polished at every traveller
            font.setBold(stop)
            self.refer_button.setFont(font)

    def clear(self) -> None:
        self.record_result.clear()
        self.record_result.setStyleSheet("")
        self.clear_alerts()

    def clear_alerts(self) -> None:
        while self.record_alerts.count():
            item = self.record_alerts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def show_message(self, text: str, tone: str | None = None) -> None:
        if tone is None:
            self.record_result.setStyleSheet("")
            self.record_result.setText(text)
        else:
            set_tone(self.record_result, tone, text)

    def show_alerts(self, alerts: list[dict[str, Any]]) -> None:
        self.clear_alerts()
        for alert in alerts:
            badge = QLabel()
            badge.setWordWrap(True)
            badge.setAccessibleName(self.tr("Alert raised"))
            tone = "danger" if alert["kind"] in DANGER_KINDS else "warn"
            summary = alert_summary(str(alert["kind"]), alert.get("details"), str(alert.get("summary", "")))
            set_tone(badge, tone, f"{label(ALERT_KINDS, alert['kind'])}: {summary}")
            self.record_alerts.addWidget(badge)
