"""Doubtful cells settled by the grammar and by a second engine: check digits that pin several
doubtful cells together, Tesseract's glyphs read in the class their field admits, and Tesseract's
glyphs placed on their cells between anchors. Synthetic inputs only: probabilities built from known
lines, glyph positions written here."""

from __future__ import annotations

import numpy as np

from midas_desktop.domain.mrz import LAYOUTS
from midas_desktop.ocr.classify import CLASSES
from midas_desktop.ocr.decode import admitted_probabilities, decode, pinned_by_checks
from midas_desktop.ocr.engine_cnn import (
    combine_with_tesseract,
    equivalent_doubt,
    in_field,
    place_glyphs,
    proposed_corrections,
    proven_lines,
)

# France's visa specimen (MRV-B): its document number is nine zeros after an F, the zeros printed
# round enough that the glyph model gives each O a third of its probability
VISA = ["VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<<", "F000000005UTO0311063M1401143<M300703"]


def _sure(text: str, p: float = 0.98) -> np.ndarray:
    probs = np.full((len(text), len(CLASSES)), (1.0 - p) / (len(CLASSES) - 1))
    probs[np.arange(len(text)), [CLASSES.index(c) for c in text]] = p
    return probs


def _doubt(probs: list[np.ndarray], line: int, cell: int, shares: dict[str, float]) -> None:
    probs[line][cell] = 0.0
    for symbol, share in shares.items():
        probs[line][cell, CLASSES.index(symbol)] = share


def test_check_digits_pin_doubtful_zeros_no_mix_of_o_and_0_satisfies() -> None:
    # document number weights 7, 3, 1 from its first cell: an O for a 0 moves the check digit by
    # 8 (weight 7), 2 (weight 3) or 4 (weight 1)
    probs = [_sure(line) for line in VISA]
    _doubt(probs, 1, 3, {"0": 0.66, "O": 0.33, "D": 0.01})  # weight 7
    _doubt(probs, 1, 8, {"0": 0.73, "O": 0.26, "D": 0.01})  # weight 1
    decoded = decode(probs, LAYOUTS["MRVB"])
    assert decoded.lines == VISA
    assert decoded.unsure == []  # O at 3: 8; O at 8: 4; both: 2; with D: 1, 3, 5, 4: none is 0
    # two doubtful zeros at weights 7 and 3: O in both moves the check digit by 8 + 2 = 10, agrees
    probs = [_sure(line) for line in VISA]
    _doubt(probs, 1, 3, {"0": 0.66, "O": 0.34})
    _doubt(probs, 1, 4, {"0": 0.66, "O": 0.34})
    assert {(1, 3), (1, 4)} <= set(decode(probs, LAYOUTS["MRVB"]).unsure)


def test_a_doubtful_cell_with_a_check_equivalent_alternative_pins_nothing_beside_it() -> None:
    # U weighs as 0 (30): the check digit cannot tell them apart, nor vouch for its neighbours
    probs = [_sure(line) for line in VISA]
    _doubt(probs, 1, 3, {"0": 0.66, "O": 0.34})
    _doubt(probs, 1, 5, {"0": 0.70, "U": 0.30})
    unsure = set(decode(probs, LAYOUTS["MRVB"]).unsure)
    assert {(1, 3), (1, 5)} <= unsure


def test_nothing_is_pinned_where_the_check_digits_fail_or_a_cell_is_below_half() -> None:
    layout = LAYOUTS["MRVB"]
    probs = [_sure(line) for line in VISA]
    _doubt(probs, 1, 3, {"0": 0.66, "O": 0.34})
    admitted = admitted_probabilities(probs, layout)
    broken = [VISA[0], VISA[1][:9] + "6" + VISA[1][10:]]
    assert pinned_by_checks(admitted, broken, [(1, 3)], [], layout) == set()
    assert pinned_by_checks(admitted, VISA, [(1, 3)], [], layout) == {(1, 3)}
    _doubt(probs, 1, 3, {"0": 0.45, "O": 0.30, "D": 0.25})
    admitted = admitted_probabilities(probs, layout)
    assert pinned_by_checks(admitted, VISA, [(1, 3)], [], layout) == set()


