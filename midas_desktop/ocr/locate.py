"""Finding the MRZ in a grayscale image, in any orientation, and cutting out its lines.

Method (all on a copy scaled to ``WORK_SIDE`` pixels on its long side, ~5-15 ms):
1. Dark strokes: a black-hat filter, then Otsu's threshold; connected components of glyph size.
2. Text directions: the angles (mod 180) under which the component centres fall into the sharpest
   rows (a projection histogram scored by the sum of squares), refined to a quarter degree; up to
   three of them, since a document may lie at an angle on a printed page.
3. Rows: components grouped by their position across the direction, split where the gap along the
   row is wide; an MRZ line is a long run (>= 20 glyphs) of glyphs of one height at one pitch.
4. The MRZ: 2 or 3 adjacent, parallel runs of similar extent, ranked by glyph count weighed by the
   regularity of the pitch (the MRZ is fixed-pitch; running text is not).
   Each line gets its own straight-line fit (handles perspective) and is cut from the full-resolution
   image by an affine warp to a fixed glyph height, ready for the recogniser.
The result is upright only up to 180 degrees: the reader tries the flipped reading when needed.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import cv2
import numpy as np

WORK_SIDE = 1000
GLYPH_HEIGHT = 26  # target glyph height in the line crops (Tesseract likes 25-40 px capitals)
MIN_GLYPHS = 18


@dataclass(frozen=True)
class LineCut:
    """One MRZ line cut out upright: ``image`` (grayscale), glyph count seen, pitch in crop pixels."""

    image: np.ndarray
    glyphs: int
    pitch: float
    first_center: float  # x of the first glyph's centre in ``image``
    last_center: float
    quad: tuple[tuple[float, float], ...]  # corners in the original image (for the portrait search)


@dataclass(frozen=True)
class MrzRegion:
    """The MRZ lines top to bottom in reading direction (or all flipped), with geometry."""

    lines: tuple[LineCut, ...]
    angle: float  # degrees, direction of the lines in the original image
    char_height: float  # in original pixels

    def flipped(self) -> MrzRegion:
        """The same lines turned by 180 degrees (for upside-down documents)."""
        lines = tuple(
            LineCut(
                image=cv2.rotate(cut.image, cv2.ROTATE_180),
                glyphs=cut.glyphs,
                pitch=cut.pitch,
                first_center=cut.image.shape[1] - 1 - cut.last_center,
                last_center=cut.image.shape[1] - 1 - cut.first_center,
                quad=cut.quad[2:] + cut.quad[:2],
            )
            for cut in reversed(self.lines)
        )
        return MrzRegion(lines, (self.angle + 180.0) % 360.0, self.char_height)


@dataclass(frozen=True)
class _Glyphs:
    """Glyph boxes as arrays (centre x, y; width, height)."""

    x: np.ndarray
    y: np.ndarray
    w: np.ndarray
    h: np.ndarray


RULE_LENGTH = 45  # work pixels: ink running straight this far is a ruled line, not a glyph's stroke


def without_rules(binary: np.ndarray, length: int, reach: int = 4) -> np.ndarray:
    """``binary`` (ink 255) less its straight horizontal and vertical runs of ``length`` pixels or
    more: the edges of a box drawn round the zone, a table's rules, a page's border. A rule that
    touches a line's glyphs would join them into one blob. Where a rule crosses a glyph's stroke
    (other ink on both sides of it within ``reach`` pixels) it is kept: the glyph stays whole."""
    rules = [
        cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, size))
        for size in ((length, 1), (1, length))
    ]
    if not any(rule.any() for rule in rules):
        return binary
    rest = cv2.subtract(binary, cv2.bitwise_or(rules[0], rules[1]))
    removed = np.zeros_like(binary)
    # across a horizontal rule: ink above and below it; across a vertical one: left and right (a
    # kernel anchored at one end spreads ink one way only)
    for rule, across, near, far in (
        (rules[0], np.ones((reach + 1, 1), np.uint8), (0, 0), (0, reach)),
        (rules[1], np.ones((1, reach + 1), np.uint8), (0, 0), (reach, 0)),
    ):
        if not rule.any():
            continue
        one_side = cv2.dilate(rest, across, anchor=near)
        other_side = cv2.dilate(rest, across, anchor=far)
        crossing = cv2.bitwise_and(rule, cv2.bitwise_and(one_side, other_side))
        removed = cv2.bitwise_or(removed, cv2.subtract(rule, crossing))
    out: np.ndarray = cv2.subtract(binary, removed)
    return out


def _components(work: np.ndarray) -> _Glyphs:
    """Glyph-sized dark blobs of ``work`` (several kernel sizes are not needed: 1000 px is enough)."""
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (21, 21))
    blackhat = cv2.morphologyEx(work, cv2.MORPH_BLACKHAT, kernel)
    _, binary = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    binary = without_rules(binary, RULE_LENGTH)
    # (block-based decision trees: the same components, a third of the default algorithm's time)
    _count, _, stats, centroids = cv2.connectedComponentsWithStatsWithAlgorithm(
        binary, 8, cv2.CV_32S, cv2.CCL_BBDT
    )
    w, h, area = (stats[1:, i].astype(np.float64) for i in (2, 3, 4))
    keep = (h >= 4) & (h <= 70) & (w <= 70) & (area >= 6)
    solid = (area > 0.95 * w * h) & (np.minimum(w, h) > 6)  # solid blocks are not glyphs
    keep &= ~solid
    centres = centroids[1:][keep]
    return _Glyphs(centres[:, 0].astype(np.float64), centres[:, 1].astype(np.float64), w[keep], h[keep])


def _apart(first: float, second: float) -> float:
    """Degrees between two directions (mod 180)."""
    gap = abs(first - second) % 180.0
    return min(gap, 180.0 - gap)


def _directions(
    points: np.ndarray, count: int = 3, bin_size: float = 3.0, heights: np.ndarray | None = None
) -> list[float]:
    """Up to ``count`` row directions in degrees [0, 180), sharpest first: the page's own text may
    run at another angle than the document's (a card lying on a printed page, a bent page).
    ``heights``: each glyph's height; glyphs of every size then weigh alike in all (a card's few
    rows of one size against a page full of print of another), each size per row of its own."""
    if heights is None:
        sizes = np.zeros(len(points), dtype=np.int64)
        weights = np.ones(len(points))
    else:
        sizes = np.round(np.log(np.maximum(heights, 1.0)) / np.log(1.25)).astype(np.int64)
        sizes -= sizes.min()
        weights = 1.0 / np.bincount(sizes)[sizes]

    def scores(angles: np.ndarray) -> np.ndarray:
        rad = np.deg2rad(angles)
        # distance across the row direction for every (angle, point)
        across = -points[None, :, 0] * np.sin(rad)[:, None] + points[None, :, 1] * np.cos(rad)[:, None]
        bins = np.floor(across / bin_size).astype(np.int64)
        bins -= bins.min(axis=1, keepdims=True)
        width = int(bins.max()) + 1
        result = np.empty(len(angles))
        for i in range(len(angles)):
            hist = np.bincount(bins[i] + width * sizes, weights=weights)
            result[i] = float(np.sum(hist**2))
        return result

    coarse = np.arange(0.0, 180.0, 1.5)
    coarse_scores = scores(coarse)
    # local maxima only (the main direction's shoulders are not directions of their own), down to a
    # small share of the best: a card's few rows next to a page full of text score far lower
    local = (coarse_scores >= np.roll(coarse_scores, 1)) & (coarse_scores >= np.roll(coarse_scores, -1))
    peaks: list[float] = []
    for index in np.argsort(-coarse_scores):
        angle = float(coarse[index])
        if coarse_scores[index] < 0.05 * coarse_scores.max() or len(peaks) == count:
            break
        if not local[index]:
            continue
        if peaks and _apart(angle, peaks[0] + 90.0) < 6.0:
            continue  # the columns of the main text, not rows of their own
        if all(_apart(angle, other) >= 2.5 for other in peaks):
            peaks.append(angle)
    out = []
    for peak in peaks:
        fine = peak + np.arange(-1.5, 1.51, 0.25)
        out.append(float(fine[int(np.argmax(scores(fine)))]) % 180.0)
    return out


@dataclass
class _Run:
    glyphs: list[tuple[float, float, float, float]]  # (u, v, w, h) in the rotated frame
    u0: float
    u1: float
    v: float
    height: float
    pitch: float


def _line_fit(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Least-squares y = slope * x + intercept (np.polyfit's answer, without its overhead)."""
    mx, my = float(x.mean()), float(y.mean())
    dx = x - mx
    spread = float(np.dot(dx, dx))
    slope = float(np.dot(dx, y - my)) / spread if spread > 0 else 0.0
    return slope, my - slope * mx


