"""Statistics: entries, exits and refusals by day (every day of the period), nationality and post, and
today's overstays; charts with whole-number axes; exports to CSV, XLSX (widths, formats, native
charts) and PDF (full-width charts, page numbers), all in the user's language.

The figures come from one query (``services.exports.build_statistics``), so the summary, the charts
and every export agree. CSV and XLSX are written by a worker with a progress bar and Cancel; the PDF
is drawn on the screen's thread a page at a time (Qt's fonts are not to be used from two threads at
once), with the same progress bar and Cancel.
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
from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, Signal
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
from midas_desktop.gui.labels import fill, format_date
from midas_desktop.gui.messages import user_message
from midas_desktop.gui.ops import QueryOp
from midas_desktop.services.exports import nice_step

if TYPE_CHECKING:
    from midas_desktop.gui.pdf_export import PdfJob
    from midas_desktop.services.exports import ExportWords, StatisticsReport
    from midas_desktop.services.session import PostSession

#: The size charts are drawn at for the PDF (a full A4 width at 150 dpi).
PDF_CHART_SIZE = QSize(1600, 700)


def integer_axis(axis: QValueAxis, top: int) -> None:
    """0 to a round number, a tick at every whole step: counts are never shown with fractions."""
    step = nice_step(max(1, top))
    axis.setRange(0, step * -(-max(1, top) // step))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    axis.setMinorTickCount(0)


class StatisticsView(QWidget):
    sig_report_loaded = Signal(object)  # StatisticsReport
    sig_export_finished = Signal(str)  # the file written
    sig_export_failed = Signal(str)

    def __init__(self, session: PostSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: StatisticsReport | None = None
        self.export_task: workers.Task | None = None
        self.pdf_job: PdfJob | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.first = QDateEdit(QDate.currentDate().addDays(-90))
        self.first.setCalendarPopup(True)
        self.first.setAccessibleName(self.tr("First day"))
        self.last_edit = QDateEdit(QDate.currentDate())
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
        self.summary.setWordWrap(True)
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
            view.setMinimumHeight(180)
        grid.addWidget(self.day_chart, 0, 0, 1, 2)
        grid.addWidget(self.nationality_chart, 1, 0)
        grid.addWidget(self.overstay_chart, 1, 1)
        layout.addLayout(grid, 1)
        self.export_message = QLabel()
        self.export_message.setWordWrap(True)
        self.export_message.setAccessibleName(self.tr("Export message"))
        layout.addWidget(self.export_message)
        self.refresh()

    # --- the figures ------------------------------------------------------------------------------

    def refresh(self) -> None:
        from midas_desktop.services.exports import build_statistics

        first: dt.date = self.first.date().toPython()  # type: ignore[assignment]
        last: dt.date = self.last_edit.date().toPython()  # type: ignore[assignment]
        QueryOp(
            parent=self, op=lambda session: build_statistics(session, first, last), name="statistics"
        ).success(self._show_report).run_in_background()

    def summary_text(self, report: StatisticsReport) -> str:
        return fill(
            self.tr(
                "Post %1, %2 to %3 — entries: %4, exits: %5, movements: %6, refusals: %7, overstays today: %8"
            ),
            report.post,
            format_date(report.first),
            format_date(report.last),
            report.entries,
            report.exits,
            report.movements,
            report.refusals,
            report.overstays,
        )

    def _show_report(self, report: StatisticsReport) -> None:
        self.report = report
        self.summary.setText(self.summary_text(report))
        self.day_chart.setChart(self.day_chart_of(report))
        self.nationality_chart.setChart(
            self.bar_chart(
                self.tr("Movements by nationality (top 10)"),
                [(c.key, c.total) for c in report.by_nationality if c.total][:10],
            )
        )
        self.overstay_chart.setChart(
            self.bar_chart(self.tr("Overstays today by nationality"), report.overstays_by_nationality[:10])
        )
        self.sig_report_loaded.emit(report)

    def day_chart_of(self, report: StatisticsReport) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Entries and exits by day"))
        entries, exits = QLineSeries(), QLineSeries()
        entries.setName(self.tr("Entries"))
        exits.setName(self.tr("Exits"))
        top = 1
        for count in report.by_day:  # every day of the period: a quiet day is a zero, not a gap
            day = dt.date.fromisoformat(count.key)
            ms = float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())
            entries.append(ms, count.entries)
            exits.append(ms, count.exits)
            top = max(top, count.entries, count.exits)
        chart.addSeries(entries)
        chart.addSeries(exits)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM")
        x_axis.setTickCount(min(12, max(2, len(report.by_day))))
        y_axis = QValueAxis()
        integer_axis(y_axis, top)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (entries, exits):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        return chart

    def bar_chart(self, title: str, pairs: list[tuple[str, int]]) -> QChart:
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
        y_axis.append(categories or ["—"])
        x_axis = QValueAxis()
        integer_axis(x_axis, max((value for _, value in pairs), default=1))
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y_axis)
        series.attachAxis(x_axis)
        chart.legend().setVisible(False)
        return chart

    # --- exports --------------------------------------------------------------------------------

    def words(self) -> ExportWords:
        from midas_desktop.services.exports import ExportWords

        return ExportWords(
            sheets=(self.tr("Summary"), self.tr("By day"), self.tr("By nationality"), self.tr("By post")),
            sections={
                "total": self.tr("total"),
                "all": self.tr("all"),
                "day": self.tr("day"),
                "nationality": self.tr("nationality"),
                "post": self.tr("post"),
            },
            header=(
                self.tr("section"),
                self.tr("key"),
                self.tr("entries"),
                self.tr("exits"),
                self.tr("refusals"),
                self.tr("movements"),
                self.tr("overstays today"),
            ),
            keys=(self.tr("date"), self.tr("nationality"), self.tr("post")),
            summary=(
                self.tr("Post"),
                self.tr("Period"),
                self.tr("Entries"),
                self.tr("Exits"),
                self.tr("Refusals"),
                self.tr("Movements"),
                self.tr("Overstays today"),
            ),
            charts=(
                self.tr("Entries and exits by day"),
                self.tr("Movements by nationality"),
                self.tr("Overstays by nationality"),
            ),
        )

    def _ask_and_export(self, kind: str) -> None:
        filters = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}
        name = self.tr("statistics")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export statistics"), f"{name}.{kind}", filters[kind]
        )
        if path:
            self.export(kind, Path(path))

    def chart_images(self) -> list[QImage]:
        """The three charts drawn afresh at the PDF's size (not grabbed from the screen's small views)."""
        report = self.report
        assert report is not None
        charts = [
            self.day_chart_of(report),
            self.bar_chart(
                self.tr("Movements by nationality (top 10)"),
                [(c.key, c.total) for c in report.by_nationality if c.total][:10],
            ),
            self.bar_chart(self.tr("Overstays today by nationality"), report.overstays_by_nationality[:10]),
        ]
        images = []
        for chart in charts:
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.resize(PDF_CHART_SIZE)
            image = QImage(PDF_CHART_SIZE, QImage.Format.Format_ARGB32)
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            view.render(painter)
            painter.end()
            view.deleteLater()
            images.append(image)
        return images

    def export(self, kind: str, path: Path) -> object | None:
        """Start an export; returns what runs it (a worker's task, or the PDF job), None with no figures."""
        from midas_desktop.services import exports

        report = self.report
        if report is None or self.busy():
            return None
        words = self.words()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.export_message.setText(self.tr("Exporting …"))
        if kind == "pdf":
            from midas_desktop.gui.pdf_export import PdfJob

            job = PdfJob(report, path, self.chart_images(), self.pdf_words(report), self)
            job.sig_progress.connect(self._progress)
            job.sig_finished.connect(self._exported)
            job.sig_failed.connect(self._export_failed)
            job.sig_cancelled.connect(lambda: self.export_message.setText(self.tr("Export cancelled.")))
            job.sig_done.connect(self._export_done)
            self.pdf_job = job
            job.start()
            return job
        writer = exports.write_csv if kind == "csv" else exports.write_xlsx

        def work(progress: workers.Progress, cancelled: workers.IsCancelled) -> Path:
            try:
                return writer(report, path, progress, cancelled, words)
            except exports.ExportCancelled as exc:
                raise workers.Cancelled() from exc

        task = workers.start(
            work,
            progress=self._progress,
            finished=self._exported,
            failed=self._export_failed,
            cancelled=lambda: self.export_message.setText(self.tr("Export cancelled.")),
            done=self._export_done,
        )
        self.export_task = task
        return task

    def pdf_words(self, report: StatisticsReport) -> dict[str, str]:
        return {
            "title": self.tr("Movement statistics"),
            "summary": self.summary_text(report),
            "page": self.tr("Page %1 of %2"),
            "section": self.tr("Section"),
            "key": self.tr("Key"),
            "entries": self.tr("Entries"),
            "exits": self.tr("Exits"),
            "refusals": self.tr("Refusals"),
            "total": self.tr("Movements"),
            "overstays": self.tr("Overstays today"),
            **{f"section:{k}": v for k, v in self.words().sections.items()},
        }

    def busy(self) -> bool:
        return self.export_task is not None or self.pdf_job is not None

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(1, total)))

    def _exported(self, path: Path) -> None:
        self.export_message.setText(fill(self.tr("Written: %1"), str(path)))
        self.sig_export_finished.emit(str(path))

    def _export_failed(self, exc: BaseException) -> None:
        self.export_message.setText(fill(self.tr("The export failed: %1"), user_message(exc)))
        self.sig_export_failed.emit(type(exc).__name__)

    def cancel_export(self) -> None:
        if self.export_task is not None:
            self.export_task.cancel()
        if self.pdf_job is not None:
            self.pdf_job.cancel()

    def _export_done(self) -> None:
        self.export_task = None
        self.pdf_job = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
