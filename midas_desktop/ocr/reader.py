"""``read_mrz(image) -> ReadResult``: decode, locate, recognise, repair, validate.

Two recognition engines:
- ``cnn`` (default, :mod:`.engine_cnn`): the line strips are cut into their fixed-pitch cells
  (:mod:`.cells`), a small OCR-B CNN gives class probabilities per cell (:mod:`.classify`), and
  :mod:`.decode` picks the most probable admitted symbols, repairs by check digits and judges the
  confidence. Better than Tesseract by measurement (``scripts/bench_mrz.py``).
- ``tesseract``: stock Tesseract ``eng`` per line (:mod:`.recognise`) with the pitch fit and
  look-alike repair of :mod:`.repair` (kept for comparison).

Where the time goes for one image (median of the benchmark, one core; ``ReadResult.timings``):
image decode ~5 ms, locate ~15 ms, cells ~13 ms, CNN ~20 ms, decode < 2 ms, portrait ~24 ms;
~90 ms in all (Tesseract: ~70 ms for its recognition instead).

The verdict is always :func:`check_mrz` on the final lines, and a reading whose characters are not
all confidently seen is never reported valid (error: "... verify the lines by eye").
"""

from __future__ import annotations

import dataclasses
import datetime
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from midas_desktop.domain.mrz import MrzResult, check_mrz

from . import engine_cnn
from .classify import CellClassifier, shared_classifier
from .decode import Decoded
from .images import ImageError, ImageSource, load_gray
from .locate import WORK_SIDE, LineCut, MrzRegion, enhanced, locate
from .portrait import find_portrait
from .recognise import Recogniser, RecogniserUnavailable, shared_mrz_recogniser, shared_recogniser
from .repair import ambiguity_search, checks_agree, fit_line, forced, layout_for

ENGINES = ("cnn", "tesseract")
DEFAULT_ENGINE = "cnn"

FLIP_CONFIDENCE = 55.0
CERTAIN = 70.0  # min cell confidence (0-100), and no repair, for a valid verdict


@dataclass
class ReadResult:
    """One image's reading: the MRZ result (None when no MRZ was read) and the contract's extras."""

    path: str | None
    result: MrzResult | None
    ms: float
    error: str | None
    confidence: list[float] = field(default_factory=list)
    portrait: dict[str, int] | None = None
    raw_lines: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # ms per stage (not in to_dict)
    #: The reading is not valid and some character was of low confidence or repaired: what was read
    #: may differ from what is printed (a phone photo's 8 read as 3), as opposed to a crisp reading of
    #: data that disagrees with its check digits.
    unsure: bool = False

    @property
    def valid(self) -> bool:
        return self.result is not None and self.result.valid

    @property
    def lines(self) -> list[str]:
        return list(self.result.lines) if self.result is not None else []

    def to_dict(self) -> dict[str, object]:
        """The contract's ``mrz read`` object: the MRZ result object plus path, ms, error, ..."""
        if self.result is not None:
            base = self.result.to_dict()
        else:
            base = {
                "valid": False,
                "type": None,
                "lines": [],
                "fields": None,
                "checks": {},
                "findings": [],
                "expired": None,
            }
        base.update(
            {
                "path": self.path,
                "ms": round(self.ms, 1),
                "error": self.error,
                "confidence": [round(c, 3) for c in self.confidence],
                "portrait": self.portrait,
            }
        )
        return base


@dataclass
class _Reading:
    lines: list[str]
    confidence: list[float]
    result: MrzResult
    raw: list[str]
    unsure: bool = False
    decoded: Decoded | None = None  # the CNN engine's decoding (probabilities, repairs, unsure cells)
    probs: list[np.ndarray] | None = None
    fits: bool = True  # geometry: lines that start and end together in clear margins, in the frame

    def score(self) -> tuple[int, int, int, int, int, float]:
        """Valid first; then lines in which only check digits fail (garbage can agree with its
        check digits by chance, hardly with the document code, the country codes and the dates
        too); then lines that fit where they were found (a 44-cell line read as 36 cells may agree
        with every check digit of an MRV-B while glyphs run on past its end); then the fewest
        errors, the most check digits that agree, and confidence."""
        checks_ok = sum(1 for outcome in self.result.checks.values() if outcome.ok)
        errors = [finding for finding in self.result.findings if finding.severity == "error"]
        plausible = self.result.type is not None and all(f.problem == "check digit" for f in errors)
        return (
            int(self.result.valid),
            int(plausible),
            int(self.fits),
            -len(errors),
            checks_ok,
            float(np.mean(self.confidence)) if self.confidence else 0.0,
        )


def _line_length(region: MrzRegion) -> int:
    if len(region.lines) == 3:
        return 30
    glyphs = float(np.median([cut.glyphs for cut in region.lines]))
    return 36 if abs(glyphs - 36) < abs(glyphs - 44) else 44


