"""Cutting an upright MRZ line strip into its N fixed-pitch character cells.

The MRZ is OCR-B at a fixed pitch and a known length (30, 36 or 44), so the cells are placed by a
1-D fit rather than by the blobs themselves: every cell centre is ``a + b*i + c*i*i`` (the quadratic
term absorbs the foreshortening of a camera frame). The fit uses the ink blobs of the strip, and it
stays right when blobs are missing (faint fillers), merged (touching glyphs) or stray (a stamp, a
printed line), because the pitch and phase are chosen by the number of blobs that fall on the grid.

Each cell becomes a ``CELL_H x CELL_W`` float32 image, ink = 1 and paper = 0 (contrast-stretched
per cell), ready for :mod:`.classify`. The training script cuts its cells with this same code, so
the classifier sees at training time exactly the framing it sees at reading time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

CELL_W = 24
CELL_H = 32
CELL_SPAN_X = 1.2  # a cell image is 1.2 pitches wide: the neighbours' edges are part of the training
CELL_SPAN_Y = 1.45  # and 1.45 glyph heights tall
NOMINAL_LENGTH = 36  # for the grid fit's "covers enough of the line" test


@dataclass(frozen=True)
class CellLine:
    """The N cells of one line: images (N, CELL_H, CELL_W) and where they were cut in the strip."""

    cells: np.ndarray
    centers: np.ndarray  # (N, 2) x, y in strip pixels
    pitch: float
    glyph_height: float
    hits: int  # cells with an ink blob on them (a fit-quality measure)
    evidence: float  # cells with a blob, plus half of those with ink but no blob
    margin: int = 0  # extra cells cut on each side of the line's window (for the reader's shift search)
    blobs: np.ndarray | None = None  # per cell (margins included): an ink blob lies on it

    def window(self, shift: int = 0) -> slice:
        """The slice of ``cells``/``centers`` of the line's cells, moved by ``shift`` cells."""
        length = len(self.centers) - 2 * self.margin
        return slice(self.margin + shift, self.margin + shift + length)


@dataclass(frozen=True)
class _Blob:
    x: float
    y: float
    top: float
    bottom: float
    w: float


def _blobs(strip: np.ndarray, pitch: float) -> tuple[list[_Blob], float, np.ndarray]:
    """Ink blobs of glyph size, the typical full glyph height and the ink mask."""
    height = strip.shape[0]
    size = max(3, round(pitch * 1.2) | 1)
    # background = local maximum (the paper around the strokes): robust to uneven light
    background = cv2.dilate(strip, cv2.getStructuringElement(cv2.MORPH_RECT, (size, height | 1)))
    ink = cv2.subtract(background, strip)
    _, binary = cv2.threshold(ink, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    count, _, stats, centroids = cv2.connectedComponentsWithStats(binary, connectivity=8)
    blobs: list[_Blob] = []
    for index in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[index])
        if h < 0.12 * height or h > 0.95 * height or area < 4:
            continue
        cy = y + h / 2.0
        if abs(cy - height / 2.0) > 0.3 * height:
            continue
        if w > 1.5 * pitch:
            # touching glyphs (a run of fillers, bold print): one blob per pitch along it
            parts = max(1, round(w / pitch))
            step = w / parts
            blobs.extend(_Blob(x + (i + 0.5) * step, cy, float(y), float(y + h), step) for i in range(parts))
            continue
        blobs.append(_Blob(float(centroids[index][0]), cy, float(y), float(y + h), float(w)))
    tall = sorted(b.bottom - b.top for b in blobs)
    glyph_h = tall[int(len(tall) * 0.75)] if tall else height / 1.6
    return blobs, float(glyph_h), binary


