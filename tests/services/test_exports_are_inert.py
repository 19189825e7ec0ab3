"""Exports and terminals show hostile values as text: a post's name or a nationality that reads like a
formula stays text in CSV and XLSX, and control characters never reach a terminal."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from midas_desktop.domain.safe_text import SafeStream, for_log, for_spreadsheet, for_terminal
from midas_desktop.services.exports import Count, StatisticsReport, write_csv, write_xlsx

HOSTILE = ['=HYPERLINK("http://x.test","click")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def report() -> StatisticsReport:
    return StatisticsReport(
        post='=HYPERLINK("http://x.test","post")',
        first=dt.date(2025, 1, 1),
        last=dt.date(2025, 1, 31),
        entries=len(HOSTILE),
        by_nationality=[Count(key, 1, 0) for key in HOSTILE],
        by_post=[Count("GTM-TECUN", 2, 1), Count("NAME\x1b[2J", 1, 0)],
        overstays_by_nationality=[("=1+1", 2)],
    )


@pytest.mark.parametrize("value", HOSTILE)
def test_a_formula_start_is_neutralised(value: str) -> None:
    safe = for_spreadsheet(value)
    assert safe.startswith("'") and not any(ord(c) < 0x20 for c in safe)
    assert for_spreadsheet(-5) == -5 and for_spreadsheet("GTM") == "GTM" and for_spreadsheet(None) is None


def test_csv_cells_never_start_a_formula(tmp_path: Path) -> None:
    path = write_csv(report(), tmp_path / "stats.csv")
    with path.open(newline="", encoding="utf-8") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert cells and not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells)
    assert '\'=HYPERLINK("http://x.test","click")' in cells
    assert not any("\x1b" in cell for cell in cells)


def test_xlsx_cells_are_text_not_formulas(tmp_path: Path) -> None:
    path = write_xlsx(report(), tmp_path / "stats.xlsx")
    book = load_workbook(path)
    seen = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                seen += 1
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert cell.value[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert seen > 20
    assert book["Summary"]["B1"].value == '\'=HYPERLINK("http://x.test","post")'


def test_control_characters_never_reach_a_terminal_or_a_log() -> None:
    name = "EVIL\x1b]0;owned\x07\x1b[2J\rNAME\x9b"
    assert for_terminal(name) == "EVIL\ufffd]0;owned\ufffd\ufffd[2J\ufffdNAME\ufffd"
    assert for_log(name) == "EVIL\\x1b]0;owned\\x07\\x1b[2J\\x0dNAME\\x9b"
    # Bidi controls would show a log line in another order than written; zero-width ones hide text.
    # Letters of any script stay as they are.
    reordered = "post \u202eNUCET\u202c \u2066x\u2069 \u200e\u200f\u200b\ufeff\U000e0041 \u2028 Peña"
    assert for_log(reordered) == (
        "post \\u202eNUCET\\u202c \\u2066x\\u2069 \\u200e\\u200f\\u200b\\ufeff\\U000e0041 \\u2028 Peña"
    )
    # What a command prints passes through SafeStream: a line feed stays, nothing else does.
    out = subprocess.run(
        [sys.executable, "-c", "import sys\nfrom midas_desktop.domain.safe_text import SafeStream\n"
         "sys.stdout = SafeStream(sys.stdout)\nprint('A\\x1b[2JB\\tC\\x85D')"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert out == "A\ufffd[2JB\tC\\u0085D\n"
    assert isinstance(SafeStream(sys.stdout).encoding, str)  # the rest of the stream is the stream's
