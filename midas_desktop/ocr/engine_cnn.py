"""The default engine: one MRZ region read cell by cell with the OCR-B classifier.

Steps for a region (2 or 3 line strips from :mod:`.locate`):
1. Cells (:mod:`.cells`): a grid per strip; 30 cells for 3 lines, else 36 or 44 by the glyphs on
   the grid; lines whose first cells do not start together are re-cut where the others start;
   every line is cut with ``MARGIN`` extra cells on each side.
2. Orientation: the first line read both ways (upside-down glyphs are read with less certainty);
   the cells of the other way are the same cells turned by 180 degrees, not a new cut.
3. Window: for each layout the line length admits (TD2/MRV-B, TD3/MRV-A) and each line, the
   window of cells moved by up to ``MARGIN`` cells that the classifier reads most plausibly under
   the layout's character classes, with a bonus for check digits that agree; a stray blob taken
   for the first glyph, or a faint last filler, costs a whole line otherwise.
4. :func:`.decode.decode` and :func:`check_mrz`; a reading whose lines do not start and end
   together in the image, with a glyph right before or after a line, whose lines may go on past
   the image's edge, or with unsure cells, is never called valid.
"""

from __future__ import annotations

import dataclasses
import datetime
import itertools
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from midas_desktop.domain.mrz import LAYOUTS, CheckSpec, Layout, MrzResult, check_digit, check_mrz

from .cells import SECOND_LOOKS, CellLine, LineGrid, cut_cells, fit_grid, recut, regrid
from .classify import CLASSES, CellClassifier
from .decode import (
    EQUIVALENT,
    EQUIVALENT_MAX,
    LETTERS,
    LOOK_ALIKES,
    REPAIR_MARGIN,
    Decoded,
    admitted_probabilities,
    decode,
    masks,
    pinned_by_checks,
)
from .locate import LineCut, MrzRegion
from .recognise import Recogniser
from .repair import checks_agree

MARGIN = 2
SHIFT_PRIOR = 2.0  # log-probability cost per cell of moving a line's window off the geometric one
CHECK_PENALTY = 4.0  # log-probability cost per check digit (within one line) that fails
ALIGN_PRIOR = 4.0  # log-probability cost per cell by which the lines' windows would start apart
MAX_SECOND_LOOKS = 24  # more unsure cells than this: a bad cut or no MRZ, not worth a second look


@dataclass
class CnnReading:
    """What the engine read from one region."""

    lines: list[str]
    confidence: list[float]
    result: MrzResult
    raw: list[str]
    unsure: bool
    decoded: Decoded
    probs: list[np.ndarray]
    region: MrzRegion
    fits: bool = True  # the lines start and end together, in clear margins, inside the frame


def _flip(line: CellLine, strip: np.ndarray) -> CellLine:
    """The same cells seen with the strip turned by 180 degrees (cells are centred: a rotation)."""
    height, width = strip.shape[:2]
    centers = np.stack([width - 1 - line.centers[::-1, 0], height - 1 - line.centers[::-1, 1]], axis=1)
    cells = np.ascontiguousarray(line.cells[::-1, ::-1, ::-1])
    blobs = None if line.blobs is None else line.blobs[::-1]
    return CellLine(
        cells, centers, line.pitch, line.glyph_height, line.hits, line.evidence, line.margin, blobs
    )


def cut_region(region: MrzRegion, length: int | None = None) -> tuple[list[CellLine], int] | None:
    """The cells of every line (with margins), and the line length (``length``: cut that many)."""
    fitted = [fit_grid(cut.image, cut.pitch) for cut in region.lines]
    if any(grid is None for grid in fitted):
        return None
    grids = _shared_grid(region, [grid for grid in fitted if grid is not None])
    if length is not None:
        pass
    elif len(region.lines) == 3:
        length = 30
    else:
        # the longer grid when its 8 extra cells hold glyphs on one line at least
        gains = []
        for cut, grid in zip(region.lines, grids, strict=True):
            long = cut_cells(cut.image, 44, cut.pitch, grid, sample=False)
            short = cut_cells(cut.image, 36, cut.pitch, grid, sample=False)
            if long is not None and short is not None:
                gains.append(long.evidence - short.evidence)
        length = 44 if gains and max(gains) >= 4.0 else 36
    found = [
        cut_cells(cut.image, length, cut.pitch, grid, margin=MARGIN)
        for cut, grid in zip(region.lines, grids, strict=True)
    ]
    if any(c is None for c in found):
        return None
    lines = [c for c in found if c is not None]
    offsets = _line_offsets(lines, region)
    if offsets is not None and any(offsets):
        # MRZ lines start together: a line whose window starts whole cells off the others' is cut
        # again where they start
        for index, offset in enumerate(offsets):
            if offset:
                cut = region.lines[index]
                moved = cut_cells(cut.image, length, cut.pitch, grids[index], shift=offset, margin=MARGIN)
                if moved is not None:
                    lines[index] = moved
    return lines, length