def test_cells_tesseract_confirms_leave_the_rest_to_the_check_digits() -> None:
    # four doubtful zeros (weights 1, 7, 3, 1): O at the second and third would agree, so none is
    # sure from the check digits alone; Tesseract confirms two, and the check digit pins the others
    # even where the MRZ model saw an O
    layout = LAYOUTS["MRVB"]
    probs = [_sure(line) for line in VISA]
    for cell in (2, 3, 4, 8):
        _doubt(probs, 1, cell, {"0": 0.65, "O": 0.34, "D": 0.01})
    decoded = decode(probs, layout)
    assert {(1, 2), (1, 3), (1, 4), (1, 8)} <= set(decoded.unsure)
    seen = {(1, 2): ("0", 91.9), (1, 3): ("O", 93.4), (1, 4): ("0", 91.4), (1, 8): ("O", 94.0)}
    combine_with_tesseract(decoded, probs, layout, seen)
    assert decoded.lines == VISA and decoded.unsure == []
    # with nothing confirmed, the O/0 mix at the second and third cells still agrees: all unsure
    decoded = decode(probs, layout)
    combine_with_tesseract(decoded, probs, layout, {(1, 3): ("O", 93.4), (1, 8): ("O", 94.0)})
    assert {(1, 2), (1, 3), (1, 4)} <= set(decoded.unsure)


def test_tesseracts_glyph_is_read_in_the_class_its_field_admits() -> None:
    layout = LAYOUTS["TD3"]
    seen = {
        (1, 13): ("O", 95.0),  # birth date: digits only, an O is its twin 0
        (1, 14): ("I", 92.0),  # ... an I is a 1
        (0, 6): ("0", 97.0),  # name: letters only, a 0 is an O
        (0, 7): ("5", 97.0),  # ... a 5 an S
        (1, 3): ("O", 96.0),  # document number: letters and digits, the O stays an O
        (1, 15): ("A", 96.0),  # a letter in a date with no digit twin stays what it is
    }
    assert in_field(seen, layout) == {
        (1, 13): ("0", 95.0),
        (1, 14): ("1", 92.0),
        (0, 6): ("O", 97.0),
        (0, 7): ("S", 97.0),
        (1, 3): ("O", 96.0),
        (1, 15): ("A", 96.0),
    }


def test_tesseracts_o_in_a_date_confirms_the_models_zero() -> None:
    lines = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
    layout = LAYOUTS["TD3"]
    probs = [_sure(line) for line in lines]
    # the 0 of the birth date and the first 1 of the expiry date, each the likeliest but below half
    # (no check digit vouches for such a cell)
    _doubt(probs, 1, 15, {"0": 0.45, "8": 0.30, "6": 0.25})
    _doubt(probs, 1, 21, {"1": 0.45, "7": 0.30, "4": 0.25})
    decoded = decode(probs, layout)
    assert {(1, 15), (1, 21)} <= set(decoded.unsure)
    combine_with_tesseract(decoded, probs, layout, {(1, 15): ("O", 96.0), (1, 21): ("I", 95.0)})
    assert decoded.lines == lines and decoded.unsure == []
    # an I in the document number, where I and 1 are both admitted, does not confirm its L; a B in
    # the date is an 8, not the model's 0
    probs = [_sure(line) for line in lines]
    _doubt(probs, 1, 15, {"0": 0.45, "8": 0.30, "6": 0.25})
    _doubt(probs, 1, 0, {"L": 0.45, "E": 0.30, "I": 0.25})
    decoded = decode(probs, layout)
    combine_with_tesseract(decoded, probs, layout, {(1, 0): ("I", 99.0), (1, 15): ("B", 97.0)})
    assert {(1, 0), (1, 15)} <= set(decoded.unsure)


