"""The MRZ image reader end to end, with the shipped OCR-B model (no mocks), and its decoder."""

from __future__ import annotations

import difflib
import json
import random
import struct
import subprocess
import zlib
from pathlib import Path
from types import ModuleType

import cv2
import numpy as np
import pytest
from project_scripts import load_script

from midas_desktop.domain.mrz import LAYOUTS
from midas_desktop.ocr import read_mrz
from midas_desktop.ocr.classify import CLASSES
from midas_desktop.ocr.decode import decode
from midas_desktop.synthetic.people import generate_people

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "specimens" / "real"
SEED = 12  # one fixed page per type
MIDAS = ROOT / ".venv" / "bin" / "midas"


@pytest.fixture(scope="module")
def specimens() -> ModuleType:
    return load_script("make_specimens")


def _scan(
    specimens: ModuleType, type_: str, seed: int, upside_down: bool = False
) -> tuple[np.ndarray, list[str]]:
    rng = random.Random(seed)
    person = generate_people(1, seed)[0]
    spec = specimens.compose(rng, person, type_)
    while not spec.check_digits_ok:
        spec = specimens.compose(rng, person, type_)
    page = specimens.render_page(spec, person, rng, 11.5, specimens.ocrb_path())
    bgr = cv2.cvtColor(page, cv2.COLOR_RGB2BGR)
    bgr = cv2.copyMakeBorder(bgr, 60, 60, 60, 60, cv2.BORDER_CONSTANT, value=(245, 245, 245))
    if upside_down:
        bgr = cv2.rotate(bgr, cv2.ROTATE_180)
    return bgr, list(spec.lines)


@pytest.mark.parametrize("type_", ["TD1", "TD2", "TD3", "MRVA", "MRVB"])
def test_each_document_type_is_read_exactly(specimens: ModuleType, type_: str, tmp_path: Path) -> None:
    image, truth = _scan(specimens, type_, seed=SEED)
    path = tmp_path / f"{type_}.png"
    cv2.imwrite(str(path), image)
    reading = read_mrz(str(path))
    assert reading.error is None
    assert reading.lines == truth
    assert reading.valid
    assert reading.result is not None and reading.result.type == type_
    assert len(reading.confidence) == len(truth) and all(0 < c <= 1 for c in reading.confidence)


def test_upside_down_camera_frame_array_and_bytes(specimens: ModuleType) -> None:
    image, truth = _scan(specimens, "TD3", seed=5, upside_down=True)
    reading = read_mrz(image)  # a BGR frame as a NumPy array
    assert reading.lines == truth and reading.valid
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    assert read_mrz(encoded.tobytes()).lines == truth


def test_tesseract_engine_still_reads(specimens: ModuleType) -> None:
    pytest.importorskip("tesserocr")
    image, truth = _scan(specimens, "TD3", seed=SEED)
    reading = read_mrz(image, engine="tesseract")
    assert reading.result is not None and reading.result.type == "TD3"
    assert not reading.valid or reading.lines == truth
    with pytest.raises(ValueError):
        read_mrz(image, engine="nonsense")