def _to_strip(cut: LineCut, points: np.ndarray) -> np.ndarray:
    """Image points (N, 2) in the strip ``cut`` (the inverse of :func:`_to_image`)."""
    tl, tr, _br, bl = (np.array(p, dtype=np.float64) for p in cut.quad)
    height, width = cut.image.shape[:2]
    axes = np.stack([(tr - tl) / max(width - 1, 1), (bl - tl) / max(height - 1, 1)], axis=1)
    solved: np.ndarray = np.linalg.solve(axes, (points - tl).T).T
    return solved


def _shared_grid(region: MrzRegion, grids: list[LineGrid]) -> list[LineGrid]:
    """The lines' grids, each line whose chain of gaps holds fewer blobs on its grid than the best
    line's re-indexed by that line's cells (see :func:`.cells.regrid`) when that puts more of its
    blobs on a grid."""
    best = max(range(len(grids)), key=lambda i: int(np.count_nonzero(grids[i].inlier)))
    reference = grids[best]
    lo, hi = int(reference.index.min()) - 3, int(reference.index.max()) + 4
    ks = np.arange(lo, hi)
    strip = region.lines[best]
    xs = np.polyval(reference.coeffs, ks)
    if np.any(np.diff(xs) <= 0):
        return grids
    mid = strip.image.shape[0] / 2.0
    tl, tr, _br, bl = (np.array(p, dtype=np.float64) for p in strip.quad)
    height, width = strip.image.shape[:2]
    points = tl + np.outer(xs / max(width - 1, 1), tr - tl) + (mid / max(height - 1, 1)) * (bl - tl)
    out = list(grids)
    for index, grid in enumerate(grids):
        if index == best or np.count_nonzero(grid.inlier) >= np.count_nonzero(reference.inlier):
            continue
        other = region.lines[index]
        mapped = _to_strip(other, points)[:, 0]
        moved = regrid(grid, mapped)
        if moved is not None and np.count_nonzero(moved.inlier) > np.count_nonzero(grid.inlier):
            out[index] = moved
    return out


def _to_image(cut: LineCut, x: float, y: float) -> np.ndarray:
    """A strip pixel in the original image (the strip is an affine cut of it)."""
    tl, tr, _br, bl = (np.array(p, dtype=np.float64) for p in cut.quad)
    height, width = cut.image.shape[:2]
    point: np.ndarray = tl + (x / max(width - 1, 1)) * (tr - tl) + (y / max(height - 1, 1)) * (bl - tl)
    return point


def _ends(line: CellLine, cut: LineCut, shift: int = 0) -> tuple[np.ndarray, np.ndarray]:
    centers = line.centers[line.window(shift)]
    return _to_image(cut, *centers[0]), _to_image(cut, *centers[-1])


def _direction(lines: list[CellLine], region: MrzRegion) -> np.ndarray | None:
    """The unit vector along the lines in the image."""
    total = np.zeros(2)
    for line, cut in zip(lines, region.lines, strict=True):
        first, last = _ends(line, cut)
        total += last - first
    norm = float(np.hypot(*total))
    return total / norm if norm > 0 else None


def _line_offsets(lines: list[CellLine], region: MrzRegion) -> list[int] | None:
    """Per line, by how many cells its first cell lies before the reference line's (the median
    line of three; of two, the one with more glyph evidence); None when not whole cells."""
    direction = _direction(lines, region)
    if direction is None:
        return None
    ends = [_ends(line, cut) for line, cut in zip(lines, region.lines, strict=True)]
    starts = [float(np.dot(first, direction)) for first, _ in ends]
    spans = [float(np.dot(last - first, direction)) for first, last in ends]
    pitch = float(np.median(spans)) / max(len(lines[0].centers) - 2 * lines[0].margin - 1, 1)
    if pitch <= 0:
        return None
    if len(lines) == 3:
        reference = sorted(range(3), key=lambda i: starts[i])[1]
    else:
        reference = max(range(len(lines)), key=lambda i: lines[i].evidence)
    out = []
    for start in starts:
        cells = (starts[reference] - start) / pitch
        if abs(cells - round(cells)) > 0.3:
            return None
        out.append(round(cells))
    return out


def aligned(lines: list[CellLine], region: MrzRegion, shifts: list[int]) -> bool:
    """MRZ lines start and end together: the first and last cells of every line, seen along the
    line direction in the image, agree to within half a pitch (a line cut one cell off is not)."""
    direction = _direction(lines, region)
    if direction is None:
        return False
    ends = [_ends(line, cut, shift) for line, cut, shift in zip(lines, region.lines, shifts, strict=True)]
    length = len(lines[0].centers) - 2 * lines[0].margin
    pitch = float(np.mean([np.dot(last - first, direction) for first, last in ends])) / max(length - 1, 1)
    for side in (0, 1):
        along = [float(np.dot(pair[side], direction)) for pair in ends]
        if max(along) - min(along) > 0.5 * pitch:
            return False
    return True


def within_frame(
    lines: list[CellLine], region: MrzRegion, shifts: list[int], image_shape: tuple[int, ...] | None
) -> bool:
    """Every line has room for a filler before its first cell and after its last one inside the
    image: a line that the frame's edge cuts short may go on (an MRV-A read as an MRV-B would
    even pass its check digits)."""
    if image_shape is None:
        return True
    height, width = image_shape[:2]
    for line, cut, shift in zip(lines, region.lines, shifts, strict=True):
        centers = line.centers[line.window(shift)]
        before = centers[0] - 1.5 * (centers[1] - centers[0])
        after = centers[-1] + 1.5 * (centers[-1] - centers[-2])
        for x, y in (before, after):
            px, py = _to_image(cut, float(x), float(y))
            if not (0 <= px <= width - 1 and 0 <= py <= height - 1):
                return False
    return True