def _rows(glyphs: _Glyphs, angle: float) -> list[_Run]:
    """Runs of glyphs along ``angle``: rows (glyphs at one position across the direction, chained
    by gaps smaller than their own size) cut where the gap along them is wide."""
    arrays = glyphs
    rad = math.radians(angle)
    cos, sin = math.cos(rad), math.sin(rad)
    u = arrays.x * cos + arrays.y * sin
    v = -arrays.x * sin + arrays.y * cos
    # extent across the row and along it: the box projected roughly
    h = np.abs(arrays.h * cos) + np.abs(arrays.w * sin)
    w = np.abs(arrays.w * cos) + np.abs(arrays.h * sin)
    order = np.argsort(v, kind="stable")
    u, v, w, h = u[order], v[order], w[order], h[order]
    runs: list[_Run] = []
    if len(v) == 0:
        return runs
    # the tolerance across the row follows the glyphs' own size: an MRZ on a card lying on a
    # page of smaller print must not be split by the page's tolerance
    breaks = np.diff(v) > np.maximum(2.0, 0.45 * np.minimum(h[1:], h[:-1]))
    bounds = np.concatenate([[0], np.flatnonzero(breaks) + 1, [len(v)]])
    for first, last in itertools.pairwise(bounds):
        if last - first < MIN_GLYPHS:
            continue
        for row in _split_rows(u[first:last], v[first:last], w[first:last], h[first:last]):
            if len(row) < MIN_GLYPHS:
                continue
            us = u[first:last][row]
            along = np.argsort(us, kind="stable")
            row = row[along]
            us = us[along]
            gaps = np.diff(us)
            pitch = float(np.median(gaps))
            if pitch <= 1.0:
                continue
            cuts = np.concatenate([[0], np.flatnonzero(gaps > 3.2 * pitch) + 1, [len(us)]])
            for a, b in itertools.pairwise(cuts):
                if b - a >= MIN_GLYPHS:
                    chosen = first + row[a:b]
                    _add_run(
                        runs,
                        list(
                            zip(
                                u[chosen].tolist(),
                                v[chosen].tolist(),
                                w[chosen].tolist(),
                                h[chosen].tolist(),
                                strict=True,
                            )
                        ),
                    )
    return runs


