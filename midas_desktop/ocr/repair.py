"""From recognised symbols to MRZ lines: fit to the fixed pitch, then field-aware repair.

1. :func:`fit_line` places each symbol in its cell of the OCR-B grid (the MRZ has a fixed pitch and
   a known length, 30/36/44), so a run of '<' that Tesseract collapsed is restored by position:
   cells left empty between symbols are fillers. A '<' box that spans k cells fills k cells.
2. :func:`repair` uses the layout (:data:`LAYOUTS`): a letter in a digit field can only be its
   look-alike digit (O/Q/D->0, I->1, B->8, S->5, Z->2, G->6) and a digit in a letter field only its
   look-alike letter; filler noise at the end of the name and optional fields ('KKK' after a run of
   fillers) becomes fillers. Only when check digits still fail, look-alike swaps inside the
   alphanumeric fields are tried, and only at low-confidence cells, and they are kept only when
   :func:`check_mrz` then finds every check digit and the layout in agreement.
Nothing here invents a valid result: the caller's verdict is always ``check_mrz`` on the final lines.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from midas_desktop.domain.mrz import LAYOUTS, Layout, check_digit, check_mrz

from .recognise import Glyph

FILLER = "<"
TO_DIGIT = {"O": "0", "Q": "0", "D": "0", "I": "1", "B": "8", "S": "5", "Z": "2", "G": "6"}
TO_LETTER = {"0": "O", "1": "I", "8": "B", "5": "S", "2": "Z", "6": "G"}
SWAPS = {
    "0": "O",
    "O": "0",
    "1": "I",
    "I": "1",
    "8": "B",
    "B": "8",
    "5": "S",
    "S": "5",
    "2": "Z",
    "Z": "2",
    "6": "G",
    "G": "6",
}
NOISE = frozenset("KCEL")
LOW_CONFIDENCE = 90.0
_VALUES = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
MAX_SWAPS = 2


@dataclass
class FittedLine:
    """A line of exactly ``length`` characters and one confidence (0-100) per cell."""

    chars: list[str]
    confidence: list[float]
    filled: int  # cells no symbol landed in (set to '<')
    heights: list[float] = field(default_factory=list)  # ink height per cell (0 when unknown)

    @property
    def text(self) -> str:
        return "".join(self.chars)


def _expand(glyphs: Sequence[Glyph], pitch: float) -> list[Glyph]:
    """Symbols, with a '<' whose box spans k pitches split into k fillers."""
    out: list[Glyph] = []
    for g in glyphs:
        width = g.box[2] - g.box[0]
        count = round(width / pitch) if g.text == FILLER else 1
        if count <= 1:
            out.append(g)
            continue
        step = width / count
        for i in range(count):
            x0 = int(g.box[0] + i * step)
            out.append(Glyph(FILLER, (x0, g.box[1], int(x0 + step), g.box[3]), g.confidence))
    return out


def fit_line(
    glyphs: Sequence[Glyph], length: int, pitch_hint: float, anchor: float | None = None
) -> FittedLine:
    """Place symbols in ``length`` cells by the gaps between them (pitch measured locally).

    Missing cells between two symbols are fillers (Tesseract collapses '<<<'); two symbols closer
    than half a pitch share a cell (the more confident wins); missing cells at the end are fillers.
    """
    symbols = [Glyph(g.text[0], g.box, g.confidence) for g in glyphs if g.text]
    if not symbols:
        return FittedLine([FILLER] * length, [0.0] * length, length)
    if len(symbols) == length:
        return FittedLine(
            [g.text for g in symbols],
            [g.confidence for g in symbols],
            0,
            [float(g.box[3] - g.box[1]) for g in symbols],
        )
    centers = [g.center for g in symbols]
    gaps = [b - a for a, b in itertools.pairwise(centers)]
    good = sorted(gap for gap in gaps if 0.6 * pitch_hint < gap < 1.4 * pitch_hint)
    pitch = good[len(good) // 2] if good else pitch_hint
    symbols = _expand(symbols, pitch)
    centers = [g.center for g in symbols]
    gaps = [b - a for a, b in itertools.pairwise(centers)]
    cells = [0]
    for i, gap in enumerate(gaps):
        nearby = [x for x in gaps[max(0, i - 4) : i + 5] if 0.75 * pitch < x < 1.3 * pitch]
        local = sorted(nearby)[len(nearby) // 2] if nearby else pitch
        cells.append(cells[-1] + round(gap / local))
    span = cells[-1] + 1
    offset = 0
    if anchor is not None:
        # the locator saw the first glyph at `anchor`: symbols starting later lost leading cells,
        # symbols before it are strays
        lead = round((centers[0] - anchor) / pitch)
        offset = -lead if lead <= 0 else -min(lead, max(0, length - span))
    elif span > length:  # stray symbols at the ends: keep the most confident window of `length` cells
        offset = max(
            range(0, span - length + 1),
            key=lambda s: sum(
                g.confidence for g, k in zip(symbols, cells, strict=True) if s <= k < s + length
            ),
        )
    chars = [FILLER] * length
    conf = [50.0] * length
    heights = [0.0] * length
    taken = [False] * length
    order = sorted(zip(symbols, cells, strict=True), key=lambda item: -item[0].confidence)
    for g, k in order:
        k -= offset
        if 0 <= k < length and not taken[k]:
            chars[k] = g.text
            conf[k] = g.confidence
            heights[k] = float(g.box[3] - g.box[1])
            taken[k] = True
    return FittedLine(chars, conf, taken.count(False), heights)


def layout_for(lines: Sequence[str]) -> Layout | None:
    """The layout the line count, length and first character point to."""
    if not lines:
        return None
    length = len(lines[0])
    if len(lines) == 3 and length == 30:
        return LAYOUTS["TD1"]
    if len(lines) == 2 and length in (36, 44):
        visa = lines[0][:1] == "V"
        if length == 36:
            return LAYOUTS["MRVB" if visa else "TD2"]
        return LAYOUTS["MRVA" if visa else "TD3"]
    return None


@dataclass
class Repaired:
    lines: list[str]
    changed: list[int]  # characters changed per line


def _clean_tail(chars: list[str], start: int, end: int, names: bool) -> None:
    """In chars[start:end], noise letters after three fillers (once content began) become fillers."""
    segment = "".join(chars[start:end])
    begun = len(segment) - len(segment.lstrip(FILLER))
    closing = segment.find(FILLER * 3, begun)
    if closing != -1 and (names or all(c in NOISE or c == FILLER for c in segment[closing:])):
        for i in range(start + closing, end):
            chars[i] = FILLER
    # optional data holding nothing but noise letters among fillers ('<<<<K<<')
    content = [c for c in chars[start:end] if c != FILLER]
    if not names and content and all(c in NOISE for c in content) and len(content) <= 2:
        for i in range(start, end):
            chars[i] = FILLER
    # a run of K at the very end of the field ('MARIAKKKK', 'P4<<<KKK')
    k = end
    while k > start and chars[k - 1] == "K":
        k -= 1
    if end - k >= 3:
        for i in range(k, end):
            chars[i] = FILLER


def forced(lines: Sequence[str], layout: Layout) -> Repaired:
    """Class-forced corrections (see module doc); positions outside the layout are left alone."""
    out = [list(line) for line in lines]
    for span in layout.fields:
        chars = out[span.line]
        for i in range(span.start, min(span.end, len(chars))):
            c = chars[i]
            if span.kind in ("digit", "check") and c.isalpha():
                chars[i] = TO_DIGIT.get(c, c)
            elif span.kind in ("alpha", "name") and c.isdigit():
                chars[i] = TO_LETTER.get(c, c)
            elif span.kind == "sex" and c not in "MF<":
                chars[i] = {"K": "<"}.get(c, c)
        if span.kind == "name" or span.name in ("optional_data", "optional_data_2"):
            _clean_tail(chars, span.start, min(span.end, len(chars)), span.kind == "name")
    # Dates: a date is all digits or all fillers; a lone '<' in a date is a misread digit we cannot know.
    new = ["".join(chars) for chars in out]
    changed = [sum(a != b for a, b in zip(x, y, strict=False)) for x, y in zip(lines, new, strict=True)]
    return Repaired(new, changed)


def checks_agree(lines: Sequence[str], layout: Layout) -> bool:
    """Every check digit of ``layout`` agrees (fast pre-test; the verdict is still check_mrz)."""
    for spec in layout.checks:
        found = lines[spec.line][spec.index]
        data = spec.data(list(lines))
        if found == FILLER and spec.name == "optional_data" and set(data) <= {FILLER}:
            continue
        if not all(c in _VALUES for c in data) or check_digit(data) != found:
            return False
    return True


PLAIN_LETTERS = frozenset("ACEFHJKMNPRTUVWXY")
PLAIN_DIGITS = frozenset("3479")


def suspects(lines: Sequence[str], heights: Sequence[Sequence[float]]) -> set[tuple[int, int]]:
    """Cells whose look-alike reading fits the glyph's height better (OCR-B digits are ~10% taller)."""
    letters = [
        h
        for line, hs in zip(lines, heights, strict=True)
        for c, h in zip(line, hs, strict=False)
        if c in PLAIN_LETTERS and h > 0
    ]
    digits = [
        h
        for line, hs in zip(lines, heights, strict=True)
        for c, h in zip(line, hs, strict=False)
        if c in PLAIN_DIGITS and h > 0
    ]
    if len(letters) < 3 or len(digits) < 3:
        return set()
    letter_h = sorted(letters)[len(letters) // 2]
    digit_h = sorted(digits)[len(digits) // 2]
    if digit_h - letter_h < 0.04 * letter_h:
        return set()
    middle = (letter_h + digit_h) / 2
    out = set()
    for i, (line, hs) in enumerate(zip(lines, heights, strict=True)):
        for j, (c, h) in enumerate(zip(line, hs, strict=False)):
            if h <= 0 or c not in SWAPS:
                continue
            if (c.isalpha() and h > middle) or (c.isdigit() and h < middle):
                out.add((i, j))
    return out


def ambiguity_search(
    lines: Sequence[str],
    layout: Layout,
    confidence: Sequence[Sequence[float]],
    heights: Sequence[Sequence[float]] | None = None,
) -> Repaired | None:
    """Look-alike swaps in alphanumeric fields that make every check agree.

    A cell is tried when its glyph height says it is the other class (OCR-B digits are taller than
    letters) or when Tesseract was unsure of it; a repair is kept only when exactly one choice of
    swaps makes every check digit agree and check_mrz calls the result valid.
    """
    tall = suspects(lines, heights) if heights is not None else set()
    positions: list[tuple[int, int]] = []
    for span in layout.fields:
        if span.kind != "alnum":
            continue
        for i in range(span.start, span.end):
            c = lines[span.line][i]
            if c in SWAPS and ((span.line, i) in tall or confidence[span.line][i] < LOW_CONFIDENCE):
                positions.append((span.line, i))
    if not positions or len(positions) > 12:
        return None
    for count in range(1, MAX_SWAPS + 1):
        found: list[list[str]] = []
        for chosen in itertools.combinations(positions, count):
            trial = [list(line) for line in lines]
            for line, i in chosen:
                trial[line][i] = SWAPS[trial[line][i]]
            texts = ["".join(t) for t in trial]
            if checks_agree(texts, layout) and check_mrz(texts).valid:
                found.append(texts)
        if len(found) == 1:  # exactly one way to agree: take it; several: ambiguous, take none
            changed = [
                sum(a != b for a, b in zip(x, y, strict=True)) for x, y in zip(lines, found[0], strict=True)
            ]
            return Repaired(found[0], changed)
        if found:
            return None
    return None