def within_strips(lines: list[CellLine], region: MrzRegion, shifts: list[int]) -> bool:
    """Every cell of every line lies inside the strip it was cut from: a cell past the strip's end
    is a copy of its edge (a line found shorter than it is, then read at full length)."""
    for line, cut, shift in zip(lines, region.lines, shifts, strict=True):
        xs = line.centers[line.window(shift)][:, 0]
        if xs[0] < 0.4 * line.pitch or xs[-1] > cut.image.shape[1] - 1 - 0.4 * line.pitch:
            return False
    return True


def anchored_lines(layout: Layout, texts: list[str]) -> set[int]:
    """Lines whose place is proven by their check digits: every check digit agrees, and the line's
    last cell and one of its first ten are covered by one (a line read a cell off would break them)."""
    if not checks_agree(texts, layout):
        return set()
    covered: dict[int, set[int]] = {}
    for spec in layout.checks:
        covered.setdefault(spec.line, set()).add(spec.index)
        for line, start, end in spec.covers:
            covered.setdefault(line, set()).update(range(start, end))
    last = layout.line_length - 1
    return {line for line, cells in covered.items() if last in cells and cells & set(range(10))}


def proven_lines(layout: Layout, texts: list[str]) -> set[int]:
    """The lines whose extent is proven, for lines that start and end together (:func:`aligned`):
    all of them once one is anchored (:func:`anchored_lines`), none otherwise. A mark touching a
    line aligned with an anchored one (an annotation's ellipse drawn round the MRZ, touching the
    names line) cannot be a glyph of it: MRZ lines are all of one length."""
    return set(range(len(texts))) if anchored_lines(layout, texts) else set()


def quiet(lines: list[CellLine], shifts: list[int], anchored: set[int] | None = None) -> bool:
    """No glyph right before or right after any line (an MRZ has clear margins): otherwise the
    line may be longer than read, or start earlier. Lines in ``anchored`` are exempt: their check
    digits prove where they start and end, and a tight crop or a border may touch them."""
    for index, (line, shift) in enumerate(zip(lines, shifts, strict=True)):
        if line.blobs is None or index in (anchored or set()):
            continue
        window = line.window(shift)
        for index in (window.start - 1, window.stop):
            if 0 <= index < len(line.blobs) and line.blobs[index]:
                return False
    return True


def _layouts(line_count: int, length: int) -> list[Layout]:
    if line_count == 3:
        return [LAYOUTS["TD1"]]
    if length == 36:
        return [LAYOUTS["TD2"], LAYOUTS["MRVB"], LAYOUTS["FRA-ID"]]
    return [LAYOUTS["TD3"], LAYOUTS["MRVA"]]


def _choose_windows(probs: list[np.ndarray], length: int) -> tuple[Layout, list[int]]:
    """The layout and per-line window shifts the classifier finds most plausible (see module doc).

    Each line's window is scored by the log-probability of its most probable admitted symbols,
    less SHIFT_PRIOR per cell moved and CHECK_PENALTY per check digit of the line that fails; the
    lines' shifts are chosen together, less ALIGN_PRIOR per cell by which they would no longer start
    together (MRZ lines do; cut_region already cut them so). A check digit that fails counts against
    a layout, not one that agrees for it: a layout with more check digits (TD2's composite against
    MRV-B) is not favoured by one agreeing by chance."""
    best: tuple[float, int, Layout, list[int]] | None = None
    shifts = range(-MARGIN, MARGIN + 1)
    for layout in _layouts(len(probs), length):
        allowed, _ = masks(layout)
        per_line: list[dict[int, float]] = []
        for index, p in enumerate(probs):
            scores: dict[int, float] = {}
            for shift in shifts:
                window = p[MARGIN + shift : MARGIN + shift + length]
                restricted = np.where(allowed[index], window, 0.0)
                score = float(np.sum(np.log(restricted.max(axis=1) + 1e-6))) - SHIFT_PRIOR * abs(shift)
                scores[shift] = score - _check_cost(restricted, index, layout)
            per_line.append(scores)
        for combo in itertools.product(shifts, repeat=len(probs)):
            joint = sum(scores[shift] for scores, shift in zip(per_line, combo, strict=True))
            joint -= ALIGN_PRIOR * (max(combo) - min(combo))
            moved = -sum(abs(shift) for shift in combo)
            if best is None or (joint, moved) > (best[0], best[1]):
                best = (joint, moved, layout, list(combo))
    assert best is not None
    return best[2], best[3]


def _own_checks(line: int, layout: Layout) -> list[CheckSpec]:
    return [
        spec
        for spec in layout.checks
        if spec.line == line and all(segment[0] == line for segment in spec.covers)
    ]


def _agrees(text: str, spec: CheckSpec) -> bool:
    data = "".join(text[start:end] for _line, start, end in spec.covers)
    found = text[spec.index]
    if found == "<" and spec.name == "optional_data" and set(data) <= {"<"}:
        return True  # (an empty optional field may leave its check digit blank: checks_agree)
    return check_digit(data) == found


