"""Statistics: entries and exits by day, nationality and post, overstays; charts and exports.

Exports run in a worker with a progress bar and a Cancel button; the PDF carries the charts.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from midas_desktop.gui import workers
from midas_desktop.gui.labels import fill
from midas_desktop.gui.messages import user_message
from midas_desktop.gui.ops import QueryOp

if TYPE_CHECKING:
    from midas_desktop.services.exports import StatisticsReport
    from midas_desktop.services.session import PostSession


class StatisticsView(QWidget):
    sig_report_loaded = Signal(object)  # StatisticsReport
    sig_export_finished = Signal(str)  # the file written
    sig_export_failed = Signal(str)

    def __init__(self, session: PostSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: StatisticsReport | None = None
        self.export_task: workers.Task | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.first = QDateEdit(QDate.currentDate().addDays(-90))
        self.first.setCalendarPopup(True)
        self.first.setAccessibleName(self.tr("First day"))
        self.last = QDate.currentDate()
        self.last_edit = QDateEdit(self.last)
        self.last_edit.setCalendarPopup(True)
        self.last_edit.setAccessibleName(self.tr("Last day"))
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.refresh)
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"))
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        for button, kind in ((self.csv_button, "csv"), (self.xlsx_button, "xlsx"), (self.pdf_button, "pdf")):
            button.clicked.connect(lambda _checked=False, k=kind: self._ask_and_export(k))
        for widget in (
            QLabel(self.tr("From")),
            self.first,
            QLabel(self.tr("to")),
            self.last_edit,
            self.show_button,
            self.csv_button,
            self.xlsx_button,
            self.pdf_button,
        ):
            top.addWidget(widget)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_export)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addStretch()
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Totals"))
        layout.addWidget(self.summary)
        grid = QGridLayout()
        self.day_chart = QChartView()
        self.day_chart.setAccessibleName(self.tr("Entries and exits by day"))
        self.nationality_chart = QChartView()
        self.nationality_chart.setAccessibleName(self.tr("Movements by nationality"))
        self.overstay_chart = QChartView()
        self.overstay_chart.setAccessibleName(self.tr("Overstays by nationality"))
        for view in (self.day_chart, self.nationality_chart, self.overstay_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(260)
        grid.addWidget(self.day_chart, 0, 0, 1, 2)
        grid.addWidget(self.nationality_chart, 1, 0)
        grid.addWidget(self.overstay_chart, 1, 1)
        layout.addLayout(grid, 1)
        self.export_message = QLabel()
        layout.addWidget(self.export_message)
        self.refresh()

    def refresh(self) -> None:
        from midas_desktop.services.exports import build_statistics

        first: dt.date = self.first.date().toPython()  # type: ignore[assignment]
        last: dt.date = self.last_edit.date().toPython()  # type: ignore[assignment]
        QueryOp(
            parent=self, op=lambda session: build_statistics(session, first, last), name="statistics"
        ).success(self._show_report).run_in_background()

    def _show_report(self, report: StatisticsReport) -> None:
        self.report = report
        self.summary.setText(
            self.tr("Post %1 — entries: %2, exits: %3, overstays today: %4")
            .replace("%1", report.post)
            .replace("%2", str(report.entries))
            .replace("%3", str(report.exits))
            .replace("%4", str(report.overstays))
        )
        self._draw_days(report)
        self._draw_bars(
            self.nationality_chart,
            self.tr("Movements by nationality (top 10)"),
            [(c.key, c.total) for c in report.by_nationality[:10]],
        )
        self._draw_bars(
            self.overstay_chart, self.tr("Overstays by nationality"), report.overstays_by_nationality[:10]
        )
        self.sig_report_loaded.emit(report)

    def _draw_days(self, report: StatisticsReport) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Entries and exits by day"))
        entries, exits = QLineSeries(), QLineSeries()
        entries.setName(self.tr("Entries"))
        exits.setName(self.tr("Exits"))
        top = 1
        for count in report.by_day:
            day = dt.date.fromisoformat(count.key)
            ms = float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())
            entries.append(ms, count.entries)
            exits.append(ms, count.exits)
            top = max(top, count.entries, count.exits)
        chart.addSeries(entries)
        chart.addSeries(exits)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("dd/MM")
        y_axis = QValueAxis()
        y_axis.setRange(0, top)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (entries, exits):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        self.day_chart.setChart(chart)

    def _draw_bars(self, view: QChartView, title: str, pairs: list[tuple[str, int]]) -> None:
        chart = QChart()
        chart.setTitle(title)
        bars = QBarSet(title)
        categories = []
        for key, value in reversed(pairs):
            bars.append(value)
            categories.append(key)
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        y_axis = QBarCategoryAxis()
        y_axis.append(categories)
        x_axis = QValueAxis()
        x_axis.setLabelFormat("%d")
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y_axis)
        series.attachAxis(x_axis)
        chart.legend().setVisible(False)
        view.setChart(chart)

    # --- exports --------------------------------------------------------------------------------

    def _ask_and_export(self, kind: str) -> None:
        filters = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export statistics"), f"statistics.{kind}", filters[kind]
        )
        if path:
            self.export(kind, Path(path))

    def chart_images(self) -> list[QImage]:
        images = []
        for view in (self.day_chart, self.nationality_chart, self.overstay_chart):
            image = QImage(1200, 520, QImage.Format.Format_ARGB32)
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            view.render(painter)
            painter.end()
            images.append(image)
        return images

    def export(self, kind: str, path: Path) -> workers.Task | None:
        from midas_desktop.services import exports

        report = self.report
        if report is None:
            return None
        if kind == "pdf":
            from midas_desktop.gui.pdf_export import write_pdf

            charts = self.chart_images()
            titles = {
                "title": self.tr("Movement statistics"),
                "post": self.tr("Post"),
                "period": self.tr("Period"),
                "entries": self.tr("Entries"),
                "exits": self.tr("Exits"),
                "overstays": self.tr("Overstays today"),
                "section": self.tr("Section"),
                "key": self.tr("Key"),
                "total": self.tr("Total"),
            }

            def work(progress: workers.Progress, cancelled: workers.IsCancelled) -> Path:
                return write_pdf(report, path, charts, titles, progress, cancelled)

        else:
            writer = exports.write_csv if kind == "csv" else exports.write_xlsx

            def work(progress: workers.Progress, cancelled: workers.IsCancelled) -> Path:
                try:
                    return writer(report, path, progress, cancelled)
                except exports.ExportCancelled as exc:
                    raise workers.Cancelled() from exc

        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.export_message.setText(self.tr("Exporting …"))
        task = workers.start(work)
        task.signals.sig_task_progress.connect(self._progress)
        task.signals.sig_task_finished.connect(self._exported)
        task.signals.sig_task_failed.connect(self._export_failed)
        task.signals.sig_task_cancelled.connect(
            lambda: self.export_message.setText(self.tr("Export cancelled."))
        )
        task.signals.sig_task_done.connect(self._export_done)
        self.export_task = task
        return task

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(1, total)))

    def _exported(self, path: Path) -> None:
        self.export_message.setText(self.tr("Written: %1").replace("%1", str(path)))
        self.sig_export_finished.emit(str(path))

    def _export_failed(self, exc: BaseException) -> None:
        self.export_message.setText(fill(self.tr("The export failed: %1"), user_message(exc)))
        self.sig_export_failed.emit(type(exc).__name__)

    def cancel_export(self) -> None:
        if self.export_task is not None:
            self.export_task.cancel()

    def _export_done(self) -> None:
        self.export_task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
