"""The OCR-B cell classifier: a small CNN (``mrz_ocrb.onnx``, package data in ``midas_desktop/resources/ocr``)
run by OpenCV's DNN.

Input: cells from :func:`midas_desktop.ocr.cells.cut_cells` (N, 32, 24), ink 1 and paper 0.
Output: class probabilities (N, 37) over :data:`CLASSES`. The model is trained by
``scripts/train_mrz_model.py`` (PyTorch, training only); at run time only OpenCV and NumPy are
needed. One forward pass for all cells of a document: ~2-5 ms for 90 cells on one core.

Thread safety: a ``cv2.dnn.Net`` is not re-entrant, so each classifier guards its net with a lock.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import cv2
import numpy as np

from midas_desktop.resources import resource

CLASSES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
MODEL_PATH = Path(str(resource("ocr", "mrz_ocrb.onnx")))


class ClassifierUnavailable(RuntimeError):
    """The model file is missing or cannot be loaded."""


class CellClassifier:
    """A loaded cell classifier; :meth:`probabilities` of a batch of cells."""

    def __init__(self, path: str | Path | None = None) -> None:
        model = Path(path or os.environ.get("MIDAS_MRZ_MODEL") or MODEL_PATH)
        if not model.is_file():
            raise ClassifierUnavailable(f"MRZ model not found at {model}")
        try:
            self._net = cv2.dnn.readNetFromONNX(str(model))
        except cv2.error as exc:
            raise ClassifierUnavailable(f"MRZ model {model} cannot be loaded: {exc}") from None
        self._lock = threading.Lock()

    def probabilities(self, cells: np.ndarray) -> np.ndarray:
        """(N, 37) softmax probabilities for (N, H, W) float32 cells."""
        if len(cells) == 0:
            return np.zeros((0, len(CLASSES)), dtype=np.float64)
        blob = np.ascontiguousarray(cells[:, None, :, :], dtype=np.float32)
        with self._lock:
            self._net.setInput(blob)
            logits = self._net.forward().astype(np.float64)
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        out: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
        return out


_shared: CellClassifier | None = None
_shared_lock = threading.Lock()


def shared_classifier() -> CellClassifier:
    """A process-wide classifier, loaded on first use."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = CellClassifier()
        return _shared
