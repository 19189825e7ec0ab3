"""Statistics for the administrator's charts and exports (CSV, XLSX).

No Qt here: the PDF export draws charts and lives in the GUI package. Writers report progress through
a callback and stop when asked (``cancelled()``); a cancelled or failed export leaves no partial file.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from midas_desktop.domain.roles import Action
from midas_desktop.domain.safe_text import for_spreadsheet
from midas_desktop.services import overstays
from midas_desktop.services.clock import iso_utc
from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import PostSession
from midas_desktop.services.statistics import counted_rows

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


@dataclass(frozen=True)
class Count:
    """Movements of one day, nationality or post; ``overstays``: open overstays today (nationality)."""

    key: str
    entries: int
    exits: int
    refusals: int = 0
    overstays: int = 0

    @property
    def total(self) -> int:
        return self.entries + self.exits


@dataclass
class StatisticsReport:
    """Entries, exits and refusals by day (every day of the period, none skipped), nationality and
    post, and today's overstays by nationality. Every table and total comes from one query, so the
    summary, the sheets, the CSV and the PDF agree with each other."""

    post: str
    first: dt.date | None
    last: dt.date | None
    entries: int = 0
    exits: int = 0
    refusals: int = 0
    by_day: list[Count] = field(default_factory=list)
    by_nationality: list[Count] = field(default_factory=list)
    by_post: list[Count] = field(default_factory=list)
    overstays_by_nationality: list[tuple[str, int]] = field(default_factory=list)

    @property
    def overstays(self) -> int:
        return sum(n for _, n in self.overstays_by_nationality)

    @property
    def movements(self) -> int:
        return self.entries + self.exits

    def rows(self) -> Iterator[tuple[str, str, int, int, int, int, int]]:
        """(section, key, entries, exits, refusals, total, overstays): the long table the CSV writes."""
        yield ("total", "all", self.entries, self.exits, self.refusals, self.movements, self.overstays)
        for section, counts in (
            ("day", self.by_day),
            ("nationality", self.by_nationality),
            ("post", self.by_post),
        ):
            for c in counts:
                yield (section, c.key, c.entries, c.exits, c.refusals, c.total, c.overstays)


def _tally(pairs: dict[str, list[int]], overstays: dict[str, int] | None = None) -> list[Count]:
    overstays = overstays or {}
    keys = sorted(set(pairs) | set(overstays))
    out = []
    for key in keys:
        entries, exits, refusals = pairs.get(key, [0, 0, 0])
        out.append(Count(key, entries, exits, refusals, overstays.get(key, 0)))
    return out


def build_statistics(
    session: PostSession,
    first: dt.date | None = None,
    last: dt.date | None = None,
    *,
    at: dt.datetime | None = None,
) -> StatisticsReport:
    """Gather every figure of the statistics screen in one go (supervisors and administrators)."""
    session.require(Action.VIEW_STATISTICS)
    if first is not None and last is not None and first > last:
        raise BadInput("the first day of the period is after its last day", code="period_reversed")
    with session.reading() as db:
        rows = db.execute(counted_rows(first, last)).all()
    slot = {"entry": 0, "exit": 1, "refusal": 2}
    by_day: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_nat: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_post: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    totals = [0, 0, 0]
    for day, what, nationality, post, n in rows:
        index = slot.get(str(what))
        if index is None:
            continue
        day_key = day.isoformat() if isinstance(day, dt.date) else str(day)
        for table, key in ((by_day, day_key), (by_nat, str(nationality)), (by_post, str(post))):
            table[key][index] += n
        totals[index] += n
    days = [dt.date.fromisoformat(key) for key in by_day]
    start = first or (min(days) if days else None)
    end = last or (max(days) if days else None)
    if start is not None and end is not None:
        for offset in range((end - start).days + 1):  # every day of the period, quiet ones included
            by_day[(start + dt.timedelta(days=offset)).isoformat()]
    per_nationality = overstays.overstays_by_nationality(session, at or dt.datetime.now().astimezone())
    return StatisticsReport(
        post=session.post.code,
        first=start,
        last=end,
        entries=totals[0],
        exits=totals[1],
        refusals=totals[2],
        by_day=_tally(by_day),
        by_nationality=sorted(_tally(by_nat, dict(per_nationality)), key=lambda c: (-c.total, c.key)),
        by_post=_tally(by_post),
        overstays_by_nationality=sorted(per_nationality.items(), key=lambda kv: (-kv[1], kv[0])),
    )


@dataclass(frozen=True)
class ExportWords:
    """The words of an export in the reader's language (English by default; the app passes its own)."""

    sheets: tuple[str, str, str, str] = ("Summary", "By day", "By nationality", "By post")
    sections: dict[str, str] = field(
        default_factory=lambda: {
            "total": "total",
            "all": "all",
            "day": "day",
            "nationality": "nationality",
            "post": "post",
        }
    )
    header: tuple[str, ...] = ("section", "key", "entries", "exits", "refusals", "total", "overstays today")
    keys: tuple[str, str, str] = ("date", "nationality", "post")
    summary: tuple[str, ...] = (
        "Post",
        "Period",
        "Entries",
        "Exits",
        "Refusals",
        "Movements",
        "Overstays today",
    )
    charts: tuple[str, str, str] = (
        "Entries and exits by day",
        "Movements by nationality",
        "Overstays by nationality",
    )