def test_a_name_cell_the_stock_model_reads_otherwise_is_not_confirmed() -> None:
    # the glyph model and the MRZ model, trained on the same renders, both read an I as a Z; stock
    # eng sees the I: the cell, which no check digit covers, stays unsure
    lines = ["VCCRIIBANEZ<HERNANDEZ<<JUAN<JULIO<<<", "TG49263849CRI8112233M3206010H7T2U<<<"]
    layout = LAYOUTS["MRVB"]
    probs = [_sure(line) for line in lines]
    _doubt(probs, 0, 5, {"Z": 0.57, "I": 0.37, "X": 0.06})
    decoded = decode(probs, layout)
    assert decoded.lines[0][5] == "Z" and (0, 5) in decoded.unsure
    combine_with_tesseract(decoded, probs, layout, {(0, 5): ("Z", 98.3)}, {(0, 5): ("I", 98.8)})
    assert (0, 5) in decoded.unsure
    # unsure too when the third reader could not be asked; sure when it saw nothing else there
    combine_with_tesseract(decoded, probs, layout, {(0, 5): ("Z", 98.3)})
    assert (0, 5) in decoded.unsure
    combine_with_tesseract(decoded, probs, layout, {(0, 5): ("Z", 98.3)}, {(0, 5): ("I", 60.0)})
    assert (0, 5) not in decoded.unsure
    # a cell a check digit covers is confirmed by the MRZ model as before: the check digit guards it
    probs = [_sure(line) for line in lines]
    _doubt(probs, 1, 3, {"2": 0.45, "Z": 0.30, "7": 0.25})
    decoded = decode(probs, layout)
    assert (1, 3) in decoded.unsure
    combine_with_tesseract(decoded, probs, layout, {(1, 3): ("2", 97.0)}, {(1, 3): ("Z", 95.0)})
    assert decoded.unsure == []


def test_a_zero_in_a_visas_optional_data_is_corrected_where_both_tesseract_models_see_it() -> None:
    # a visa's optional data (MRV-B line 2, cells 28-35) admits letters and digits and no check
    # digit covers it: the glyph model took a 0 for an O at 70%; both Tesseract models see the 0
    lines = ["V<ESPCASTILLO<SANCHEZ<<CARMEN<<<<<<<", "P494345459ESP7904082F240504503ZVKF<<"]
    layout = LAYOUTS["MRVB"]
    probs = [_sure(line) for line in lines]
    _doubt(probs, 1, 28, {"O": 0.70, "0": 0.26, "D": 0.04})
    decoded = decode(probs, layout)
    assert decoded.lines[1][28] == "O" and (1, 28) in decoded.unsure
    assert proposed_corrections(decoded, probs, layout, {(1, 28): ("0", 98.7)}) == {(1, 28): "0"}
    combine_with_tesseract(decoded, probs, layout, {(1, 28): ("0", 98.7)}, {(1, 28): ("0", 98.5)})
    assert decoded.lines == lines
    # corrected, never made sure (verified by eye): the field admits the 0's look-alike O, which
    # stock eng mixes up with it, however sure both models are
    assert (1, 28) in decoded.unsure
    # stock eng reading an O, or not asked, or the glyph model giving the 0 under 10%: the O stays
    for checked in ({(1, 28): ("O", 97.0)}, {(1, 28): ("0", 80.0)}, None):
        decoded = decode(probs, layout)
        combine_with_tesseract(decoded, probs, layout, {(1, 28): ("0", 98.7)}, checked)
        assert decoded.lines[1][28] == "O" and (1, 28) in decoded.unsure
    _doubt(probs, 1, 28, {"O": 0.90, "0": 0.06, "D": 0.04})
    decoded = decode(probs, layout)
    assert proposed_corrections(decoded, probs, layout, {(1, 28): ("0", 98.7)}) == {}
    # a cell a check digit covers (the document number) is never corrected on Tesseract's word
    probs = [_sure(line) for line in lines]
    _doubt(probs, 1, 3, {"3": 0.55, "8": 0.45})
    decoded = decode(probs, layout)
    assert proposed_corrections(decoded, probs, layout, {(1, 3): ("8", 99.0)}) == {}