def _read_cut(recogniser: Recogniser, cut: LineCut, length: int) -> tuple[str, list[float], str, list[float]]:
    glyphs = recogniser.read_line(cut.image)
    anchor = cut.first_center if cut.glyphs == length else None
    fitted = fit_line(glyphs, length, cut.pitch, anchor)
    raw = "".join(g.text for g in glyphs)
    return fitted.text, fitted.confidence, raw, fitted.heights


_LINE1 = re.compile(r"^[PIACV][A-Z0-9<][A-Z<]{3}")


def _first_line(
    recogniser: Recogniser, region: MrzRegion, length: int
) -> tuple[str, list[float], str, list[float]]:
    return _read_cut(recogniser, region.lines[0], length)


def _read_region(
    recogniser: Recogniser,
    region: MrzRegion,
    today: datetime.date | None,
    first: tuple[str, list[float], str, list[float]] | None = None,
) -> _Reading:
    length = _line_length(region)
    texts: list[str] = []
    confs: list[list[float]] = []
    raws: list[str] = []
    heights: list[list[float]] = []
    for index, cut in enumerate(region.lines):
        if index == 0 and first is not None:
            text, conf, raw, height = first
        else:
            text, conf, raw, height = _read_cut(recogniser, cut, length)
        heights.append(height)
        texts.append(text)
        confs.append(conf)
        raws.append(raw)
    layout = layout_for(texts)
    lines = texts
    changed = [0] * len(texts)
    if layout is not None:
        fixed = forced(texts, layout)
        lines, changed = fixed.lines, fixed.changed
        if not checks_agree(lines, layout):
            searched = ambiguity_search(lines, layout, confs, heights)
            if searched is not None:
                lines = searched.lines
                changed = [a + b for a, b in zip(changed, searched.changed, strict=True)]
    result = check_mrz(lines, today=today)
    uncertain = min(min(c) for c in confs) < CERTAIN or any(changed)
    if result.valid and uncertain:
        # names, MRV optional data and G/6, K/< are not (or not fully) protected by check digits:
        # a reading with an unsure cell or a repair is never reported valid.
        result = dataclasses.replace(result, valid=False)
    line_conf = []
    for conf, count in zip(confs, changed, strict=True):
        value = float(np.mean(conf)) / 100.0
        line_conf.append(max(0.0, min(1.0, value * (0.9**count))))
    return _Reading(lines, line_conf, result, raws, result.valid is False and uncertain)


def _candidates(regions: list[MrzRegion]) -> list[MrzRegion]:
    out: list[MrzRegion] = []
    for region in regions:
        if len(region.lines) == 3 and float(np.median([c.glyphs for c in region.lines])) > 37:
            # a row of printed text next to a two-line MRZ
            out.append(MrzRegion(region.lines[1:], region.angle, region.char_height))
            out.append(MrzRegion(region.lines[:2], region.angle, region.char_height))
        else:
            out.append(region)
    return out


_Line = tuple[str, list[float], str, list[float]]


def _orient(recogniser: Recogniser, region: MrzRegion) -> tuple[MrzRegion, _Line]:
    """Which way up: the first line read as an MRZ first line, else the more confident way."""
    length = _line_length(region)
    upright = _first_line(recogniser, region, length)
    if _LINE1.match(upright[0]) and float(np.mean(upright[1])) >= FLIP_CONFIDENCE:
        return region, upright
    flipped_region = region.flipped()
    flipped = _first_line(recogniser, flipped_region, length)
    up_ok, flip_ok = bool(_LINE1.match(upright[0])), bool(_LINE1.match(flipped[0]))
    if (flip_ok, float(np.mean(flipped[1]))) > (up_ok, float(np.mean(upright[1]))):
        return flipped_region, flipped
    return region, upright


def read_gray(
    gray: np.ndarray,
    recogniser: Recogniser | None = None,
    today: datetime.date | None = None,
    engine: str = DEFAULT_ENGINE,
    classifier: CellClassifier | None = None,
    timings: dict[str, float] | None = None,
) -> tuple[_Reading | None, MrzRegion | None]:
    """The best reading of a grayscale image and the region it came from."""
    timings = timings if timings is not None else {}
    best: _Reading | None = None
    best_region: MrzRegion | None = None
    for attempt in SEARCHES:
        if best is not None and _settled(best):
            break
        start = time.perf_counter()
        image = enhanced(gray) if attempt.enhance else gray
        regions = _candidates(locate(image, work_side=attempt.work_side))[:3]
        timings["locate"] = timings.get("locate", 0.0) + (time.perf_counter() - start) * 1000
        reading, region = _read_regions(regions, gray, recogniser, today, engine, classifier, timings)
        if reading is not None and (best is None or reading.score() > best.score()):
            best, best_region = reading, region
    return best, best_region


