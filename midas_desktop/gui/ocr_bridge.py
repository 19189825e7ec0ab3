"""The image reader, if installed: ``midas_desktop.ocr.read_mrz`` (OpenCV, OCR-B glyph model), one call.

The reader is optional (its native dependencies are heavy); without it, the image and camera inputs
say so plainly and the keyboard wedge and typing still work.
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path
from typing import Any


@cache
def ocr_available() -> bool:
    try:
        importlib.import_module("midas_desktop.ocr")
    except ImportError:
        return False
    return True


def read_document_image(source: str | Path | bytes | Any) -> dict[str, object]:
    """The ``midas mrz read --json`` object for an image path, encoded bytes or a camera frame."""
    from midas_desktop.ocr import read_mrz

    result: dict[str, object] = read_mrz(source).to_dict()
    return result
