"""Finding the MRZ where real captures put it, and reading what real documents print: a card lying
at an angle on a printed page, coloured annotation boxes drawn over the zone, the French national
identity card, and a second look at unsure cells. Synthetic images only (OCR-B from Debian)."""

from __future__ import annotations

import datetime
import random
from types import ModuleType

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from project_scripts import load_script

from midas_desktop.domain.mrz import compose_french_id
from midas_desktop.ocr import read_mrz
from midas_desktop.ocr.cells import CELL_H, CELL_W, SECOND_LOOKS, recut
from midas_desktop.synthetic.people import generate_people

TEXT_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@pytest.fixture(scope="module")
def specimens() -> ModuleType:
    return load_script("make_specimens")


def _page(specimens: ModuleType, type_: str, seed: int) -> tuple[np.ndarray, list[str]]:
    rng = random.Random(seed)
    person = generate_people(1, seed)[0]
    spec = specimens.compose(rng, person, type_)
    while not spec.check_digits_ok:
        spec = specimens.compose(rng, person, type_)
    page = specimens.render_page(spec, person, rng, 11.0, specimens.ocrb_path())
    return cv2.cvtColor(page, cv2.COLOR_RGB2BGR), list(spec.lines)


def _printed_page(width: int, height: int, seed: int) -> np.ndarray:
    """A page of running text in a proportional font, line after line."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), (246, 244, 238))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(TEXT_FONT, 26)
    words = ["passport", "document", "the", "of", "identity", "card", "border", "and", "machine", "readable",
             "zone", "travel", "specimen", "control", "officer", "visa"]
    for y in range(20, height - 30, 38):
        line = " ".join(rng.choice(words) for _ in range(40))
        draw.text((15, y), line, font=font, fill=(20, 20, 20))
    return np.array(image)[:, :, ::-1].copy()


def test_card_lying_at_an_angle_on_a_printed_page(specimens: ModuleType) -> None:
    card, truth = _page(specimens, "TD1", seed=21)
    page = _printed_page(1800, 1500, seed=4)
    h, w = card.shape[:2]
    rotation = cv2.getRotationMatrix2D((w / 2, h / 2), 7.0, 1.0)
    mask = cv2.warpAffine(np.full((h, w), 255, np.uint8), rotation, (w, h))
    turned = cv2.warpAffine(card, rotation, (w, h))
    top, left = 420, 380
    region = page[top : top + h, left : left + w]
    region[mask > 0] = turned[mask > 0]
    reading = read_mrz(page, want_portrait=False)
    # found and cut right (the glyphs are the model's business, measured by the benchmark), and
    # never called valid unless read exactly
    assert len(reading.lines) == 3 and [len(line) for line in reading.lines] == [30, 30, 30]
    pairs = zip("".join(reading.lines), "".join(truth), strict=True)
    right = sum(a == b for a, b in pairs)
    assert right >= 0.95 * 90, reading.lines
    assert not reading.valid or reading.lines == truth


def test_coloured_annotation_boxes_over_the_zone(specimens: ModuleType) -> None:
    page, truth = _page(specimens, "TD3", seed=8)
    height, width = page.shape[:2]
    # a reader's marks: a red box round each line and a tinted band, as in published screenshots
    overlay = page.copy()
    line_top = height - int(0.12 * height)
    left, right = int(0.05 * width), int(0.95 * width)
    cv2.rectangle(overlay, (left, line_top - 40), (right, height - 8), (80, 80, 230), -1)
    page = cv2.addWeighted(overlay, 0.35, page, 0.65, 0)
    cv2.rectangle(page, (int(0.04 * width), line_top - 46), (int(0.96 * width), height - 4), (0, 0, 255), 3)
    framed = cv2.copyMakeBorder(page, 50, 50, 50, 50, cv2.BORDER_CONSTANT, value=(250, 250, 250))
    reading = read_mrz(framed, want_portrait=False)
    assert reading.lines == truth, reading.lines
    assert reading.valid


def _french_card(lines: tuple[str, ...], pitch: float = 28.0) -> np.ndarray:
    """A French identity card's MRZ strip in OCR-B on a light card with some printed captions."""
    font = ImageFont.truetype("/usr/share/fonts/opentype/ocr-b/OCRB.otf", round(pitch / 0.723))
    caption = ImageFont.truetype(TEXT_FONT, 22)
    width, height = int(pitch * 44), int(pitch * 18)
    image = Image.new("L", (width, height), 235)
    draw = ImageDraw.Draw(image)
    draw.text((40, 30), "REPUBLIQUE FRANCAISE  CARTE NATIONALE D'IDENTITE", font=caption, fill=60)
    left = (width - pitch * 36) / 2
    for row, line in enumerate(lines):
        top = height - (2 - row) * pitch * 1.7 - pitch
        for index, char in enumerate(line):
            draw.text((left + index * pitch, top), char, font=font, fill=15)
    return np.array(image)