_Item = tuple[float, float, float, float]  # (u, v, w, h) of a glyph in the rotated frame


def _split_rows(us: np.ndarray, vs: np.ndarray, ws: np.ndarray, hs: np.ndarray) -> list[np.ndarray]:
    """One group of glyphs chained across several rows (print at another angle bridges the gaps
    between them) split into rows, as index arrays into the group: the most crowded position
    across the rows first, with the glyphs within a third of a glyph height of it, then the next,
    while one holds enough glyphs."""
    everything = np.arange(len(vs))
    if len(vs) < MIN_GLYPHS:
        return [everything]
    height = float(np.median(hs))
    if float(np.ptp(vs)) <= 1.5 * height:
        return [everything]
    left = np.ones(len(vs), dtype=bool)
    label = np.full(len(vs), -1, dtype=np.int64)
    reach = max(1.5, height / 3)
    low = float(vs.min())
    width = max(1, round(reach))
    offsets = np.round(vs - low).astype(np.int64)
    count = 0
    while np.count_nonzero(left) >= MIN_GLYPHS:
        # glyphs per pixel across the rows, summed over a window of twice the reach: the densest
        # position is a row's middle
        histogram = np.bincount(offsets[left])
        window = np.convolve(histogram, np.ones(2 * width + 1), mode="same")
        peak = int(np.argmax(window))
        if window[peak] < MIN_GLYPHS:
            break
        near = left & (np.abs(vs - low - peak) <= reach)
        middle = float(np.median(vs[near])) if near.any() else low + peak
        members = left & (np.abs(vs - middle) <= reach)
        for _ in range(3):
            # the row may run at a slight angle to the direction found (perspective, a bent
            # page): follow it with a straight-line fit through its glyphs so far
            if np.count_nonzero(members) < 3 or float(np.ptp(us[members])) <= 0:
                break
            slope, intercept = _line_fit(us[members], vs[members])
            members = left & (np.abs(vs - (slope * us + intercept)) <= reach)
        if not members.any():
            break
        label[members] = count
        count += 1
        left &= ~members
    order = np.argsort(label, kind="stable")
    bounds = np.searchsorted(label[order], np.arange(count + 1))
    return [order[bounds[k] : bounds[k + 1]] for k in range(count)]


