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


#: A line read with a mean confidence below this is not a crisp reading (the reader's own bar for a
#: valid verdict is 70 per character; a whole line's mean below it means several weak characters).
UNSURE_LINE_CONFIDENCE = 0.70


def read_document_image(source: str | Path | bytes | Any) -> dict[str, object]:
    """The ``midas mrz read --json`` object for an image path, encoded bytes or a camera frame, with
    ``unsure``: whether the reader doubted what it read (see :func:`reading_unsure`)."""
    from midas_desktop.ocr import read_mrz

    reading = read_mrz(source)
    result: dict[str, object] = reading.to_dict()
    result["unsure"] = reading.unsure
    return result


def reading_unsure(result: dict[str, Any]) -> bool:
    """An invalid reading the reader was unsure of, from whatever the reader's object says: its own
    ``unsure`` flag when it has one, else a line of low confidence, or its error saying that some
    characters are unsure. A valid reading is never unsure."""
    if result.get("valid"):
        return False
    if result.get("unsure"):
        return True
    confidence = result.get("confidence") or []
    low = any(isinstance(c, int | float) and c < UNSURE_LINE_CONFIDENCE for c in confidence)
    return low or "unsure" in str(result.get("error") or "")
