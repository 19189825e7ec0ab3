"""The layout and the line starts chosen from the grammar, lines sharing one cell grid, ruled lines
taken out before the glyphs are counted, and the two engines combined per cell. Synthetic inputs
only: probabilities built from known lines, strips and masks drawn here."""

from __future__ import annotations

import cv2
import numpy as np

from midas_desktop.domain.mrz import LAYOUTS
from midas_desktop.ocr.cells import fit_grid, regrid
from midas_desktop.ocr.classify import CLASSES
from midas_desktop.ocr.decode import decode
from midas_desktop.ocr.engine_cnn import MARGIN, _choose_windows, _code_forced, combine_with_tesseract
from midas_desktop.ocr.locate import _group, _Run, without_rules


def _sure(text: str, p: float = 0.98) -> np.ndarray:
    """Probabilities of a classifier that reads ``text`` with confidence ``p`` per cell."""
    probs = np.full((len(text), len(CLASSES)), (1.0 - p) / (len(CLASSES) - 1))
    probs[np.arange(len(text)), [CLASSES.index(c) for c in text]] = p
    return probs


def _with_margins(text: str) -> np.ndarray:
    return _sure("<" * MARGIN + text + "<" * MARGIN)


# A visa (MRV-B) whose second line, read as a TD2, also agrees with TD2's composite check digit by
# chance: the document code V settles it, and the first line keeps its V.
VISA = ["VCCANCARCAMO<RAMIREZ<<BEATRIZ<<<<<<<", "ED44026405MEX0112031F251110028XANMU8"]


def test_a_visa_keeps_its_v_against_a_td2_whose_composite_agrees_by_chance() -> None:
    from midas_desktop.ocr.repair import checks_agree

    assert checks_agree(VISA, LAYOUTS["MRVB"])
    # the same second line under TD2, with the first line one cell on, passes every check too
    assert checks_agree([VISA[0][1:] + "<", VISA[1]], LAYOUTS["TD2"])
    layout, shifts = _choose_windows([_with_margins(line) for line in VISA], 36)
    assert layout.type == "MRVB" and shifts == [0, 0]
    decoded = decode([_sure(line) for line in VISA], layout)
    assert decoded.lines == VISA


def test_a_doubtful_zero_failing_two_check_digits_does_not_make_a_passport_a_visa() -> None:
    # a passport (TD3) whose personal number's 0 the model reads as an O at 69% (the 0 at 27%): on
    # the likeliest symbols its personal number and composite check digits fail; the P read at 97%
    # keeps it a passport, as a visa (MRV-A, no check digit there) would read the P as a V at 0.2%
    passport = [
        "P<USAGUTIERREZ<<JOSE<FERNANDO<<<<<<<<<<<<<<<",
        "EI1WQ8SCP0VEN8009076M3207291NUPZB0<<<<<<<<42",
    ]
    first = _with_margins(passport[0])
    first[MARGIN] = 0.0
    first[MARGIN, CLASSES.index("P")], first[MARGIN, CLASSES.index("V")] = 0.967, 0.002
    first[MARGIN] += (1.0 - first[MARGIN].sum()) / len(CLASSES)
    second = _with_margins(passport[1])
    second[MARGIN + 33] = 0.0
    second[MARGIN + 33, CLASSES.index("O")], second[MARGIN + 33, CLASSES.index("0")] = 0.693, 0.266
    second[MARGIN + 33, CLASSES.index("D")] = 0.041
    layout, shifts = _choose_windows([first, second], 44)
    assert layout.type == "TD3" and shifts == [0, 0]
    assert decode([p[MARGIN:-MARGIN] for p in (first, second)], layout).lines == passport
    # a check digit no doubtful cell can make agree still costs the whole penalty: with the 0 read
    # surely as an O, the visa's reading wins (never valid: the P seen plainly, _code_forced)
    second[MARGIN + 33] = _sure("O")[0]
    layout, _shifts = _choose_windows([first, second], 44)
    assert layout.type == "MRVA"


def test_lines_keep_their_common_start() -> None:
    # a stray glyph-like mark before the first line (an 'I' where the margin is): the first line
    # still starts where the second, proven by its check digits, does
    td3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
    first = _sure("<I" + td3[0] + "<<")
    layout, shifts = _choose_windows([first, _with_margins(td3[1])], 44)
    assert layout.type == "TD3" and shifts == [0, 0]