PITCH = 24.24
CENTRES = np.array([332.1, 356.4, 380.8, 405.1, 429.4, 453.7, 478.0, 502.3])  # <CALLIE<


def test_glyphs_between_anchors_are_placed_in_order_where_their_boxes_drift() -> None:
    # stock eng on a US passport sample: the second L boxed over the A, the I over that L
    glyphs = [
        (310.0, "<", 97.0),
        (355.0, "C", 99.0),
        (381.5, "A", 99.0),
        (396.0, "L", 99.0),
        (407.5, "L", 99.0),
        (440.0, "I", 96.0),
        (478.5, "E", 56.0),
        (503.0, "<", 99.0),
    ]
    placed = place_glyphs(glyphs, CENTRES, PITCH)
    assert "".join(placed[c][0] for c in range(len(CENTRES))) == "<CALLIE<"
    assert placed[5] == ("I", 96.0)


def test_a_stretch_that_lost_a_glyph_places_nothing() -> None:
    # the MRZ model on the same strip: the I read into the E's box, one glyph short between anchors
    glyphs = [
        (310.0, "<", 99.0),
        (355.0, "G", 93.0),
        (381.5, "A", 99.0),
        (407.5, "L", 99.0),
        (432.0, "L", 99.0),
        (469.0, "E", 93.0),
        (503.0, "<", 99.0),
    ]
    placed = place_glyphs(glyphs, CENTRES, PITCH)
    assert 5 not in placed  # no guess for the I
    assert placed[1] == ("G", 93.0) and placed[6] == ("E", 93.0)  # the anchors keep their glyphs
    # a glyph boxed a whole pitch or more from its cell is not placed, even in a stretch that counts
    # (here the A, boxed over the C: neither is an anchor, and the A lies a pitch from its cell)
    drifted = [(332.0, "<", 99.0), (355.0, "C", 99.0), (356.5, "A", 99.0), (405.0, "L", 99.0)]
    drifted += [(429.0, "L", 99.0), (453.0, "I", 96.0), (478.0, "E", 90.0), (502.0, "<", 99.0)]
    placed = place_glyphs(drifted, CENTRES, PITCH)
    assert 1 not in placed and 2 not in placed and placed[5] == ("I", 96.0)


def test_a_line_read_glyph_for_cell_is_placed_whole() -> None:
    glyphs = [(float(x) + 0.5 * PITCH, c, 90.0) for x, c in zip(CENTRES, "<CALLIE<", strict=True)]
    placed = place_glyphs(glyphs, CENTRES, PITCH)
    assert "".join(placed[c][0] for c in range(len(CENTRES))) == "<CALLIE<"


def test_a_letter_printed_in_a_check_digits_cell_is_read_as_printed() -> None:
    # an Austrian card whose printer left out the expiry date's check digit: AUT starts in its cell
    lines = ["IDAUT000009993<<<<<<<<<<<<<<<<", "7109094F111231AUT<<<<<<<<<<<<0"]
    lines.append("MUSTERFRAU<<ISOLDE<<<<<<<<<<<<")
    layout = LAYOUTS["TD1"]
    probs = [_sure(line, 0.99) for line in lines]
    decoded = decode(probs, layout)
    assert decoded.lines == lines  # not 1112314UT: the A is not forced into a digit
    assert decoded.unsure == []  # read surely: the check digit fails as printed
    # a letter some digit looks like (O, I, Z, S, G, B), or one read less surely, is a digit still
    for shares, digit in (({"O": 0.97, "0": 0.03}, "0"), ({"A": 0.9, "4": 0.1}, "4")):
        probs = [_sure(line, 0.99) for line in lines]
        _doubt(probs, 1, 14, shares)
        assert decode(probs, layout).lines[1][14] == digit


CALLIE = ["P<USANELSON<<CALLIE<<<<<<<<<<<<<<<<<<<<<<<<<", "4220167749USA8810171F2712239572615374<585990"]