@dataclass(frozen=True)
class _Search:
    work_side: int
    enhance: bool


# The first search, then, only while nothing plausible was read, a finer one (small MRZs on dense
# pages, large frames), and a finer one on a contrast-raised copy (dim photos, print under a tint).
SEARCHES = (_Search(WORK_SIDE, False), _Search(1600, False), _Search(1600, True))


def _tesseract_if_installed() -> Recogniser | None:
    """Tesseract with the MRZ model for a second opinion on unsure cells, when tesserocr is
    installed (else none: the cells stay unsure)."""
    try:
        return shared_mrz_recogniser()
    except RecogniserUnavailable:
        return None


def _stock_tesseract_if_installed() -> Recogniser | None:
    """Tesseract's stock ``eng``, to check a correction the MRZ model proposes (else none)."""
    try:
        return shared_recogniser()
    except RecogniserUnavailable:
        return None


def _settled(reading: _Reading) -> bool:
    """Nothing better is to be expected from another search: valid, or lines that fit where they
    were found and every check digit agrees under a document code the layout admits (what is left
    wrong is printed so: a date of '000000', an unknown code; or unsure characters)."""
    result = reading.result
    return result.valid or (
        reading.fits
        and result.type is not None
        and bool(result.checks)
        and all(outcome.ok for outcome in result.checks.values())
        and not any(f.problem == "unknown document code" for f in result.findings)
    )


def _read_regions(
    regions: list[MrzRegion],
    gray: np.ndarray,
    recogniser: Recogniser | None,
    today: datetime.date | None,
    engine: str,
    classifier: CellClassifier | None,
    timings: dict[str, float],
) -> tuple[_Reading | None, MrzRegion | None]:
    best: _Reading | None = None
    best_region: MrzRegion | None = None
    for region in regions:
        if engine == "tesseract":
            recogniser = recogniser or shared_recogniser()
            start = time.perf_counter()
            oriented, first = _orient(recogniser, region)
            reading = _read_region(recogniser, oriented, today, first)
            timings["recognise"] = timings.get("recognise", 0.0) + (time.perf_counter() - start) * 1000
        else:
            cnn = engine_cnn.read_region(
                classifier or shared_classifier(),
                region,
                today,
                timings,
                gray.shape,
                second_engine=_tesseract_if_installed,
                check_engine=_stock_tesseract_if_installed,
            )
            if cnn is None:
                continue
            reading = _Reading(
                cnn.lines, cnn.confidence, cnn.result, cnn.raw, cnn.unsure, cnn.decoded, cnn.probs, cnn.fits
            )
            oriented = cnn.region
        if best is None or reading.score() > best.score():
            best, best_region = reading, oriented
        if _settled(reading):
            break
    return best, best_region


def read_mrz(
    image: ImageSource,
    recogniser: Recogniser | None = None,
    today: datetime.date | None = None,
    want_portrait: bool = True,
    engine: str | None = None,
    classifier: CellClassifier | None = None,
) -> ReadResult:
    """Read the MRZ of an image file path, encoded bytes or a camera frame (never raises for bad input).

    ``engine``: ``"cnn"`` (default) or ``"tesseract"``; a ``recogniser`` given without an engine
    selects Tesseract.
    """
    if engine is None:
        engine = "tesseract" if recogniser is not None else DEFAULT_ENGINE
    if engine not in ENGINES:
        raise ValueError(f"unknown OCR engine {engine!r} (choose from {', '.join(ENGINES)})")
    start = time.perf_counter()
    timings: dict[str, float] = {}
    path = str(image) if isinstance(image, str | Path) else None
    try:
        gray = load_gray(image)
    except ImageError as exc:
        return ReadResult(path, None, (time.perf_counter() - start) * 1000, str(exc))
    timings["image"] = (time.perf_counter() - start) * 1000
    reading, region = read_gray(gray, recogniser, today, engine, classifier, timings)
    portrait = None
    if want_portrait and region is not None:
        began = time.perf_counter()
        portrait = find_portrait(gray, region)
        timings["portrait"] = (time.perf_counter() - began) * 1000
    ms = (time.perf_counter() - start) * 1000
    if reading is None:
        return ReadResult(
            path, None, ms, "no machine readable zone found", portrait=portrait, timings=timings
        )
    error = None
    if reading.result.type is None:
        error = "the text found does not fit any MRZ layout"
    elif (
        reading.unsure
        and (layout := layout_for(reading.lines)) is not None
        and checks_agree(reading.lines, layout)
    ):
        error = "check digits agree but some characters are unsure: verify the lines by eye"
    return ReadResult(
        path, reading.result, ms, error, reading.confidence, portrait, reading.raw, timings, reading.unsure
    )