@contextmanager
def _atomic_file(path: Path) -> Iterator[Path]:
    """Write beside the target and rename at the end, so a cancelled export leaves nothing behind."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _noop_progress(_done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False


def write_csv(
    report: StatisticsReport,
    path: Path,
    progress: Progress = _noop_progress,
    cancelled: Cancelled = _never,
    words: ExportWords | None = None,
) -> Path:
    """The long table: one row per day, nationality and post, the totals first; overstays in a column
    of their own (never in "total")."""
    words = words or ExportWords()
    rows = list(report.rows())
    with _atomic_file(path) as partial, partial.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(words.header)
        for index, row in enumerate(rows, 1):
            if cancelled():
                raise ExportCancelled()
            section, key, *numbers = row
            # Keys come from records, some made at other posts: never a formula (domain.safe_text).
            writer.writerow(
                [
                    for_spreadsheet(words.sections.get(section, section)),
                    for_spreadsheet(words.sections.get(key, key)),
                    *numbers,
                ]
            )
            if index % 200 == 0 or index == len(rows):
                progress(index, len(rows))
    return path


def write_xlsx(
    report: StatisticsReport,
    path: Path,
    progress: Progress = _noop_progress,
    cancelled: Cancelled = _never,
    words: ExportWords | None = None,
) -> Path:
    """A workbook: the summary, then a sheet per table with widths, number formats and native charts."""
    from openpyxl import Workbook  # imported here: only exports need it, and it is slow to import
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.styles import Font

    words = words or ExportWords()
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = words.sheets[0]
    period = f"{report.first or '…'} – {report.last or '…'}"
    values: list[str | int] = [
        report.post,
        period,
        report.entries,
        report.exits,
        report.refusals,
        report.movements,
        report.overstays,
    ]
    for caption, value in zip(words.summary, values, strict=True):
        summary.append((caption, for_spreadsheet(value)))
    for (cell,) in summary.iter_rows(min_col=1, max_col=1):
        cell.font = Font(bold=True)
    for (cell,) in summary.iter_rows(min_row=3, min_col=2, max_col=2):
        cell.number_format = "#,##0"
    summary.column_dimensions["A"].width = max(len(c) for c in words.summary) + 4
    summary.column_dimensions["B"].width = max(24, len(period) + 2)
    header = words.header[2:]
    tables = [
        (words.sheets[1], words.keys[0], report.by_day),
        (words.sheets[2], words.keys[1], report.by_nationality),
        (words.sheets[3], words.keys[2], report.by_post),
    ]
    total = sum(len(rows) for _, _, rows in tables) or 1
    done = 0
    for (title, key_caption, counts), chart_title in zip(tables, (*words.charts[:2], ""), strict=True):
        sheet = book.create_sheet(title)
        sheet.append((key_caption, *header))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for count in counts:
            if cancelled():
                raise ExportCancelled()
            key: object = dt.date.fromisoformat(count.key) if key_caption == words.keys[0] else count.key
            sheet.append(
                (
                    for_spreadsheet(key),
                    count.entries,
                    count.exits,
                    count.refusals,
                    count.total,
                    count.overstays,
                )
            )
            done += 1
            if done % 200 == 0:
                progress(done, total)
        last_row = len(counts) + 1
        for row in sheet.iter_rows(min_row=2, max_row=last_row):
            if key_caption == words.keys[0]:
                row[0].number_format = "yyyy-mm-dd"
            for cell in row[1:]:
                cell.number_format = "#,##0"
        sheet.column_dimensions["A"].width = 14
        for column in "BCDEF":
            sheet.column_dimensions[column].width = max(12, max(len(h) for h in header) + 2)
        sheet.freeze_panes = "A2"
        if not counts or not chart_title:
            continue
        if key_caption == words.keys[0]:
            line = LineChart()
            line.title = chart_title
            line.y_axis.majorUnit = max(1, nice_step(max((c.total for c in counts), default=1)))
            line.y_axis.number_format = "0"
            line.add_data(
                Reference(sheet, min_col=2, max_col=3, min_row=1, max_row=last_row), titles_from_data=True
            )
            line.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last_row))
            line.width, line.height = 28, 10
            sheet.add_chart(line, "H2")
        else:
            bar = BarChart()
            bar.type = "bar"
            bar.title = chart_title
            top = min(last_row, 11)
            bar.add_data(Reference(sheet, min_col=5, min_row=1, max_row=top), titles_from_data=True)
            bar.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=top))
            bar.x_axis.number_format = "0"
            bar.width, bar.height = 20, 10
            sheet.add_chart(bar, "H2")
    if cancelled():
        raise ExportCancelled()
    with _atomic_file(path) as partial:
        book.save(partial)
    progress(total, total)
    return path


def nice_step(top: int, ticks: int = 8) -> int:
    """An integer step of 1, 2 or 5 times a power of ten with at most ``ticks`` steps up to ``top``
    (a chart of counts never shows a fraction on its axis)."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if top <= ticks * factor * magnitude:
                return factor * magnitude
        magnitude *= 10


__all__ = [
    "Count",
    "ExportCancelled",
    "ExportWords",
    "StatisticsReport",
    "build_statistics",
    "iso_utc",
    "nice_step",
    "write_csv",
    "write_xlsx",
]