def test_a_name_letter_the_glyph_model_and_stock_eng_agree_on_is_sure_whatever_the_mrz_model_saw() -> None:
    # the C of CALLIE: the glyph model 55% C, the MRZ model a G at 93%, stock eng the C at 99%; the
    # I the MRZ model lost (no glyph placed), stock eng sees at 95.6%
    layout = LAYOUTS["TD3"]
    probs = [_sure(line) for line in CALLIE]
    _doubt(probs, 0, 13, {"C": 0.55, "O": 0.28, "0": 0.12, "G": 0.05})
    _doubt(probs, 0, 17, {"1": 0.34, "I": 0.25, "T": 0.21, "L": 0.2})
    decoded = decode(probs, layout)
    assert decoded.lines == CALLIE and {(0, 13), (0, 17)} <= set(decoded.unsure)
    combine_with_tesseract(
        decoded, probs, layout, {(0, 13): ("G", 92.8)}, {(0, 13): ("C", 99.0), (0, 17): ("I", 95.6)}
    )
    assert decoded.lines == CALLIE and decoded.unsure == []
    # stock eng less sure than ENG_CONFIRMS, not asked, or seeing another glyph: unsure
    for checked in ({(0, 13): ("C", 94.0)}, None, {(0, 13): ("O", 99.0)}):
        decoded = decode(probs, layout)
        combine_with_tesseract(decoded, probs, layout, {(0, 13): ("G", 92.8)}, checked)
        assert (0, 13) in decoded.unsure


def test_stock_eng_agreeing_on_a_glyph_whose_look_alike_the_field_admits_settles_nothing() -> None:
    # a visa's optional data admits O and 0: stock eng's O, the glyph model's O, may both be a 0
    lines = ["V<ESPCASTILLO<SANCHEZ<<CARMEN<<<<<<<", "P494345459ESP7904082F2405045O3ZVKF<<"]
    layout = LAYOUTS["MRVB"]
    probs = [_sure(line) for line in lines]
    _doubt(probs, 1, 28, {"O": 0.70, "0": 0.26, "D": 0.04})
    decoded = decode(probs, layout)
    combine_with_tesseract(decoded, probs, layout, {}, {(1, 28): ("O", 99.0)})
    assert (1, 28) in decoded.unsure


def test_no_tesseract_model_settles_a_look_alike_in_a_field_that_admits_its_twin() -> None:
    # a visa's optional data admits O and 0: a 0 the glyph model read as an O at 77%, the MRZ model
    # at 99% and stock eng at 93% (all three wrong, in a benchmark image shrunk to a third)
    lines = ["V<ESPCASTILLO<SANCHEZ<<CARMEN<<<<<<<", "P494345459ESP7904082F2405045O3ZVKF<<"]
    layout = LAYOUTS["MRVB"]
    probs = [_sure(line) for line in lines]
    _doubt(probs, 1, 28, {"O": 0.77, "0": 0.16, "Q": 0.07})
    _doubt(probs, 1, 31, {"V": 0.77, "Y": 0.16, "U": 0.07})
    decoded = decode(probs, layout)
    assert {(1, 28), (1, 31)} <= set(decoded.unsure)
    combine_with_tesseract(
        decoded,
        probs,
        layout,
        {(1, 28): ("O", 98.6), (1, 31): ("V", 98.6)},
        {(1, 28): ("O", 93.2), (1, 31): ("V", 93.2)},
    )
    # the O stays to verify by eye; the V, whose field admits no look-alike of it, is settled
    assert decoded.lines == lines and decoded.unsure == [(1, 28)]
    # a document code's second letter: a digit is read there as printed, but by the rules it is a
    # letter, so the O of an official passport (PO) is settled as any letter
    lines = ["POESPTZUL<GOMEZ<<FERNANDO<<<<<<<<<<<<<<<<<<<", "CX00455429PAN8612098M3201299BGUVW0CX<<<<<<12"]
    layout = LAYOUTS["TD3"]
    probs = [_sure(line) for line in lines]
    _doubt(probs, 0, 1, {"O": 0.77, "0": 0.16, "Q": 0.07})
    decoded = decode(probs, layout)
    assert decoded.unsure == [(0, 1)]
    combine_with_tesseract(decoded, probs, layout, {(0, 1): ("O", 98.7)}, {(0, 1): ("O", 99.0)})
    assert decoded.lines == lines and decoded.unsure == []