def _add_run(runs: list[_Run], segment: list[tuple[float, float, float, float]]) -> None:
    if len(segment) < MIN_GLYPHS:
        return
    us = np.array([item[0] for item in segment])
    heights = np.array([item[3] for item in segment])
    pitch = float(np.median(np.diff(us)))
    # the glyph height of the MRZ is uniform; drop runs made of mixed sizes
    height = float(np.median(heights))
    runs.append(
        _Run(segment, float(us[0]), float(us[-1]), float(np.median([i[1] for i in segment])), height, pitch)
    )


def _trimmed(run: _Run, u0: float, u1: float) -> _Run | None:
    """The part of ``run`` between u0 and u1, or None if too short to be an MRZ line."""
    segment = [item for item in run.glyphs if u0 <= item[0] <= u1]
    if len(segment) < MIN_GLYPHS or len(segment) == len(run.glyphs):
        return None
    runs: list[_Run] = []
    _add_run(runs, segment)
    return runs[0] if runs else None


def _matches(last: _Run, other: _Run) -> bool:
    length = max(last.u1 - last.u0, 1.0)
    if abs(other.u0 - last.u0) > 0.12 * length + 2 * last.pitch:
        return False
    return abs((other.u1 - other.u0) - length) <= 0.2 * length + 2 * last.pitch


def _aligned_pair(last: _Run, other: _Run) -> tuple[_Run, _Run] | None:
    """``last`` and ``other`` as two lines of one MRZ, one of them cut to the other's extent when
    a row ran on into neighbouring print (a card lying on a printed page)."""
    if _matches(last, other):
        return last, other
    margin = 1.5 * last.pitch
    cut_other = _trimmed(other, last.u0 - margin, last.u1 + margin)
    if cut_other is not None and _matches(last, cut_other):
        return last, cut_other
    cut_last = _trimmed(last, other.u0 - margin, other.u1 + margin)
    if cut_last is not None and _matches(cut_last, other):
        return cut_last, other
    return None


