"""The supervisor's alert queue: sortable, filterable, a page at a time, with a detail view and status
changes with a note.

The list shows one page (``services.alerts.PAGE_SIZE`` alerts) of those the filters match, with their
number and the way to the pages before and after; the store filters, sorts and counts
(``services.alerts.alert_queue``), so a post with a quarter of a million alerts costs the app one page.

The daily overstay scan runs (off the UI thread) when the screen opens and on demand. Summaries are
shown in the user's language (built from the alert's kind and details). Supervisors may grant an
extension of the traveller's open stay from the detail; an overstay it cures is resolved by the service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QImage, QTextDocument
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

from midas_desktop.domain.alert_severity import severity_of
from midas_desktop.domain.roles import Action, may
from midas_desktop.gui.dialogs import ExtensionDialog
from midas_desktop.gui.labels import (
    ALERT_KINDS,
    DECISIONS,
    DIRECTIONS,
    RULE_KINDS,
    SEVERITY_WORDS,
    STATUSES,
    WATCHLIST_HIT_KINDS,
    alert_summary,
    fill,
    format_date,
    label,
    post_time,
)
from midas_desktop.gui.ops import CollectionOp, QueryOp
from midas_desktop.services.alerts import PAGE_SIZE, SORT_KEYS, UNRESOLVED, AlertPage, AlertQuery, alert_queue

if TYPE_CHECKING:
    from midas_desktop.services.referrals import ReferralImage
    from midas_desktop.services.session import PostSession

# The list's columns are the store's sort keys, in the same order: every column sorts in the store.
COLUMNS = SORT_KEYS
SUMMARY_COLUMN = COLUMNS.index("summary")
SEVERITY_COLUMN = COLUMNS.index("severity")
AnyIndex = QModelIndex | QPersistentModelIndex


class AlertTableModel(QAbstractTableModel):
    """One page of the list (``services.alerts.alert_queue``); sorting asks the view for the first
    page in the new order (the store sorts every alert, not just the page)."""

    sig_sort_requested = Signal(str, bool)  # the column's key, descending

    def __init__(self, parent: QWidget | None = None, timezone: str | None = None) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self.alerts: list[dict[str, Any]] = []
        self.headers = [
            self.tr("No."),
            self.tr("Created (time at the post)"),
            self.tr("Severity"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Traveller"),
            self.tr("Document"),
            self.tr("Nationality"),
            self.tr("Summary"),
        ]

    def set_alerts(self, alerts: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.alerts = alerts
        self.endResetModel()

    def row_of(self, alert_id: int) -> int | None:
        return next((row for row, alert in enumerate(self.alerts) if alert["id"] == alert_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.alerts)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sig_sort_requested.emit(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        alert = self.alerts[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:  # the raw value
            if key == "severity":
                return severity_of(str(alert.get("kind")))
            return alert.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            value = alert.get(key)
            if key == "kind":
                return label(ALERT_KINDS, str(value))
            if key == "status":
                return label(STATUSES, str(value))
            if key == "severity":
                return label(SEVERITY_WORDS, severity_of(str(alert.get("kind"))))
            if key == "created":
                return post_time(str(value), self.timezone)
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


class AlertsView(QWidget):
    sig_alerts_loaded = Signal(int)  # a page is shown; the number of alerts the filter matches
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
        self.current_detail: dict[str, Any] | None = None
        self.open_stay_id: int | None = None  # the open stay of the selected alert's traveller
        self.query = AlertQuery(status=UNRESOLVED)  # the filters and order of the list
        self.offset = 0  # the page shown: its first alert's place in the order
        self.total = 0  # the alerts the filter matches
        self._asked = 0  # the last page asked for; an older answer is not shown
        self._then: list[Callable[[], None]] = []  # to run once the page asked last is shown
        self.model = AlertTableModel(self, session.post.timezone)

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
        self.status_filter.addItem(self.tr("Not resolved"), UNRESOLVED)
        for code in STATUSES:
            self.status_filter.addItem(label(STATUSES, code), code)
        self.status_filter.setCurrentIndex(1)  # what is still to be done: acknowledged ones stay in view
        self.nationality_filter = QLineEdit()
        self.nationality_filter.setPlaceholderText(self.tr("Nationality"))
        self.nationality_filter.setAccessibleName(self.tr("Filter by nationality"))
        self.nationality_filter.setMaximumWidth(90)
        self.typing = QTimer(self)  # the list follows the nationality typed once the typing pauses
        self.typing.setSingleShot(True)
        self.typing.setInterval(300)
        self.first_filter = QDateEdit(QDate.currentDate().addYears(-1))
        self.first_filter.setCalendarPopup(True)
        self.first_filter.setAccessibleName(self.tr("From day"))
        self.last_filter = QDateEdit(QDate.currentDate().addDays(1))
        self.last_filter.setCalendarPopup(True)
        self.last_filter.setAccessibleName(self.tr("To day"))
        self.scan_button = QPushButton(self.tr("Run overstay &scan"))
        self.scan_button.clicked.connect(self.run_scan)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(lambda: self.refresh())
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
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Alerts"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SEVERITY_COLUMN, Qt.SortOrder.AscendingOrder)  # the most severe first
        self.model.sig_sort_requested.connect(self._sort)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(SUMMARY_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        listing_layout.addWidget(self.table, 1)
        paging = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("&Previous page"))
        self.previous_button.clicked.connect(lambda: self.go_to(self.offset - PAGE_SIZE))
        self.next_button = QPushButton(self.tr("&Next page"))
        self.next_button.clicked.connect(lambda: self.go_to(self.offset + PAGE_SIZE))
        self.page_label = QLabel()
        for button in (self.previous_button, self.next_button):
            button.setEnabled(False)  # until the first page is shown
        paging.addWidget(self.previous_button)
        paging.addWidget(self.page_label)
        paging.addWidget(self.next_button)
        paging.addStretch()
        listing_layout.addLayout(paging)
        splitter.addWidget(listing)
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
        self.nationality_filter.textChanged.connect(self.typing.start)
        self.typing.timeout.connect(self._apply_filter)
        self.first_filter.dateChanged.connect(self._apply_filter)
        self.last_filter.dateChanged.connect(self._apply_filter)
        self.query = self._filtered(self.query)
        self.refresh()
        if scan_on_start:
            self.run_scan(incremental=True)

    def _filtered(self, query: AlertQuery) -> AlertQuery:
        """The query with the filters as they are set now (its order kept)."""
        return replace(
            query,
            kind=str(self.kind_filter.currentData()) or None,
            status=str(self.status_filter.currentData()) or None,
            nationality=self.nationality_filter.text().strip().upper(),
            first_day=self.first_filter.date().toPython(),  # type: ignore[arg-type]
            last_day=self.last_filter.date().toPython(),  # type: ignore[arg-type]
        )

    def _apply_filter(self) -> None:
        self.typing.stop()
        query = self._filtered(self.query)
        if query != self.query:
            self.query, self.offset = query, 0
            self.refresh()

    def _sort(self, key: str, descending: bool) -> None:
        query = replace(self.query, sort=key, descending=descending)
        if query != self.query:
            self.query, self.offset = query, 0
            self.refresh()

    def go_to(self, offset: int) -> None:
        """Another page of the list (the first at 0)."""
        self.offset = max(0, offset)
        self.refresh()

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the page shown again (with the filters and order as they are now), off the UI thread;
        ``then`` runs once it is shown."""
        self._asked += 1
        asked, query, offset = self._asked, self.query, self.offset
        if then is not None:
            self._then.append(then)
        op = QueryOp(
            parent=self,
            op=lambda session: alert_queue(session, query, offset=offset, limit=PAGE_SIZE),
            name="alert_queue",
        )
        op.success(lambda page: self._show_page(page, asked)).run_in_background()

    def _show_page(self, page: AlertPage, asked: int) -> None:
        if asked != self._asked:
            return  # the filters or the page changed meanwhile: the answer to the last question follows
        if not page.alerts and page.offset > 0:  # the page went away (alerts resolved): the last one
            self.go_to((page.total - 1) // PAGE_SIZE * PAGE_SIZE)
            return
        selected = self.selected_id
        self.total = page.total
        self.model.set_alerts(page.alerts)
        self._show_place()
        if selected is not None:
            self.select_alert(selected)
        self.sig_alerts_loaded.emit(page.total)
        then, self._then = self._then, []
        for call in then:
            call()

    def _show_place(self) -> None:
        """Where the page is in the list, and the way to the pages around it."""
        locale = QLocale()
        if self.total == 0:
            self.page_label.setText(self.tr("No alerts"))
        else:
            self.page_label.setText(
                fill(
                    self.tr("Alerts %1–%2 of %3"),
                    locale.toString(self.offset + 1),
                    locale.toString(self.offset + len(self.model.alerts)),
                    locale.toString(self.total),
                )
            )
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + len(self.model.alerts) < self.total)

    def run_scan(self, *, incremental: bool = False) -> None:
        """The button's scan evaluates every stay; the one at the start of the day only the stays whose
        latest legal exit passed since the last scan (at ten million movements the full scan is half a
        minute of CPU and a gigabyte and more of memory, the incremental one well under a second)."""
        from midas_desktop.services import overstays

        now = dt.datetime.now().astimezone()
        scan = overstays.daily_scan if incremental else overstays.scan
        self.scan_button.setEnabled(False)
        self.scan_message.setText(self.tr("Overstay scan running …"))
        CollectionOp(
            parent=self,
            op=lambda session: scan(session, now),
            name="overstay_scan",
            changes="alerts",
        ).success(lambda found: self._scan_finished(found, incremental)).after(
            lambda: self.scan_button.setEnabled(True)
        ).run_in_background()

    def _scan_finished(self, found: list[dict[str, object]], incremental: bool) -> None:
        if incremental:
            self.scan_message.setText(
                self.tr("Overstay scan: %n new overstay(s) since the last scan.", "", len(found))
            )
        else:
            self.scan_message.setText(self.tr("Overstay scan: %n overstay(s) today.", "", len(found)))
        self.refresh(then=lambda: self.sig_scan_finished.emit(len(found)))

    def select_alert(self, alert_id: int) -> bool:
        """Select the alert if the page shown holds it."""
        row = self.model.row_of(alert_id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.selected_id = None
            self.open_stay_id = None
            self.detail.clear()
            for button in (self.acknowledge_button, self.escalate_button, self.resolve_button):
                button.setEnabled(False)
            if self.extension_button is not None:
                self.extension_button.setEnabled(False)
            return
        alert_id = int(self.model.alerts[current.row()]["id"])
        self.selected_id = alert_id
        self._load_detail(alert_id)

    def _load_detail(self, alert_id: int) -> None:
        from midas_desktop.services.alerts import alert_detail
        from midas_desktop.services.referrals import alert_images

        def read(session: PostSession) -> tuple[dict[str, Any], list[ReferralImage]]:
            detail = alert_detail(session, alert_id)
            return detail, alert_images(session, alert_id) if detail.get("images") else []

        op = QueryOp(parent=self, op=read, name="alert_detail")
        op.success(lambda found: self._show_detail(*found)).run_in_background()

    def _show_detail(self, detail: dict[str, Any], images: list[ReferralImage] | None = None) -> None:
        if detail["id"] != self.selected_id:
            return  # another alert was chosen meanwhile
        self.current_detail = detail
        document = self.detail.document()
        shown_images = []
        for image in images or []:
            picture = QImage.fromData(image.data)
            if not picture.isNull():
                document.addResource(
                    QTextDocument.ResourceType.ImageResource, QUrl(f"midas:{image.kind}"), picture
                )
                shown_images.append(image.kind)
        self.detail.setHtml(self._detail_html(detail, shown_images))
        status = detail["status"]
        self.acknowledge_button.setEnabled(status == "open")
        self.escalate_button.setEnabled(status in ("open", "acknowledged"))
        self.resolve_button.setEnabled(status != "resolved")
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

    def _detail_html(self, detail: dict[str, Any], images: list[str]) -> str:
        """Everything a supervisor needs to decide, in words and in the post's time."""
        from html import escape

        zone = self.session.post.timezone
        details = detail.get("details") or {}
        kind = str(detail["kind"])

        def row(caption: str, value: object) -> str:
            text = str(value) if value not in (None, "") else "—"
            return f"<tr><th align='left' valign='top'>{escape(caption)}</th><td>{escape(text)}</td></tr>"

        summary = alert_summary(kind, details, str(detail["summary"]))
        parts = [
            f"<h3>{escape(label(ALERT_KINDS, kind))} — {escape(label(STATUSES, detail['status']))}</h3>",
            f"<p>{escape(summary)}</p>",
            "<table cellspacing='0' cellpadding='3'>",
            row(self.tr("Severity"), label(SEVERITY_WORDS, severity_of(kind))),
            row(self.tr("Raised"), post_time(str(detail["created"]), zone)),
        ]
        traveller = detail.get("traveller") or {}
        read = ((details.get("document") or {}).get("fields") or {}) if isinstance(details, dict) else {}
        who = traveller or read
        if who:
            parts.append(
                row(
                    self.tr("Traveller"),
                    fill(
                        self.tr("%1, %2; nationality %3; born %4"),
                        who.get("surname", ""),
                        who.get("given_names", ""),
                        who.get("nationality", ""),
                        format_date(who.get("birth_date")),
                    ),
                )
            )
        movement = detail.get("movement") or {}
        document = movement.get("document") or {}
        number = f"{document.get('issuing_state') or ''} {document.get('number') or ''}".strip() or (
            f"{read.get('issuing_state', '')} {read.get('document_number', '')}".strip() if read else ""
        )
        expiry = document.get("expiry_date") or read.get("expiry_date")
        parts.append(
            row(self.tr("Document"), fill(self.tr("%1, valid until %2"), number, format_date(expiry)))
        )
        counter = details.get("counter") if isinstance(details.get("counter"), dict) else None
        if movement:
            parts.append(
                row(
                    self.tr("At the counter"),
                    fill(
                        self.tr("%1 (%2) by %3 at %4, %5"),
                        label(DIRECTIONS, movement.get("direction", "")),
                        label(DECISIONS, movement.get("decision", "")),
                        movement.get("officer", ""),
                        movement.get("post", ""),
                        post_time(movement.get("at"), zone),
                    ),
                )
            )
            if movement.get("reason"):
                parts.append(row(self.tr("Reason for the refusal"), movement["reason"]))
        elif counter:
            parts.append(
                row(
                    self.tr("At the counter"),
                    fill(
                        self.tr("%1 by %2 at %3, %4"),
                        label(DECISIONS, counter.get("decision", "")),
                        counter.get("officer", ""),
                        counter.get("post", ""),
                        post_time(counter.get("at"), zone),
                    ),
                )
            )
            parts.append(row(self.tr("Officer's note"), counter.get("reason")))
        if details.get("override_reason"):
            parts.append(row(self.tr("Recorded in spite of the stop, because"), details["override_reason"]))
        hits = list(details.get("watchlist") or [])
        if kind == "watchlist_hit":
            hits.insert(0, details)
        for hit in hits:
            listed = hit.get("listed") or {}
            parts.append(
                row(
                    self.tr("Watchlist entry"),
                    fill(
                        self.tr("%1, %2, born %3, document %4 — %5 (source: %6; match on %7, %8% alike)"),
                        listed.get("surname") or "—",
                        listed.get("given_names") or "—",
                        format_date(listed.get("birth_date")),
                        f"{listed.get('issuing_state') or ''} {listed.get('document_number') or ''}".strip()
                        or "—",
                        hit.get("reason") or "—",
                        hit.get("source") or "—",
                        label(WATCHLIST_HIT_KINDS, str(hit.get("kind", ""))),
                        round(100 * float(hit.get("score") or 0)),
                    ),
                )
            )
        if detail.get("status") == "resolved":
            parts.append(
                row(
                    self.tr("Resolved"),
                    fill(
                        self.tr("by %1 at %2"),
                        detail.get("resolved_by") or "—",
                        post_time(detail.get("resolved_utc"), zone),
                    ),
                )
            )
        parts.append(row(self.tr("Note"), detail.get("note")))
        stays = detail.get("stays", [])
        decisive = next(
            (s["rule"] for s in stays if s["id"] == details.get("stay_id")),
            stays[0]["rule"] if stays else "",
        )
        if decisive:
            parts.append(row(self.tr("Decisive rule"), label(RULE_KINDS, str(decisive))))
        parts.append("</table>")
        if images:
            parts.append("<p>")
            for kind_of_image in images:
                width = 360 if kind_of_image == "document" else 120
                parts.append(f"<img src='midas:{kind_of_image}' width='{width}'> ")
            parts.append("</p>")
        if stays:
            caption = self.tr("Stays")
            parts.append(
                f"<p><b>{escape(caption)}</b></p><table border='1' cellspacing='0' cellpadding='3'><tr>"
                + "".join(
                    f"<th>{escape(h)}</th>"
                    for h in (
                        self.tr("Country"),
                        self.tr("Entry"),
                        self.tr("Exit"),
                        self.tr("Latest legal exit"),
                        self.tr("Days over"),
                        self.tr("Rule"),
                    )
                )
                + "</tr>"
            )
            for stay in stays:
                cells = (
                    stay["country"],
                    format_date(stay["entry_date"]),
                    format_date(stay["exit_date"]) if stay["exit_date"] else self.tr("(in the country)"),
                    format_date(stay["latest_exit"]),
                    str(stay["overstay_days"]),
                    label(RULE_KINDS, str(stay["rule"])),
                )
                parts.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>")
            parts.append("</table>")
        return "".join(parts)

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
        alert_id = int(changed["id"])
        self.refresh(then=lambda: self._after_change(alert_id, changed))

    def _after_change(self, alert_id: int, changed: dict[str, Any]) -> None:
        """The changed alert stays in the detail with its new status, even when the filter hides it."""
        if not self.select_alert(alert_id):
            self.selected_id = alert_id
            self._load_detail(alert_id)
        self.sig_alert_changed.emit(changed)
