"""Train the OCR-B MRZ cell classifier and export it to ``midas_desktop/resources/ocr/mrz_ocrb.onnx``.

Training-only dependencies: PyTorch and ONNX (``pip install torch==2.13.0 onnx``; CPU is enough;
the ONNX exporter needs the ``onnx`` package). The runtime
needs only OpenCV and NumPy: the model is read with ``cv2.dnn.readNetFromONNX``.

What it does, all seeded (``--seed``):
1. Renders MRZ-like lines in OCR-B (Debian ``fonts-ocr-b``): random strings over the 37 MRZ
   symbols with runs of fillers, letters and digits, with the neighbouring MRZ lines above and below.
   Printing varies as real documents do: stroke weight (thinner to bolder), horizontal squeeze,
   glyph size against pitch, ink and paper tone, background patterns.
2. Degrades each line: glyph height from ~8 to ~40 px (then scaled to the locator's strip height,
   as at reading time), blur, noise, JPEG, uneven light, a small tilt and vertical offset.
3. Cuts the cells with the reader's own :func:`midas_desktop.ocr.cells.cut_cells` (so training sees
   the reader's framing, neighbours' edges included), keeping a line only when every fitted cell
   centre is within 0.3 pitch of the truth; adds +-15% shift/scale jitter per cell on top.
4. Trains a 3-conv CNN (37 classes), prints held-out accuracy and the confusions per class, and
   exports ONNX (opset 13) for ``cv2.dnn``.

Usage: ``python scripts/train_mrz_model.py [--lines 3200] [--epochs 5] [--seed 1] [--cache F.npz]``
(about 9 minutes on one core: ~2 rendering, ~6 training; the shipped model used these defaults).
"""

from __future__ import annotations

import argparse
import io
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

import cv2
import numpy as np
import torch
from PIL import Image, ImageDraw, ImageFont
from torch import nn

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from midas_desktop.ocr.cells import CELL_H, CELL_W, cut_cells  # noqa: E402
from midas_desktop.ocr.classify import CLASSES  # noqa: E402
from midas_desktop.ocr.locate import GLYPH_HEIGHT  # noqa: E402

OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
# Real passports come from many printers: OCR-B's regular and sharp cuts (Debian fonts-ocr-b), and
# now and then a plain monospace sans (some states print the MRZ in a look-alike of OCR-B).
FONTS = (
    (OCRB, 0.62),
    ("/usr/share/fonts/opentype/ocr-b/OCRBS.otf", 0.28),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0.05),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", 0.05),
)
OUT = ROOT / "midas_desktop" / "resources" / "ocr" / "mrz_ocrb.onnx"
PITCH_HI = 30  # render pitch in pixels before degradation
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"


def random_line(rng: random.Random, length: int) -> str:
    """An MRZ-like line: segments of letters, digits, mixed symbols and filler runs."""
    out: list[str] = []
    while len(out) < length:
        kind = rng.random()
        run = rng.randint(1, 9)
        if kind < 0.22:
            out.extend("<" * rng.randint(1, 12))
        elif kind < 0.5:
            out.extend(rng.choice(LETTERS) for _ in range(run))
        elif kind < 0.75:
            out.extend(rng.choice(DIGITS) for _ in range(run))
        else:
            out.extend(rng.choice(CLASSES) for _ in range(run))
    return "".join(out[:length])


def pick_font(rng: random.Random) -> str:
    """A font file for one rendering (see FONTS); OCR-B when the others are not installed."""
    usable = [(path, weight) for path, weight in FONTS if Path(path).exists()]
    return rng.choices([path for path, _ in usable], [weight for _, weight in usable])[0] if usable else OCRB