def _group(runs: list[_Run], angle: float = 0.0) -> list[list[_Run]]:
    """Sets of 2-3 adjacent runs of similar extent: the candidate MRZs, best first. ``angle``: the
    rows' direction in degrees; a glyph's upright box, measured across rows at an angle, overstates
    its height by up to |cos| + |sin| (1.4 at 45 degrees: the lines of an MRZ turned by 52 degrees,
    23 px apart, had glyphs measured 21 px high, and no line seemed far enough below the other)."""
    rad = math.radians(angle)
    overstated = abs(math.cos(rad)) + abs(math.sin(rad))
    runs = sorted(runs, key=lambda run: run.v)
    candidates: list[tuple[float, list[_Run]]] = []
    for i, first in enumerate(runs):
        chain = [first]
        while len(chain) < 3:
            last = chain[-1]
            # the next line: of the rows that fit under this one, the nearest; of several there
            # (the same row found among glyphs of two sizes), one that fits uncut, the most glyphs
            options: list[tuple[float, int, int, tuple[_Run, _Run]]] = []
            for other in runs[i + 1 :]:
                spacing = other.v - last.v
                if spacing < 1.1 * last.height / overstated:
                    continue
                if spacing > 4.0 * last.height:
                    break
                pair = _aligned_pair(last, other)
                if pair is None or (pair[0] is not last and len(chain) > 1):
                    continue  # (a middle line cut short no longer fits the line above it)
                uncut = int(pair[0] is last and pair[1] is other)
                options.append((spacing, uncut, len(pair[1].glyphs), pair))
            if not options:
                break
            nearest = min(option[0] for option in options)
            close = [option for option in options if option[0] <= nearest + 0.5 * last.height]
            pair = max(close, key=lambda option: (option[1], option[2]))[3]
            chain[-1] = pair[0]
            chain.append(pair[1])
        if len(chain) >= 2:
            glyphs = sum(len(run.glyphs) for run in chain)
            candidates.append((glyphs + 0.001 * first.v, chain))
    candidates.sort(key=lambda item: -item[0])
    return [chain for _, chain in candidates]