def _check_cost(restricted: np.ndarray, line: int, layout: Layout) -> float:
    """What the check digits lying wholly on this line cost a window whose cells have the admitted
    probabilities ``restricted`` (L, 37): per check digit that fails on the likeliest symbols,
    CHECK_PENALTY, or less where one doubtful cell's runner-up (at least REPAIR_MARGIN of its
    top's probability) makes it agree: the log of that ratio, what :func:`.decode.decode` pays to
    read it so. A passport's personal number with a 0 the model reads as an O at 69% (the 0 at
    27%) fails its own and the composite check digit: two whole penalties made a visa of the
    passport (its P read at 97%, a visa's V at 0.2%)."""
    order = np.argsort(-restricted, axis=1)[:, :2]
    rows = np.arange(len(restricted))
    top, second = restricted[rows, order[:, 0]], restricted[rows, order[:, 1]]
    ratio = np.divide(second, top, out=np.zeros_like(top), where=top > 0)
    text = "".join(CLASSES[k] for k in order[:, 0])
    cost = 0.0
    for spec in _own_checks(line, layout):
        if _agrees(text, spec):
            continue
        best = CHECK_PENALTY
        cells = [spec.index] + [c for _line, start, end in spec.covers for c in range(start, end)]
        for cell in cells:
            if ratio[cell] < REPAIR_MARGIN or -math.log(ratio[cell]) >= best:
                continue
            moved = text[:cell] + CLASSES[order[cell, 1]] + text[cell + 1 :]
            if _agrees(moved, spec):
                best = -math.log(ratio[cell])
        cost += best
    return cost


def second_opinion(
    classifier: CellClassifier,
    lines: list[CellLine],
    region: MrzRegion,
    shifts: list[int],
    probs: list[np.ndarray],
    unsure: list[tuple[int, int]],
) -> list[np.ndarray]:
    """The unsure cells looked at again, cut a little moved, higher, lower, tighter and looser
    (:data:`.cells.SECOND_LOOKS`): each cell's probabilities become the mean over all its looks.
    A glyph the model knows stays sure whichever way it is framed; one it only guessed at, or
    mistook for a look-alike, spreads its probability over the looks and stays unsure."""
    cells = sorted(set(unsure))
    out = [p.copy() for p in probs]
    by_line: dict[int, list[int]] = {}
    for line_index, cell_index in cells:
        by_line.setdefault(line_index, []).append(cell_index)
    looks = len(SECOND_LOOKS)
    for line_index, indices in by_line.items():
        line = lines[line_index]
        centers = line.centers[line.window(shifts[line_index])][indices]
        images = recut(region.lines[line_index].image, centers, line.pitch, line.glyph_height)
        seen = classifier.probabilities(images).reshape(len(indices), looks, -1)
        for k, cell_index in enumerate(indices):
            total = out[line_index][cell_index] + seen[k].sum(axis=0)
            out[line_index][cell_index] = total / (looks + 1)
    return out


UPRIGHT_CODE = 0.6  # the first cell's probability of a document code letter (P, I, A, C, V)
UPRIGHT_MEAN = 0.8  # the first line's mean top probability


def _reads_upright(first_line: np.ndarray) -> bool:
    """The first line, as cut, opens with a document code and is read with confidence: a line
    turned upside down reads as neither (its first cell is the last line's last glyph turned)."""
    codes = [CLASSES.index(letter) for letter in "PIACV"]
    return (
        float(first_line[0, codes].max()) >= UPRIGHT_CODE
        and float(first_line.max(axis=1).mean()) >= UPRIGHT_MEAN
    )


def _valid_but_unsure(texts: list[str], layout: Layout, today: datetime.date | None) -> bool:
    """The lines would be valid but for unsure cells: only then is a second engine worth its time."""
    return checks_agree(texts, layout) and check_mrz(texts, today=today).valid


TESSERACT_SURE = 85.0  # Tesseract's confidence (0-100) in a glyph, for it to confirm the model's


def tesseract_reads(
    recogniser: Recogniser,
    lines: list[CellLine],
    region: MrzRegion,
    shifts: list[int],
    cells: list[tuple[int, int]],
) -> dict[tuple[int, int], tuple[str, float]]:
    """What Tesseract, reading the line strips on its own, sees in each of ``cells``, with its
    confidence (0-100); each line's glyphs are placed on its cells by :func:`place_glyphs`."""
    seen: dict[tuple[int, int], tuple[str, float]] = {}
    for line_index in sorted({li for li, _ in cells}):
        line = lines[line_index]
        glyphs = recogniser.read_line(region.lines[line_index].image)
        centres = line.centers[line.window(shifts[line_index])][:, 0]
        placed = place_glyphs([(g.center, g.text, g.confidence) for g in glyphs], centres, line.pitch)
        for li, ci in cells:
            if li == line_index and ci in placed:
                seen[(li, ci)] = placed[ci]
    return seen


ANCHOR_NEAR = 0.4  # a glyph whose centre lies this close (in pitches) to a cell's centre: its anchor
IN_ORDER_NEAR = 0.6  # a line read as exactly as many glyphs as cells: each glyph this close to its cell
STRETCH_NEAR = 1.0  # between anchors, glyphs taken in order lie less than a pitch from their cells


