"""The statistics as a PDF with the charts (Qt's PDF writer; charts are painted from images).

The chart images are grabbed on the UI thread (widgets live there); writing the pages happens in a
worker, as QPainter on a QPdfWriter is safe outside the UI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from midas_desktop.gui.workers import Cancelled, IsCancelled, Progress
from midas_desktop.services.exports import StatisticsReport


def write_pdf(
    report: StatisticsReport,
    path: Path,
    charts: list[QImage],
    titles: dict[str, str],
    progress: Progress,
    cancelled: IsCancelled,
) -> Path:
    partial = path.with_name(f".{path.name}.partial")
    writer = QPdfWriter(str(partial))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)
        )
    )
    writer.setResolution(150)
    writer.setTitle(titles["title"])
    painter = QPainter(writer)
    try:
        page = QRectF(painter.viewport())
        width = page.width()
        line = 28.0
        y = 0.0
        painter.setFont(QFont("DejaVu Sans", 16, QFont.Weight.Bold))
        painter.drawText(QRectF(0, y, width, 40), titles["title"])
        y += 50
        painter.setFont(QFont("DejaVu Sans", 10))
        for text in (
            f"{titles['post']}: {report.post}",
            f"{titles['period']}: {report.first or '…'} – {report.last or '…'}",
            f"{titles['entries']}: {report.entries}",
            f"{titles['exits']}: {report.exits}",
            f"{titles['overstays']}: {report.overstays}",
        ):
            painter.drawText(QRectF(0, y, width, line), text)
            y += line
        for chart in charts:
            height = width * chart.height() / max(1, chart.width())
            if y + height > page.height():
                writer.newPage()
                y = 0.0
            painter.drawImage(QRectF(0, y, width, height), chart)
            y += height + 10
        rows = list(report.rows())
        writer.newPage()
        y = 0.0
        columns = (titles["section"], titles["key"], titles["entries"], titles["exits"], titles["total"])
        for index, row in enumerate([columns, *rows]):
            if cancelled():
                raise Cancelled()
            if y + line > page.height():
                writer.newPage()
                y = 0.0
            for column, value in enumerate(row):
                painter.drawText(
                    QRectF(column * width / 5, y, width / 5, line),
                    int(Qt.AlignmentFlag.AlignLeft),
                    str(value),
                )
            y += line
            if index % 50 == 0:
                progress(index, len(rows))
        progress(len(rows), len(rows))
    finally:
        painter.end()
    if cancelled():
        partial.unlink(missing_ok=True)
        raise Cancelled()
    partial.replace(path)
    return path