def _cut_line(
    gray: np.ndarray, run: _Run, angle: float, scale: float, pitch_work: float, height_work: float
) -> LineCut:
    """Warp one line from the full-resolution image to an upright strip."""
    us = np.array([item[0] for item in run.glyphs])
    vs = np.array([item[1] for item in run.glyphs])
    slope, intercept = np.polyfit(us, vs, 1) if len(us) > 2 else (0.0, float(vs.mean()))
    for _ in range(2):
        # print that touches the row (a caption, an annotation mark) must not tilt the fit: refit
        # on the glyphs that lie on the line
        keep = np.abs(vs - (slope * us + intercept)) < 0.3 * height_work
        if np.count_nonzero(keep) < max(3, len(us) // 2):
            break
        slope, intercept = np.polyfit(us[keep], vs[keep], 1)
    rad = math.radians(angle)
    cos, sin = math.cos(rad), math.sin(rad)

    def to_image(u: float, v: float) -> tuple[float, float]:
        x = u * cos - v * sin
        y = u * sin + v * cos
        return x / scale, y / scale

    # Faint fillers at a line's end may be missing from the run: pad up to the next MRZ length so
    # that the cell fit (cells.py) still finds the whole line inside the strip. A run far from
    # every MRZ length is part of a line (the rest ran into a picture or a barcode, or was too
    # faint): pad up to a whole passport line on either side.
    count = len(run.glyphs)
    nearest = min((30, 36, 44), key=lambda n: abs(n - count))
    missing = max(nearest - count, 0) if abs(nearest - count) <= 2 else max(44 - count, 0)
    pad_u = (1.5 + min(missing, 26)) * pitch_work
    half = 0.8 * height_work
    u0, u1 = run.u0 - pad_u, run.u1 + pad_u
    mid0, mid1 = slope * u0 + intercept, slope * u1 + intercept
    tl = to_image(u0, mid0 - half)
    tr = to_image(u1, mid1 - half)
    br = to_image(u1, mid1 + half)
    bl = to_image(u0, mid0 + half)
    factor = GLYPH_HEIGHT / max(height_work, 1.0)
    out_w = round((u1 - u0) * factor)
    out_h = round(2 * half * factor)
    src = np.array([tl, tr, bl], dtype=np.float32)
    dst = np.array([[0, 0], [out_w - 1, 0], [0, out_h - 1]], dtype=np.float32)
    matrix = cv2.getAffineTransform(src, dst)
    shrink = (out_h / max(1.0, 2 * half / scale)) < 1.0
    image = cv2.warpAffine(
        gray,
        matrix,
        (out_w, out_h),
        flags=cv2.INTER_AREA if shrink else cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_REPLICATE,
    )
    first = (run.u0 - u0) * factor
    last = (run.u1 - u0) * factor
    pitch = (last - first) / max(len(run.glyphs) - 1, 1)
    return LineCut(image, len(run.glyphs), pitch, first, last, (tl, tr, br, bl))


def work_image(gray: np.ndarray, side: int = WORK_SIDE) -> tuple[np.ndarray, float]:
    """``gray`` scaled to ``side`` pixels on its long side, and the scale factor used."""
    scale = side / max(gray.shape[:2])
    if scale >= 1:
        return cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_LINEAR), scale
    # pixel averaging by a whole factor first (OpenCV's fast path, ~0.2 ms for a 2 MP frame), then
    # by the rest: the same result as one averaging by a fraction, which costs ~6 ms
    factor = int(1 / scale)
    source = gray
    if factor < 2:
        # less than halved: the pixels in between (~1 ms for a 2 MP frame, averaging ~4 ms)
        return cv2.resize(
            gray, (round(gray.shape[1] * scale), round(gray.shape[0] * scale)), interpolation=cv2.INTER_LINEAR
        ), scale
    if factor >= 2:
        height, width = gray.shape[:2]
        source = cv2.resize(
            gray[: height - height % factor, : width - width % factor],
            (width // factor, height // factor),
            interpolation=cv2.INTER_AREA,
        )
    work = cv2.resize(
        source, (round(gray.shape[1] * scale), round(gray.shape[0] * scale)), interpolation=cv2.INTER_AREA
    )
    return work, scale


def enhanced(gray: np.ndarray) -> np.ndarray:
    """Local contrast raised (CLAHE): a dim photo, or print under a tint, for the second search."""
    clahe = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8))
    out: np.ndarray = clahe.apply(gray)
    return out


def _regularity(chain: list[_Run]) -> float:
    """Share of the gaps between neighbouring glyphs that are one pitch (0.7-1.3): ~1 for the
    fixed-pitch MRZ, much less for proportional print and for rows that run into other text."""
    good = total = 0
    for run in chain:
        gaps = np.diff([item[0] for item in run.glyphs]) / max(run.pitch, 1e-6)
        good += int(np.count_nonzero((gaps > 0.7) & (gaps < 1.3)))
        total += len(gaps)
    return good / max(total, 1)


# Overlapping bands of glyph height (work pixels): the MRZ's glyphs are all of one size, and rows
# are looked for among glyphs of about that size only, so that smaller or larger print around (a
# card lying on a printed page) cannot run into them.
HEIGHT_BANDS = ((4, 9), (5, 12), (7, 16), (9, 21), (12, 28), (16, 37), (21, 50), (28, 70))


def _height_bands(glyphs: _Glyphs) -> list[_Glyphs]:
    """All glyphs together (a camera's perspective makes a line's glyphs grow along it), then the
    glyphs of each band of HEIGHT_BANDS."""
    bands = [glyphs]
    seen = {np.ones(len(glyphs.h), dtype=bool).tobytes()}
    for low, high in HEIGHT_BANDS:
        inside = (glyphs.h >= low) & (glyphs.h <= high)
        key = inside.tobytes()
        if np.count_nonzero(inside) >= 2 * MIN_GLYPHS and key not in seen:  # (a band seen is skipped)
            seen.add(key)
            bands.append(_Glyphs(glyphs.x[inside], glyphs.y[inside], glyphs.w[inside], glyphs.h[inside]))
    return bands