def place_glyphs(
    glyphs: list[tuple[float, str, float]], centres: np.ndarray, pitch: float
) -> dict[int, tuple[str, float]]:
    """Tesseract's glyphs (box centre along the strip, text, confidence), left to right, on the cells
    whose centres are ``centres``: cell index -> (glyph, confidence).

    An anchor is a single-character glyph whose centre lies within ``ANCHOR_NEAR`` pitch of a cell,
    the only one near it, the anchors in the order of their cells. Between two anchors (or an anchor
    and the line's end), as many glyphs as cells are taken in order where each lies less than
    ``STRETCH_NEAR`` pitch from its cell: Tesseract's boxes drift around narrow glyphs (stock eng
    boxed the I of CALLIE over the L before it, that L over the A), its sequence does not. A
    stretch whose glyphs do not number its cells (a glyph lost, or a run of fillers read as one)
    places nothing. A line read as exactly as many glyphs as cells, each within ``IN_ORDER_NEAR``
    pitch of its cell, is placed in order as a whole (the MRZ model reads every filler of a run)."""
    if len(glyphs) == len(centres) and all(
        len(text) == 1 and abs(x - float(c)) < IN_ORDER_NEAR * pitch
        for (x, text, _), c in zip(glyphs, centres, strict=True)
    ):
        return {c_index: (text, confidence) for c_index, (_, text, confidence) in enumerate(glyphs)}
    near: dict[int, list[int]] = {}
    for g_index, (x, text, _) in enumerate(glyphs):
        c_index = int(np.argmin(np.abs(centres - x)))
        if len(text) == 1 and abs(float(centres[c_index]) - x) < ANCHOR_NEAR * pitch:
            near.setdefault(c_index, []).append(g_index)
    anchors: list[tuple[int, int]] = []  # (glyph, cell), both increasing
    for c_index in sorted(near):
        if len(near[c_index]) == 1 and (not anchors or near[c_index][0] > anchors[-1][0]):
            anchors.append((near[c_index][0], c_index))
    out = {c_index: (glyphs[g_index][1], glyphs[g_index][2]) for g_index, c_index in anchors}
    bounds = [(-1, -1), *anchors, (len(glyphs), len(centres))]
    for (g0, c0), (g1, c1) in itertools.pairwise(bounds):
        between = list(range(g0 + 1, g1))
        if not between or len(between) != c1 - c0 - 1:
            continue
        pairs = list(zip(between, range(c0 + 1, c1), strict=True))
        if all(
            len(glyphs[g][1]) == 1 and abs(glyphs[g][0] - float(centres[c])) < STRETCH_NEAR * pitch
            for g, c in pairs
        ):
            out.update({c: (glyphs[g][1], glyphs[g][2]) for g, c in pairs})
    return out


LETTER_COUNT = 26  # CLASSES: the letters, then the digits, then the filler
TESSERACT_CORRECTS = 90.0  # Tesseract's confidence to put its glyph in an unsure, unprotected cell
MODEL_SECOND = 0.1  # ... where the glyph model gave that glyph this much probability at least


def proposed_corrections(
    decoded: Decoded, probs: list[np.ndarray], layout: Layout, seen: dict[tuple[int, int], tuple[str, float]]
) -> dict[tuple[int, int], str]:
    """Unsure cells no check digit covers (names, codes, a visa's optional data), where Tesseract
    is very confident of another glyph than the model's and the model had it as a real alternative
    (OCR-B's E read as C, F as E; in a field of letters and digits, a 0 the glyph model took for an
    O at 70%, both Tesseract models 98% sure of the 0): the cell and Tesseract's glyph. Only a
    proposal: :func:`combine_with_tesseract` takes it where stock ``eng`` sees the same glyph as
    surely (one Tesseract model alone mixes up O and 0), the cell staying unsure unless both are
    ``CORRECTION_SURE`` of it."""
    allowed, protected = masks(layout)
    out: dict[tuple[int, int], str] = {}
    for (li, ci), (glyph, confidence) in in_field(seen, layout).items():
        index = CLASSES.find(glyph)
        if index < 0 or glyph == decoded.lines[li][ci]:
            continue
        if (
            not protected[li][ci]
            and allowed[li][ci][:LETTER_COUNT].any()
            and allowed[li][ci][index]
            and confidence >= TESSERACT_CORRECTS
            and float(probs[li][ci][index]) >= MODEL_SECOND
        ):
            out[(li, ci)] = glyph
    return out