def _chain(xs: np.ndarray, pitch_hint: float) -> np.ndarray:
    """Cell index of each blob (sorted by x), counted along the line gap by gap, each gap measured
    against the pitch of its neighbourhood (a camera's perspective changes the pitch by a third
    along a line). Two blobs closer than half a pitch share a cell."""
    gaps = np.diff(xs)
    usable = gaps[(gaps > 0.6 * pitch_hint) & (gaps < 1.5 * pitch_hint)]
    pitch = float(np.median(usable)) if len(usable) else pitch_hint
    # per gap, the median of the plausible gaps among it and its four neighbours either side
    padded = np.full(len(gaps) + 8, np.nan)
    padded[4 : 4 + len(gaps)] = gaps
    near = np.lib.stride_tricks.sliding_window_view(padded, 9)
    plausible = (near > 0.75 * pitch) & (near < 1.33 * pitch)
    ordered = np.sort(np.where(plausible, near, np.inf), axis=1)
    count = plausible.sum(axis=1)
    rows = np.arange(len(gaps))
    low = ordered[rows, np.maximum(count - 1, 0) // 2]
    high = np.where(count % 2 == 0, ordered[rows, np.maximum(count // 2, 0)], low)
    local = np.where(count > 0, (low + high) / 2.0, pitch)
    steps = np.round(gaps / local).astype(np.int64)
    return np.concatenate([[0], np.cumsum(steps)])


def _shift(coeffs: np.ndarray, start: int) -> np.ndarray:
    """The same positions indexed from ``start`` (x(k + start) as a polynomial of k)."""
    degree = len(coeffs) - 1
    ks = np.arange(degree + 1, dtype=np.float64)
    shifted: np.ndarray = np.linalg.solve(np.vander(ks, degree + 1), np.polyval(coeffs, ks + start))
    return shifted


def _polyfit(x: np.ndarray, y: np.ndarray, degree: int) -> np.ndarray:
    """``np.polyfit(x, y, degree)`` by the normal equations of the column-scaled Vandermonde matrix:
    the same coefficients (x here are cell indices, a few dozen at most: well conditioned) at a
    tenth of the cost, which counts when every line is fitted a dozen times."""
    lhs = np.vander(x.astype(np.float64), degree + 1)
    scale = np.sqrt((lhs * lhs).sum(axis=0))
    scale[scale == 0] = 1.0
    lhs /= scale
    try:
        solved: np.ndarray = np.linalg.solve(lhs.T @ lhs, lhs.T @ y.astype(np.float64)) / scale
    except np.linalg.LinAlgError:
        return np.polyfit(x, y, degree)
    return solved


def _fit(k: np.ndarray, x: np.ndarray, length: int, fallback: np.ndarray) -> np.ndarray:
    """Cell centre x as a polynomial of the cell index: cubic, quadratic or linear by how much of
    the line the blobs cover (a cubic follows a strong perspective to a fraction of a pixel), kept
    only if the pitch stays positive and plausible over the line and a margin."""
    unique = len(np.unique(k))
    if unique < 3:
        return fallback
    kf = k.astype(np.float64)
    linear = _polyfit(kf, x, 1)
    spread = float(np.ptp(kf))
    for degree, need in ((3, 20), (2, 10)):
        if unique < need or spread < 0.5 * length:
            continue
        model = _polyfit(kf, x, degree)
        grid = np.linspace(float(kf.min()) - 3, float(kf.max()) + 3, 16)
        slopes = np.polyval(np.polyder(model), grid)
        if np.all(slopes > 0.5 * linear[0]) and np.all(slopes < 1.6 * linear[0]):
            return model
    return linear


@dataclass(frozen=True)
class LineGrid:
    """The fitted cell grid of one strip (shared by the 36- and 44-cell readings of a line)."""

    blobs: list[_Blob]
    glyph_h: float
    binary: np.ndarray
    xs: np.ndarray
    index: np.ndarray
    inlier: np.ndarray
    coeffs: np.ndarray


def fit_grid(strip: np.ndarray, pitch_hint: float) -> LineGrid | None:
    """Blobs of a strip and the cell index of each, with the polynomial of cell centres."""
    if strip.ndim != 2 or strip.shape[1] < 60:
        return None
    blobs, glyph_h, binary = _blobs(strip, pitch_hint)
    if len(blobs) < 10:
        return None
    xs = np.sort(np.array([b.x for b in blobs]))
    index = _chain(xs, pitch_hint)
    inlier = np.ones(len(xs), dtype=bool)
    # Refit the cell positions as a polynomial of the cell index and reassign the blobs to their
    # nearest cell, a few rounds: strays and fragments drop out as outliers.
    coeffs = np.array([pitch_hint, float(xs[0] - index[0] * pitch_hint)])
    for _ in range(3):
        coeffs = _fit(index[inlier], xs[inlier], NOMINAL_LENGTH, coeffs)
        ks = np.arange(int(index.min()) - 2, int(index.max()) + 3)
        pos = np.polyval(coeffs, ks)
        if np.any(np.diff(pos) <= 0):
            return None
        j = np.clip(np.searchsorted(pos, xs), 1, len(ks) - 1)
        nearest = np.where(np.abs(pos[j] - xs) < np.abs(pos[j - 1] - xs), j, j - 1)
        index = ks[nearest]
        local = np.abs(np.polyval(np.polyder(coeffs), index))
        inlier = np.abs(pos[nearest] - xs) < 0.25 * local
        if np.count_nonzero(inlier) < 3:
            return None
    return LineGrid(blobs, glyph_h, binary, xs, index, inlier, coeffs)


def regrid(grid: LineGrid, reference: np.ndarray) -> LineGrid | None:
    """``grid``'s blobs given the cell index of the nearest of ``reference`` (the x, in this strip,
    of another line's cells, which lie above or below this line's: MRZ lines share one grid), and
    the polynomial refitted to them. A line whose own chain of gaps lost or gained a cell (a glyph
    without a blob, two fillers in one) is indexed by a line whose chain is whole."""
    if len(reference) < 3 or np.any(np.diff(reference) <= 0):
        return None
    xs = grid.xs
    j = np.clip(np.searchsorted(reference, xs), 1, len(reference) - 1)
    nearest = np.where(np.abs(reference[j] - xs) < np.abs(reference[j - 1] - xs), j, j - 1)
    local = np.abs(np.gradient(reference))[nearest]
    inlier = np.abs(reference[nearest] - xs) < 0.35 * local
    if np.count_nonzero(inlier) < 3:
        return None
    index = nearest.astype(np.int64)
    coeffs = _fit(index[inlier], xs[inlier], NOMINAL_LENGTH, _polyfit(index[inlier], xs[inlier], 1))
    pos = np.polyval(coeffs, index)
    inlier = np.abs(pos - xs) < 0.25 * np.abs(np.polyval(np.polyder(coeffs), index))
    if np.count_nonzero(inlier) < 3:
        return None
    return LineGrid(grid.blobs, grid.glyph_h, grid.binary, xs, index, inlier, coeffs)


def cut_cells(
    strip: np.ndarray,
    length: int,
    pitch_hint: float,
    grid: LineGrid | None = None,
    sample: bool = True,
    shift: int = 0,
    margin: int = 0,
) -> CellLine | None:
    """The ``length`` cells of a line strip (glyph rows upright), or None when no grid fits.

    ``grid``: a :func:`fit_grid` of this strip, to share between lengths; ``sample=False`` only
    places the cells (``cells`` is then empty), to compare the evidence for two lengths cheaply;
    ``shift`` moves the chosen window of cells by that many cells; ``margin`` cuts that many more
    cells on each side (fitted from the window's blobs), so that a caller can try moved windows.
    """
    grid = grid if grid is not None else fit_grid(strip, pitch_hint)
    if grid is None or len(grid.blobs) < max(6, length // 3):
        return None
    blobs, glyph_h, binary = grid.blobs, grid.glyph_h, grid.binary
    xs, index, inlier, coeffs = grid.xs, grid.index, grid.inlier, grid.coeffs
    used = np.unique(index[inlier])
    # ink per grid cell in the glyph band: a faint or merged glyph that gave no blob still has ink
    height = strip.shape[0]
    band = binary[int(height * 0.2) : math.ceil(height * 0.8)]
    columns = np.concatenate([[0], np.cumsum(np.count_nonzero(band, axis=0))])
    lo, hi = int(used.min()), int(used.max())
    ks = np.arange(lo - length, hi + length + 1)
    centre = np.polyval(coeffs, ks)
    half = 0.35 * np.abs(np.polyval(np.polyder(coeffs), ks))
    left = np.clip(np.round(centre - half).astype(np.int64), 0, len(columns) - 1)
    right = np.clip(np.round(centre + half).astype(np.int64), 0, len(columns) - 1)
    mass = (columns[right] - columns[left]).astype(np.float64)
    blob = np.isin(ks, used)
    typical = float(np.median(mass[blob])) if blob.any() else 0.0
    # a cell with a blob counts 1, with ink but no blob 1/2 (background patterns make ink too)
    weight = blob + 0.5 * ((mass > 0.25 * typical) & ~blob)
    # the window of `length` consecutive cells with the most glyph evidence (strays fall outside it)
    # (sums of consecutive cells by differences of running sums: weights are halves and masses
    # whole pixel counts, so the sums are exact and ties are ties)
    starts = np.arange(lo - length + 1, hi + 1)
    first = starts - ks[0]
    weights = np.concatenate([[0.0], np.cumsum(weight)])
    masses = np.concatenate([[0.0], np.cumsum(mass)])
    window_weight = weights[first + length] - weights[first]
    window_mass = masses[first + length] - masses[first]
    top = window_weight == window_weight.max()
    chosen = int(np.argmax(np.where(top, window_mass, -1.0)))  # the first of the best
    best_start = int(starts[chosen])
    best_score = (float(window_weight[chosen]), float(window_mass[chosen]))
    best_hits = int(np.count_nonzero(blob[first[chosen] : first[chosen] + length]))
    if shift:  # the caller knows better (the other MRZ lines start elsewhere): move the window
        best_start += shift
        window = (ks >= best_start) & (ks < best_start + length)
        best_score = (float(weight[window].sum()), float(mass[window].sum()))
        best_hits = int(np.count_nonzero(blob & window))
    keep = inlier & (index >= best_start) & (index < best_start + length)
    coeffs = _fit(index[keep] - best_start, xs[keep], length, _shift(coeffs, best_start))
    cells_i = np.arange(-margin, length + margin, dtype=np.float64)
    cx = np.polyval(coeffs, cells_i)
    local_pitch = np.abs(np.polyval(np.polyder(coeffs), cells_i))
    # vertical: the middle of full-height glyphs, fitted as a line along x
    tall = [b for b in blobs if b.bottom - b.top > 0.75 * glyph_h]
    if len(tall) >= 3:
        tx = np.array([b.x for b in tall])
        mid = np.array([(b.top + b.bottom) / 2 for b in tall])
        slope, intercept = np.polyfit(tx, mid, 1) if np.ptp(tx) > 0 else (0.0, float(mid.mean()))
        cy = slope * cx + intercept
    else:
        cy = np.full(len(cx), strip.shape[0] / 2.0)
    count = length + 2 * margin
    on_blob = np.isin(np.arange(best_start - margin, best_start + length + margin), used)
    if not sample:
        return CellLine(
            np.empty((0, CELL_H, CELL_W), np.float32),
            np.stack([cx, cy], axis=1),
            float(np.median(local_pitch)),
            glyph_h,
            int(best_hits),
            best_score[0],
            margin,
            on_blob,
        )
    # every cell is an affine cut (scale to CELL_W x CELL_H around its centre): one remap for all
    u = np.arange(CELL_W, dtype=np.float32) - (CELL_W - 1) / 2.0
    v = np.arange(CELL_H, dtype=np.float32) - (CELL_H - 1) / 2.0
    sx = (CELL_SPAN_X * local_pitch / CELL_W).astype(np.float32)
    sy = np.float32(CELL_SPAN_Y * glyph_h / CELL_H)
    map_x = cx.astype(np.float32)[:, None, None] + sx[:, None, None] * u[None, None, :]
    map_y = cy.astype(np.float32)[:, None, None] + sy * v[None, :, None]
    map_x = np.broadcast_to(map_x, (count, CELL_H, CELL_W)).reshape(count * CELL_H, CELL_W)
    map_y = np.broadcast_to(map_y, (count, CELL_H, CELL_W)).reshape(count * CELL_H, CELL_W)
    images = (
        cv2.remap(
            strip,
            np.ascontiguousarray(map_x),
            np.ascontiguousarray(map_y),
            cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_REPLICATE,
        )
        .reshape(count, CELL_H, CELL_W)
        .astype(np.float32)
    )
    return CellLine(
        normalise(images),
        np.stack([cx, cy], axis=1),
        float(np.median(local_pitch)),
        glyph_h,
        int(best_hits),
        best_score[0],
        margin,
        on_blob,
    )


def normalise(images: np.ndarray) -> np.ndarray:
    """Per cell: ink 1, paper 0, from the 3rd and 97th percentiles (noise-robust min and max)."""
    flat = np.sort(images.reshape(len(images), -1), axis=1)
    count = flat.shape[1]
    lo = flat[:, int(0.03 * count)][:, None, None]
    hi = flat[:, int(0.97 * count)][:, None, None]
    span = np.maximum(hi - lo, 12.0)  # a blank, flat cell stays grey instead of amplifying noise
    out: np.ndarray = np.clip((hi - images) / span, 0.0, 1.0).astype(np.float32)
    return out


# A second look at a cell: moved by a tenth of a pitch either way, up or down a little, or cut
# 10% tighter or looser (x offset in pitches, y offset in glyph heights, scale).
SECOND_LOOKS = (
    (0.12, 0.0, 1.0),
    (-0.12, 0.0, 1.0),
    (0.0, 0.06, 1.0),
    (0.0, -0.06, 1.0),
    (0.0, 0.0, 0.9),
    (0.0, 0.0, 1.1),
)


def recut(
    strip: np.ndarray,
    centers: np.ndarray,
    pitch: float,
    glyph_h: float,
    looks: tuple[tuple[float, float, float], ...] = SECOND_LOOKS,
) -> np.ndarray:
    """Every cell centred at ``centers`` (K, 2) cut again once per look: (K * len(looks), H, W),
    the looks of one cell together, normalised like :func:`cut_cells`'s cells."""
    u = np.arange(CELL_W, dtype=np.float32) - (CELL_W - 1) / 2.0
    v = np.arange(CELL_H, dtype=np.float32) - (CELL_H - 1) / 2.0
    maps_x, maps_y = [], []
    for cx, cy in centers:
        for dx, dy, scale in looks:
            sx = scale * CELL_SPAN_X * pitch / CELL_W
            sy = scale * CELL_SPAN_Y * glyph_h / CELL_H
            mx = np.float32(cx + dx * pitch) + np.float32(sx) * u
            my = np.float32(cy + dy * glyph_h) + np.float32(sy) * v
            maps_x.append(np.broadcast_to(mx[None, :], (CELL_H, CELL_W)))
            maps_y.append(np.broadcast_to(my[:, None], (CELL_H, CELL_W)))
    count = len(maps_x)
    if count == 0:
        return np.zeros((0, CELL_H, CELL_W), np.float32)
    map_x = np.ascontiguousarray(np.concatenate(maps_x), dtype=np.float32)
    map_y = np.ascontiguousarray(np.concatenate(maps_y), dtype=np.float32)
    images = cv2.remap(strip, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return normalise(images.reshape(count, CELL_H, CELL_W).astype(np.float32))
