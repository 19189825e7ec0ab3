"""Package data read with ``importlib.resources``: the translations (``i18n/``) and the glyph model
and its notes (``ocr/``). A folder of files, not code; it is a package so that a wheel carries it."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """One file or folder of the package data, e.g. ``resource("ocr", "mrz_ocrb.onnx")``."""
    location = files(__name__)
    for part in parts:
        location = location / part
    return location