def render_lines(
    rng: random.Random,
    lines: list[str],
    font_scale: float,
    squeeze: float,
    weight: int,
    ink: int,
    paper: int,
    spacing: float,
) -> tuple[np.ndarray, float, float]:
    """Lines drawn at PITCH_HI; returns the image, the middle line's cap top and cap height.
    Each glyph may sit a little off its place (printers do not place every glyph exactly)."""
    size = max(10, round(PITCH_HI / 0.723 * font_scale))
    font = ImageFont.truetype(pick_font(rng), size)
    wobble = rng.choice([0.0, 0.0, rng.uniform(0.01, 0.06)])
    cap_top, cap_bottom = font.getbbox("H")[1], font.getbbox("H")[3]
    cap = cap_bottom - cap_top
    length = len(lines[0])
    width = int(PITCH_HI * (length + 6))
    line_gap = spacing * PITCH_HI
    height = int(line_gap * (len(lines) + 1) + cap * 2)
    img = Image.new("L", (width, height), paper)
    draw = ImageDraw.Draw(img)
    left = 3 * PITCH_HI
    for i, line in enumerate(lines):
        top = cap * 0.5 + i * line_gap
        for j, char in enumerate(line):
            dx, dy = rng.gauss(0, wobble) * PITCH_HI, rng.gauss(0, wobble) * PITCH_HI
            draw.text((left + j * PITCH_HI + dx, top + dy), char, font=font, fill=ink)
    arr = np.array(img)
    if rng.random() < 0.15:
        # ink spread (inkjet, worn laminate): strokes blur and are cut again at a random level
        spread = cv2.GaussianBlur(arr.astype(np.float32), (0, 0), rng.uniform(1.0, 2.5))
        level = rng.uniform(0.35, 0.65) * (paper - ink) + ink
        arr = np.where(spread < level, ink, paper).astype(np.uint8)
    if weight:
        kernel = np.ones((abs(weight) + 1, abs(weight) + 1), np.uint8)
        # ink is dark: eroding the image thickens strokes, dilating thins them
        arr = cv2.erode(arr, kernel) if weight > 0 else cv2.dilate(arr, kernel)
    if squeeze != 1.0:
        arr = cv2.resize(arr, None, fx=squeeze, fy=1.0, interpolation=cv2.INTER_AREA)
    middle = len(lines) // 2
    return arr, cap * 0.5 + middle * line_gap + cap_top, float(cap)