def combine_with_tesseract(
    decoded: Decoded,
    probs: list[np.ndarray],
    layout: Layout,
    seen: dict[tuple[int, int], tuple[str, float]],
    checked: dict[tuple[int, int], tuple[str, float]] | None = None,
) -> None:
    """Per unsure cell, the opinions combined (in place): the cell becomes sure where Tesseract
    (``seen``: the MRZ model) sees the glyph model's glyph with confidence (two engines that err
    differently agreeing). A correction (:func:`proposed_corrections`) is taken only where a third
    reader (``checked``: Tesseract's stock ``eng``) is as confident of the same glyph, and the cell
    stays unsure (verified by eye) unless both Tesseract models are ``CORRECTION_SURE`` of it: three
    readers, the glyph model giving it a share, two sure (an E blurred towards a C). Never sure on
    one Tesseract model's word: the MRZ model is 97.5% sure of an F where a French passport prints
    an E, the glyph model's first choice.

    A cell no check digit covers is confirmed only when the third reader was asked (``checked`` not
    None) and does not see another glyph with confidence: the glyph model and the MRZ model learnt
    from the same renders and can share a confusion (both read an I as a Z at 66% and 98% in a
    calibration set, where stock ``eng`` saw the I at 99%). Never where its field admits the
    glyph's OCR-B look-alike too (a visa's optional data: O and 0): there all three readers have
    been wrong together (a 0 the glyph model read as an O at 77%, the MRZ model at 99%, stock eng at
    93%, in a benchmark image shrunk to a third), and only the glyph model's own certainty
    (:data:`.decode.UNPROTECTED_MIN`) settles it. A check digit guards the other cells."""
    allowed, protected = masks(layout)
    third = in_field(checked, layout) if checked is not None else None

    # what the rules admit: the document code's second cell is a letter or a filler (masks lets it
    # be anything, to read a printed digit as printed): its O has no twin there
    by_rules = [row.copy() for row in allowed]
    by_rules[0][1] = np.array([c in LETTERS + "<" for c in CLASSES])

    def twin_admitted(cell: tuple[int, int], glyph: str) -> bool:
        return glyph in TWIN and bool(by_rules[cell[0]][cell[1]][CLASSES.index(TWIN[glyph])])

    def contradicted(cell: tuple[int, int], glyph: str) -> bool:
        if protected[cell[0]][cell[1]]:
            return False
        if third is None or twin_admitted(cell, glyph):
            return True
        other = third.get(cell)
        return other is not None and other[0] != glyph and other[1] >= TESSERACT_SURE

    confirmed = {
        cell
        for cell, (glyph, confidence) in in_field(seen, layout).items()
        if glyph == decoded.lines[cell[0]][cell[1]]
        and confidence >= TESSERACT_SURE
        and not contradicted(cell, glyph)
    }
    # a cell no check digit covers: the glyph model and stock eng, which learnt from nothing in
    # common, both seeing the same glyph settle it, whatever the MRZ model saw there; not where the
    # field admits the glyph's OCR-B look-alike too (stock eng mixes up O and 0)
    confirmed |= {
        cell
        for cell, (glyph, confidence) in (third or {}).items()
        if cell in decoded.unsure
        and not protected[cell[0]][cell[1]]
        and glyph == decoded.lines[cell[0]][cell[1]]
        and confidence >= ENG_CONFIRMS
        and not twin_admitted(cell, glyph)
    }
    texts = [list(line) for line in decoded.lines]
    first = in_field(seen, layout)
    for (li, ci), glyph in proposed_corrections(decoded, probs, layout, seen).items():
        other = (third or {}).get((li, ci))
        if other is not None and other[0] == glyph and other[1] >= TESSERACT_CORRECTS:
            texts[li][ci] = glyph
            # both Tesseract models sure of the correction, which the glyph model gave a share
            # (MODEL_SECOND): two readers that learnt from nothing in common, and a third (see
            # CORRECTION_SURE); not where the field admits the glyph's look-alike (stock eng
            # mixes up O and 0)
            if (
                other[1] >= CORRECTION_SURE
                and first[(li, ci)][1] >= CORRECTION_SURE
                and not twin_admitted((li, ci), glyph)
            ):
                confirmed.add((li, ci))
    decoded.lines = ["".join(chars) for chars in texts]
    unsure = [cell for cell in decoded.unsure if cell not in confirmed]
    # the cells Tesseract confirmed are fixed now: the check digits may pin the doubtful rest
    admitted = narrowed_by_shape(admitted_probabilities(probs, layout), decoded.lines, unsure, layout, third)
    repairs = [entry for entry in decoded.repaired if (entry[0], entry[1]) not in confirmed]
    pinned = pinned_by_checks(admitted, decoded.lines, unsure, repairs, layout)
    decoded.unsure = [cell for cell in unsure if cell not in pinned]


TWIN = {a: b for pair in LOOK_ALIKES for a, b in (pair, pair[::-1])}
ENG_CONFIRMS = 95.0  # stock eng's confidence in the glyph model's glyph, to settle a cell no check covers
# Both Tesseract models' confidence in a correction for it to settle the cell. Calibration seeds
# 424242 and 515151, every cell no check digit covers read by both models in a forced pass, in the
# 574 readings valid but for unsure cells (the only ones Tesseract is asked about): where both were
# 95% sure or more of one glyph that the glyph model gave 10% or more (22,387 cells, 34 of them
# cells the glyph model was unsure of), that glyph was never wrong; each model alone was wrong at
# 95% or more 49 times.
CORRECTION_SURE = 95.0
ENG_SHAPE = 85.0  # stock eng's confidence in a glyph, to narrow a protected cell to that glyph and its twin


def equivalent_doubt(admitted: list[np.ndarray], lines: list[str], cell: tuple[int, int]) -> bool:
    """A protected cell whose model gives its check-equivalent symbols (a U or a K for a 0) more
    than ``EQUIVALENT_MAX``: the check digits cannot tell them apart."""
    li, ci = cell
    p = admitted[li][ci]
    return float((p * EQUIVALENT[CLASSES.index(lines[li][ci])]).sum()) > EQUIVALENT_MAX


