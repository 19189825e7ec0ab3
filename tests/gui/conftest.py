"""GUI tests run headless (Qt's offscreen platform) with this PC's settings in a temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


#: How long a test waits for a signal before it calls the work hung. Never a guess of how long the work
#: takes: the tests wait for the signal, and a loaded machine may take many times longer than a quiet one.
HANG_MS = 300_000


@pytest.fixture(autouse=True)
def _english(qapp: object) -> Iterator[None]:
    """The English catalogue, as the app installs it (its plural forms: "1 day", "5 days")."""
    from midas_desktop.gui import i18n

    i18n.install_language("en")
    yield
    i18n.install_language("en")


@pytest.fixture(autouse=True)
def _cycles_collected_on_the_ui_thread(qapp: object) -> Iterator[None]:
    """As in the app (``gui.garbage``): no collection on the store's or a task's thread; between tests,
    one full collection on the UI thread and the automatic collector back for the tests that follow."""
    from midas_desktop.gui import garbage

    garbage.collect_on_ui_thread()
    yield
    garbage.stop_collecting_on_ui_thread()


@pytest.fixture(autouse=True)
def _isolated_settings(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"])
    yield
    from midas_desktop.gui import workers

    workers.wait_for_all()


def answer_next_dialog(act: Callable[[QWidget], None]) -> None:
    """When the next modal dialog is up, let ``act`` fill it in and close it (as a user would)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        act(dialog)

    QTimer.singleShot(0, poll)


def specimen_image(lines: tuple[str, ...], path: Path) -> Path:
    """A clean synthetic TD3 data page: a grey portrait box and the MRZ in OCR-B, like a flatbed scan."""
    from PIL import Image, ImageDraw, ImageFont

    font_path = next(
        (
            p
            for p in ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", "/usr/share/fonts/truetype/ocr-b/OCRB.ttf")
            if Path(p).exists()
        ),
        None,
    )
    if font_path is None:
        pytest.skip("the OCR-B font (fonts-ocr-b) is not installed")
    page = Image.new("L", (1476, 1039), 245)
    draw = ImageDraw.Draw(page)
    draw.rectangle((60, 200, 420, 660), fill=150)
    draw.ellipse((150, 260, 330, 480), fill=200)
    caption = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 28)
    draw.text((480, 80), "PASSPORT / PASAPORTE  (SPECIMEN)", font=caption, fill=30)
    mrz_font = ImageFont.truetype(font_path, 42)
    for index, line in enumerate(lines):
        draw.text((70, 820 + index * 72), line, font=mrz_font, fill=10)
    page.save(path)
    return path
