"""From per-cell class probabilities to MRZ lines: field-aware choice, check-digit search, verdict.

1. Every cell is restricted to the symbols its field admits (:data:`LAYOUTS` char classes: digits
   in dates and check digits, letters in codes and names, M/F/< for sex, the document code's first
   letter by layout) and takes its most probable admitted symbol.
2. When check digits disagree, the most probable combination of alternatives (each cell's top
   three, cheapest first by log-probability ratio, at most ``MAX_CHANGES`` cells and
   ``MAX_EXPANSIONS`` search steps) that makes every check digit agree is taken, unless it goes
   against a clear preference of the model (then the lines stay as printed: a misprinted check
   digit must not be "repaired" into the data).
3. The verdict (``Decoded.unsure``) asks more than agreeing check digits, because check digits do not
   protect everything: names, country codes, sex and visa optional data have none, and '<', '0',
   'A', 'K' and 'U' (also '1', 'B', 'L', 'V' and so on) weigh the same in a check digit. So:
   unprotected cells need a high probability, protected cells need a low probability on every
   check-equivalent alternative, and a repaired cell's new symbol must have been close to the top.
   Probabilities are renormalised over the field's admitted symbols first ('O' in a date is '0'),
   after a cell torn between two look-alikes (O/0, I/1, Z/2, S/5, G/6, B/8) in a field that admits
   only one of them has been given both shares.
   The thresholds were set on synthetic validation sets of seeds never used for the benchmark.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from midas_desktop.domain.mrz import Layout

from .classify import CLASSES
from .repair import checks_agree

INDEX = {c: i for i, c in enumerate(CLASSES)}
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
ALLOWED = {
    "digit": DIGITS + "<",
    "check": DIGITS + "<",
    "alpha": LETTERS + "<",
    "name": LETTERS + "<",
    "sex": "MF<",
    "alnum": CLASSES,
    "filler": "<",
}
MAX_CHANGES = 4
MAX_EXPANSIONS = 4096
MAX_COST = math.log(1e4)  # alternatives 10^4 times less likely than the top are never tried
# Verdict thresholds (probabilities from the softmax), calibrated with a margin: see module doc.
# The model was trained with label smoothing 0.02, so a certain cell scores ~0.98, not 1.
UNPROTECTED_MIN = 0.90  # a cell no check digit covers (wrong ones seen up to 0.63 when checks agreed)
PROTECTED_MIN = 0.80  # a cell a check digit covers (wrong ones seen up to 0.55 when checks agreed)
PROTECTED_ALONE = 0.5  # ... or this, when it is the only doubtful cell under its check digits
EQUIVALENT_MAX = 0.02  # mass on check-equivalent alternatives of a protected cell
REPAIR_MARGIN = 0.08  # below this share of the top's probability, a repair is not even made
REPAIR_SURE = 0.25  # a repaired cell's symbol must have had this share for a valid verdict
MAX_REPAIRS = 2
PRINTED_LETTER = 0.95  # a check digit's cell read as a letter this surely keeps the letter, as printed
PIN_FLOOR = 0.005  # alternatives the model gave less than this are not weighed by the check digits
PIN_MAX_COMBINATIONS = 4096  # more combinations of doubtful cells than this: nothing is pinned


def _value(char: str) -> int:
    if char == "<":
        return 0
    if char.isdigit():
        return int(char)
    return ord(char) - ord("A") + 10


EQUIVALENT = np.array([[_value(a) % 10 == _value(b) % 10 and a != b for b in CLASSES] for a in CLASSES])


@dataclass
class Decoded:
    """Lines chosen from the probabilities, with what the verdict needs."""

    lines: list[str]
    chosen_p: list[np.ndarray]  # probability of the chosen symbol, per cell
    repaired: list[tuple[int, int, float]] = field(default_factory=list)  # (line, cell, p_new / p_top)
    unsure: list[tuple[int, int]] = field(default_factory=list)  # cells failing the verdict rules

    @property
    def confidence(self) -> list[float]:
        """Per line: the lowest probability of any chosen symbol."""
        return [float(p.min()) if len(p) else 0.0 for p in self.chosen_p]


def masks(layout: Layout) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Per line: admitted-symbol masks (L, 37) and 'protected by a check digit' flags (L,)."""
    allowed = [np.ones((layout.line_length, len(CLASSES)), dtype=bool) for _ in range(layout.line_count)]
    protected = [np.zeros(layout.line_length, dtype=bool) for _ in range(layout.line_count)]
    for span in layout.fields:
        row = np.array([c in ALLOWED[span.kind] for c in CLASSES])
        allowed[span.line][span.start : span.end] = row
    first = np.array([c in layout.document_codes for c in CLASSES])
    allowed[0][0] = first
    # the second character of the document code is a letter by the rules, but digits are printed
    # ('C1' on US permanent resident cards): read it as printed, check_mrz judges it
    allowed[0][1] = True
    for spec in layout.checks:
        protected[spec.line][spec.index] = True
        for line, start, end in spec.covers:
            protected[line][start:end] = True
    return allowed, protected


