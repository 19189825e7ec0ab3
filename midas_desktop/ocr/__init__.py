"""Reading MRZs from images: OpenCV locates the lines, an OCR-B cell classifier (a small CNN run by
OpenCV's DNN module) reads each fixed-pitch cell, and the pure rules of :mod:`midas_desktop.domain.mrz`
repair and judge. Tesseract (through tesserocr) remains as an alternative engine.

Entry point: :func:`read_mrz` (a path, encoded bytes or a camera frame) -> :class:`ReadResult`,
whose ``to_dict()`` is the ``midas mrz read`` contract object. Modules: ``images`` (decoding and
limits), ``locate`` (MRZ lines in any orientation), ``cells`` (fixed-pitch cell cutting),
``classify`` (the CNN), ``decode`` (field-aware choice, check-digit search, confidence verdict),
``recognise`` and ``repair`` (the Tesseract engine), ``portrait`` (face crop), ``reader`` (the
pipeline).
"""

from __future__ import annotations

from .classify import CellClassifier, ClassifierUnavailable, shared_classifier
from .images import ImageError, load_gray
from .reader import ENGINES, ReadResult, read_mrz
from .recognise import Recogniser, RecogniserUnavailable, shared_recogniser

__all__ = [
    "ENGINES",
    "CellClassifier",
    "ClassifierUnavailable",
    "ImageError",
    "ReadResult",
    "Recogniser",
    "RecogniserUnavailable",
    "load_gray",
    "read_mrz",
    "shared_classifier",
    "shared_recogniser",
]
