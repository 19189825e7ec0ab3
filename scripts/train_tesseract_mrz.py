"""Train Tesseract's LSTM for the MRZ alphabet and write ``midas_desktop/resources/ocr/mrz.traineddata``.

The reader's second opinion on unsure cells (``midas_desktop/ocr/engine_cnn.py``). Trained from
scratch (Debian's ``eng`` is an integer "fast" model, which ``lstmtraining --continue_from`` cannot
continue) on line strips rendered and degraded by ``scripts/train_mrz_model.py``'s renderer (OCR-B
regular and sharp cuts, a monospace sans now and then, prints, captures and the locator's framing),
never on a real document: its readings of the shared real documents are held-out figures as they are.

Needs Tesseract 5's training tools (Debian ``tesseract-ocr``: ``lstmtraining``,
``combine_lang_model``, ``unicharset_extractor``), and the training dependencies of the renderer
(``pip install -r requirements/train.txt``). Everything but the model is written under ``--work``
(default ``/tmp/tessmrz``), never into the repository.

Steps (each skipped when its output is already in ``--work``: a file of strips already there is
reused as it is, and training resumes from the checkpoint there; a fresh ``--work`` renders the same
strips again, all seeded):
1. Render ``--lines`` training and ``--eval-lines`` evaluation strips (seeded), written as
   multi-page TIFFs with WordStr box files (one strip a page), and turned into ``.lstmf`` by
   ``tesseract ... lstm.train``.
2. A starter model for the 37 symbols (``unicharset_extractor``, ``combine_lang_model``; no
   dictionaries).
3. ``lstmtraining`` from scratch with a small network (``--net-spec``), then ``--stop_training``
   with ``--convert_to_int`` (an integer model: smaller and faster to run) into ``--out``.
4. ``lstmeval`` of the result on the evaluation strips.

Usage (about an hour on one loaded core with the defaults; ~2 minutes of it rendering)::

    OMP_NUM_THREADS=1 nice -n 5 python scripts/train_tesseract_mrz.py
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = Path(__file__).resolve().parent
for folder in (ROOT, SCRIPTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from midas_desktop.ocr.classify import CLASSES  # noqa: E402

OUT = ROOT / "midas_desktop" / "resources" / "ocr" / "mrz.traineddata"
LANG = "mrz"
# input height 32; a 3x3 convolution of 16, max-pool 3x3, a vertical summarising LSTM of 32, then
# two horizontal LSTMs (forward and backward) of 64: ~60k weights, enough for one font family's
# 37 glyphs, and quick to train and to run on a line
NET_SPEC = "[1,32,0,1 Ct3,3,16 Mp3,3 Lfys32 Lbx64 O1c{classes}]"
PAGES_PER_FILE = 250


def render(work: Path, name: str, count: int, seed: int) -> list[Path]:
    """``count`` degraded strips in multi-page TIFFs with their box files; the .lstmf files."""
    from train_mrz_model import degrade_line, random_line  # the renderer (needs the train deps)

    out = work / "lines"
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    made: list[Path] = []
    file_index = 0
    done = 0
    while done < count:
        base = out / f"{name}_{file_index:03d}"
        file_index += 1
        size = min(PAGES_PER_FILE, count - done)
        done += size
        lstmf = base.with_suffix(".lstmf")
        made.append(lstmf)
        if lstmf.exists():
            continue
        pages: list[Image.Image] = []
        boxes: list[str] = []
        while len(pages) < size:
            length = rng.choice([30, 36, 44])
            text = random_line(rng, length)
            strip = degrade_line(rng, nrng, text, [random_line(rng, length), random_line(rng, length)])
            if strip is None:
                continue
            image = strip[0]
            height, width = image.shape[:2]
            page = len(pages)
            pages.append(Image.fromarray(image))
            boxes.append(f"WordStr 0 0 {width} {height} {page} #{text}")
            boxes.append(f"\t 0 0 {width} {height} {page}")
        tif = base.with_suffix(".tif")
        pages[0].save(tif, save_all=True, append_images=pages[1:], compression="tiff_lzw")
        base.with_suffix(".box").write_text("\n".join(boxes) + "\n")
        subprocess.run(
            ["tesseract", str(tif), str(base), "--psm", "13", "lstm.train"],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if not lstmf.exists():
            raise SystemExit(f"tesseract wrote no {lstmf}")
        print(f"  {lstmf.name}: {size} strips", flush=True)
    return made


def starter(work: Path) -> Path:
    """The starter traineddata for the MRZ alphabet (no dictionaries, no script data)."""
    starter_dir = work / "starter"
    model = starter_dir / LANG / f"{LANG}.traineddata"
    if model.exists():
        return model
    langdata = work / "langdata"
    langdata.mkdir(parents=True, exist_ok=True)
    # combine_lang_model insists on reading a radical table (used for Han only)
    (langdata / "radical-stroke.txt").write_text("# none: the MRZ alphabet\n")
    text = work / "alphabet.txt"
    text.write_text("".join(CLASSES) + "\n")
    unicharset = work / "unicharset"
    subprocess.run(
        ["unicharset_extractor", "--output_unicharset", str(unicharset), "--norm_mode", "1", str(text)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    (starter_dir / LANG).mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "combine_lang_model",
            "--input_unicharset", str(unicharset),
            "--script_dir", str(langdata),
            "--output_dir", str(starter_dir),
            "--lang", LANG,
            "--pass_through_recoder",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/tessmrz"))
    parser.add_argument("--lines", type=int, default=3500, help="training strips")
    parser.add_argument("--eval-lines", type=int, default=250, help="evaluation strips (another seed)")
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--iterations", type=int, default=10000)
    parser.add_argument("--learning-rate", type=float, default=2e-3)
    parser.add_argument("--net-spec", default=NET_SPEC)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    for tool in ("tesseract", "lstmtraining", "combine_lang_model", "unicharset_extractor", "lstmeval"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} not found (Debian: apt-get install tesseract-ocr)")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    print("rendering strips ...", flush=True)
    train = render(work, "train", args.lines, args.seed)
    evaluation = render(work, "eval", args.eval_lines, args.seed + 1000)
    (work / "list.train").write_text("".join(f"{p}\n" for p in train))
    (work / "list.eval").write_text("".join(f"{p}\n" for p in evaluation))
    model = starter(work)
    classes = int((work / "unicharset").read_text().split("\n", 1)[0])
    checkpoints = work / "checkpoints"
    checkpoints.mkdir(exist_ok=True)
    print("training ...", flush=True)
    subprocess.run(
        [
            "lstmtraining",
            "--traineddata", str(model),
            "--net_spec", args.net_spec.format(classes=classes),
            "--model_output", str(checkpoints / LANG),
            "--learning_rate", str(args.learning_rate),
            "--train_listfile", str(work / "list.train"),
            "--eval_listfile", str(work / "list.eval"),
            "--max_iterations", str(args.iterations),
            "--target_error_rate", "0.002",
        ],
        check=True,
    )  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "lstmtraining",
            "--stop_training",
            "--convert_to_int",
            "--continue_from", str(checkpoints / f"{LANG}_checkpoint"),
            "--traineddata", str(model),
            "--model_output", str(args.out),
        ],
        check=True,
    )  # fmt: skip
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes); evaluation strips:", flush=True)
    subprocess.run(
        ["lstmeval", "--model", str(args.out), "--eval_listfile", str(work / "list.eval")], check=True
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
