"""Statistics that agree with themselves: the summary, the charts, the CSV, the XLSX and the PDF come
from one query; every day of the period is on the axis; counts are whole numbers; everything is in
the user's language (here Spanish)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD, td3
from PySide6.QtCharts import QValueAxis
from pytestqt.qtbot import QtBot

from midas_desktop.gui import i18n
from midas_desktop.services import statistics
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.referrals import CounterDecision, Referral, refer
from midas_desktop.services.session import login

from .conftest import HANG_MS
from .test_roles_main_paths import at, log_in, open_app


@pytest.fixture
def spanish() -> Iterator[None]:
    i18n.install_language("es")
    yield
    i18n.install_language("en")


def test_summary_sheets_csv_and_pdf_agree_in_spanish(
    qtbot: QtBot, store_path: Path, tmp_path: Path, spanish: None
) -> None:
    today = dt.date.today()
    first = today - dt.timedelta(days=6)
    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        for offset, number, nationality in (
            (0, "A1", "MEX"),
            (0, "B2", "USA"),
            (3, "C3", "MEX"),
            (6, "D4", "HND"),
        ):
            day = first + dt.timedelta(days=offset)
            record_crossing(
                officer,
                CrossingRequest(td3(number=number, nationality=nationality), Direction.ENTRY, at(str(day))),
            )
        record_crossing(
            officer, CrossingRequest(td3(number="A1"), Direction.EXIT, at(str(first + dt.timedelta(days=3))))
        )
        record_crossing(  # a refusal is counted as a refusal, never as an entry
            officer,
            CrossingRequest(
                td3(number="E5", nationality="USA"), Direction.ENTRY, at(str(today)), refusal_reason="x"
            ),
        )
        # Documents whose MRZ is not valid cannot be movements; refusing one is still a refusal (on its
        # day, under the nationality read, XXX when none could be), referring one is not.
        changed = td3(number="G7", nationality="USA")
        changed = (changed[0], changed[1][:13] + str((int(changed[1][13]) + 1) % 10) + changed[1][14:])
        for lines, decision in (
            (changed, CounterDecision.REFUSED),
            (("P<UTO" + "<" * 39, "<" * 44), CounterDecision.REFUSED),
            (changed, CounterDecision.REFERRED),
        ):
            refer(officer, Referral(lines, at(str(first + dt.timedelta(days=3))), decision, "altered"))
        # Admitted 100 days ago and still here: an overstay today.
        record_crossing(
            officer,
            CrossingRequest(
                td3(number="F6", nationality="NIC", surname="OLD"),
                Direction.ENTRY,
                at(str(today - dt.timedelta(days=100))),
            ),
        )
    window = open_app(qtbot, store_path)
    stats = log_in(qtbot, window, "admin", ADMIN_PASSWORD).statistics
    assert stats is not None
    qtbot.waitUntil(lambda: stats.report is not None, timeout=HANG_MS)
    stats.first.setDate(first)
    stats.last_edit.setDate(today)
    with qtbot.waitSignal(stats.sig_report_loaded, timeout=HANG_MS) as loaded:
        stats.refresh()
    report = loaded.args[0]
    assert (report.entries, report.exits, report.refusals, report.overstays) == (4, 1, 3, 1)
    assert "entradas: 4, salidas: 1, movimientos: 5, rechazos: 3" in stats.summary.text()
    # Every day of the period, the quiet ones too, and whole numbers on the axes.
    assert [c.key for c in report.by_day] == [str(first + dt.timedelta(days=n)) for n in range(7)]
    assert [c.total for c in report.by_day] == [2, 0, 0, 2, 0, 0, 1]
    for view in (stats.day_chart, stats.nationality_chart, stats.overstay_chart):
        [axis] = [a for a in view.chart().axes() if isinstance(a, QValueAxis)]
        assert axis.labelFormat() == "%d" and axis.tickInterval() == int(axis.tickInterval()) >= 1
        assert axis.min() == 0 and axis.max() % axis.tickInterval() == 0
    # The tables add up to the summary: by day, by nationality and by post alike.
    assert [c.refusals for c in report.by_day] == [0, 0, 0, 2, 0, 0, 1]
    nationalities = {c.key: c.refusals for c in report.by_nationality if c.refusals}
    assert nationalities == {"USA": 2, "XXX": 1}
    for table in (report.by_day, report.by_nationality, report.by_post):
        assert (sum(c.entries for c in table), sum(c.exits for c in table)) == (4, 1)
        assert sum(c.refusals for c in table) == 3
    with login(store_path, "admin", ADMIN_PASSWORD) as admin:  # ``midas stats`` counts the same
        counts = statistics.movement_counts(admin, first, today)
    assert (counts["entries"], counts["exits"], counts["refusals"]) == (4, 1, 3)

    for kind in ("csv", "xlsx", "pdf"):
        assert stats.export(kind, tmp_path / f"estadisticas.{kind}") is not None
        qtbot.waitUntil(lambda: not stats.busy(), timeout=HANG_MS)
        assert (tmp_path / f"estadisticas.{kind}").exists(), stats.export_message.text()

    with (tmp_path / "estadisticas.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["sección", "clave", "entradas", "salidas", "rechazos", "movimientos", "excedidos hoy"]
    assert rows[1] == ["total", "todos", "4", "1", "3", "5", "1"]
    assert ["nacionalidad", "XXX", "0", "0", "1", "0", "0"] in rows
    assert ["nacionalidad", "NIC", "0", "0", "0", "0", "1"] in rows  # overstays in their own column
    days = [r for r in rows if r[0] == "día"]
    assert len(days) == 7 and sum(int(r[5]) for r in days) == 5 and sum(int(r[4]) for r in days) == 3

    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "estadisticas.xlsx")
    assert book.sheetnames == ["Resumen", "Por día", "Por nacionalidad", "Por puesto"]
    summary = {row[0]: row[1] for row in book["Resumen"].iter_rows(values_only=True)}
    assert (summary["Entradas"], summary["Salidas"], summary["Rechazos"], summary["Movimientos"]) == (
        4,
        1,
        3,
        5,
    )
    by_day = book["Por día"]
    assert by_day["A1"].value == "fecha" and by_day["B2"].number_format == "#,##0"
    assert by_day["A2"].is_date and by_day.column_dimensions["A"].width >= 12
    assert by_day._charts and book["Por nacionalidad"]._charts  # native charts, not pictures
    by_post = [row for row in book["Por puesto"].iter_rows(min_row=2, values_only=True)]
    assert [(row[1], row[2], row[3]) for row in by_post] == [(4, 1, 3)]
    assert sum(row[3] for row in book["Por día"].iter_rows(min_row=2, values_only=True)) == 3

    from pypdf import PdfReader

    pages = PdfReader(tmp_path / "estadisticas.pdf").pages
    text = [" ".join(page.extract_text().split()) for page in pages]
    assert f"Página 1 de {len(pages)}" in text[0] and f"Página {len(pages)} de {len(pages)}" in text[-1]
    assert "entradas: 4, salidas: 1, movimientos: 5, rechazos: 3" in text[0]
    assert not list(tmp_path.glob(".*.partial"))