def _png_header_only(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk + struct.pack(">I", zlib.crc32(chunk))


def test_bad_inputs_give_an_error_not_an_exception(tmp_path: Path) -> None:
    good = tmp_path / "good.png"
    cv2.imwrite(str(good), np.full((400, 600), 255, dtype=np.uint8))
    corrupt = tmp_path / "corrupt.png"
    corrupt.write_bytes(good.read_bytes()[:60])
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.png"
    huge.write_bytes(_png_header_only(100_000, 100_000))
    text = tmp_path / "notes.txt"
    text.write_text("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n")
    for path, words in [
        (corrupt, "corrupt"),
        (empty, "empty"),
        (huge, "too large"),
        (text, "not an image"),
        (tmp_path / "missing.png", "no such file"),
    ]:
        reading = read_mrz(str(path))
        assert not reading.valid
        assert reading.error is not None and words in reading.error, (path, reading.error)
        assert reading.to_dict()["error"] == reading.error
    blank = read_mrz(str(good))
    assert not blank.valid and blank.error is not None


def test_blurred_image_gives_an_error_or_an_invalid_reading(specimens: ModuleType) -> None:
    image, _truth = _scan(specimens, "TD1", seed=3)
    blurred = cv2.GaussianBlur(image, (0, 0), 9)
    reading = read_mrz(blurred)
    assert not reading.valid
    assert reading.error is not None or reading.result is not None


def _probs(lines: list[str], sure: float = 0.999) -> list[np.ndarray]:
    """Probabilities that put ``sure`` on each given symbol and spread the rest."""
    out = []
    for line in lines:
        p = np.full((len(line), len(CLASSES)), (1 - sure) / (len(CLASSES) - 1))
        p[np.arange(len(line)), [CLASSES.index(c) for c in line]] = sure
        out.append(p)
    return out


ICAO_TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def test_decoder_repairs_a_protected_cell_by_its_check_digit() -> None:
    probs = _probs(ICAO_TD3)
    # birth date '740812': the model prefers '8' for the '0' (60/40): the check digit settles it
    cell = 13 + 2
    probs[1][cell] = 0.0
    probs[1][cell, CLASSES.index("8")] = 0.6
    probs[1][cell, CLASSES.index("0")] = 0.4
    decoded = decode(probs, LAYOUTS["TD3"])
    assert decoded.lines == ICAO_TD3
    assert decoded.repaired and decoded.repaired[0][:2] == (1, cell)
    assert decoded.unsure == []


def test_decoder_is_unsure_of_unprotected_and_check_equivalent_cells() -> None:
    probs = _probs(ICAO_TD3)
    assert decode(probs, LAYOUTS["TD3"]).unsure == []
    name = _probs(ICAO_TD3)
    name[0][10] = 0.0  # the 'S' of ERIKSSON at 60%: no check digit protects a name
    name[0][10, CLASSES.index("S")] = 0.6
    name[0][10, CLASSES.index("Z")] = 0.4
    assert (0, 10) in decode(name, LAYOUTS["TD3"]).unsure
    digit = _probs(ICAO_TD3)
    digit[0][10] = 0.0  # a digit cannot be in a name: 'S' is then certain
    digit[0][10, CLASSES.index("S")] = 0.6
    digit[0][10, CLASSES.index("5")] = 0.4
    assert decode(digit, LAYOUTS["TD3"]).unsure == []
    filler = _probs(ICAO_TD3)
    filler[1][37] = 0.0  # '<' or 'K' in the optional data weigh the same in the check digit
    filler[1][37, CLASSES.index("<")] = 0.9
    filler[1][37, CLASSES.index("K")] = 0.1
    assert (1, 37) in decode(filler, LAYOUTS["TD3"]).unsure


@pytest.mark.skipif(not REAL.exists(), reason="the shared real specimens are not here")
@pytest.mark.parametrize("name", ["images/mrz-Malta_BAD.png", "images/mrz-USA_Permanent.png"])
def test_real_specimens_with_bad_printed_check_digits_are_never_valid(name: str) -> None:
    rows = [json.loads(line) for line in (REAL / "truth.jsonl").read_text().splitlines()]
    truth = {row["file"]: row for row in rows}
    assert truth[name]["check_digits_ok"] is False
    reading = read_mrz(str(REAL / name))
    assert not reading.valid


@pytest.mark.skipif(not MIDAS.exists(), reason="the midas console script is not installed")
def test_cli_mrz_read_json(specimens: ModuleType, tmp_path: Path) -> None:
    image, truth = _scan(specimens, "TD2", seed=11)
    path = tmp_path / "td2.jpg"
    cv2.imwrite(str(path), image, [cv2.IMWRITE_JPEG_QUALITY, 92])
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"not a picture")
    done = subprocess.run(
        [str(MIDAS), "mrz", "read", "--json", str(path), str(junk)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    objects = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["path"] for o in objects] == [str(path), str(junk)]
    first, second = objects
    assert first["lines"] == truth and first["valid"] is True and first["error"] is None
    assert first["type"] == "TD2" and isinstance(first["ms"], float) and len(first["confidence"]) == 2
    assert "portrait" in first and "checks" in first and "fields" in first
    assert second["valid"] is False and second["error"]
    usage = subprocess.run(
        [str(MIDAS), "mrz", "read", "--bogus"], capture_output=True, text=True, timeout=60, check=False
    )
    assert usage.returncode == 2


def test_the_mrz_tesseract_model_reads_every_line_glyph_by_glyph(specimens: ModuleType) -> None:
    """The second opinion: Tesseract with the shipped MRZ model (package data) reads a scan's line
    strips glyph by glyph (every filler of a run too, which stock eng collapses), nearly all of them
    right, with confidences, left to right."""
    pytest.importorskip("tesserocr")
    from midas_desktop.ocr.locate import locate
    from midas_desktop.ocr.recognise import shared_mrz_recogniser

    image, truth = _scan(specimens, "TD1", seed=SEED)
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    region = locate(gray)[0]
    recogniser = shared_mrz_recogniser()
    for strip, line in zip(region.lines, truth, strict=True):
        glyphs = recogniser.read_line(strip.image)
        read = "".join(g.text for g in glyphs)
        matched = sum(block.size for block in difflib.SequenceMatcher(None, read, line).get_matching_blocks())
        assert matched >= 0.9 * len(line) and len(read) <= len(line) + 2
        assert all(0 <= g.confidence <= 100 for g in glyphs)
        centres = [g.center for g in glyphs]
        assert centres == sorted(centres)
