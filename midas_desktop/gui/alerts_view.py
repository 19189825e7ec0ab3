"""The supervisor's alert queue: sortable, filterable, with a detail view and status changes with a note.

The daily overstay scan runs (off the UI thread) when the screen opens and on demand. Summaries are
shown in the user's language (built from the alert's kind and details). Supervisors may grant an
extension of the traveller's open stay from the detail; an overstay it cures is resolved by the service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.domain.roles import Action, may
from midas_desktop.gui.dialogs import ExtensionDialog
from midas_desktop.gui.labels import ALERT_KINDS, RULE_KINDS, STATUSES, alert_summary, label
from midas_desktop.gui.ops import CollectionOp, QueryOp

if TYPE_CHECKING:
    from midas_desktop.services.session import PostSession

COLUMNS = ("id", "created", "kind", "status", "nationality", "summary")
AnyIndex = QModelIndex | QPersistentModelIndex


class AlertTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alerts: list[dict[str, Any]] = []
        self.headers = [
            self.tr("No."),
            self.tr("Created"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Nationality"),
            self.tr("Summary"),
        ]

    def set_alerts(self, alerts: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.alerts = alerts
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.alerts)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        alert = self.alerts[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:  # raw value: for filtering and sorting
            return alert.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            value = alert.get(key)
            if key == "kind":
                return label(ALERT_KINDS, str(value))
            if key == "status":
                return label(STATUSES, str(value))
            if key == "created":
                return str(value).replace("T", " ").rstrip("Z")
            if key == "summary":
                return alert_summary(str(alert.get("kind")), alert.get("details"), str(value or ""))
            return value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class AlertFilter(QSortFilterProxyModel):
    """Filters by kind, status, nationality and creation day; sorts on raw values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.status = ""
        self.nationality = ""
        self.first: dt.date | None = None
        self.last: dt.date | None = None
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_filter(
        self, *, kind: str, status: str, nationality: str, first: dt.date | None, last: dt.date | None
    ) -> None:
        self.beginFilterChange()
        self.kind, self.status, self.nationality = kind, status, nationality.strip().upper()
        self.first, self.last = first, last
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AlertTableModel)
        alert = model.alerts[source_row]
        if self.kind and alert["kind"] != self.kind:
            return False
        if self.status and alert["status"] != self.status:
            return False
        if self.nationality and not str(alert.get("nationality", "")).startswith(self.nationality):
            return False
        day = dt.date.fromisoformat(str(alert["created"])[:10])
        if self.first and day < self.first:
            return False
        return not (self.last and day > self.last)


