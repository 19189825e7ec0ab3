"""National statistics for the console: entries and exits by day, post, nationality, direction and
transport over a period (the daily counts the scan keeps), overstays by nationality (the watched
stays, ``overstays.service``), and
their export to CSV and XLSX (cells made safe for spreadsheets: ``domain.safe_text``)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from midas_desktop.domain.safe_text import for_spreadsheet
from midas_desktop.server.central_audit.service import record_now
from midas_desktop.server.console.access import Actor, Permission, require
from midas_desktop.server.models import CentralDailyCount, CentralStay, PostRow
from midas_desktop.server.overstays import service as overstays
from midas_desktop.server.statistics.schemas import Figures, StatsQuery, bars

HEADER = ("date", "post", "nationality", "direction", "transport", "movements")


def figures(engine: Engine, actor: Actor, query: StatsQuery, day: dt.date | None = None) -> Figures:
    require(actor, Permission.READ)
    day = day or overstays.today()
    overstays.refresh(engine)
    counts = CentralDailyCount
    with Session(engine) as db:
        codes = dict(db.execute(select(PostRow.id, PostRow.code)).all())
        # One row per day, post, nationality, direction and transport already: read in index order.
        statement = (
            select(
                counts.local_date,
                counts.post_id,
                counts.nationality,
                counts.direction,
                counts.transport,
                counts.count,
            )
            .where(counts.local_date >= query.since, counts.local_date <= query.until)
            .order_by(
                counts.local_date, counts.post_id, counts.nationality, counts.direction, counts.transport
            )
        )
        if query.post:
            statement = statement.where(
                counts.post_id.in_([i for i, code in codes.items() if code == query.post])
            )
        if query.nationality:
            statement = statement.where(counts.nationality == query.nationality)
        if query.direction:
            statement = statement.where(counts.direction == query.direction)
        if query.transport:
            statement = statement.where(counts.transport == query.transport)
        rows = sorted(
            (date.isoformat(), codes.get(post_id, "?"), nationality, direction, kind or "", int(count))
            for date, post_id, nationality, direction, kind, count in db.execute(statement)
        )
        overstay_statement = (
            select(CentralStay.nationality, func.count())
            .where(CentralStay.overstay_from <= day)
            .group_by(CentralStay.nationality)
        )
        if query.nationality:
            overstay_statement = overstay_statement.where(CentralStay.nationality == query.nationality)
        by_overstay = {n: int(c) for n, c in db.execute(overstay_statement)}
    totals: dict[str, dict[str, int]] = {
        name: defaultdict(int) for name in ("day", "post", "nationality", "direction", "transport")
    }
    for date, code, nationality, direction, kind, count in rows:
        totals["day"][date] += count
        totals["post"][code] += count
        totals["nationality"][nationality] += count
        totals["direction"][direction] += count
        totals["transport"][kind or "-"] += count
    result = Figures(query=query, total=sum(r[5] for r in rows), rows=rows)
    result.breakdowns = {
        name: bars(dict(sorted(counts.items())) if name == "day" else counts, keep_order=name == "day")
        for name, counts in totals.items()
    }
    result.overstays_by_nationality = bars(by_overstay)
    return result


def export(engine: Engine, actor: Actor, query: StatsQuery, kind: str) -> bytes:
    """The figures' rows as CSV or XLSX (audited: who exported what period)."""
    result = figures(engine, actor, query)
    record_now(
        engine,
        actor,
        "statistics_exported",
        None,
        format=kind,
        since=query.since.isoformat(),
        until=query.until.isoformat(),
    )
    if kind == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for row in result.rows:
            writer.writerow([for_spreadsheet(v) for v in row])
        return out.getvalue().encode("utf-8")
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "movements"
    sheet.append(list(HEADER))
    for row in result.rows:
        sheet.append([for_spreadsheet(v) for v in row])
    overstay_sheet = book.create_sheet("overstays")
    overstay_sheet.append(["nationality", "overstays"])
    for bar in result.overstays_by_nationality:
        overstay_sheet.append([for_spreadsheet(bar.label), bar.value])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
