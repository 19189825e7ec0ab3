"""The shared real documents for training and held-out measurement: rows, folds and labelled cells.

Used by ``scripts/train_mrz_model.py`` (fine-tuning on real glyph cells, one model per fold) and
``scripts/bench_mrz.py`` (each real document read by the model that never saw it). The images are
read where they are (``../shared/specimens/real`` and ``real2``); nothing derived from their pixels is
ever written into the repository: cells live in memory or in a cache file the caller puts elsewhere.

Folds: documents are grouped by the public project they come from (``source`` up to the colon), and
whole projects are dealt to ``FOLDS`` folds, largest first, each to the fold with the fewest
documents so far. A document is thus never measured by a model trained on any image of its project
(the same printer, scanner and specimen series): a leave-projects-out 4-fold split.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from midas_desktop.ocr import engine_cnn  # noqa: E402
from midas_desktop.ocr.classify import CLASSES, CellClassifier  # noqa: E402
from midas_desktop.ocr.images import ImageError, load_gray  # noqa: E402
from midas_desktop.ocr.locate import locate  # noqa: E402
from midas_desktop.ocr.reader import _candidates  # noqa: E402

SHARED = ROOT.parent / "shared" / "specimens"
REAL_DIRS = (SHARED / "real", SHARED / "real2")
FOLDS = 4
MIN_AGREEMENT = 0.75  # a line's cells are kept only when the model already reads 3/4 of them right


@dataclass(frozen=True)
class RealDocument:
    path: Path
    file: str  # as in truth.jsonl, with its folder: "real/images/..."
    lines: tuple[str, ...]
    type: str
    kind: str
    project: str
    check_digits_ok: bool
    fold: int = -1


def load_documents(dirs: tuple[Path, ...] = REAL_DIRS, folds: int = FOLDS) -> list[RealDocument]:
    """Every document of ``dirs`` with truth, its fold set (see module doc)."""
    rows: list[RealDocument] = []
    for root in dirs:
        truth = root / "truth.jsonl"
        if not truth.exists():
            continue
        for line in truth.read_text().splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            rows.append(
                RealDocument(
                    root / item["file"],
                    f"{root.name}/{item['file']}",
                    tuple(item["lines"]),
                    item.get("type", "?"),
                    item.get("kind", "?"),
                    str(item.get("source", "?")).split(":")[0],
                    bool(item.get("check_digits_ok", True)),
                )
            )
    by_project: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        by_project[row.project].append(index)
    sizes = [0] * folds
    fold_of: dict[int, int] = {}
    for _project, members in sorted(by_project.items(), key=lambda item: (-len(item[1]), item[0])):
        fold = min(range(folds), key=lambda f: (sizes[f], f))
        sizes[fold] += len(members)
        for index in members:
            fold_of[index] = fold
    return [RealDocument(**{**row.__dict__, "fold": fold_of[i]}) for i, row in enumerate(rows)]


def labelled_cells(document: RealDocument, classifier: CellClassifier) -> tuple[np.ndarray, np.ndarray]:
    """The document's cells as the reader cuts them, each with its true symbol: (N, H, W), (N,).

    The orientation and each line's window are the ones under which ``classifier`` agrees best with
    the truth; lines it reads less than MIN_AGREEMENT right are left out (a wrong cut, not a glyph).
    """
    index = {c: i for i, c in enumerate(CLASSES)}
    try:
        gray = load_gray(document.path)
    except ImageError:
        return np.zeros((0, 32, 24), np.float32), np.zeros(0, np.int64)
    length = len(document.lines[0])
    best: tuple[float, list[np.ndarray], list[str]] | None = None
    for region in _candidates(locate(gray))[:3]:
        cut = engine_cnn.cut_region(region)
        if cut is None or cut[1] != length or len(cut[0]) != len(document.lines):
            continue
        upright = cut[0]
        flipped = [
            engine_cnn._flip(line, strip.image)
            for line, strip in zip(upright[::-1], region.lines[::-1], strict=True)
        ]
        for lines in (upright, flipped):
            chosen: list[np.ndarray] = []
            labels: list[str] = []
            total = 0.0
            for line, truth in zip(lines, document.lines, strict=True):
                options = []
                for shift in range(-engine_cnn.MARGIN, engine_cnn.MARGIN + 1):
                    cells = line.cells[line.window(shift)]
                    read = "".join(CLASSES[k] for k in classifier.probabilities(cells).argmax(axis=1))
                    options.append((sum(a == b for a, b in zip(read, truth, strict=True)) / length, shift))
                agreement, shift = max(options)
                total += agreement
                if agreement >= MIN_AGREEMENT:
                    chosen.append(line.cells[line.window(shift)])
                    labels.append(truth)
            if best is None or total > best[0]:
                best = (total, chosen, labels)
    if best is None or not best[1]:
        return np.zeros((0, 32, 24), np.float32), np.zeros(0, np.int64)
    cells = np.concatenate(best[1])
    ys = np.array([index[c] for text in best[2] for c in text], dtype=np.int64)
    return cells.astype(np.float32), ys