def narrowed_by_shape(
    admitted: list[np.ndarray],
    lines: list[str],
    unsure: list[tuple[int, int]],
    layout: Layout,
    third: dict[tuple[int, int], tuple[str, float]] | None,
) -> list[np.ndarray]:
    """The admitted probabilities of doubtful protected cells where stock ``eng`` sees the glyph
    model's symbol or its OCR-B look-alike (O/0, I/1, Z/2, S/5, G/6, B/8) with ``ENG_SHAPE``
    confidence: every other symbol is ruled out there (a blurred 0 the MRZ model read as a U at
    97%, stock eng as an O: the U, check-equivalent to the 0, is not a round glyph), and the check
    digits decide between the symbol and its look-alike (:func:`.decode.pinned_by_checks`). Stock
    eng learnt from nothing the glyph model saw; where it agreed with the glyph model up to a
    look-alike, the truth was one of the two in 460 of 460 doubtful cells of the synthetic and
    calibration sets. Its own O/0 confusion is left to the check digits."""
    if not third:
        return admitted
    _, protected = masks(layout)
    out = [p.copy() for p in admitted]
    for li, ci in unsure:
        seen = third.get((li, ci))
        chosen = lines[li][ci]
        if seen is None or not protected[li][ci] or seen[1] < ENG_SHAPE:
            continue
        if seen[0] not in (chosen, TWIN.get(chosen)):
            continue
        keep = np.zeros(len(CLASSES), bool)
        keep[CLASSES.index(chosen)] = True
        if chosen in TWIN:
            keep[CLASSES.index(TWIN[chosen])] = True
        row = np.where(keep, out[li][ci], 0.0)
        out[li][ci] = row / max(float(row.sum()), 1e-12)
    return out


def in_field(
    seen: dict[tuple[int, int], tuple[str, float]], layout: Layout
) -> dict[tuple[int, int], tuple[str, float]]:
    """Tesseract's glyphs as the grammar reads them: a glyph its cell's field does not admit, whose
    OCR-B look-alike (O/0, I/1, Z/2, S/5, G/6, B/8) it does, is that look-alike (an O in a date is
    a 0, a 0 in a name an O: the field's class decides, as it does for the glyph model's own
    probabilities in :func:`.decode.merge_look_alikes`)."""
    allowed, _ = masks(layout)
    out = {}
    for (li, ci), (glyph, confidence) in seen.items():
        index, twin = CLASSES.find(glyph), TWIN.get(glyph, "")
        if index >= 0 and twin and not allowed[li][ci][index] and allowed[li][ci][CLASSES.index(twin)]:
            glyph = twin
        out[(li, ci)] = (glyph, confidence)
    return out


def rank(reading: CnnReading) -> tuple[int, int, int, int, int]:
    """Valid first; then lines in which only check digits fail; then lines that fit where they
    were found; then the fewest errors and the most check digits that agree."""
    result = reading.result
    errors = [finding for finding in result.findings if finding.severity == "error"]
    plausible = result.type is not None and all(f.problem == "check digit" for f in errors)
    checks_ok = sum(1 for outcome in result.checks.values() if outcome.ok)
    return int(result.valid), int(plausible), int(reading.fits), -len(errors), checks_ok


CODE_SEEN = 0.5  # the first cell's probability of a document code letter the layout has no room for


def _code_forced(first_cell: np.ndarray, chosen: str) -> bool:
    """The first cell plainly shows another document code than the layout let it be (a passport's
    P read into a 36-cell layout, which admits none): the layout, or the line's start, is wrong."""
    seen = CLASSES[int(np.argmax(first_cell))]
    return seen in "PIACV" and seen != chosen and float(first_cell.max()) >= CODE_SEEN


def _longer_lines(reading: CnnReading) -> bool:
    """A two-line reading of 36 cells that may be a 44-cell MRZ cut short: its first cell is read
    as a passport's P (36-cell layouts have none), or its lines do not fit where they were found
    (glyphs run on past their end)."""
    if len(reading.lines) != 2 or len(reading.lines[0]) != 36:
        return False
    first = CLASSES[int(np.argmax(reading.probs[0][0]))]
    return first == "P" or not reading.fits


def read_region(
    classifier: CellClassifier,
    region: MrzRegion,
    today: datetime.date | None,
    timings: dict[str, float],
    image_shape: tuple[int, ...] | None = None,
    second_engine: Callable[[], Recogniser | None] | None = None,
    check_engine: Callable[[], Recogniser | None] | None = None,
) -> CnnReading | None:
    """Read one candidate region, in whichever orientation fits better (``image_shape``: of the
    image the region was found in, to tell lines the frame cuts short). The line length is the
    one the glyphs on the grid point to; a two-line reading that may have been cut short is read
    again at 44 cells, and the better reading kept (:func:`rank`)."""
    engines = (second_engine, check_engine)
    reading = _read_region(classifier, region, today, timings, image_shape, engines, None)
    if reading is not None and not reading.result.valid and _longer_lines(reading):
        longer = _read_region(classifier, region, today, timings, image_shape, engines, 44)
        if longer is not None and rank(longer) > rank(reading):
            return longer
    return reading


