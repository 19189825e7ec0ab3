"""The holder's portrait on the data page: a Haar face search next to the MRZ, made upright.

The MRZ tells which way is up; the image is turned so that the MRZ reads left to right, scaled to
``SEARCH_SIDE`` pixels, and OpenCV's frontal-face cascade searches it. The face box is widened to the
usual portrait proportions and returned as an axis-aligned box in the original image's pixels,
``{"x", "y", "w", "h"}``, or None (no face found, or a drawn one the cascade does not take).
"""

from __future__ import annotations

import threading
from pathlib import Path

import cv2
import numpy as np

from .locate import MrzRegion

SEARCH_SIDE = 480
_cascade: cv2.CascadeClassifier | None = None
_lock = threading.Lock()


def _classifier() -> cv2.CascadeClassifier | None:
    global _cascade
    with _lock:
        if _cascade is None:
            path = Path(cv2.data.haarcascades) / "haarcascade_frontalface_default.xml"  # type: ignore[attr-defined]
            cascade = cv2.CascadeClassifier(str(path))
            if cascade.empty():
                return None
            _cascade = cascade
        return _cascade


def find_portrait(gray: np.ndarray, region: MrzRegion) -> dict[str, int] | None:
    """Bounding box of the portrait crop in ``gray``'s pixels, or None."""
    cascade = _classifier()
    if cascade is None:
        return None
    scale = SEARCH_SIDE / max(gray.shape[:2])
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    h, w = small.shape[:2]
    center = (w / 2.0, h / 2.0)
    rotation = cv2.getRotationMatrix2D(center, region.angle, 1.0)
    cos, sin = abs(rotation[0, 0]), abs(rotation[0, 1])
    new_w, new_h = int(h * sin + w * cos), int(h * cos + w * sin)
    rotation[0, 2] += new_w / 2.0 - center[0]
    rotation[1, 2] += new_h / 2.0 - center[1]
    upright = cv2.warpAffine(small, rotation, (new_w, new_h), borderValue=255)
    min_side = max(20, int(region.char_height * scale * 4))
    faces = cascade.detectMultiScale(upright, scaleFactor=1.2, minNeighbors=4, minSize=(min_side, min_side))
    if len(faces) == 0:
        return None
    x, y, fw, fh = max(faces, key=lambda f: int(f[2]) * int(f[3]))
    # a portrait crop: the face plus hair, neck and shoulders
    x0, x1 = x - 0.35 * fw, x + 1.35 * fw
    y0, y1 = y - 0.5 * fh, y + 1.6 * fh
    inverse = cv2.invertAffineTransform(rotation)
    corners = np.array([[x0, y0, 1], [x1, y0, 1], [x1, y1, 1], [x0, y1, 1]], dtype=np.float64)
    mapped = corners @ inverse.T / scale
    left, top = np.clip(mapped.min(axis=0), 0, None)
    right = min(float(mapped[:, 0].max()), gray.shape[1] - 1)
    bottom = min(float(mapped[:, 1].max()), gray.shape[0] - 1)
    return {"x": int(left), "y": int(top), "w": int(right - left), "h": int(bottom - top)}
