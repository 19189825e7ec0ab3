"""Generate a labelled set of synthetic travel-document images for the MRZ reader.

Each image is a fake data page (TD1, TD2, TD3, MRV-A or MRV-B) with a drawn portrait, some printed
captions and the MRZ in OCR-B (Debian ``fonts-ocr-b``), captured either like a flatbed scan (300 dpi,
small rotation, sometimes upside down or a quarter turn, mild noise, JPEG) or like a phone/webcam
frame (perspective, any rotation, blur, noise, uneven light, glare, JPEG artefacts, 1-4 MP).

Usage: ``python scripts/make_specimens.py --count 200 --seed 7 --out /tmp/specimens``
writes ``OUT/images/*.jpg|png`` and ``OUT/truth.jsonl`` (``file``, ``lines``, ``type``, ``kind``
(scan or camera), ``check_digits_ok``, ``mrz_in_frame``). About 4% of documents carry a wrong printed
check digit (``check_digits_ok: false``) so the benchmark can count false accepts. A camera frame
that would cut the MRZ off at the frame's edge is drawn again, unless ``--allow-cut-mrz`` (the images
of sets made before this option), which keeps it as ``mrz_in_frame: false``; the benchmark reports
those apart.

Dev-only dependencies: Pillow (text rendering), OpenCV and NumPy.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from midas_desktop.domain.mrz import (  # noqa: E402
    LAYOUTS,
    check_digit,
    compose_mrva,
    compose_mrvb,
    compose_td1,
    compose_td2,
    compose_td3,
)
from midas_desktop.synthetic.people import SyntheticPerson, generate_people  # noqa: E402

OCRB_CANDIDATES = (
    "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
    "/usr/share/fonts/truetype/ocr-b/OCRB.ttf",
)
CAPTION_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
CAPTION_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TYPES = ("TD1", "TD2", "TD3", "MRVA", "MRVB")
# Page size in mm (ICAO Doc 9303: ID-1, ID-2, ID-3, MRV-A placed on an ID-3 page, MRV-B).
PAGE_MM = {
    "TD1": (85.6, 54.0),
    "TD2": (105.0, 74.0),
    "TD3": (125.0, 88.0),
    "MRVA": (120.0, 80.0),
    "MRVB": (105.0, 74.0),
}
PITCH_MM = 2.54  # OCR-B size 1 at 10 characters per inch
LINE_SPACING_MM = 4.2


@dataclass
class Specimen:
    lines: tuple[str, ...]
    type: str
    check_digits_ok: bool


def ocrb_path() -> str:
    for candidate in OCRB_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    raise SystemExit("OCR-B font not found: apt-get install fonts-ocr-b")


def compose(rng: random.Random, person: SyntheticPerson, type_: str) -> Specimen:
    issuing = person.nationality if rng.random() < 0.8 else rng.choice(["USA", "MEX", "GTM", "CAN", "ESP"])
    kwargs = dict(
        issuing_state=issuing,
        surname=person.surname,
        given_names=person.given_names,
        document_number=person.document_number,
        nationality=person.nationality,
        birth_date=person.birth_date,
        sex=person.sex,
        expiry_date=person.document_expiry,
    )
    optional = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(rng.randint(0, 9)))
    if type_ == "TD1":
        lines = compose_td1(
            document_code=rng.choice(["ID", "I<", "AC", "IR"]),
            optional_data=optional[:6],
            optional_data_2=optional[6:],
            **kwargs,
        )  # type: ignore[arg-type]
    elif type_ == "TD2":
        lines = compose_td2(
            document_code=rng.choice(["ID", "I<", "AC"]), optional_data=optional[:7], **kwargs
        )  # type: ignore[arg-type]
    elif type_ == "TD3":
        lines = compose_td3(
            document_code=rng.choice(["P<", "P<", "PO", "PD"]), optional_data=optional, **kwargs
        )  # type: ignore[arg-type]
    elif type_ == "MRVA":
        lines = compose_mrva(document_code=rng.choice(["V<", "VC"]), optional_data=optional, **kwargs)  # type: ignore[arg-type]
    else:
        lines = compose_mrvb(document_code=rng.choice(["V<", "VC"]), optional_data=optional[:8], **kwargs)  # type: ignore[arg-type]
    ok = True
    if rng.random() < 0.04:  # a misprinted check digit: must never be reported valid
        spec = rng.choice(LAYOUTS[type_].checks)
        chars = list(lines[spec.line])
        right = check_digit(spec.data(lines))
        chars[spec.index] = str((int(right) + rng.randint(1, 9)) % 10)
        lines = tuple(chars if i == spec.line else line for i, line in enumerate(lines))  # type: ignore[misc]
        lines = tuple("".join(x) if isinstance(x, list) else x for x in lines)
        ok = False
    return Specimen(tuple(lines), type_, ok)


def draw_face(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], rng: random.Random) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    draw.rectangle(box, fill=tuple(rng.randint(200, 240) for _ in range(3)))
    skin = rng.choice([(224, 172, 105), (198, 134, 66), (141, 85, 36), (241, 194, 125), (255, 219, 172)])
    hair = rng.choice([(30, 20, 10), (80, 50, 20), (20, 20, 20), (150, 110, 60)])
    cx, cy = x0 + w // 2, y0 + int(h * 0.45)
    fw, fh = int(w * 0.30), int(h * 0.30)
    draw.ellipse(
        (cx - int(w * 0.45), y1 - int(h * 0.2), cx + int(w * 0.45), y1 + int(h * 0.2)),
        fill=rng.choice([(40, 40, 80), (20, 20, 20), (90, 20, 20)]),
    )
    draw.rectangle((cx - fw // 3, cy + fh - 5, cx + fw // 3, y1 - int(h * 0.12)), fill=skin)
    draw.ellipse((cx - fw - 6, cy - fh - 10, cx + fw + 6, cy + fh // 3), fill=hair)
    draw.ellipse((cx - fw, cy - fh, cx + fw, cy + fh), fill=skin)
    ey = cy - fh // 5
    for ex in (cx - fw // 2.5, cx + fw // 2.5):
        draw.ellipse((ex - fw // 6, ey - fh // 12, ex + fw // 6, ey + fh // 12), fill=(250, 250, 250))
        draw.ellipse((ex - fw // 14, ey - fh // 14, ex + fw // 14, ey + fh // 14), fill=(40, 30, 20))
        draw.line((ex - fw // 5, ey - fh // 5, ex + fw // 5, ey - fh // 5), fill=hair, width=max(2, w // 60))
    draw.line((cx, ey + fh // 8, cx - fw // 10, cy + fh // 4), fill=(120, 70, 40), width=max(1, w // 80))
    draw.arc(
        (cx - fw // 2.5, cy + fh // 4, cx + fw // 2.5, cy + fh // 1.6),
        20,
        160,
        fill=(150, 50, 50),
        width=max(2, w // 50),
    )


def render_page(
    spec: Specimen,
    person: SyntheticPerson,
    rng: random.Random,
    dpmm: float,
    ocrb: str,
    mrz_box: list[float] | None = None,
) -> np.ndarray:
    """An upright data page at ``dpmm`` pixels per millimetre, as an RGB array; ``mrz_box``, when
    given, receives the MRZ's box on the page (x0, y0, x1, y1)."""
    wmm, hmm = PAGE_MM[spec.type]
    width, height = int(wmm * dpmm), int(hmm * dpmm)
    base = np.array([rng.randint(215, 250), rng.randint(215, 250), rng.randint(200, 245)], dtype=np.float32)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    pattern = 8 * np.sin(xx / (rng.uniform(6, 20) * dpmm) + yy / (rng.uniform(8, 30) * dpmm))[..., None]
    page = np.clip(base + pattern, 0, 255).astype(np.uint8)
    img = Image.fromarray(page)
    draw = ImageDraw.Draw(img)
    margin = 4 * dpmm
    mrz_lines = len(spec.lines)
    mrz_top = height - margin * 0.6 - (mrz_lines * LINE_SPACING_MM + 0.5) * dpmm
    # Portrait left, captions right, the MRZ at the bottom (ICAO zones).
    photo_w = wmm * (0.26 if spec.type != "TD1" else 0.28) * dpmm
    photo_h = photo_w * 1.28
    photo_top = max(margin + 6 * dpmm, mrz_top - photo_h - 3 * dpmm)
    photo_h = min(photo_h, mrz_top - 2 * dpmm - photo_top)
    photo_w = photo_h / 1.28
    face = Image.new("RGB", (int(photo_w), int(photo_h)))
    draw_face(ImageDraw.Draw(face), (0, 0, int(photo_w) - 1, int(photo_h) - 1), rng)
    img.paste(face, (int(margin), int(photo_top)))
    title = ImageFont.truetype(CAPTION_BOLD, max(8, int(3.2 * dpmm)))
    small = ImageFont.truetype(CAPTION_FONT, max(6, int(1.6 * dpmm)))
    value = ImageFont.truetype(CAPTION_BOLD, max(7, int(2.3 * dpmm)))
    ink = (rng.randint(10, 60), rng.randint(10, 60), rng.randint(40, 110))
    heading = {
        "TD3": "PASSPORT / PASAPORTE",
        "TD1": "IDENTITY CARD",
        "TD2": "IDENTITY CARD",
        "MRVA": "VISA",
        "MRVB": "VISA",
    }[spec.type]
    draw.text((margin, margin * 0.6), f"{heading}  {person.nationality}", font=title, fill=ink)
    x = margin + photo_w + 4 * dpmm
    y = photo_top
    items = [
        ("Surname / Apellidos", person.surname),
        ("Given names / Nombres", person.given_names),
        ("Nationality", person.nationality),
        ("Date of birth", person.birth_date.strftime("%d %b %Y")),
        ("Sex", person.sex),
        ("Date of expiry", person.document_expiry.strftime("%d %b %Y")),
        ("Document No.", person.document_number),
    ]
    for label, text in items:
        if y + 5 * dpmm > mrz_top - 1 * dpmm:
            break
        draw.text((x, y), label, font=small, fill=(90, 90, 90))
        draw.text((x, y + 1.9 * dpmm), text, font=value, fill=ink)
        y += 5.2 * dpmm
    # The MRZ: fixed pitch, every glyph placed at its own cell (OCR-B is monospaced anyway).
    pitch = PITCH_MM * dpmm * rng.uniform(0.97, 1.03)
    font = ImageFont.truetype(ocrb, max(6, round(pitch / 0.723)))
    line_len = len(spec.lines[0])
    left = (width - pitch * line_len) / 2 + rng.uniform(-0.6, 0.6) * dpmm
    mrz_ink = tuple(rng.randint(0, 45) for _ in range(3))
    for i, line in enumerate(spec.lines):
        top = mrz_top + i * LINE_SPACING_MM * dpmm
        for j, char in enumerate(line):
            draw.text((left + j * pitch, top), char, font=font, fill=mrz_ink)
    if mrz_box is not None:
        mrz_box[:] = [left, mrz_top, left + pitch * line_len, mrz_top + mrz_lines * LINE_SPACING_MM * dpmm]
    return np.array(img)


