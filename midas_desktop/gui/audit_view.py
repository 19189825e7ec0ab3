"""The audit log, newest first, with its hash chain verified (the check of ``midas audit verify``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.gui.labels import set_tone
from midas_desktop.gui.ops import QueryOp

if TYPE_CHECKING:
    from midas_desktop.services.session import PostSession
    from midas_desktop.services.verification import VerifyReport


class AuditView(QWidget):
    sig_chain_verified = Signal(bool)

    def __init__(self, session: PostSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.verdict = QLabel()
        self.verdict.setAccessibleName(self.tr("Audit chain verdict"))
        self.verify_button = QPushButton(self.tr("&Verify the chain"))
        self.verify_button.clicked.connect(self.refresh)
        top.addWidget(self.verdict, 1)
        top.addWidget(self.verify_button)
        layout.addLayout(top)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Time (UTC)"), self.tr("User"), self.tr("Action"), self.tr("Details")]
        )
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        from midas_desktop.services.verification import audit_entries, verify_audit

        def read(session: PostSession) -> tuple[VerifyReport, list[dict[str, object]]]:
            return verify_audit(session), audit_entries(session)

        QueryOp(parent=self, op=read, name="audit").success(self._show).run_in_background()

    def _show(self, result: tuple[VerifyReport, list[dict[str, object]]]) -> None:
        report, entries = result
        if report.ok:
            set_tone(
                self.verdict,
                "ok",
                self.tr("Chain intact: %1 entries verified.").replace("%1", str(report.audit_entries)),
            )
        else:
            set_tone(
                self.verdict,
                "danger",
                self.tr("CHAIN BROKEN: %1").replace("%1", "; ".join(report.errors[:3])),
            )
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (
                str(entry["seq"]),
                str(entry["at"]).replace("T", " ").rstrip("Z"),
                str(entry["actor"]),
                str(entry["action"]),
                json.dumps(entry["details"], ensure_ascii=False, sort_keys=True),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.sig_chain_verified.emit(report.ok)
