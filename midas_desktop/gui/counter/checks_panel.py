"""What the checks found: the verdict band across the screen, and beside the document the traveller's
fields, the stay figures, the facts that need no act, and the past stays.

The band is meant to be read from two metres: its words grow with the window, on strong colours
(green, amber, red) with a sign and a word, never colour alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.domain.verdict import Tone, Verdict
from midas_desktop.gui.counter.wording import headline, reason_text
from midas_desktop.gui.labels import RULE_KINDS, fill, format_date, label, set_tone

if TYPE_CHECKING:
    from midas_desktop.services.checks import TravellerCheck

# Background, text, sign: strong contrast (at least 7:1) so the band reads across the counter.
BAND_COLOURS = {
    Tone.GO: ("#0b6b2f", "#ffffff", "✔"),
    Tone.ATTENTION: ("#f5b400", "#111111", "⚠"),
    Tone.STOP: ("#a8001c", "#ffffff", "✖"),
}
NEUTRAL = ("#e4e7eb", "#1d2733", "")
#: The verdict's smallest size: capitals about 7 mm high on a 15" laptop, readable across a counter.
MIN_HEADLINE_PX = 30
TONE_NAMES = {Tone.GO: "go", Tone.ATTENTION: "attention", Tone.STOP: "stop"}


class VerdictBand(QFrame):
    """Full width: the verdict in large words, and each point to check below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tone: Tone | None = None
        self.setObjectName("verdictBand")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(2)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("Verdict"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAccessibleName(self.tr("Reasons for the verdict"))
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        self.show_waiting()

    def show_waiting(self) -> None:
        self._paint(None, self.tr("Waiting for a document"), "")

    def show_checking(self) -> None:
        self._paint(None, self.tr("Checking …"), "")

    def show_verdict(self, verdict: Verdict) -> None:
        sign = BAND_COLOURS[verdict.tone][2]
        lines = [f"{BAND_COLOURS[r.tone][2]} {reason_text(r)}" for r in verdict.alerts]
        self._paint(verdict.tone, f"{sign} {headline(verdict)}", "\n".join(lines))

    def _paint(self, tone: Tone | None, title: str, details: str) -> None:
        self.tone = tone
        background, foreground, _sign = BAND_COLOURS[tone] if tone is not None else NEUTRAL
        # Colours by palette, not style sheet: a style sheet re-polishes the band at every traveller.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(foreground))
        self.setPalette(palette)
        self.headline.setText(title)
        self.details.setText(details)
        self.scale_text(self.width())
        self.details.setVisible(bool(details))
        self.setAccessibleDescription(TONE_NAMES.get(tone, "waiting") if tone is not None else "waiting")
        self.headline.setAccessibleDescription(self.accessibleDescription())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scale_text(event.size().width())

    def scale_text(self, width: int) -> None:
        """Words that grow with the window: about 4 % of the width for the verdict (28 to 72 px), as
        large as still fits on one line, so the band never needs more height than it has."""
        room = width - 2 * 16 - 8
        big = QFont(self.headline.font())
        big.setWeight(QFont.Weight.Black)
        size = max(MIN_HEADLINE_PX, min(72, width // 24))
        big.setPixelSize(size)
        while size > MIN_HEADLINE_PX and QFontMetrics(big).horizontalAdvance(self.headline.text()) > room:
            size -= 2
            big.setPixelSize(size)
        self.headline.setFont(big)
        small = QFont(self.details.font())
        small.setPixelSize(max(15, min(28, width // 64)))
        small.setWeight(QFont.Weight.DemiBold)
        self.details.setFont(small)


class ChecksPanel(QGroupBox):
    """The traveller as read and as known: fields, stay figures, information lines, past stays."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Checks"), parent)
        layout = QVBoxLayout(self)
        self.minor_badge = QLabel()
        self.minor_badge.setAccessibleName(self.tr("Minor"))
        self.minor_badge.setVisible(False)
        layout.addWidget(self.minor_badge)
        self.fields_form = QFormLayout()
        self.fields_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.field_labels[key] = value
            self.fields_form.addRow(caption + ":", value)
        layout.addLayout(self.fields_form)
        self.stay_label = QLabel()
        self.stay_label.setWordWrap(True)
        self.stay_label.setAccessibleName(self.tr("Stay figures"))
        layout.addWidget(self.stay_label)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setAccessibleName(self.tr("Information"))
        layout.addWidget(self.info_label)
        self.history_caption = QLabel(self.tr("Past stays"))
        layout.addWidget(self.history_caption)
        self.history = QTableWidget(0, 6)
        self.history.setAccessibleName(self.tr("Past stays"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Country"),
                self.tr("Entry"),
                self.tr("Exit"),
                self.tr("Latest legal exit"),
                self.tr("Days over"),
                self.tr("Rule"),
            ]
        )
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setTabKeyNavigation(False)  # Tab leaves the table for the record panel
        self.history.setMinimumHeight(90)
        layout.addWidget(self.history, 1)

    def clear(self) -> None:
        for value in self.field_labels.values():
            value.clear()
        self.stay_label.clear()
        self.info_label.clear()
        self.minor_badge.setVisible(False)
        self.history.setRowCount(0)

    def show_check(self, check: TravellerCheck, verdict: Verdict) -> None:
        from midas_desktop.domain.stay import ExemptResult, StayResult

        mrz = check.mrz
        fields = mrz.fields
        birth = ""
        if fields is not None and fields.birth_date is not None:
            birth = format_date(fields.birth_date)
            if verdict.age is not None:
                birth += " " + self.tr("(%n year(s) old)", "", verdict.age)
        values = {
            "surname": fields.surname if fields else "",
            "given_names": fields.given_names if fields else "",
            "nationality": fields.nationality if fields else "",
            "birth_date": birth,
            "sex": fields.sex if fields else "",
            "document": f"{fields.issuing_state} {fields.document_number}" if fields else "",
            "expiry_date": format_date(fields.expiry_date) if fields and fields.expiry_date else "",
        }
        for key, value in values.items():
            self.field_labels[key].setText(value)
        if verdict.minor:
            set_tone(
                self.minor_badge,
                "warn",
                self.tr("MINOR: %n year(s) old", "", verdict.age if verdict.age is not None else 0),
            )
            font = QFont(self.minor_badge.font())
            font.setPixelSize(22)
            self.minor_badge.setFont(font)
        self.minor_badge.setVisible(verdict.minor)
        figures = check.figures
        if isinstance(figures, StayResult):
            self.stay_label.setText(
                fill(
                    self.tr(
                        "Rule: %1 (allowance %2 days). Days used: %3. Days remaining: %4. "
                        "Latest legal exit: %5."
                    ),
                    label(RULE_KINDS, figures.rule),
                    figures.allowance,
                    figures.days_used,
                    figures.days_remaining,
                    format_date(figures.latest_exit),
                )
            )
        elif isinstance(figures, ExemptResult):
            self.stay_label.setText(self.tr("No stay limit applies."))
        elif not mrz.valid:
            self.stay_label.setText(self.tr("No stay figures: the MRZ is not valid."))
        else:
            self.stay_label.setText("")
        info = [reason_text(r) for r in verdict.reasons if r.tone is Tone.INFO]
        if info:
            set_tone(self.info_label, "info", "  ".join(info))
        else:
            self.info_label.clear()
            self.info_label.setStyleSheet("")
        self._fill_history(check)

    def _fill_history(self, check: TravellerCheck) -> None:
        self.history.setRowCount(0)
        for stay in reversed(check.stays):
            row = self.history.rowCount()
            self.history.insertRow(row)
            values = (
                stay.country,
                format_date(stay.entry_date),
                format_date(stay.exit_date) if stay.exit_date else self.tr("(in the country)"),
                format_date(stay.latest_exit) if stay.latest_exit else "—",
                str(stay.overstay_days),  # the domain's figure (``build_history``): one rule, one place
                label(RULE_KINDS, stay.rule),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 4 and stay.overstay_days > 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.history.setItem(row, column, item)
