"""MRZ line strips read by Tesseract's LSTM, kept loaded through tesserocr.

Two uses: the alternative engine (``read_mrz(..., engine="tesseract")``, stock ``eng``, kept for
comparison; the default engine is the OCR-B cell classifier, :mod:`.cells` + :mod:`.classify` +
:mod:`.decode`), and the default engine's second opinion on unsure cells, with Tesseract's LSTM
trained for the MRZ alphabet on OCR-B renders (package data ``resources/ocr/mrz.traineddata``,
``scripts/train_tesseract_mrz.py``; :func:`shared_mrz_recogniser`).

``pytesseract`` starts a process per call (~0.5 s); :class:`Recogniser` keeps one Tesseract instance
loaded (~0.2 s once) and reads a line strip in ~10-25 ms. Stock ``eng`` with a whitelist of the MRZ
alphabet, the dictionaries switched off and single-line page segmentation.

The output is one :class:`Glyph` per recognised symbol with its box and confidence, so that the
caller can place symbols on the fixed OCR-B character pitch (Tesseract collapses runs of '<').

Thread safety: a Tesseract instance is not re-entrant. Each Recogniser guards its instance with a
lock, so one Recogniser may be shared by threads (calls are serialised); for parallel reading, give
each thread its own Recogniser (``Recogniser()`` is cheap after the first: the model file is cached
by the OS, ~0.15 s to initialise).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from midas_desktop.resources import resource

MRZ_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
TESSDATA_CANDIDATES = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)


MRZ_MODEL = "mrz"  # resources/ocr/mrz.traineddata (scripts/train_tesseract_mrz.py)


class RecogniserUnavailable(RuntimeError):
    """Tesseract or its language data cannot be loaded."""


@dataclass(frozen=True)
class Glyph:
    """One recognised symbol: text, box (x0, y0, x1, y1) in the strip, confidence 0-100."""

    text: str
    box: tuple[int, int, int, int]
    confidence: float

    @property
    def center(self) -> float:
        return (self.box[0] + self.box[2]) / 2.0


def tessdata_path() -> str:
    """Where the traineddata files are: MIDAS_TESSDATA, TESSDATA_PREFIX, or Debian's path."""
    project = str(resource("ocr"))
    for candidate in (
        os.environ.get("MIDAS_TESSDATA"),
        os.environ.get("TESSDATA_PREFIX"),
        project,
        *TESSDATA_CANDIDATES,
    ):
        if candidate and Path(candidate, "eng.traineddata").is_file():
            return candidate
    raise RecogniserUnavailable("Tesseract language data not found (apt-get install tesseract-ocr)")


class Recogniser:
    """A loaded Tesseract LSTM model that reads MRZ line strips (see module doc for threads)."""

    def __init__(self, lang: str = "eng", tessdata: str | None = None) -> None:
        try:
            # imported here: the default (CNN) engine runs without Tesseract installed
            import tesserocr  # type: ignore[import-untyped]
        except ImportError as exc:
            raise RecogniserUnavailable(f"tesserocr is not installed: {exc}") from None
        self._tesserocr = tesserocr
        path = tessdata or tessdata_path()
        try:
            self._api = tesserocr.PyTessBaseAPI(
                path=path,
                lang=lang,
                psm=tesserocr.PSM.SINGLE_LINE,
                oem=tesserocr.OEM.LSTM_ONLY,
                variables={"load_system_dawg": "0", "load_freq_dawg": "0"},
            )
        except RuntimeError as exc:
            raise RecogniserUnavailable(f"Tesseract could not load '{lang}' from {path}: {exc}") from None
        self._api.SetVariable("tessedit_char_whitelist", MRZ_ALPHABET)
        self._api.SetVariable("classify_bln_numeric_mode", "0")
        self._lock = threading.Lock()

    def read_line(self, strip: np.ndarray) -> list[Glyph]:
        """Symbols of one grayscale line strip (uint8, 2-D), left to right."""
        image = np.ascontiguousarray(strip, dtype=np.uint8)
        height, width = image.shape[:2]
        glyphs: list[Glyph] = []
        with self._lock:
            api = self._api
            api.SetImageBytes(image.tobytes(), width, height, 1, width)
            api.SetSourceResolution(300)
            api.Recognize()
            iterator = api.GetIterator()
            level = self._tesserocr.RIL.SYMBOL
            if iterator is not None:
                while True:
                    try:
                        text = iterator.GetUTF8Text(level)
                    except RuntimeError:  # tesserocr raises for a symbol with no text
                        text = ""
                    box = iterator.BoundingBox(level)
                    if text and box is not None:
                        glyphs.append(Glyph(text.strip(), tuple(box), float(iterator.Confidence(level))))
                    if not iterator.Next(level):
                        break
            api.Clear()
        return settle_fillers(image, [glyph for glyph in glyphs if glyph.text])

    def close(self) -> None:
        with self._lock:
            self._api.End()


def left_stem(binary: np.ndarray, box: tuple[int, int, int, int]) -> float:
    """Share of the glyph's rows with ink in its left quarter: ~1 for K (a stem), ~0.3 for '<'."""
    x0, y0, x1, y1 = box
    cell = binary[max(0, y0) : y1, max(0, x0) : x1]
    if cell.size == 0 or cell.shape[1] < 3:
        return 0.5
    left = cell[:, : max(1, (cell.shape[1] + 3) // 4)]
    return float(np.count_nonzero(left.any(axis=1))) / float(cell.shape[0])


def settle_fillers(image: np.ndarray, glyphs: list[Glyph]) -> list[Glyph]:
    """'<' and 'K' decided by shape: a filler has no left stem (Tesseract confuses the two)."""
    if not any(g.text in ("K", "<") for g in glyphs):
        return glyphs
    _, binary = cv2.threshold(image, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    heights = sorted(g.box[3] - g.box[1] for g in glyphs)
    full = heights[len(heights) // 2]
    out = []
    for g in glyphs:
        width = g.box[2] - g.box[0]
        if g.text == "K" and left_stem(binary, g.box) < 0.6:
            g = Glyph("<", g.box, min(g.confidence, 60.0))
        elif (
            g.text == "<"
            and width < 1.3 * full
            and g.box[3] - g.box[1] > 0.85 * full
            and left_stem(binary, g.box) > 0.9
        ):
            g = Glyph("K", g.box, min(g.confidence, 60.0))
        out.append(g)
    return out


_shared: Recogniser | None = None
_shared_mrz: Recogniser | None = None
_shared_lock = threading.Lock()


def mrz_tessdata() -> str:
    """The folder of the MRZ model (package data), or MIDAS_MRZ_TESSDATA when that names one."""
    for candidate in (os.environ.get("MIDAS_MRZ_TESSDATA"), str(resource("ocr"))):
        if candidate and Path(candidate, f"{MRZ_MODEL}.traineddata").is_file():
            return candidate
    raise RecogniserUnavailable(f"{MRZ_MODEL}.traineddata not found in the package data")


def shared_mrz_recogniser() -> Recogniser:
    """A process-wide Recogniser with the MRZ model, created on first use (calls are serialised)."""
    global _shared_mrz
    with _shared_lock:
        if _shared_mrz is None:
            _shared_mrz = Recogniser(MRZ_MODEL, mrz_tessdata())
        return _shared_mrz


def shared_recogniser() -> Recogniser:
    """A process-wide Recogniser, created on first use (calls through it are serialised)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Recogniser()
        return _shared