TRAVELER = ["P<USATRAVELER<<HAPPY<<<<<<<<<<<<<<<<<<<<<<<<", "1500000035USA5609165M0811150<<<<<<<<<<<<<<08"]


def test_a_name_letter_both_tesseract_models_correct_surely_is_sure() -> None:
    # a blurred E of TRAVELER: the glyph model a C at 58%, the E its runner-up at 24%; the MRZ model
    # sees the E at 96%, stock eng at 99%: three readers, two of them sure
    layout = LAYOUTS["TD3"]
    probs = [_sure(line) for line in TRAVELER]
    _doubt(probs, 0, 9, {"C": 0.58, "E": 0.24, "I": 0.13, "L": 0.05})
    decoded = decode(probs, layout)
    assert decoded.lines[0][9] == "C" and (0, 9) in decoded.unsure
    combine_with_tesseract(decoded, probs, layout, {(0, 9): ("E", 96.2)}, {(0, 9): ("E", 98.9)})
    assert decoded.lines == TRAVELER and decoded.unsure == []
    # either Tesseract model under CORRECTION_SURE: corrected, and verified by eye
    for seen, checked in (
        ({(0, 9): ("E", 93.0)}, {(0, 9): ("E", 98.9)}),
        ({(0, 9): ("E", 96.2)}, {(0, 9): ("E", 92.0)}),
    ):
        decoded = decode(probs, layout)
        combine_with_tesseract(decoded, probs, layout, seen, checked)
        assert decoded.lines == TRAVELER and (0, 9) in decoded.unsure
    # the glyph model giving the E less than MODEL_SECOND: no correction, the C stays unsure
    _doubt(probs, 0, 9, {"C": 0.80, "E": 0.06, "I": 0.09, "L": 0.05})
    decoded = decode(probs, layout)
    combine_with_tesseract(decoded, probs, layout, {(0, 9): ("E", 96.2)}, {(0, 9): ("E", 98.9)})
    assert decoded.lines[0][9] == "C" and (0, 9) in decoded.unsure


def test_stock_eng_seeing_a_round_glyph_rules_out_a_check_equivalent_u() -> None:
    # the blurred zeros of a document number: the glyph model 0 with U (30, check-equivalent to 0)
    # its runner-up; the MRZ model reads U, stock eng an O. U is no round glyph: the 0 and its twin
    # O remain, and no mix of O and 0 in these two cells agrees with the check digit
    layout = LAYOUTS["TD3"]
    probs = [_sure(line) for line in TRAVELER]
    _doubt(probs, 1, 2, {"0": 0.49, "U": 0.33, "O": 0.07, "Q": 0.06, "D": 0.05})
    _doubt(probs, 1, 5, {"0": 0.76, "U": 0.14, "Q": 0.05, "O": 0.05})
    decoded = decode(probs, layout)
    assert decoded.lines == TRAVELER and {(1, 2), (1, 5)} <= set(decoded.unsure)
    seen = {(1, 2): ("U", 97.5), (1, 5): ("U", 96.0)}
    combine_with_tesseract(decoded, probs, layout, seen, {(1, 2): ("O", 90.3), (1, 5): ("O", 94.9)})
    assert decoded.lines == TRAVELER and decoded.unsure == []
    # stock eng seeing a U, or unsure, or not asked: the U stays possible, the cells unsure
    for checked in (
        {(1, 2): ("U", 99.0), (1, 5): ("O", 94.9)},
        {(1, 2): ("O", 80.0), (1, 5): ("O", 94.9)},
        None,
    ):
        decoded = decode(probs, layout)
        combine_with_tesseract(decoded, probs, layout, seen, checked)
        assert (1, 2) in decoded.unsure
    # where an O in both cells would agree too (weights 7 and 3: 8 + 2), the O/0 doubt is left
    probs = [_sure(line) for line in TRAVELER]
    _doubt(probs, 1, 3, {"0": 0.6, "U": 0.3, "O": 0.1})
    _doubt(probs, 1, 4, {"0": 0.6, "U": 0.3, "O": 0.1})
    decoded = decode(probs, layout)
    combine_with_tesseract(decoded, probs, layout, {}, {(1, 3): ("O", 95.0), (1, 4): ("O", 95.0)})
    assert {(1, 3), (1, 4)} <= set(decoded.unsure)


