"""Administrator: the post's watchlist. Search it, see an entry whole, take one off with a reason, and
import a CSV with every rejected row shown by its line and why."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.gui.dialogs import ReasonDialog
from midas_desktop.gui.labels import fill, format_date, post_time
from midas_desktop.gui.ops import CollectionOp, QueryOp

if TYPE_CHECKING:
    from midas_desktop.services.session import PostSession
    from midas_desktop.services.watchlist import ImportReport


class WatchlistView(QWidget):
    sig_entries_shown = Signal(int)
    sig_entry_removed = Signal(dict)
    sig_imported = Signal(object)  # ImportReport

    def __init__(self, session: PostSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entries: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Document number, name, reason or source"))
        self.search.setAccessibleName(self.tr("Search the watchlist"))
        self.include_removed = QCheckBox(self.tr("Show &removed entries"))
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.clicked.connect(self._ask_and_import)
        self.remove_button = QPushButton(self.tr("Take &off the list…"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        top.addWidget(self.search, 1)
        top.addWidget(self.include_removed)
        top.addWidget(self.import_button)
        top.addWidget(self.remove_button)
        layout.addLayout(top)
        splitter = QSplitter()
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Watchlist entries"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Name"), self.tr("Born"), self.tr("Reason"), self.tr("Source")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_entry(row))
        splitter.addWidget(self.table)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Watchlist entry"))
        splitter.addWidget(self.detail)
        splitter.setSizes([700, 350])
        layout.addWidget(splitter, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Watchlist message"))
        layout.addWidget(self.message)
        self.import_errors = QPlainTextEdit()
        self.import_errors.setReadOnly(True)
        self.import_errors.setAccessibleName(self.tr("Rejected rows"))
        self.import_errors.setVisible(False)
        self.import_errors.setMaximumHeight(140)
        layout.addWidget(self.import_errors)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)  # typing pauses: search once, not at every key
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.include_removed.toggled.connect(lambda _on: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        from midas_desktop.services.watchlist import list_entries

        words, removed = self.search.text(), self.include_removed.isChecked()
        QueryOp(
            parent=self,
            op=lambda session: list_entries(session, words, include_removed=removed),
            name="watchlist_entries",
        ).success(self._show_entries).run_in_background()

    def _show_entries(self, entries: list[dict[str, Any]]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            document = f"{entry['issuing_state'] or ''} {entry['document_number'] or ''}".strip() or "—"
            name = ", ".join(part for part in (entry["surname"], entry["given_names"]) if part) or "—"
            values = (document, name, format_date(entry["birth_date"]), entry["reason"], entry["source"])
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(str(value)))
        self.message.setText(self.tr("%n entry(ies) found.", "", len(entries)))
        self.remove_button.setEnabled(False)
        self.detail.clear()
        self.sig_entries_shown.emit(len(entries))

    def _show_entry(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            self.detail.clear()
            self.remove_button.setEnabled(False)
            return
        from html import escape

        entry = self.entries[row]
        zone = self.session.post.timezone
        lines = [
            (self.tr("Surname"), entry["surname"]),
            (self.tr("Given names"), entry["given_names"]),
            (self.tr("Born"), format_date(entry["birth_date"])),
            (self.tr("Document"), f"{entry['issuing_state'] or ''} {entry['document_number'] or ''}".strip()),
            (self.tr("Reason"), entry["reason"]),
            (self.tr("Source"), entry["source"]),
            (self.tr("On the list since"), post_time(entry["imported"], zone)),
        ]
        if entry["removed"]:
            lines.append(
                (
                    self.tr("Taken off"),
                    fill(
                        self.tr("by %1 at %2: %3"),
                        entry["removed_by"],
                        post_time(entry["removed"], zone),
                        entry["removed_reason"],
                    ),
                )
            )
        self.detail.setHtml(
            "<table cellpadding='3'>"
            + "".join(
                f"<tr><th align='left'>{escape(caption)}</th><td>{escape(str(value or '—'))}</td></tr>"
                for caption, value in lines
            )
            + "</table>"
        )
        self.remove_button.setEnabled(not entry["removed"])

    def remove_selected(self) -> None:
        from midas_desktop.services.watchlist import remove_entry

        row = self.table.currentRow()
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        who = ", ".join(part for part in (entry["surname"], entry["given_names"]) if part)
        dialog = ReasonDialog(
            self,
            self.tr("Take off the watchlist"),
            fill(
                self.tr(
                    "Take %1 off the watchlist? It stops matching at once; the entry is kept with your "
                    "reason."
                ),
                who or entry["document_number"] or "—",
            ),
            self.tr("Take off the list"),
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reason = dialog.text()
        dialog.deleteLater()
        if not accepted or not reason:
            return
        entry_id = str(entry["entry_id"])
        CollectionOp(
            parent=self,
            op=lambda session: remove_entry(session, entry_id, reason),
            name="watchlist_remove",
            changes="watchlist",
        ).success(self._removed).run_in_background()

    def _removed(self, entry: dict[str, Any]) -> None:
        self.message.setText(self.tr("Taken off the list."))
        self.sig_entry_removed.emit(entry)
        self.refresh()

    def _ask_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Watchlist CSV"), "", self.tr("CSV files (*.csv)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        from midas_desktop.services.watchlist import import_csv

        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            self.message.setText(self.tr("The file could not be read as UTF-8 text."))
            return
        CollectionOp(
            parent=self,
            op=lambda session: import_csv(session, text),
            name="watchlist_import",
            changes="watchlist",
        ).success(self._imported).run_in_background()

    def _imported(self, report: ImportReport) -> None:
        self.message.setText(
            " ".join(
                (
                    self.tr("Imported %n entry(ies).", "", report.imported),
                    self.tr("%n row(s) rejected.", "", len(report.rejected)) if report.rejected else "",
                )
            ).strip()
        )
        self.import_errors.setPlainText(
            "\n".join(fill(self.tr("Line %1: %2"), line, why) for line, why in report.rejected)
        )
        self.import_errors.setVisible(bool(report.rejected))
        self.sig_imported.emit(report)
        self.refresh()