def _unique(runs: list[_Run]) -> list[_Run]:
    """The runs less those found twice (in two overlapping height bands)."""
    seen: set[tuple[int, float, float, float]] = set()
    out = []
    for run in runs:
        key = (len(run.glyphs), round(run.u0, 1), round(run.u1, 1), round(run.v, 1))
        if key not in seen:
            seen.add(key)
            out.append(run)
    return out


def _likeness(chain: list[_Run]) -> float:
    """How much a chain of rows looks like an MRZ: its glyphs, counted up to a line's 44 (a row of
    running text has far more), weighed by the regularity of the pitch."""
    glyphs = 0.0
    for run in chain:
        count = len(run.glyphs)
        glyphs += count if count <= 50 else 50.0 * 50.0 / count
    return glyphs * _regularity(chain) ** 2


def _textbook(chain: list[_Run]) -> bool:
    """An MRZ as the rules draw it: 3 rows of 30 glyphs or 2 of 36 or 44, each glyph one pitch
    from the next."""
    counts = {len(run.glyphs) for run in chain}
    if len(counts) != 1:
        return False
    count = counts.pop()
    return ((count == 30 and len(chain) == 3) or (count in (36, 44) and len(chain) == 2)) and (
        _regularity(chain) >= 0.95
    )


def _centre(chain: list[_Run], angle: float) -> tuple[float, float]:
    rad = math.radians(angle)
    u = float(np.mean([(run.u0 + run.u1) / 2 for run in chain]))
    v = float(np.mean([run.v for run in chain]))
    return u * math.cos(rad) - v * math.sin(rad), u * math.sin(rad) + v * math.cos(rad)


def locate(gray: np.ndarray, max_candidates: int = 3, work_side: int = WORK_SIDE) -> list[MrzRegion]:
    """Candidate MRZs of ``gray``, most likely first (empty when nothing MRZ-like is seen).

    Rows are looked for along each of the page's main text directions; the candidates of all of
    them are ranked by glyph count weighed by how regular their pitch is, and the same zone found
    along two directions counts once. ``work_side``: the size the search runs at (a second search
    at another size finds an MRZ whose glyphs were too small or too large for the first)."""
    work, scale = work_image(gray, work_side)
    arrays = _components(work)
    if len(arrays.x) < 2 * MIN_GLYPHS:
        return []
    points = np.stack([arrays.x, arrays.y], axis=1)
    bands = _height_bands(arrays)
    found: list[tuple[float, float, list[_Run]]] = []
    for direction in _directions(points, heights=arrays.h):
        # rows read along +x (up to a quarter turn): a page a little skewed one way or the other
        # comes out upright, not turned half round (the reader then reads it at the first try)
        angle = direction - 180.0 if direction > 90.0 else direction
        runs = _unique([run for band in bands for run in _rows(band, angle)])
        chains = sorted(_group(runs, angle), key=_likeness, reverse=True)[: max_candidates + 1]
        for chain in chains:
            found.append((_likeness(chain), angle, chain))
        if chains and _textbook(chains[0]):
            break  # (the page's other directions would only add candidates read after this one)
    found.sort(key=lambda item: -item[0])
    regions: list[MrzRegion] = []
    centres: list[tuple[float, float, float]] = []
    for _score, angle, chain in found:
        x, y = _centre(chain, angle)
        height = float(np.median([run.height for run in chain]))
        if any(math.hypot(x - cx, y - cy) < 2 * max(height, h) for cx, cy, h in centres):
            continue  # the same zone along another direction
        centres.append((x, y, height))
        pitch = float(np.median([run.pitch for run in chain]))
        cuts = tuple(_cut_line(gray, run, angle, scale, pitch, height) for run in chain)
        regions.append(MrzRegion(cuts, angle, height / scale))
        if len(regions) == max_candidates:
            break
    return regions
