"""GUI tests run headless (Qt's offscreen platform) with this PC's settings in a temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest


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