# OCR-B draws these pairs apart, but print and capture blur them: a cell whose two likeliest
# symbols are one pair, in a field that admits only one of the two, is that one with both shares.
LOOK_ALIKES = (("O", "0"), ("I", "1"), ("Z", "2"), ("S", "5"), ("G", "6"), ("B", "8"))
PAIR_SURE = 0.8  # the pair's two shares together, for the merge


def merge_look_alikes(probs: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """``probs`` (L, 37) with the share of a look-alike the field forbids given to its admitted twin,
    where the model's top two symbols are that pair (see LOOK_ALIKES)."""
    out = probs.copy()
    top2 = np.argsort(-probs, axis=1)[:, :2]
    for letter, digit in LOOK_ALIKES:
        a, b = INDEX[letter], INDEX[digit]
        pair = ((top2[:, 0] == a) & (top2[:, 1] == b)) | ((top2[:, 0] == b) & (top2[:, 1] == a))
        sure = pair & (probs[:, a] + probs[:, b] >= PAIR_SURE)
        to_letter = sure & allowed[:, a] & ~allowed[:, b]
        to_digit = sure & allowed[:, b] & ~allowed[:, a]
        out[to_letter, a] += out[to_letter, b]
        out[to_letter, b] = 0.0
        out[to_digit, b] += out[to_digit, a]
        out[to_digit, a] = 0.0
    return out


def decode(probs: Sequence[np.ndarray], layout: Layout) -> Decoded:
    """The most probable admitted lines, repaired by the check digits when they disagree."""
    allowed, protected = masks(layout)
    probs = [merge_look_alikes(p, a) for p, a in zip(probs, allowed, strict=True)]
    restricted = [np.where(a, p, 0.0) for p, a in zip(probs, allowed, strict=True)]
    picks = [r.argmax(axis=1) for r in restricted]
    lines = ["".join(CLASSES[k] for k in pick) for pick in picks]
    repaired: list[tuple[int, int, float]] = []
    if not checks_agree(lines, layout):
        found = _search(restricted, picks, protected, layout)
        # a repair against a clear preference of the model is more likely a misprinted check digit
        # than a misread: then the lines stay as printed (and invalid)
        if found is not None and all(ratio >= REPAIR_MARGIN for _, _, ratio in found[1]):
            lines, repaired = found
    printed = printed_letters(probs, layout)
    if printed:
        rows = [list(line) for line in lines]
        for (li, ci), letter in printed.items():
            rows[li][ci] = letter
        lines = ["".join(row) for row in rows]
    # judged on the probabilities renormalised over what each field admits: an 'O' the model saw
    # in a date is a '0' for certain, a '0' or 'O' in a document number is not
    admitted = [r / np.maximum(r.sum(axis=1, keepdims=True), 1e-12) for r in restricted]
    chosen = [
        p[np.arange(len(line)), [INDEX[c] for c in line]] for p, line in zip(admitted, lines, strict=True)
    ]
    for li, ci in printed:
        chosen[li][ci] = probs[li][ci, INDEX[lines[li][ci]]]
    decoded = Decoded(lines, chosen, repaired)
    unsure = _unsure(admitted, lines, protected, repaired, layout)
    pinned = pinned_by_checks(admitted, lines, unsure, repaired, layout)
    decoded.unsure = [cell for cell in unsure if cell not in pinned and cell not in printed]
    return decoded


def printed_letters(probs: Sequence[np.ndarray], layout: Layout) -> dict[tuple[int, int], str]:
    """Check digit cells the model reads, surely (``PRINTED_LETTER``), as a letter no digit looks
    like (not O, I, Z, S, G, B): the letter, kept as printed instead of being forced into a digit.
    A printer that left out a check digit moves the next field into its cell (an Austrian card's
    expiry date followed straight by AUT); the check digit then fails as printed, and the reading
    is never valid, as a forced digit might by chance make it."""
    twins = {letter for letter, _digit in LOOK_ALIKES}
    out = {}
    for span in layout.fields:
        if span.kind != "check":
            continue
        for ci in range(span.start, span.end):
            p = probs[span.line][ci]
            top = int(np.argmax(p))
            symbol = CLASSES[top]
            if symbol in LETTERS and symbol not in twins and float(p[top]) >= PRINTED_LETTER:
                out[(span.line, ci)] = symbol
    return out


def admitted_probabilities(probs: Sequence[np.ndarray], layout: Layout) -> list[np.ndarray]:
    """Per line, the probabilities as the verdict judges them: look-alikes merged where the field
    admits one of the pair, restricted to the field's symbols and renormalised (see module doc)."""
    allowed, _ = masks(layout)
    out = []
    for p, a in zip(probs, allowed, strict=True):
        restricted = np.where(a, merge_look_alikes(p, a), 0.0)
        out.append(restricted / np.maximum(restricted.sum(axis=1, keepdims=True), 1e-12))
    return out


def pinned_by_checks(
    probs: Sequence[np.ndarray],
    lines: Sequence[str],
    unsure: Sequence[tuple[int, int]],
    repaired: Sequence[tuple[int, int, float]],
    layout: Layout,
) -> set[tuple[int, int]]:
    """Doubtful protected cells whose symbol the check digits pin (``probs``: admitted, see
    :func:`admitted_probabilities`), when the lines agree with every check digit.

    Every doubtful protected cell may be any symbol the model gave ``PIN_FLOOR`` or more; a cell is
    pinned when every combination of those alternatives that still agrees with every check digit
    gives it its chosen symbol: whatever else among the doubtful cells is wrong, this one is right.
    The generalisation of the rule that a lone doubtful cell under its check digits is sure (a
    single wrong symbol that is not check-equivalent breaks a check digit) to several: zeros read
    as O at 30% in one document number are pinned when no mix of O and 0 in them still agrees.
    Only cells read as their likeliest symbol with ``PROTECTED_ALONE`` or more, with no more than
    ``EQUIVALENT_MAX`` on check-equivalent symbols and not repaired, are pinned, and only when no
    check digit covering them also covers a doubtful cell that could not be (its alternatives are
    not to be trusted to hold its true symbol)."""
    if not checks_agree(list(lines), layout):
        return set()
    spans = _spans(layout)
    covered = set().union(*spans) if spans else set()
    fixed = {(li, ci) for li, ci, _ in repaired}
    # a repaired cell is doubtful too, never pinned: the repair was chosen to make its check digit
    # agree and may cancel another error there (a 0 read as an O and another "repaired" into a Q
    # agree with a document number's check digit); its alternatives, its reading among them, are
    # weighed with the others'
    doubtful = sorted({cell for cell in [*unsure, *fixed] if cell in covered})
    if not any(cell in covered and cell not in fixed for cell in unsure):
        return set()
    eligible = set()
    options: list[list[tuple[int, tuple[int, ...]]]] = []  # per doubtful cell: (symbol, residue moves)
    _residue, factors = _residues(lines, layout)
    count = 1
    for li, ci in doubtful:
        p = probs[li][ci]
        old = INDEX[lines[li][ci]]
        equivalent = float((p * EQUIVALENT[old]).sum())
        if (li, ci) not in fixed and p[old] >= PROTECTED_ALONE and equivalent <= EQUIVALENT_MAX:
            eligible.add((li, ci))
        choices = [(old, (0,) * len(spans))]
        for k in (int(v) for v in np.flatnonzero(p >= PIN_FLOOR)):
            if k == old:
                continue
            delta = [0] * len(spans)
            for s_index, factor in factors.get((li, ci), []):
                delta[s_index] = (delta[s_index] + factor * (_value(CLASSES[k]) - _value(CLASSES[old]))) % 10
            choices.append((k, tuple(delta)))
        options.append(choices)
        count *= len(choices)
    if count > PIN_MAX_COMBINATIONS:
        return set()
    untrusted = [
        span
        for span in spans
        if any(cell in span and cell not in eligible and cell not in fixed for cell in doubtful)
    ]
    pinned = {cell for cell in eligible if not any(cell in span for span in untrusted)}
    for combination in itertools.product(*options):
        if not pinned:
            break
        if all(sum(moves) % 10 == 0 for moves in zip(*(delta for _, delta in combination), strict=True)):
            pinned -= {
                cell
                for cell, (symbol, _) in zip(doubtful, combination, strict=True)
                if symbol != INDEX[lines[cell[0]][cell[1]]]
            }
    return pinned


Factors = dict[tuple[int, int], list[tuple[int, int]]]


def _residues(lines: Sequence[str], layout: Layout) -> tuple[list[int], Factors]:
    """Per check: (weighted sum - check digit) mod 10, zero when it agrees; and per cell the
    (check, factor) pairs through which a change of its value moves those residues."""
    residues: list[int] = []
    factors: Factors = {}
    weights = (7, 3, 1)
    for s_index, spec in enumerate(layout.checks):
        total, position = 0, 0
        for line, start, end in spec.covers:
            for ci in range(start, end):
                total += weights[position % 3] * _value(lines[line][ci])
                factors.setdefault((line, ci), []).append((s_index, weights[position % 3]))
                position += 1
        found = lines[spec.line][spec.index]
        factors.setdefault((spec.line, spec.index), []).append((s_index, -1))
        residues.append((total - _value(found)) % 10)
    return residues, factors


def _search(
    restricted: list[np.ndarray], picks: list[np.ndarray], protected: list[np.ndarray], layout: Layout
) -> tuple[list[str], list[tuple[int, int, float]]] | None:
    """Cheapest set of alternative symbols in protected cells that makes every check agree.

    Subsets of alternatives are visited in order of total cost (a heap with the two successors
    'swap the last for the next' and 'add the next'), each judged by the check-digit residues in
    integer arithmetic; at most ``MAX_EXPANSIONS`` visits, at most ``MAX_CHANGES`` cells changed.
    """
    base = [[CLASSES[k] for k in pick] for pick in picks]
    residues, factors = _residues(["".join(row) for row in base], layout)
    options: list[tuple[float, int, int, int, float, tuple[int, ...]]] = []
    for li, (r, pick) in enumerate(zip(restricted, picks, strict=True)):
        for ci in (int(v) for v in np.flatnonzero(protected[li])):
            top = r[ci, pick[ci]]
            if top <= 0:
                continue
            old = _value(CLASSES[pick[ci]])
            for k in (int(v) for v in np.argsort(-r[ci])[1:4]):
                if r[ci, k] <= 0:
                    continue
                ratio = float(r[ci, k] / top)
                cost = -math.log(ratio)
                if cost > MAX_COST:
                    continue
                delta = [0] * len(residues)
                for s_index, factor in factors.get((li, ci), []):
                    delta[s_index] = (delta[s_index] + factor * (_value(CLASSES[k]) - old)) % 10
                options.append((cost, li, ci, k, ratio, tuple(delta)))
    if not options:
        return None
    options.sort()
    options = options[:64]
    start = tuple(residues)

    def moved(state: tuple[int, ...], i: int, sign: int = 1) -> tuple[int, ...]:
        return tuple((a + sign * b) % 10 for a, b in zip(state, options[i][5], strict=True))

    # heap items: (cost, chosen option indices, residues after applying them)
    heap: list[tuple[float, tuple[int, ...], tuple[int, ...]]] = [(options[0][0], (0,), moved(start, 0))]
    for _ in range(MAX_EXPANSIONS):
        if not heap:
            break
        cost, chosen, state = heapq.heappop(heap)
        cells = {(options[i][1], options[i][2]) for i in chosen}
        if not any(state) and len(cells) == len(chosen):
            trial = [row[:] for row in base]
            for i in chosen:
                trial[options[i][1]][options[i][2]] = CLASSES[options[i][3]]
            texts = ["".join(row) for row in trial]
            if checks_agree(texts, layout):
                return texts, [(options[i][1], options[i][2], options[i][4]) for i in chosen]
        last = chosen[-1]
        if last + 1 < len(options):
            swap = (*chosen[:-1], last + 1)
            swapped = moved(moved(state, last, -1), last + 1)
            heapq.heappush(heap, (cost - options[last][0] + options[last + 1][0], swap, swapped))
            if len(chosen) < MAX_CHANGES:
                grown = (*chosen, last + 1)
                heapq.heappush(heap, (cost + options[last + 1][0], grown, moved(state, last + 1)))
    return None


def _unsure(
    probs: Sequence[np.ndarray],
    lines: Sequence[str],
    protected: list[np.ndarray],
    repaired: list[tuple[int, int, float]],
    layout: Layout,
) -> list[tuple[int, int]]:
    """Cells that keep the reading from being called valid (see module doc)."""
    out: list[tuple[int, int]] = []
    fixed = {(li, ci) for li, ci, _ in repaired}
    low: list[tuple[int, int]] = []  # protected cells below PROTECTED_MIN, judged below
    for li, (p, line) in enumerate(zip(probs, lines, strict=True)):
        idx = np.array([INDEX[c] for c in line])
        chosen = p[np.arange(len(line)), idx]
        equivalent = (p * EQUIVALENT[idx]).sum(axis=1)
        for ci in range(len(line)):
            if protected[li][ci]:
                if equivalent[ci] > EQUIVALENT_MAX:
                    out.append((li, ci))
                elif chosen[ci] < PROTECTED_MIN and (li, ci) not in fixed:
                    # (a repaired cell was below the top choice by construction: the margin rule
                    # judges it)
                    low.append((li, ci) if chosen[ci] >= PROTECTED_ALONE else (-1 - li, ci))
            elif chosen[ci] < UNPROTECTED_MIN:
                out.append((li, ci))
    out.extend(_low_protected(low, out, layout))
    if len(repaired) > MAX_REPAIRS:
        out.extend((li, ci) for li, ci, _ in repaired)
    else:
        out.extend((li, ci) for li, ci, ratio in repaired if ratio < REPAIR_SURE)
    return out


def _spans(layout: Layout) -> list[set[tuple[int, int]]]:
    """Per check digit, the cells it protects and its own cell."""
    spans = []
    for spec in layout.checks:
        cells = {(line, ci) for line, start, end in spec.covers for ci in range(start, end)}
        cells.add((spec.line, spec.index))
        spans.append(cells)
    return spans


def _low_protected(
    low: list[tuple[int, int]], unsure: list[tuple[int, int]], layout: Layout
) -> list[tuple[int, int]]:
    """Of the protected cells read with less than PROTECTED_MIN (``low``; a negative line number
    marks one below PROTECTED_ALONE), those that stay unsure. A check digit catches any single
    wrong symbol that is not check-equivalent (O for 0, P for D or B: every alternative weighs
    otherwise), so a cell the model still read as its likeliest symbol by a margin, with no
    check-equivalent alternative, is sure when it is the only doubtful cell under every check digit
    covering it: two doubtful cells under one check digit could be wrong together and agree."""
    doubtful = {(li if li >= 0 else -1 - li, ci) for li, ci in low} | set(unsure)
    out = []
    spans = _spans(layout)
    for li, ci in low:
        if li < 0:
            out.append((-1 - li, ci))
            continue
        covering = [span for span in spans if (li, ci) in span]
        alone = bool(covering) and all(len(span & doubtful) == 1 for span in covering)
        if not alone:
            out.append((li, ci))
    return out