def _add_noise(img: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    noisy = img.astype(np.float32) + rng.normal(0, sigma, img.shape).astype(np.float32)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def capture_scan(page: np.ndarray, rng: random.Random, nrng: np.random.Generator) -> np.ndarray:
    """A flatbed scan: the page on the glass, a small skew, sometimes upside down or a quarter turn."""
    h, w = page.shape[:2]
    pad = int(max(h, w) * rng.uniform(0.05, 0.35))
    canvas = np.full((h + 2 * pad, w + 2 * pad, 3), rng.randint(235, 255), dtype=np.uint8)
    ox, oy = rng.randint(pad // 4, pad), rng.randint(pad // 4, pad)
    canvas[oy : oy + h, ox : ox + w] = page
    angle = rng.uniform(-4, 4)
    m = cv2.getRotationMatrix2D((canvas.shape[1] / 2, canvas.shape[0] / 2), angle, 1.0)
    canvas = cv2.warpAffine(
        canvas, m, (canvas.shape[1], canvas.shape[0]), flags=cv2.INTER_LINEAR, borderValue=(250, 250, 250)
    )
    turn = rng.random()
    if turn < 0.15:
        canvas = cv2.rotate(canvas, cv2.ROTATE_180)
    elif turn < 0.22:
        canvas = cv2.rotate(canvas, cv2.ROTATE_90_CLOCKWISE)
    elif turn < 0.28:
        canvas = cv2.rotate(canvas, cv2.ROTATE_90_COUNTERCLOCKWISE)
    if rng.random() < 0.5:
        canvas = cv2.GaussianBlur(canvas, (0, 0), rng.uniform(0.3, 0.9))
    return _add_noise(canvas, nrng, rng.uniform(1, 5))


def capture_camera(
    page: np.ndarray,
    rng: random.Random,
    nrng: np.random.Generator,
    mrz_box: list[float] | None = None,
    visible: list[bool] | None = None,
) -> np.ndarray:
    """A phone or webcam frame: perspective, any rotation, blur, noise, uneven light and glare.

    The page may run off the frame; ``visible`` (when given) receives whether the whole MRZ
    (``mrz_box`` on the page) is inside the frame, with a margin of a millimetre or so: a frame
    that cuts the MRZ cannot be read by anyone, and the benchmark reports those frames apart.
    """
    out_w, out_h = rng.choice([(1280, 960), (1600, 1200), (1920, 1080), (2048, 1536), (1280, 720)])
    h, w = page.shape[:2]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    cx, cy = out_w / 2 + rng.uniform(-0.1, 0.1) * out_w, out_h / 2 + rng.uniform(-0.1, 0.1) * out_h
    angle = math.radians(rng.uniform(-180, 180) if rng.random() < 0.35 else rng.uniform(-25, 25))
    # Scale so that the page fills 45-85% of the frame's shorter side along its diagonal.
    diag = math.hypot(w, h)
    scale = rng.uniform(0.5, 0.85) * min(out_w, out_h) / (diag * 0.62)
    corners = []
    for x, y in src:
        dx, dy = (x - w / 2) * scale, (y - h / 2) * scale
        rx = dx * math.cos(angle) - dy * math.sin(angle)
        ry = dx * math.sin(angle) + dy * math.cos(angle)
        corners.append([cx + rx, cy + ry])
    dst = np.array(corners, dtype=np.float32)
    jitter = 0.06 * scale * max(w, h)
    dst += np.array(
        [[rng.uniform(-jitter, jitter), rng.uniform(-jitter, jitter)] for _ in range(4)], dtype=np.float32
    )
    m = cv2.getPerspectiveTransform(src, dst)
    if mrz_box is not None and visible is not None:
        x0, y0, x1, y1 = mrz_box
        corners = np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]], dtype=np.float32)
        mapped = cv2.perspectiveTransform(corners, m)[0]
        margin = 0.01 * min(out_w, out_h)
        inside_x = np.all(mapped[:, 0] >= margin) and np.all(mapped[:, 0] <= out_w - 1 - margin)
        inside_y = np.all(mapped[:, 1] >= margin) and np.all(mapped[:, 1] <= out_h - 1 - margin)
        visible.append(bool(inside_x and inside_y))
    background = np.zeros((out_h, out_w, 3), dtype=np.uint8)
    background[:] = (rng.randint(30, 200), rng.randint(30, 200), rng.randint(30, 200))
    for _ in range(rng.randint(0, 6)):  # clutter on the desk
        p1 = (rng.randint(0, out_w), rng.randint(0, out_h))
        p2 = (p1[0] + rng.randint(-300, 300), p1[1] + rng.randint(-300, 300))
        color = tuple(rng.randint(0, 255) for _ in range(3))
        cv2.rectangle(background, p1, p2, color, -1)
    frame = cv2.warpPerspective(
        page, m, (out_w, out_h), dst=background, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_TRANSPARENT
    )
    frame = frame.astype(np.float32)
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + rng.uniform(0.1, 0.45) * ((xx / out_w - 0.5) * gx + (yy / out_h - 0.5) * gy)
    light *= rng.uniform(0.7, 1.1)
    frame *= light[..., None]
    if rng.random() < 0.4:  # glare: a soft bright spot
        gx0, gy0 = rng.uniform(0, out_w), rng.uniform(0, out_h)
        radius = rng.uniform(0.05, 0.2) * out_w
        spot = np.exp(-(((xx - gx0) ** 2 + (yy - gy0) ** 2) / (2 * radius**2)))
        frame += spot[..., None] * rng.uniform(60, 140)
    frame = np.clip(frame, 0, 255).astype(np.uint8)
    sigma = rng.uniform(0.4, 1.3)
    frame = cv2.GaussianBlur(frame, (0, 0), sigma)
    if rng.random() < 0.3:  # a little motion blur
        k = rng.randint(3, 5)
        kernel = np.zeros((k, k), dtype=np.float32)
        kernel[k // 2, :] = 1.0 / k
        rot = cv2.getRotationMatrix2D((k / 2 - 0.5, k / 2 - 0.5), rng.uniform(0, 180), 1.0)
        kernel = cv2.warpAffine(kernel, rot, (k, k))
        kernel /= max(float(kernel.sum()), 1e-6)
        frame = cv2.filter2D(frame, -1, kernel)
    return _add_noise(frame, nrng, rng.uniform(2, 7))


def generate(count: int, seed: int, out: Path, allow_cut_mrz: bool = False) -> None:
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    ocrb = ocrb_path()
    people = generate_people(count, seed)
    (out / "images").mkdir(parents=True, exist_ok=True)
    with (out / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for index, person in enumerate(people):
            type_ = TYPES[index % len(TYPES)] if rng.random() < 0.5 else rng.choice(TYPES)
            kind = "scan" if rng.random() < 0.5 else "camera"
            spec = compose(rng, person, type_)
            dpmm = rng.uniform(10.5, 12.5) if kind == "scan" else rng.uniform(9.0, 12.0)
            box: list[float] = []
            visible: list[bool] = []
            page = render_page(spec, person, rng, dpmm, ocrb, box)
            if kind == "scan":
                image = capture_scan(page, rng, nrng)  # the whole page is always on the glass
            else:
                # A person holds the document in view (the app captures once the MRZ is read), so by
                # default a frame that cuts the MRZ off is drawn again; --allow-cut-mrz keeps it.
                for _ in range(50):
                    visible.clear()
                    image = capture_camera(page, rng, nrng, box, visible)
                    if visible[0] or allow_cut_mrz:
                        break
            bgr = cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
            if kind == "scan" and rng.random() < 0.4:
                name = f"images/{index:05d}-{type_}-{kind}.png"
                cv2.imwrite(str(out / name), bgr, [cv2.IMWRITE_PNG_COMPRESSION, 3])
            else:
                name = f"images/{index:05d}-{type_}-{kind}.jpg"
                quality = rng.randint(85, 95) if kind == "scan" else rng.randint(55, 90)
                cv2.imwrite(str(out / name), bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
            truth.write(
                json.dumps(
                    {
                        "file": name,
                        "lines": list(spec.lines),
                        "type": type_,
                        "kind": kind,
                        "check_digits_ok": spec.check_digits_ok,
                        "mrz_in_frame": visible[0] if visible else True,
                    }
                )
                + "\n"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--allow-cut-mrz",
        action="store_true",
        help="keep camera frames that cut the MRZ off (as sets made before this option)",
    )
    args = parser.parse_args(argv)
    generate(args.count, args.seed, args.out, args.allow_cut_mrz)
    print(f"wrote {args.count} images and truth.jsonl to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