def background(rng: random.Random, shape: tuple[int, int], paper: int) -> np.ndarray:
    """Paper with a faint pattern (guilloche-like waves, blotches)."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    out = np.full((h, w), float(paper), np.float32)
    if rng.random() < 0.6:
        amp = rng.uniform(3, 18)
        out += amp * np.sin(xx / rng.uniform(8, 60) + yy / rng.uniform(8, 60) + rng.uniform(0, 6))
    if rng.random() < 0.3:
        for _ in range(rng.randint(1, 4)):
            phase, period = rng.uniform(0, 6), rng.uniform(30, 120)
            curve = h / 2 + rng.uniform(0.2, 0.5) * h * np.sin(xx[0] / period + phase)
            dist = np.abs(yy - curve[None, :])
            out -= rng.uniform(10, 40) * (dist < rng.uniform(0.8, 2.0))
    if rng.random() < 0.25:
        # guilloche: many fine interleaved sine curves across the zone
        count, amp = rng.randint(4, 14), rng.uniform(0.1, 0.6) * h
        for k in range(count):
            curve = h * (k + 0.5) / count + amp * np.sin(xx[0] / rng.uniform(15, 70) + rng.uniform(0, 6))
            out -= rng.uniform(8, 35) * (np.abs(yy - curve[None, :]) < rng.uniform(0.5, 1.4))
    if rng.random() < 0.15:
        # hologram or laminate: bright diagonal bands that wash the ink out
        slope, period = rng.uniform(-1.5, 1.5), rng.uniform(40, 200)
        band = np.sin((xx + slope * yy) / period * 2 * math.pi + rng.uniform(0, 6))
        out += rng.uniform(20, 70) * np.clip(band, 0, None)
    return out


def degrade_line(
    rng: random.Random, nrng: np.random.Generator, text: str, others: list[str]
) -> tuple[np.ndarray, float, float] | None:
    """A degraded strip like locate.py cuts: (strip, left x of cell 0, pitch) in strip pixels."""
    paper = rng.randint(150, 255)
    ink = rng.randint(0, max(0, paper - 70))
    if rng.random() < 0.12:
        # an infrared-looking capture: grey paper, ink only a little darker
        paper = rng.randint(110, 200)
        ink = rng.randint(max(0, paper - 110), paper - 45)
    above = rng.random() < 0.7
    below = rng.random() < 0.7
    lines = [others[0] if above else " " * len(text), text, others[1] if below else " " * len(text)]
    font_scale = rng.uniform(0.88, 1.1)
    squeeze = rng.uniform(0.85, 1.06)
    weight = rng.choices([-2, -1, 0, 1, 2], [0.08, 0.22, 0.4, 0.22, 0.08])[0]
    spacing = rng.uniform(1.45, 1.9)
    arr, cap_top, cap = render_lines(rng, lines, font_scale, squeeze, weight, ink, paper, spacing)
    bg = background(rng, arr.shape, paper)
    flat = arr.astype(np.float32)
    img = np.minimum(flat, bg) if rng.random() < 0.5 else flat - (paper - bg)
    pitch = PITCH_HI * squeeze
    left = 3 * PITCH_HI * squeeze
    # small tilt and vertical offset, as a line fit leaves them
    # glyph heights from 7.5 to 40 px, with low-resolution captures (8-14 px) drawn more often
    if rng.random() < 0.35:
        target_cap = rng.uniform(7.5, 14.0)
    else:
        target_cap = math.exp(rng.uniform(math.log(7.5), math.log(40)))
    scale = target_cap / cap
    angle = rng.uniform(-1.2, 1.2)
    center = (img.shape[1] / 2, cap_top + cap / 2)
    matrix = cv2.getRotationMatrix2D(center, angle, 1.0)
    img = cv2.warpAffine(img, matrix, (img.shape[1], img.shape[0]), borderMode=cv2.BORDER_REPLICATE)
    # uneven light
    h, w = img.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + rng.uniform(0, 0.4) * ((xx / w - 0.5) * gx + (yy / h - 0.5) * gy)
    img = img * light
    if rng.random() < 0.2:  # glare
        gx, gy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.1, 0.4) * w
        img += rng.uniform(30, 110) * np.exp(-((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * r * r))
    small = cv2.resize(np.clip(img, 0, 255), None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    sigma = rng.choice([0.0, rng.uniform(0.3, 0.8), rng.uniform(0.5, 1.3)])
    if sigma > 0:
        small = cv2.GaussianBlur(small, (0, 0), sigma)
    if rng.random() < 0.15:  # motion blur
        k = rng.choice([3, 5])
        kernel = np.zeros((k, k), np.float32)
        kernel[k // 2, :] = 1.0 / k
        small = cv2.filter2D(small, -1, kernel)
    small = small + nrng.normal(0, rng.uniform(0, 12), small.shape).astype(np.float32)
    small = np.clip(small, 0, 255).astype(np.uint8)
    if rng.random() < 0.6:
        ok, enc = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(20, 95)])
        if ok:
            small = cv2.imdecode(enc, cv2.IMREAD_GRAYSCALE)
    # the locator scales the line so that glyphs are ~GLYPH_HEIGHT px and cuts +-0.8 of that
    up = GLYPH_HEIGHT * rng.uniform(0.9, 1.15) / target_cap
    big = cv2.resize(small, None, fx=up, fy=up, interpolation=cv2.INTER_CUBIC)
    factor = scale * up
    mid = (cap_top + cap / 2) * factor + rng.uniform(-0.12, 0.12) * GLYPH_HEIGHT
    half = 0.8 * GLYPH_HEIGHT * rng.uniform(1.0, 1.25)
    y0, y1 = round(mid - half), round(mid + half)
    x0 = int(max(0, (left - rng.uniform(1.2, 2.8) * pitch) * factor))
    x1 = int(min(big.shape[1], (left + (len(text) + rng.uniform(1.2, 2.8)) * pitch) * factor))
    if y0 < 0 or y1 > big.shape[0]:
        return None
    strip = np.ascontiguousarray(big[y0:y1, x0:x1])
    return strip, left * factor - x0, pitch * factor


def jitter_cell(rng: random.Random, cell: np.ndarray) -> np.ndarray:
    """+-15% shift and scale of one normalised cell (the fit is never exact)."""
    if rng.random() < 0.4:
        return cell
    s = rng.uniform(0.88, 1.12)
    sx = s * rng.uniform(0.95, 1.05)
    dx, dy = rng.uniform(-0.12, 0.12) * CELL_W, rng.uniform(-0.1, 0.1) * CELL_H
    m = np.array([[sx, 0, (1 - sx) * CELL_W / 2 + dx], [0, s, (1 - s) * CELL_H / 2 + dy]], np.float32)
    return cv2.warpAffine(cell, m, (CELL_W, CELL_H), borderMode=cv2.BORDER_REPLICATE)


def make_dataset(count: int, seed: int, jitter: bool) -> tuple[np.ndarray, np.ndarray, int]:
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    xs: list[np.ndarray] = []
    ys: list[int] = []
    dropped = 0
    index = {c: i for i, c in enumerate(CLASSES)}
    while len(xs) < count:
        length = rng.choice([30, 36, 44])
        text = random_line(rng, length)
        made = degrade_line(rng, nrng, text, [random_line(rng, length), random_line(rng, length)])
        if made is None:
            continue
        strip, left, pitch = made
        cut = cut_cells(strip, length, pitch * rng.uniform(0.96, 1.04))
        truth = left + (np.arange(length) + 0.5) * pitch
        if cut is None or float(np.max(np.abs(cut.centers[:, 0] - truth))) > 0.3 * pitch:
            dropped += 1
            continue
        for cell, char in zip(cut.cells, text, strict=True):
            xs.append(jitter_cell(rng, cell) if jitter else cell)
            ys.append(index[char])
    return np.stack(xs)[:, None, :, :], np.array(ys, dtype=np.int64), dropped


CHANNELS = (8, 16, 64)


class CellNet(nn.Module):
    """3 conv blocks and two dense layers. The shipped model's blocks have 8, 16 and 64 channels
    (~90k parameters, ~0.8 M MACs a cell: ~7 ms for a passport's 96 cells on one core with
    OpenCV's dnn); the earlier 16, 32, 64 took twice that, most of it in the middle block."""

    def __init__(self, classes: int = len(CLASSES), channels: tuple[int, int, int] = CHANNELS) -> None:
        super().__init__()
        c1, c2, c3 = channels

        def block(cin: int, cout: int) -> nn.Sequential:
            return nn.Sequential(
                nn.Conv2d(cin, cout, 3, padding=1), nn.BatchNorm2d(cout), nn.ReLU(), nn.MaxPool2d(2)
            )

        self.features = nn.Sequential(block(1, c1), block(c1, c2), block(c2, c3))
        self.head = nn.Sequential(
            nn.Flatten(),
            nn.Linear(c3 * (CELL_H // 8) * (CELL_W // 8), 96),
            nn.ReLU(),
            nn.Dropout(0.1),
            nn.Linear(96, classes),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x))


def report(model: nn.Module, x: np.ndarray, y: np.ndarray) -> float:
    model.eval()
    with torch.no_grad():
        chunks = [model(torch.from_numpy(x[i : i + 2048])).argmax(1) for i in range(0, len(x), 2048)]
        pred = torch.cat(chunks).numpy()
    accuracy = float(np.mean(pred == y))
    print(f"held-out cells: {len(y)}, accuracy {100 * accuracy:.3f}%")
    for k, char in enumerate(CLASSES):
        mask = y == k
        if not mask.any():
            continue
        wrong = Counter(CLASSES[p] for p in pred[mask] if p != k)
        top = ", ".join(f"{c}:{n}" for c, n in wrong.most_common(3))
        print(f"  {char}: {100 * float(np.mean(pred[mask] == k)):6.2f}% of {int(mask.sum()):5d}  {top}")
    return accuracy


def augment_real(rng: random.Random, nrng: np.random.Generator, cell: np.ndarray) -> np.ndarray:
    """One more look at a real cell: jitter, then contrast, gamma, blur or noise (cells are 0..1)."""
    out = jitter_cell(rng, cell)
    if rng.random() < 0.5:
        out = np.clip(out * rng.uniform(0.6, 1.0) + rng.uniform(0.0, 0.15), 0, 1) ** rng.uniform(0.7, 1.4)
    if rng.random() < 0.3:
        out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.4, 1.0))
    if rng.random() < 0.3:
        out = out + nrng.normal(0, rng.uniform(0.02, 0.1), out.shape).astype(np.float32)
    return np.clip(out, 0, 1).astype(np.float32)