def test_only_doubts_the_check_digits_cannot_settle_ask_stock_eng() -> None:
    layout = LAYOUTS["TD3"]
    probs = admitted_probabilities([_sure(line) for line in TRAVELER], layout)
    assert not equivalent_doubt(probs, TRAVELER, (1, 2))
    raw = [_sure(line) for line in TRAVELER]
    _doubt(raw, 1, 2, {"0": 0.7, "U": 0.3})
    assert equivalent_doubt(admitted_probabilities(raw, layout), TRAVELER, (1, 2))
    _doubt(raw, 1, 2, {"0": 0.7, "O": 0.3})
    assert not equivalent_doubt(admitted_probabilities(raw, layout), TRAVELER, (1, 2))


def test_one_anchored_line_proves_the_extent_of_every_line() -> None:
    # TRAVELER's names line has no check digit; the second line's prove where both start and end
    layout = LAYOUTS["TD3"]
    assert proven_lines(layout, TRAVELER) == {0, 1}
    broken = [TRAVELER[0], TRAVELER[1][:9] + "6" + TRAVELER[1][10:]]  # a check digit fails
    assert proven_lines(layout, broken) == set()


def test_a_repaired_cell_is_weighed_as_doubtful_and_pins_nothing_it_could_cancel() -> None:
    # France's visa: the 0 at cell 7 (weight 3) repaired from an O read at 51%, the 0 at cell 3
    # (weight 7) doubtful; O in both agrees with the check digit too (8 + 2): neither is pinned
    layout = LAYOUTS["MRVB"]
    probs = [_sure(line) for line in VISA]
    _doubt(probs, 1, 3, {"0": 0.66, "O": 0.34})
    _doubt(probs, 1, 7, {"O": 0.51, "0": 0.49})
    admitted = admitted_probabilities(probs, layout)
    assert pinned_by_checks(admitted, VISA, [(1, 3)], [], layout) == {(1, 3)}
    assert pinned_by_checks(admitted, VISA, [(1, 3)], [(1, 7, 0.93)], layout) == set()
    # a repair whose alternatives no mix with the doubtful cell's agrees with leaves it pinned
    _doubt(probs, 1, 7, {"D": 0.51, "0": 0.49})
    admitted = admitted_probabilities(probs, layout)
    assert pinned_by_checks(admitted, VISA, [(1, 3)], [(1, 7, 0.93)], layout) == {(1, 3)}


def test_the_mrz_model_seeing_a_repairs_symbol_confirms_it() -> None:
    layout = LAYOUTS["MRVB"]
    probs = [_sure(line) for line in VISA]
    _doubt(probs, 1, 3, {"0": 0.66, "O": 0.34})
    _doubt(probs, 1, 7, {"O": 0.51, "0": 0.49})
    for glyph, unsure in (("0", []), ("O", [(1, 3)])):  # France's MRZ model saw an O at 97%
        decoded = decode(probs, layout)
        decoded.lines, decoded.repaired, decoded.unsure = list(VISA), [(1, 7, 0.93)], [(1, 3)]
        combine_with_tesseract(decoded, probs, layout, {(1, 7): (glyph, 97.2)})
        assert decoded.unsure == unsure
