"""Statistics for the administrator's charts and exports (CSV, XLSX).

No Qt here: the PDF export draws charts and lives in the GUI package. Writers report progress through
a callback and stop when asked (``cancelled()``); a cancelled or failed export leaves no partial file.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from midas_desktop.domain.roles import Action
from midas_desktop.domain.safe_text import for_spreadsheet
from midas_desktop.services import overstays, statistics
from midas_desktop.services.clock import iso_utc
from midas_desktop.services.errors import BadInput
from midas_desktop.services.session import PostSession
from midas_desktop.store.models import Movement

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


@dataclass(frozen=True)
class Count:
    key: str
    entries: int
    exits: int

    @property
    def total(self) -> int:
        return self.entries + self.exits


@dataclass
class StatisticsReport:
    """Entries and exits by day, nationality and post, and today's overstays by nationality."""

    post: str
    first: dt.date | None
    last: dt.date | None
    entries: int = 0
    exits: int = 0
    by_day: list[Count] = field(default_factory=list)
    by_nationality: list[Count] = field(default_factory=list)
    by_post: list[Count] = field(default_factory=list)
    overstays_by_nationality: list[tuple[str, int]] = field(default_factory=list)

    @property
    def overstays(self) -> int:
        return sum(n for _, n in self.overstays_by_nationality)

    def rows(self) -> Iterator[tuple[str, str, int, int, int]]:
        """(section, key, entries, exits, total): the long table every export writes."""
        yield ("total", "all", self.entries, self.exits, self.entries + self.exits)
        for section, counts in (
            ("day", self.by_day),
            ("nationality", self.by_nationality),
            ("post", self.by_post),
        ):
            for c in counts:
                yield (section, c.key, c.entries, c.exits, c.total)
        for nationality, n in self.overstays_by_nationality:
            yield ("overstays", nationality, 0, 0, n)


def _counts(pairs: dict[str, list[int]]) -> list[Count]:
    return [Count(key, e, x) for key, (e, x) in sorted(pairs.items())]


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
    counts = statistics.movement_counts(session, first, last)
    by_day: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_nat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in counts["by_day"]:  # type: ignore[attr-defined]
        slot = 0 if row["direction"] == "entry" else 1
        by_day[row["date"]][slot] += row["count"]
        by_nat[row["nationality"]][slot] += row["count"]
    query = select(Movement.post_code, Movement.direction, func.count()).group_by(
        Movement.post_code, Movement.direction
    )
    if first is not None:
        query = query.where(Movement.local_date >= first)
    if last is not None:
        query = query.where(Movement.local_date <= last)
    by_post: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with session.transaction() as db:
        for post, direction, n in db.execute(query).all():
            by_post[post][0 if direction == "entry" else 1] += n
    found = overstays.scan(session, at or dt.datetime.now().astimezone(), raise_alerts=False)
    per_nationality = Counter(str(item["nationality"]) for item in found)
    return StatisticsReport(
        post=session.post.code,
        first=first,
        last=last,
        entries=int(counts["entries"]),  # type: ignore[call-overload]
        exits=int(counts["exits"]),  # type: ignore[call-overload]
        by_day=_counts(by_day),
        by_nationality=sorted(_counts(by_nat), key=lambda c: (-c.total, c.key)),
        by_post=_counts(by_post),
        overstays_by_nationality=sorted(per_nationality.items(), key=lambda kv: (-kv[1], kv[0])),
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


HEADER = ("section", "key", "entries", "exits", "total")


def write_csv(
    report: StatisticsReport, path: Path, progress: Progress = _noop_progress, cancelled: Cancelled = _never
) -> Path:
    rows = list(report.rows())
    with _atomic_file(path) as partial, partial.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for index, row in enumerate(rows, 1):
            if cancelled():
                raise ExportCancelled()
            writer.writerow([for_spreadsheet(cell) for cell in row])
            if index % 200 == 0 or index == len(rows):
                progress(index, len(rows))
    return path


def write_xlsx(
    report: StatisticsReport, path: Path, progress: Progress = _noop_progress, cancelled: Cancelled = _never
) -> Path:
    from openpyxl import Workbook  # imported here: only exports need it, and it is slow to import

    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Summary"
    period = f"{report.first or '…'} – {report.last or '…'}"
    summary_rows: list[tuple[str, str | int]] = [
        ("Post", report.post),
        ("Period", period),
        ("Entries", report.entries),
        ("Exits", report.exits),
        ("Movements", report.entries + report.exits),
        ("Overstays today", report.overstays),
    ]
    # Keys come from records, some made at other posts: never a formula (domain.safe_text).
    for line in summary_rows:
        summary.append([for_spreadsheet(cell) for cell in line])
    sheets: list[tuple[str, list[tuple[str | int, ...]], tuple[str, ...]]] = [
        (
            "By day",
            [(c.key, c.entries, c.exits, c.total) for c in report.by_day],
            ("date", "entries", "exits", "total"),
        ),
        (
            "By nationality",
            [(c.key, c.entries, c.exits, c.total) for c in report.by_nationality],
            ("nationality", "entries", "exits", "total"),
        ),
        (
            "By post",
            [(c.key, c.entries, c.exits, c.total) for c in report.by_post],
            ("post", "entries", "exits", "total"),
        ),
        ("Overstays", list(report.overstays_by_nationality), ("nationality", "overstays")),
    ]
    total = sum(len(rows) for _, rows, _ in sheets) or 1
    done = 0
    for title, rows, header in sheets:
        sheet = book.create_sheet(title)
        sheet.append(header)
        for row in rows:
            if cancelled():
                raise ExportCancelled()
            sheet.append([for_spreadsheet(cell) for cell in row])
            done += 1
            if done % 200 == 0:
                progress(done, total)
    if cancelled():
        raise ExportCancelled()
    with _atomic_file(path) as partial:
        book.save(partial)
    progress(total, total)
    return path


__all__ = [
    "Count",
    "ExportCancelled",
    "StatisticsReport",
    "build_statistics",
    "iso_utc",
    "write_csv",
    "write_xlsx",
]