def test_a_passports_p_does_not_fit_a_36_cell_layout() -> None:
    p_cell = _sure("P")[0]
    assert _code_forced(p_cell, "V")  # a TD3's P read into an MRV-B
    assert not _code_forced(p_cell, "P")
    unsure_cell = np.full(len(CLASSES), 1.0 / len(CLASSES))
    assert not _code_forced(unsure_cell, "V")  # nothing plainly seen: no verdict from it


def _strip(pitch: float, count: int, skip: int | None = None) -> np.ndarray:
    """A line strip of ``count`` glyph-like bars at ``pitch`` (bar ``skip`` left out)."""
    width = int(pitch * (count + 4))
    strip = np.full((40, width), 235, np.uint8)
    for k in range(count):
        if k == skip:
            continue
        x = int(2 * pitch + k * pitch)
        cv2.rectangle(strip, (x + 3, 8), (x + int(pitch) - 6, 31), 20, -1)
    return strip


def test_a_line_that_lost_a_blob_is_indexed_by_its_neighbour() -> None:
    pitch = 20.0
    whole = fit_grid(_strip(pitch, 44), pitch)
    assert whole is not None
    reference = np.polyval(whole.coeffs, np.arange(int(whole.index.min()) - 3, int(whole.index.max()) + 4))
    holed = fit_grid(_strip(pitch, 44, skip=20), pitch)
    assert holed is not None
    moved = regrid(holed, reference)
    assert moved is not None
    # every blob lands on the cell of the bar it is: the gap left by the missing bar stays a cell
    spacing = np.diff(moved.index[moved.inlier])
    assert sorted(set(spacing.tolist())) == [1, 2] and int(np.count_nonzero(spacing == 2)) == 1
    assert int(np.count_nonzero(moved.inlier)) == 43


def test_ruled_lines_go_glyphs_stay_whole() -> None:
    binary = np.zeros((60, 300), np.uint8)
    for k in range(8):  # glyph-like vertical strokes, 20 px tall
        cv2.rectangle(binary, (20 + 30 * k, 20), (24 + 30 * k, 40), 255, -1)
    cv2.line(binary, (0, 30), (299, 30), 255, 2)  # a box edge straight through them
    cv2.line(binary, (290, 0), (290, 59), 255, 2)  # and a vertical one beside them
    cleaned = without_rules(binary, 45)
    count, _, stats, _ = cv2.connectedComponentsWithStats(cleaned, connectivity=8)
    heights = [int(h) for h in stats[1:, cv2.CC_STAT_HEIGHT]]
    assert count - 1 == 8  # eight glyphs, no rule, none joined to another
    assert min(heights) >= 20  # each stroke whole where the rule crossed it
    assert cleaned[30, 100] == 0 and cleaned[10, 290] == 0