def real_cells(cache: Path | None, label_model: Path | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Labelled cells of every shared real document: cells, labels and each cell's fold
    (``scripts/mrz_real_folds.py``); kept in ``cache`` (outside the repository) when given."""
    if cache and cache.exists():
        data = np.load(cache)
        return data["x"], data["y"], data["fold"]
    from mrz_real_folds import labelled_cells, load_documents  # the scripts folder is on the path

    from midas_desktop.ocr.classify import CellClassifier

    classifier = CellClassifier(label_model)
    xs, ys, folds = [], [], []
    for document in load_documents():
        cells, labels = labelled_cells(document, classifier)
        print(f"  {document.file}: {len(labels)} cells (fold {document.fold})", flush=True)
        xs.append(cells)
        ys.append(labels)
        folds.append(np.full(len(labels), document.fold, dtype=np.int64))
    x, y, fold = np.concatenate(xs), np.concatenate(ys), np.concatenate(folds)
    if cache:
        np.savez(cache, x=x, y=y, fold=fold)
    return x, y, fold


def load_onnx_weights(model: CellNet, path: Path) -> None:
    """Start from an exported model (``--init-onnx``): the exporter folded each batch norm into its
    convolution, so the convolutions take the folded weights and the batch norms become identities
    (kept frozen while fine-tuning)."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(str(path)).graph
    weights = {item.name: numpy_helper.to_array(item) for item in graph.initializer}
    convs = [node for node in graph.node if node.op_type == "Conv"]
    blocks = [module for module in model.features]
    state = model.state_dict()
    for index, (node, _block) in enumerate(zip(convs, blocks, strict=True)):
        state[f"features.{index}.0.weight"] = torch.from_numpy(weights[node.input[1]].copy())
        state[f"features.{index}.0.bias"] = torch.from_numpy(weights[node.input[2]].copy())
        channels = weights[node.input[2]].shape[0]
        state[f"features.{index}.1.weight"] = torch.ones(channels)
        state[f"features.{index}.1.bias"] = torch.zeros(channels)
        state[f"features.{index}.1.running_mean"] = torch.zeros(channels)
        state[f"features.{index}.1.running_var"] = torch.ones(channels) - 1e-5
    for name in ("head.1.weight", "head.1.bias", "head.4.weight", "head.4.bias"):
        state[name] = torch.from_numpy(weights[name].copy())
    model.load_state_dict(state)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=3200, help="training lines (~37 cells each)")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cache", type=Path, help="keep the rendered cells in this .npz (re-runs skip it)")
    parser.add_argument("--init", type=Path, help="start from these weights (.pt of an earlier run)")
    parser.add_argument("--lr", type=float, default=3e-3, help="peak learning rate")
    parser.add_argument(
        "--real", action="store_true", help="add the glyph cells of the shared real documents (read in place)"
    )
    parser.add_argument(
        "--hold-out-fold",
        type=int,
        default=-1,
        help="with --real: leave this fold's documents out (its cells are the held-out set)",
    )
    parser.add_argument("--real-repeat", type=int, default=8, help="augmented copies of each real cell")
    parser.add_argument("--real-cache", type=Path, help="the real cells' .npz cache (outside the repo)")
    parser.add_argument("--label-model", type=Path, help="the model that aligns real cells with their truth")
    parser.add_argument("--save-weights", type=Path, help="also write the PyTorch weights here (for --init)")
    parser.add_argument("--init-onnx", type=Path, help="start from an exported model (batch norms frozen)")
    parser.add_argument(
        "--render-share",
        type=float,
        default=1.0,
        help="train on this share of the rendered cells (with all the real ones)",
    )
    parser.add_argument(
        "--channels",
        default=",".join(map(str, CHANNELS)),
        help="channels of the three conv blocks (the --init-onnx model's, when given)",
    )
    parser.add_argument(
        "--render-only",
        action="store_true",
        help="only render the cells into --cache (and label the real ones), train nothing",
    )
    args = parser.parse_args(argv)
    torch.manual_seed(args.seed)
    torch.set_num_threads(1)  # on a shared 2-core machine one thread trains faster than two
    start = time.time()
    if args.cache and args.cache.exists():
        data = np.load(args.cache)
        x, y, vx, vy = data["x"], data["y"], data["vx"], data["vy"]
        dropped = vdropped = -1
    else:
        x, y, dropped = make_dataset(args.lines * 37, args.seed, jitter=True)
        vx, vy, vdropped = make_dataset(500 * 37, args.seed + 1000, jitter=False)
        if args.cache:
            np.savez(args.cache, x=x, y=y, vx=vx, vy=vy)
    print(
        f"rendered {len(y)} training cells and {len(vy)} held-out cells in {time.time() - start:.0f} s "
        f"(lines dropped for a bad cell fit: {dropped} + {vdropped})",
        flush=True,
    )
    if args.render_only:
        if args.real:
            real_cells(args.real_cache, args.label_model)
        return 0
    held_real: tuple[np.ndarray, np.ndarray] | None = None
    rendered = len(y)
    if args.real:
        rx, ry, rfold = real_cells(args.real_cache, args.label_model)
        train = rfold != args.hold_out_fold
        if args.hold_out_fold >= 0:
            held_real = (rx[~train][:, None, :, :], ry[~train])
        rng = random.Random(args.seed + 7)
        nrng = np.random.default_rng(args.seed + 7)
        extra = [augment_real(rng, nrng, cell) for cell in rx[train] for _ in range(args.real_repeat)]
        x = np.concatenate([x, np.stack(extra)[:, None, :, :]])
        y = np.concatenate([y, np.repeat(ry[train], args.real_repeat)])
        print(
            f"real cells: {int(train.sum())} for training (x{args.real_repeat} augmented), "
            f"{0 if held_real is None else len(held_real[1])} held out (fold {args.hold_out_fold})",
            flush=True,
        )
    channels = tuple(int(c) for c in args.channels.split(","))
    if len(channels) != 3:
        parser.error("--channels: three numbers, e.g. 8,16,64")
    model = CellNet(channels=(channels[0], channels[1], channels[2]))
    if args.init:
        model.load_state_dict(torch.load(args.init))
    if args.init_onnx:
        load_onnx_weights(model, args.init_onnx)
    if args.render_share < 1.0:
        # a gentle fine-tuning: a share of the renders keeps what they taught while the real
        # cells teach the rest
        keep = np.random.default_rng(args.seed).random(len(y)) < args.render_share
        keep[rendered:] = True
        x, y = x[keep], y[keep]
    optimiser = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
    steps = args.epochs * math.ceil(len(y) / 256)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=args.lr, total_steps=steps)
    loss_fn = nn.CrossEntropyLoss(label_smoothing=0.02)
    tx, ty = torch.from_numpy(x), torch.from_numpy(y)
    for epoch in range(args.epochs):
        model.train()
        if args.init_onnx:
            for module in model.modules():  # the exported model's batch norms are folded away
                if isinstance(module, nn.BatchNorm2d):
                    module.eval()
        order = torch.randperm(len(ty))
        total = 0.0
        for i in range(0, len(order), 256):
            batch = order[i : i + 256]
            optimiser.zero_grad()
            loss = loss_fn(model(tx[batch]), ty[batch])
            loss.backward()
            optimiser.step()
            schedule.step()
            total += float(loss.detach()) * len(batch)
        print(f"epoch {epoch + 1}: loss {total / len(ty):.4f} ({time.time() - start:.0f} s)", flush=True)
    report(model, vx, vy)
    if held_real is not None:
        print("real cells of the held-out fold (documents this model never saw):")
        report(model, *held_real)
    model.eval()
    # the weights too: an export problem must not cost the training, and a later run may start
    # from them (--init)
    if args.save_weights or args.cache:
        torch.save(model.state_dict(), args.save_weights or args.cache.with_suffix(".pt"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    torch.onnx.export(
        model,
        (torch.zeros(1, 1, CELL_H, CELL_W),),
        buffer,
        dynamo=False,
        opset_version=13,
        input_names=["cells"],
        output_names=["logits"],
        dynamic_axes={"cells": {0: "n"}, "logits": {0: "n"}},
    )
    args.out.write_bytes(buffer.getvalue())
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) in {time.time() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