def _read_region(
    classifier: CellClassifier,
    region: MrzRegion,
    today: datetime.date | None,
    timings: dict[str, float],
    image_shape: tuple[int, ...] | None,
    engines: tuple[Callable[[], Recogniser | None] | None, Callable[[], Recogniser | None] | None],
    length_wanted: int | None,
) -> CnnReading | None:
    start = time.perf_counter()
    cut = cut_region(region, length_wanted)
    timings["cells"] = timings.get("cells", 0.0) + (time.perf_counter() - start) * 1000
    if cut is None:
        return None
    upright, length = cut
    flipped = [
        _flip(line, strip.image) for line, strip in zip(upright[::-1], region.lines[::-1], strict=True)
    ]
    start = time.perf_counter()
    # every upright cell first: most documents are upright, and one that reads like an MRZ's first
    # line (a document code, confident glyphs) needs no look the other way up
    size = length + 2 * MARGIN
    every = classifier.probabilities(np.concatenate([line.cells for line in upright]))
    upright_first = every[MARGIN : MARGIN + length]
    lines, oriented = upright, region
    if not _reads_upright(upright_first):
        other = classifier.probabilities(flipped[0].cells[flipped[0].window()])
        scores = [float(np.mean(np.log(p.max(axis=1) + 1e-9))) for p in (upright_first, other)]
        if scores[1] > scores[0]:
            lines, oriented = flipped, region.flipped()
            every = classifier.probabilities(np.concatenate([line.cells for line in lines]))
    extended = [every[i * size : (i + 1) * size] for i in range(len(lines))]
    timings["classify"] = timings.get("classify", 0.0) + (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    layout, shifts = _choose_windows(extended, length)
    lines_probs = [p[MARGIN + s : MARGIN + s + length] for p, s in zip(extended, shifts, strict=True)]
    decoded = decode(lines_probs, layout)
    timings["decode"] = timings.get("decode", 0.0) + (time.perf_counter() - start) * 1000
    if decoded.unsure and len(decoded.unsure) <= MAX_SECOND_LOOKS:
        start = time.perf_counter()
        lines_probs = second_opinion(classifier, lines, oriented, shifts, lines_probs, decoded.unsure)
        decoded = decode(lines_probs, layout)
        timings["second opinion"] = timings.get("second opinion", 0.0) + (time.perf_counter() - start) * 1000
    if (
        decoded.unsure
        and len(decoded.unsure) <= MAX_SECOND_LOOKS
        and engines[0] is not None
        and _valid_but_unsure(decoded.lines, layout, today)
    ):
        recogniser = engines[0]()
        if recogniser is not None:
            start = time.perf_counter()
            repaired = {(li, ci) for li, ci, _ in decoded.repaired}
            low = [cell for cell in decoded.unsure if cell not in repaired]
            # the repaired cells too: the MRZ model seeing the repair's symbol confirms it
            seen = tesseract_reads(recogniser, lines, oriented, shifts, sorted({*low, *repaired}))
            proposed = proposed_corrections(decoded, lines_probs, layout, seen)
            # the third reader: on the proposed corrections, and on the cells no check digit covers
            # that the MRZ model would confirm (it must not see another glyph there)
            _, protected = masks(layout)
            # and on the cells no check digit covers, and those under a check digit that cannot tell
            # their symbol from a check-equivalent one (it may see the glyph's shape)
            admitted = admitted_probabilities(lines_probs, layout)
            ask = sorted(
                set(proposed)
                | {cell for cell in seen if not protected[cell[0]][cell[1]]}
                | {cell for cell in low if not protected[cell[0]][cell[1]]}
                | {
                    cell
                    for cell in low
                    if protected[cell[0]][cell[1]] and equivalent_doubt(admitted, decoded.lines, cell)
                }
            )
            checker = engines[1]() if ask and engines[1] is not None else None
            checked = None
            if checker is not None:
                checked = tesseract_reads(checker, lines, oriented, shifts, ask)
            combine_with_tesseract(decoded, lines_probs, layout, seen, checked)
            timings["second opinion"] = (
                timings.get("second opinion", 0.0) + (time.perf_counter() - start) * 1000
            )
    start = time.perf_counter()
    result = check_mrz(decoded.lines, today=today)
    # a line whose cells were placed one or more cells off is read confidently but wrongly
    fits = (
        aligned(lines, oriented, shifts)
        and quiet(lines, shifts, proven_lines(layout, decoded.lines))
        and within_frame(lines, oriented, shifts, image_shape)
        and within_strips(lines, oriented, shifts)
        and not _code_forced(lines_probs[0][0], decoded.lines[0][0])
    )
    unsure = bool(decoded.unsure) or not fits
    if result.valid and unsure:
        result = dataclasses.replace(result, valid=False)
    raw = ["".join(CLASSES[k] for k in p.argmax(axis=1)) for p in lines_probs]
    timings["decode"] = timings.get("decode", 0.0) + (time.perf_counter() - start) * 1000
    return CnnReading(
        decoded.lines, decoded.confidence, result, raw, unsure, decoded, lines_probs, oriented, fits
    )