def test_tesseract_corrects_an_unsure_name_letter_but_the_cell_stays_unsure() -> None:
    lines = ["P<USATRAVELER<<HAPPY<<<<<<<<<<<<<<<<<<<<<<<<", "1500000035USA5609165M0811150<<<<<<<<<<<<<<08"]
    probs = [_sure(line) for line in lines]
    probs[0][9] = 0.0  # the E of TRAVELER: the model saw a C, an E its second choice
    probs[0][9, CLASSES.index("C")] = 0.57
    probs[0][9, CLASSES.index("E")] = 0.33
    probs[0][9, CLASSES.index("I")] = 0.10
    decoded = decode(probs, LAYOUTS["TD3"])
    assert decoded.lines[0][9] == "C" and (0, 9) in decoded.unsure
    # the MRZ model proposes the E, stock eng sees it too: taken, the cell still unsure
    combine_with_tesseract(decoded, probs, LAYOUTS["TD3"], {(0, 9): ("E", 96.0)}, {(0, 9): ("E", 93.0)})
    assert decoded.lines == lines and (0, 9) in decoded.unsure
    # however certain the MRZ model is, its word alone changes nothing and makes nothing sure
    decoded = decode(probs, LAYOUTS["TD3"])
    combine_with_tesseract(decoded, probs, LAYOUTS["TD3"], {(0, 9): ("E", 99.9)})
    assert decoded.lines[0][9] == "C" and (0, 9) in decoded.unsure
    combine_with_tesseract(decoded, probs, LAYOUTS["TD3"], {(0, 9): ("E", 99.9)}, {(0, 9): ("C", 94.0)})
    assert decoded.lines[0][9] == "C" and (0, 9) in decoded.unsure
    # stock eng as sure of the model's C as ENG_CONFIRMS: the two independent readers settle it
    combine_with_tesseract(decoded, probs, LAYOUTS["TD3"], {(0, 9): ("E", 99.9)}, {(0, 9): ("C", 95.0)})
    assert decoded.lines[0][9] == "C" and (0, 9) not in decoded.unsure
    decoded = decode(probs, LAYOUTS["TD3"])
    # a glyph the model hardly considered, or a Tesseract that is not sure, changes nothing
    decoded = decode(probs, LAYOUTS["TD3"])
    combine_with_tesseract(decoded, probs, LAYOUTS["TD3"], {(0, 9): ("F", 99.0)}, {(0, 9): ("F", 99.0)})
    assert decoded.lines[0][9] == "C"
    combine_with_tesseract(decoded, probs, LAYOUTS["TD3"], {(0, 9): ("E", 70.0)}, {(0, 9): ("E", 99.0)})
    assert decoded.lines[0][9] == "C"
    # Tesseract seeing the model's own glyph with confidence makes the cell sure, once the third
    # reader was asked and saw nothing else there
    combine_with_tesseract(decoded, probs, LAYOUTS["TD3"], {(0, 9): ("C", 95.0)})
    assert (0, 9) in decoded.unsure
    combine_with_tesseract(decoded, probs, LAYOUTS["TD3"], {(0, 9): ("C", 95.0)}, {})
    assert (0, 9) not in decoded.unsure


def test_a_doubtful_protected_cell_is_sure_only_alone_under_its_check_digits() -> None:
    lines = ["P<EGYMABROUK<<ALAAELDIN<ISMAIL<MOHAMED<<<<<<", "A000513764EGY6002202M1503151<<<<<<<<<<<<<<06"]

    def doubt(probs: list[np.ndarray], cell: int, top: str, second: str, p: float) -> None:
        probs[1][cell] = 0.0
        probs[1][cell, CLASSES.index(top)] = p
        probs[1][cell, CLASSES.index(second)] = 1.0 - p

    probs = [_sure(line) for line in lines]
    doubt(probs, 1, "0", "O", 0.56)  # a zero or an O: the check digit tells them apart
    assert decode(probs, LAYOUTS["TD3"]).unsure == []
    doubt(probs, 3, "0", "O", 0.56)  # a second such cell under the same check digits: O, O would agree too
    assert {(1, 1), (1, 3)} <= set(decode(probs, LAYOUTS["TD3"]).unsure)
    probs = [_sure(line) for line in lines]
    probs[1][1] = 0.0  # the likeliest, but by no margin: below half
    probs[1][1, [CLASSES.index("0"), CLASSES.index("O"), CLASSES.index("D")]] = (0.42, 0.30, 0.28)
    assert (1, 1) in decode(probs, LAYOUTS["TD3"]).unsure


def _row(v: float, height: float, pitch: float, count: int = 36) -> _Run:
    glyphs = [(100.0 + k * pitch, v, 0.6 * height, height) for k in range(count)]
    return _Run(glyphs, glyphs[0][0], glyphs[-1][0], v, height, pitch)


def test_the_lines_of_an_mrz_turned_steeply_are_far_enough_apart() -> None:
    # a TD2 turned by 52 degrees: its glyphs' upright boxes, measured across the rows, make them
    # 21 px high where the lines lie 23 px apart (the glyphs are 15 px high)
    rows = [_row(403.0, 21.4, 15.4), _row(426.0, 21.1, 15.2)]
    chains = _group(rows, -51.75)
    assert [len(chain) for chain in chains] == [2]
    # upright, rows closer than 1.1 glyph heights are not two lines (the same row found twice)
    assert _group(rows, 0.0) == []
    assert [len(chain) for chain in _group([_row(403.0, 15.0, 15.4), _row(426.0, 15.0, 15.2)])] == [2]
