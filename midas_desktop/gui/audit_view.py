"""The audit log in words, newest first, with its hash chain verified (the check of ``midas audit
verify``), a filter (action, user, words, days) and an export of what the filter shows (CSV)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.gui.labels import ALERT_KINDS, ROLES, fill, format_date, label, post_time, set_tone
from midas_desktop.gui.ops import QueryOp

if TYPE_CHECKING:
    from midas_desktop.services.session import PostSession
    from midas_desktop.services.verification import VerifyReport

ACTIONS = {
    "store_created": QT_TRANSLATE_NOOP("AuditWords", "Store created"),
    "store_converted": QT_TRANSLATE_NOOP("AuditWords", "Store converted to personal keys"),
    "user_added": QT_TRANSLATE_NOOP("AuditWords", "User added"),
    "role_changed": QT_TRANSLATE_NOOP("AuditWords", "Role changed"),
    "password_reset": QT_TRANSLATE_NOOP("AuditWords", "Password reset"),
    "own_password_changed": QT_TRANSLATE_NOOP("AuditWords", "Own password changed"),
    "user_disabled": QT_TRANSLATE_NOOP("AuditWords", "User disabled"),
    "user_enabled": QT_TRANSLATE_NOOP("AuditWords", "User enabled again"),
    "user_unlocked": QT_TRANSLATE_NOOP("AuditWords", "User unlocked"),
    "login_locked": QT_TRANSLATE_NOOP("AuditWords", "Account locked after wrong passwords"),
    "recovery_key_used": QT_TRANSLATE_NOOP("AuditWords", "Recovery key used"),
    "database_key_rotated": QT_TRANSLATE_NOOP("AuditWords", "Database key rotated"),
    "recovery_key_vouched": QT_TRANSLATE_NOOP("AuditWords", "Recovery key vouched for by the post's root"),
    "record_entry": QT_TRANSLATE_NOOP("AuditWords", "Entry recorded"),
    "record_exit": QT_TRANSLATE_NOOP("AuditWords", "Exit recorded"),
    "record_refusal": QT_TRANSLATE_NOOP("AuditWords", "Entry refused"),
    "refer_traveller": QT_TRANSLATE_NOOP("AuditWords", "Traveller referred to a supervisor"),
    "refuse_document": QT_TRANSLATE_NOOP("AuditWords", "Entry refused on an invalid document"),
    "extension_granted": QT_TRANSLATE_NOOP("AuditWords", "Extension of stay granted"),
    "alert_acknowledged": QT_TRANSLATE_NOOP("AuditWords", "Alert acknowledged"),
    "alert_escalated": QT_TRANSLATE_NOOP("AuditWords", "Alert escalated"),
    "alert_resolved": QT_TRANSLATE_NOOP("AuditWords", "Alert resolved"),
    "alert_open": QT_TRANSLATE_NOOP("AuditWords", "Alert opened again"),
    "overstay_scan": QT_TRANSLATE_NOOP("AuditWords", "Overstay scan"),
    "watchlist_import": QT_TRANSLATE_NOOP("AuditWords", "Watchlist imported"),
    "watchlist_removed": QT_TRANSLATE_NOOP("AuditWords", "Watchlist entry removed"),
    "stay_rule_added": QT_TRANSLATE_NOOP("AuditWords", "Stay rule added"),
    "stay_rule_changed": QT_TRANSLATE_NOOP("AuditWords", "Stay rule changed"),
    "stay_rule_deleted": QT_TRANSLATE_NOOP("AuditWords", "Stay rule deleted"),
    "retention_rules_changed": QT_TRANSLATE_NOOP("AuditWords", "Retention rules changed"),
    "retention_purge": QT_TRANSLATE_NOOP("AuditWords", "Records erased past retention"),
    "retention_purged_records": QT_TRANSLATE_NOOP("AuditWords", "Records erased past retention"),
    "outbox_limits_changed": QT_TRANSLATE_NOOP("AuditWords", "Limits on unsent records changed"),
    "backup": QT_TRANSLATE_NOOP("AuditWords", "Backup made"),
    "restore": QT_TRANSLATE_NOOP("AuditWords", "Backup restored"),
    "post_enrolled": QT_TRANSLATE_NOOP("AuditWords", "Post enrolled with the central server"),
    "root_key_registered": QT_TRANSLATE_NOOP("AuditWords", "Post key registered at the central server"),
    "sync": QT_TRANSLATE_NOOP("AuditWords", "Sync with the central server"),
    "sync_export": QT_TRANSLATE_NOOP("AuditWords", "Sync file written"),
    "sync_receipt": QT_TRANSLATE_NOOP("AuditWords", "Sync receipt read"),
}


def action_words(action: str) -> str:
    text = ACTIONS.get(action)
    return QCoreApplication.translate("AuditWords", str(text)) if text else action.replace("_", " ")


def detail_words(details: Any) -> str:
    """What an entry's details say, in words; identifiers and digests are left out (the chain and
    ``midas audit verify`` keep them)."""
    if not isinstance(details, dict):
        return ""
    parts: list[str] = []
    if details.get("user"):
        parts.append(fill(QCoreApplication.translate("AuditWords", "user %1"), details["user"]))
    if details.get("role"):
        parts.append(fill(QCoreApplication.translate("AuditWords", "role %1"), label(ROLES, details["role"])))
    if details.get("from") and details.get("to"):
        parts.append(
            fill(
                QCoreApplication.translate("AuditWords", "from %1 to %2"),
                label(ROLES, details["from"]),
                label(ROLES, details["to"]),
            )
        )
    kinds = details.get("kinds") or details.get("alerts")
    if isinstance(kinds, list) and kinds and all(isinstance(k, str) for k in kinds):
        parts.append(
            fill(
                QCoreApplication.translate("AuditWords", "alerts: %1"),
                ", ".join(label(ALERT_KINDS, k) for k in kinds),
            )
        )
    if isinstance(details.get("alert"), int):
        parts.append(fill(QCoreApplication.translate("AuditWords", "alert no. %1"), details["alert"]))
    if details.get("kind") in ALERT_KINDS:
        parts.append(label(ALERT_KINDS, details["kind"]))
    if details.get("override"):
        parts.append(QCoreApplication.translate("AuditWords", "recorded in spite of a stop, with a reason"))
    if isinstance(details.get("new_alerts"), int):
        parts.append(
            QCoreApplication.translate("AuditWords", "%n new alert(s)", None, int(details["new_alerts"]))
        )
    if isinstance(details.get("imported"), int):
        parts.append(QCoreApplication.translate("AuditWords", "%n imported", None, int(details["imported"])))
    if isinstance(details.get("rejected_rows"), int) and details["rejected_rows"]:
        parts.append(
            QCoreApplication.translate(
                "AuditWords", "%n row(s) rejected", None, int(details["rejected_rows"])
            )
        )
    if isinstance(details.get("days"), int):
        parts.append(QCoreApplication.translate("AuditWords", "%n day(s)", None, int(details["days"])))
    if details.get("date"):
        parts.append(format_date(str(details["date"])))
    if details.get("file"):
        parts.append(fill(QCoreApplication.translate("AuditWords", "file %1"), details["file"]))
    if isinstance(details.get("holders"), list):
        parts.append(
            fill(QCoreApplication.translate("AuditWords", "for %1"), ", ".join(map(str, details["holders"])))
        )
    if details.get("nationality") or details.get("admitting_country"):
        parts.append(
            fill(
                QCoreApplication.translate("AuditWords", "admitting %1, nationality %2"),
                details.get("admitting_country") or "*",
                details.get("nationality") or "*",
            )
        )
    if isinstance(details.get("movements"), int):
        parts.append(
            QCoreApplication.translate("AuditWords", "%n movement(s)", None, int(details["movements"]))
        )
    if details.get("post") and isinstance(details["post"], str):
        parts.append(fill(QCoreApplication.translate("AuditWords", "post %1"), details["post"]))
    if details.get("server") and isinstance(details["server"], str):
        parts.append(fill(QCoreApplication.translate("AuditWords", "server %1"), details["server"]))
    return "; ".join(parts)


class AuditView(QWidget):
    sig_chain_verified = Signal(bool)
    sig_exported = Signal(str)

    def __init__(self, session: PostSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entries: list[dict[str, Any]] = []
        self.shown: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Audit chain verdict"))
        self.verify_button = QPushButton(self.tr("&Verify the chain"))
        self.verify_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.clicked.connect(self._ask_and_export)
        top.addWidget(self.verdict, 1)
        top.addWidget(self.verify_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        filters = QHBoxLayout()
        self.action_filter = QComboBox()
        self.action_filter.setAccessibleName(self.tr("Filter by action"))
        self.user_filter = QComboBox()
        self.user_filter.setAccessibleName(self.tr("Filter by user"))
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Words in the details"))
        self.text_filter.setAccessibleName(self.tr("Filter by words"))
        self.first_filter = QDateEdit(QDate.currentDate().addYears(-1))
        self.first_filter.setCalendarPopup(True)
        self.first_filter.setAccessibleName(self.tr("From day"))
        self.last_filter = QDateEdit(QDate.currentDate())
        self.last_filter.setCalendarPopup(True)
        self.last_filter.setAccessibleName(self.tr("To day"))
        for widget in (
            self.action_filter,
            self.user_filter,
            self.text_filter,
            QLabel(self.tr("from")),
            self.first_filter,
            QLabel(self.tr("to")),
            self.last_filter,
        ):
            filters.addWidget(widget)
        layout.addLayout(filters)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Time at the post"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Details"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Audit message"))
        layout.addWidget(self.message)
        for combo in (self.action_filter, self.user_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.text_filter.textChanged.connect(self._apply_filter)
        self.first_filter.dateChanged.connect(self._apply_filter)
        self.last_filter.dateChanged.connect(self._apply_filter)
        self.refresh()

    def refresh(self) -> None:
        from midas_desktop.services.verification import audit_entries, verify_audit

        def read(session: PostSession) -> tuple[VerifyReport, list[dict[str, object]]]:
            return verify_audit(session), audit_entries(session)

        QueryOp(parent=self, op=read, name="audit").success(self._show).run_in_background()

    def _show(self, result: tuple[VerifyReport, list[dict[str, Any]]]) -> None:
        report, entries = result
        if report.ok:
            set_tone(
                self.verdict,
                "ok",
                self.tr("Chain intact: %n entry(ies) verified.", "", report.audit_entries),
            )
        else:
            set_tone(
                self.verdict,
                "danger",
                self.tr(
                    "CHAIN BROKEN: %n problem(s) found; run the store check and ask for support.",
                    "",
                    len(report.errors),
                ),
            )
        zone = self.session.post.timezone
        self.entries = [
            {
                **entry,
                "when": post_time(str(entry["at"]), zone),
                "day": dt.date.fromisoformat(str(entry["at"])[:10]),
                "action_words": action_words(str(entry["action"])),
                "detail_words": detail_words(entry["details"]),
            }
            for entry in entries
        ]
        self._fill_choices()
        self._apply_filter()
        self.sig_chain_verified.emit(report.ok)

    def _fill_choices(self) -> None:
        for combo, everything, key in (
            (self.action_filter, self.tr("All actions"), "action"),
            (self.user_filter, self.tr("All users"), "actor"),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            values = sorted({str(e[key]) for e in self.entries})
            for value in values:
                combo.addItem(action_words(value) if key == "action" else value, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _apply_filter(self) -> None:
        action = str(self.action_filter.currentData() or "")
        user = str(self.user_filter.currentData() or "")
        words = self.text_filter.text().strip().lower()
        first: dt.date = self.first_filter.date().toPython()  # type: ignore[assignment]
        last: dt.date = self.last_filter.date().toPython()  # type: ignore[assignment]
        self.shown = [
            e
            for e in self.entries
            if (not action or e["action"] == action)
            and (not user or e["actor"] == user)
            and first <= e["day"] <= last
            and (not words or words in f"{e['action_words']} {e['detail_words']} {e['actor']}".lower())
        ]
        self.table.setRowCount(len(self.shown))
        for row, entry in enumerate(self.shown):
            values = (
                str(entry["seq"]),
                entry["when"],
                str(entry["actor"]),
                entry["action_words"],
                entry["detail_words"],
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.message.setText(self.tr("%n entry(ies) shown.", "", len(self.shown)))

    def _ask_and_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> bool:
        """The entries the filter shows, as CSV in the user's language (times at the post)."""
        try:
            with path.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(
                    [
                        self.tr("No."),
                        self.tr("Time at the post"),
                        self.tr("User"),
                        self.tr("Action"),
                        self.tr("Details"),
                    ]
                )
                for e in self.shown:
                    writer.writerow([e["seq"], e["when"], e["actor"], e["action_words"], e["detail_words"]])
        except OSError as exc:
            self.message.setText(fill(self.tr("The export failed: %1"), exc.strerror or type(exc).__name__))
            return False
        self.message.setText(fill(self.tr("Exported %n entry(ies) to %1.", "", len(self.shown)), path.name))
        self.sig_exported.emit(str(path))
        return True