class AlertsView(QWidget):
    sig_alerts_loaded = Signal(int)
    sig_alert_changed = Signal(dict)
    sig_scan_finished = Signal(int)
    sig_extension_granted = Signal(dict)  # ExtensionResult.to_dict()
    sig_detail_shown = Signal(dict)  # services.alerts.alert_detail

    def __init__(
        self, session: PostSession, parent: QWidget | None = None, *, scan_on_start: bool = True
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.selected_id: int | None = None
        self.open_stay_id: int | None = None  # the open stay of the selected alert's traveller
        self.model = AlertTableModel(self)
        self.proxy = AlertFilter(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Filter by kind"))
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for code in ALERT_KINDS:
            self.kind_filter.addItem(label(ALERT_KINDS, code), code)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for code in STATUSES:
            self.status_filter.addItem(label(STATUSES, code), code)
        self.status_filter.setCurrentIndex(1)  # open alerts first: that is the work to do
        self.nationality_filter = QLineEdit()
        self.nationality_filter.setPlaceholderText(self.tr("Nationality"))
        self.nationality_filter.setAccessibleName(self.tr("Filter by nationality"))
        self.nationality_filter.setMaximumWidth(90)
        self.first_filter = QDateEdit(QDate.currentDate().addYears(-1))
        self.first_filter.setCalendarPopup(True)
        self.first_filter.setAccessibleName(self.tr("From day"))
        self.last_filter = QDateEdit(QDate.currentDate().addDays(1))
        self.last_filter.setCalendarPopup(True)
        self.last_filter.setAccessibleName(self.tr("To day"))
        self.scan_button = QPushButton(self.tr("Run overstay &scan"))
        self.scan_button.clicked.connect(self.run_scan)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        for widget in (
            QLabel(self.tr("Kind")),
            self.kind_filter,
            QLabel(self.tr("Status")),
            self.status_filter,
            self.nationality_filter,
            QLabel(self.tr("From")),
            self.first_filter,
            QLabel(self.tr("to")),
            self.last_filter,
            self.refresh_button,
            self.scan_button,
        ):
            filters.addWidget(widget)
        filters.addStretch()
        layout.addLayout(filters)
        self.scan_message = QLabel()
        layout.addWidget(self.scan_message)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Alerts"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        splitter.addWidget(self.table)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Alert detail"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Note (needed to resolve)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        buttons = QHBoxLayout()
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge"))
        self.escalate_button = QPushButton(self.tr("&Escalate"))
        self.resolve_button = QPushButton(self.tr("Res&olve"))
        for button, status in (
            (self.acknowledge_button, "acknowledged"),
            (self.escalate_button, "escalated"),
            (self.resolve_button, "resolved"),
        ):
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, s=status: self.change_status(s))
            buttons.addWidget(button)
        self.extension_button: QPushButton | None = None
        if may(session.user.role, Action.GRANT_EXTENSION):
            self.extension_button = QPushButton(self.tr("&Grant extension…"))
            self.extension_button.setAccessibleName(self.tr("Grant extension"))
            self.extension_button.setEnabled(False)
            self.extension_button.clicked.connect(self.grant_extension)
            buttons.addWidget(self.extension_button)
        detail_layout.addWidget(self.detail, 1)
        detail_layout.addWidget(self.note)
        detail_layout.addLayout(buttons)
        splitter.addWidget(detail)
        splitter.setSizes([700, 400])
        layout.addWidget(splitter, 1)

        for widget in (self.kind_filter, self.status_filter):
            widget.currentIndexChanged.connect(self._apply_filter)
        self.nationality_filter.textChanged.connect(self._apply_filter)
        self.first_filter.dateChanged.connect(self._apply_filter)
        self.last_filter.dateChanged.connect(self._apply_filter)
        self._apply_filter()
        self.refresh()
        if scan_on_start:
            self.run_scan()

    def _apply_filter(self) -> None:
        self.proxy.set_filter(
            kind=str(self.kind_filter.currentData()),
            status=str(self.status_filter.currentData()),
            nationality=self.nationality_filter.text(),
            first=self.first_filter.date().toPython(),  # type: ignore[arg-type]
            last=self.last_filter.date().toPython(),  # type: ignore[arg-type]
        )

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        from midas_desktop.services.alerts import alert_queue

        op = QueryOp(parent=self, op=alert_queue, name="alert_queue")
        op.success(lambda alerts: self._show_alerts(alerts, then)).run_in_background()

    def _show_alerts(self, alerts: list[dict[str, Any]], then: Callable[[], None] | None = None) -> None:
        selected = self.selected_id
        self.model.set_alerts(alerts)
        if selected is not None:
            self.select_alert(selected)
        self.sig_alerts_loaded.emit(len(alerts))
        if then is not None:
            then()

    def run_scan(self) -> None:
        from midas_desktop.services import overstays

        now = dt.datetime.now().astimezone()
        self.scan_button.setEnabled(False)
        self.scan_message.setText(self.tr("Overstay scan running …"))
        CollectionOp(
            parent=self,
            op=lambda session: overstays.scan(session, now),
            name="overstay_scan",
            changes="alerts",
        ).success(self._scan_finished).after(lambda: self.scan_button.setEnabled(True)).run_in_background()

    def _scan_finished(self, found: list[dict[str, object]]) -> None:
        self.scan_message.setText(self.tr("Overstay scan: %n overstay(s) today.", "", len(found)))
        self.refresh(then=lambda: self.sig_scan_finished.emit(len(found)))

    def select_alert(self, alert_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, Qt.ItemDataRole.UserRole) == alert_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from midas_desktop.services.alerts import alert_detail

        if not current.isValid():
            self.selected_id = None
            self.open_stay_id = None
            self.detail.clear()
            if self.extension_button is not None:
                self.extension_button.setEnabled(False)
            return
        alert_id = int(self.proxy.data(self.proxy.index(current.row(), 0), Qt.ItemDataRole.UserRole))
        self.selected_id = alert_id
        QueryOp(parent=self, op=lambda session: alert_detail(session, alert_id), name="alert_detail").success(
            self._show_detail
        ).run_in_background()

    def _show_detail(self, detail: dict[str, Any]) -> None:
        if detail["id"] != self.selected_id:
            return  # another alert was chosen meanwhile
        self.current_detail = detail
        self.detail.setHtml(self._detail_html(detail))
        for button in (self.acknowledge_button, self.escalate_button, self.resolve_button):
            button.setEnabled(detail["status"] != "resolved")
        self.open_stay_id = self._open_stay(detail)
        if self.extension_button is not None:
            self.extension_button.setEnabled(self.open_stay_id is not None)
        self.sig_detail_shown.emit(detail)

    def _open_stay(self, detail: dict[str, Any]) -> int | None:
        """The stay the alert names if it is still open, else the traveller's open stay here."""
        open_stays = [
            s
            for s in detail.get("stays") or []
            if s["exit_date"] is None and s["country"] == self.session.post.country
        ]
        named = (detail.get("details") or {}).get("stay_id")
        for stay in open_stays:
            if stay["id"] == named:
                return int(stay["id"])
        return int(open_stays[0]["id"]) if open_stays else None

    def grant_extension(self) -> None:
        from midas_desktop.services import extensions

        if self.selected_id is None or self.open_stay_id is None:
            return
        dialog = ExtensionDialog(
            self,
            self.tr("Extend the open stay of the traveller of alert %1").replace("%1", str(self.selected_id)),
        )
        if not dialog.exec():
            return
        stay_id, days, authority, reason = (
            self.open_stay_id,
            dialog.days.value(),
            dialog.authority.text(),
            dialog.reason.text(),
        )
        now = dt.datetime.now().astimezone()
        CollectionOp(
            parent=self,
            op=lambda session: extensions.grant_extension(session, stay_id, days, authority, reason, now),
            name="grant_extension",
            changes="extensions",
        ).success(self._extension_granted).run_in_background()

    def _extension_granted(self, granted: Any) -> None:
        self.scan_message.setText(
            self.tr("Extension granted: latest legal exit now %1.").replace(
                "%1", granted.latest_exit.isoformat()
            )
        )
        self.refresh()
        self.sig_extension_granted.emit(granted.to_dict())

    def _detail_html(self, detail: dict[str, Any]) -> str:
        from html import escape

        traveller = detail.get("traveller") or {}
        summary = alert_summary(str(detail["kind"]), detail.get("details"), str(detail["summary"]))
        rows = "".join(
            f"<tr><td>{escape(s['country'])}</td><td>{s['entry_date']}</td><td>{s['exit_date'] or '—'}</td>"
            f"<td>{s['latest_exit'] or '—'}</td><td>{s['overstay_days']}</td>"
            f"<td>{escape(label(RULE_KINDS, s['rule']))}</td></tr>"
            for s in detail.get("stays", [])
        )
        decisive = next(
            (s["rule"] for s in detail.get("stays", []) if s["id"] == detail["details"].get("stay_id")),
            (detail.get("stays") or [{"rule": "—"}])[0]["rule"],
        )
        return (
            f"<h3>{escape(label(ALERT_KINDS, detail['kind']))} — "
            f"{escape(label(STATUSES, detail['status']))}</h3>"
            f"<p>{escape(summary)}</p>"
            f"<p><b>{self.tr('Traveller')}:</b> {escape(traveller.get('surname', ''))}, "
            f"{escape(traveller.get('given_names', ''))} ({escape(traveller.get('nationality', ''))}, "
            f"{traveller.get('birth_date') or ''})</p>"
            f"<p><b>{self.tr('Decisive rule')}:</b> {escape(label(RULE_KINDS, str(decisive)))}</p>"
            f"<p><b>{self.tr('Note')}:</b> {escape(str(detail.get('note') or ''))}</p>"
            f"<table border='1' cellspacing='0' cellpadding='3'><tr><th>{self.tr('Country')}</th>"
            f"<th>{self.tr('Entry')}</th><th>{self.tr('Exit')}</th><th>{self.tr('Latest legal exit')}</th>"
            f"<th>{self.tr('Overstay days')}</th><th>{self.tr('Rule')}</th></tr>{rows}</table>"
        )

    def change_status(self, status: str) -> None:
        from midas_desktop.services.alerts import AlertStatus, change_status

        if self.selected_id is None:
            return
        alert_id, note = self.selected_id, self.note.toPlainText()
        CollectionOp(
            parent=self,
            op=lambda session: change_status(session, alert_id, AlertStatus(status), note),
            name="change_alert_status",
            changes="alerts",
        ).success(self._status_changed).run_in_background()

    def _status_changed(self, changed: dict[str, Any]) -> None:
        self.note.clear()
        self.refresh(then=lambda: self.sig_alert_changed.emit(changed))
