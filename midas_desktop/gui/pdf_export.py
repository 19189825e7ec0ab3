"""The statistics as a PDF: the summary and the charts at the page's full width, then the tables, with
"Page N of M" at the foot of every page.

Drawn on the screen's thread, one page per turn of the event loop (Qt's fonts are not to be used from
two threads at once, and a worker that drew text beside the screen could hang), so the screen stays
live and Cancel works between pages. A cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from midas_desktop.gui.labels import fill
from midas_desktop.services.exports import StatisticsReport

RESOLUTION = 150  # dots per inch of the PDF's drawing


class PdfJob(QObject):
    sig_progress = Signal(int, int)
    sig_finished = Signal(object)  # the path written
    sig_failed = Signal(object)  # the exception
    sig_cancelled = Signal()
    sig_done = Signal()  # always last

    def __init__(
        self,
        report: StatisticsReport,
        path: Path,
        charts: list[QImage],
        words: dict[str, str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.path = path
        self.partial = path.with_name(f".{path.name}.partial")
        self.charts = charts
        self.words = words
        self.cancelled = False
        self.rows = [
            (words.get(f"section:{section}", section), words.get(f"section:{key}", key), *numbers)
            for section, key, *numbers in report.rows()
        ]
        self.writer: QPdfWriter | None = None
        self.painter: QPainter | None = None
        self.page = 0
        self.pages = 0
        self.rows_per_page = 1

    def cancel(self) -> None:
        self.cancelled = True

    def start(self) -> None:
        try:
            writer = QPdfWriter(str(self.partial))
            writer.setPageLayout(
                QPageLayout(
                    QPageSize(QPageSize.PageSizeId.A4),
                    QPageLayout.Orientation.Portrait,
                    QMarginsF(15, 15, 15, 15),
                )
            )
            writer.setResolution(RESOLUTION)
            writer.setTitle(self.words["title"])
            self.writer = writer
            self.painter = QPainter(writer)
            area = QRectF(self.painter.viewport())
            line = QFontMetricsF(QFont("DejaVu Sans", 9), writer).height() * 1.5
            self.line = line
            self.area = area
            self.rows_per_page = max(1, int((area.height() - 3 * line) // line) - 1)
            self.pages = 2 + math.ceil(len(self.rows) / self.rows_per_page)
        except Exception as exc:  # reported to the screen; nothing is left behind
            self._fail(exc)
            return
        QTimer.singleShot(0, self._next_page)

    def _next_page(self) -> None:
        if self.cancelled:
            self._close()
            self.partial.unlink(missing_ok=True)
            self.sig_cancelled.emit()
            self.sig_done.emit()
            return
        try:
            assert self.writer is not None and self.painter is not None
            if self.page > 0:
                self.writer.newPage()
            self.page += 1
            if self.page == 1:
                self._first_page()
            elif self.page == 2:
                self._charts_page()
            else:
                self._table_page(self.page - 3)
            self._foot()
            self.sig_progress.emit(self.page, self.pages)
            if self.page < self.pages:
                QTimer.singleShot(0, self._next_page)
                return
            self._close()
            self.partial.replace(self.path)
        except Exception as exc:  # reported to the screen; nothing is left behind
            self._fail(exc)
            return
        self.sig_finished.emit(self.path)
        self.sig_done.emit()

    def _first_page(self) -> None:
        painter = self.painter
        assert painter is not None
        width = self.area.width()
        painter.setFont(QFont("DejaVu Sans", 18, QFont.Weight.Bold))
        painter.drawText(QRectF(0, 0, width, 60), self.words["title"])
        painter.setFont(QFont("DejaVu Sans", 10))
        summary = QRectF(0, 70, width, 4 * self.line)
        painter.drawText(summary, int(Qt.TextFlag.TextWordWrap), self.words["summary"])
        self._chart(self.charts[0], 80 + 4 * self.line)

    def _charts_page(self) -> None:
        y = 0.0
        for chart in self.charts[1:]:
            y = self._chart(chart, y) + self.line

    def _chart(self, chart: QImage, y: float) -> float:
        """A chart across the page's full width at ``y``; returns where it ends."""
        painter = self.painter
        assert painter is not None
        width = self.area.width()
        height = width * chart.height() / max(1, chart.width())
        painter.drawImage(QRectF(0, y, width, height), chart)
        return y + height

    def _table_page(self, index: int) -> None:
        painter = self.painter
        assert painter is not None
        width = self.area.width()
        words = self.words
        header = (
            words["section"],
            words["key"],
            words["entries"],
            words["exits"],
            words["refusals"],
            words["total"],
            words["overstays"],
        )
        shares = (0.16, 0.22, 0.12, 0.12, 0.12, 0.12, 0.14)
        rows = self.rows[index * self.rows_per_page : (index + 1) * self.rows_per_page]
        y = 0.0
        for number, row in enumerate([header, *rows]):
            painter.setFont(
                QFont("DejaVu Sans", 9, QFont.Weight.Bold if number == 0 else QFont.Weight.Normal)
            )
            x = 0.0
            for column, (value, share) in enumerate(zip(row, shares, strict=True)):
                align = Qt.AlignmentFlag.AlignLeft if column < 2 else Qt.AlignmentFlag.AlignRight
                cell = QRectF(x, y, width * share - 8, self.line)
                painter.drawText(cell, int(align | Qt.AlignmentFlag.AlignVCenter), str(value))
                x += width * share
            y += self.line

    def _foot(self) -> None:
        painter = self.painter
        assert painter is not None
        painter.setFont(QFont("DejaVu Sans", 8))
        foot = QRectF(0, self.area.height() - self.line, self.area.width(), self.line)
        painter.drawText(
            foot, int(Qt.AlignmentFlag.AlignRight), fill(self.words["page"], self.page, self.pages)
        )

    def _close(self) -> None:
        if self.painter is not None and self.painter.isActive():
            self.painter.end()
        self.painter = None
        self.writer = None

    def _fail(self, exc: BaseException) -> None:
        self._close()
        self.partial.unlink(missing_ok=True)
        self.sig_failed.emit(exc)
        self.sig_done.emit()