def test_french_identity_card_is_read_as_its_own_type() -> None:
    lines = compose_french_id("Martin", "Claire Anne", "950692300417", datetime.date(1971, 3, 14), "F",
                              "692043")
    reading = read_mrz(_french_card(lines), want_portrait=False)
    assert reading.lines == list(lines), reading.lines
    assert reading.result is not None and reading.result.type == "FRA-ID"
    assert reading.valid
    assert reading.result.fields is not None and reading.result.fields.given_names == "CLAIRE ANNE"


def test_second_look_cuts_every_cell_once_per_look() -> None:
    strip = np.full((40, 400), 230, np.uint8)
    cv2.putText(strip, "ABC", (20, 30), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 2)
    centers = np.array([[30.0, 20.0], [60.0, 20.0]])
    cells = recut(strip, centers, pitch=28.0, glyph_h=22.0)
    assert cells.shape == (2 * len(SECOND_LOOKS), CELL_H, CELL_W)
    assert cells.dtype == np.float32 and float(cells.min()) >= 0.0 and float(cells.max()) <= 1.0
    assert recut(strip, np.zeros((0, 2)), 28.0, 22.0).shape == (0, CELL_H, CELL_W)


def test_look_alikes_go_to_the_symbol_the_field_admits() -> None:
    from midas_desktop.domain.mrz import LAYOUTS
    from midas_desktop.ocr.classify import CLASSES
    from midas_desktop.ocr.decode import decode

    lines = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
    probs = []
    for line in lines:
        p = np.full((len(line), len(CLASSES)), 0.001 / (len(CLASSES) - 1))
        p[np.arange(len(line)), [CLASSES.index(c) for c in line]] = 0.999
        probs.append(p)
    # the second 'O' of UTO read as zero 55/40: a name field admits no digit, so it is an O for sure
    probs[0][4] = 0.0
    probs[0][4, CLASSES.index("0")] = 0.55
    probs[0][4, CLASSES.index("O")] = 0.40
    probs[0][4, CLASSES.index("Q")] = 0.05
    decoded = decode(probs, LAYOUTS["TD3"])
    assert decoded.lines == lines and (0, 4) not in decoded.unsure
    # torn between O and Q instead, it stays unsure: Q is no look-alike of a digit
    probs[0][4] = 0.0
    probs[0][4, CLASSES.index("O")] = 0.55
    probs[0][4, CLASSES.index("Q")] = 0.45
    assert (0, 4) in decode(probs, LAYOUTS["TD3"]).unsure


def test_lines_proven_by_their_check_digits() -> None:
    from midas_desktop.domain.mrz import LAYOUTS
    from midas_desktop.ocr.engine_cnn import anchored_lines

    td3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
    td1 = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
           "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
    assert anchored_lines(LAYOUTS["TD3"], td3) == {1}  # the name line has no check digit
    assert anchored_lines(LAYOUTS["TD1"], td1) == {0, 1}
    assert anchored_lines(LAYOUTS["MRVA"], ["V" + td3[0][1:], td3[1]]) == set()  # visa data runs on unchecked
    assert anchored_lines(LAYOUTS["TD3"], [td3[0], td3[1][:-1] + "9"]) == set()
