"""Benchmark the MRZ reader against PassportEye on synthetic sets and on the shared real documents.

Usage:
    python scripts/make_specimens.py --count 300 --seed 20250611 --out /tmp/bench_set
    python scripts/bench_mrz.py --synthetic /tmp/bench_set [--real DIR ...] [--held-out MODELS]
        [--engines cnn,tesseract] [--peer-sample 60] [--no-peer] [--limit N] [--dump FILE]

Real documents: ``../shared/specimens/real`` and ``real2`` by default (read in place; never copy
them into the repository). The shipped glyph model was fine-tuned on their cells, so its figures on
them are a training fit: ``--held-out MODELS`` reads each real document with ``MODELS/fold{k}.onnx``,
the model of the fold that left the document's whole source project out (folds of
``scripts/mrz_real_folds.py``; the models are made by the commands in
``midas_desktop/resources/ocr/README.md``).
Those held-out figures are the ones to quote; without ``--held-out`` the real rows are marked as a
training fit.

For each reader, by set, capture kind and document type: documents read exactly (all lines),
character accuracy, false accepts (reported valid but wrong, including documents whose printed
check digits fail or that break another rule), "verify by eye" (a genuine document, one an exact
reading would report valid: its printed check digits right and every rule of ``check_mrz`` met,
read but not reported valid: the officer checks or types the lines; a document read exactly and
reported invalid for what it prints, such as a date 000000, is a right verdict, not one to verify),
no-reads, median CPU ms per image (this
process and the processes it waited for: PassportEye runs Tesseract as one; what one core spends,
whatever else the machine runs), median and p95 wall-clock ms (decode included, no portrait
search), and the ratio of PassportEye's median CPU time to ours. OpenCV runs single-threaded
(``cv2.setNumThreads(1)``). The median CPU time
per stage of our reader follows (image decode, locate, cells, classify, decode, second opinion), and
the portrait search apart (only run when asked for). Prints markdown; ``--dump`` writes every
reading as JSON Lines for error analysis. PassportEye (~2-3 s per image) runs on a sample: the first
``--peer-sample`` synthetic images and all real ones.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import sys
import time
import warnings
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench_stats import p95  # noqa: E402

SHARED = ROOT.parent / "shared" / "specimens"
DEFAULT_REAL = (SHARED / "real", SHARED / "real2")


@dataclass
class Outcome:
    set: str
    kind: str
    type: str
    exact: bool
    chars_ok: int
    chars_total: int
    false_accept: bool
    verify_by_eye: bool
    genuine: bool  # an exact reading would be valid: printed check digits right, every rule met
    no_read: bool
    ms: float
    index: int
    in_frame: bool = True
    cpu_ms: float = 0.0


@dataclass(frozen=True)
class Item:
    set: str
    path: str
    truth: dict[str, object]
    index: int


def char_accuracy(got: list[str], truth: list[str]) -> int:
    correct = 0
    for index, line in enumerate(truth):
        read = got[index] if index < len(got) else ""
        correct += sum(1 for a, b in zip(read, line, strict=False) if a == b)
    return correct


def load_set(name: str, root: Path, limit: int | None) -> list[Item]:
    rows = [json.loads(line) for line in (root / "truth.jsonl").read_text().splitlines() if line.strip()]
    rows = rows[:limit] if limit else rows
    return [Item(name, str(root / str(row["file"])), row, index) for index, row in enumerate(rows)]


Reader = Callable[[str], tuple[list[str] | None, bool]]
STAGES: dict[str, list[dict[str, float]]] = defaultdict(list)
DUMP: list[dict[str, object]] = []


def _stages_in_cpu_time() -> None:
    """The reader's per-stage timings in CPU time of this process (one core, whatever else the
    machine runs): its modules' clock is swapped for the process clock."""
    import types

    from midas_desktop.ocr import engine_cnn, reader

    clock = types.SimpleNamespace(perf_counter=time.process_time)
    reader.time = clock  # type: ignore[assignment]
    engine_cnn.time = clock  # type: ignore[assignment]


def midas_reader(
    engine: str, label: str, classifier_for: Callable[[str], object] | None = None, portrait: bool = False
) -> Reader:
    from midas_desktop.ocr import read_mrz

    _stages_in_cpu_time()

    def read(path: str) -> tuple[list[str] | None, bool]:
        classifier = classifier_for(path) if classifier_for is not None else None
        result = read_mrz(path, engine=engine, want_portrait=portrait, classifier=classifier)  # type: ignore[arg-type]
        STAGES[label].append(result.timings)
        DUMP.append(
            {
                "reader": label,
                "path": path,
                "lines": result.lines,
                "valid": result.valid,
                "error": result.error,
                "confidence": result.confidence,
                "raw": result.raw_lines,
                "ms": result.ms,
            }
        )
        return (result.lines or None), result.valid

    return read


def held_out_classifiers(models: Path) -> Callable[[str], object]:
    """path -> the classifier of the fold that never saw the document at ``path``."""
    from mrz_real_folds import load_documents  # the scripts folder is on the path

    from midas_desktop.ocr.classify import CellClassifier

    fold_of = {str(document.path): document.fold for document in load_documents()}
    loaded = {fold: CellClassifier(models / f"fold{fold}.onnx") for fold in sorted(set(fold_of.values()))}

    def pick(path: str) -> object:
        if path not in fold_of:
            raise SystemExit(f"--held-out: {path} is not one of the shared real documents")
        return loaded[fold_of[path]]

    return pick


def stage_table() -> str:
    keys = ["image", "locate", "cells", "classify", "decode", "second opinion", "portrait"]
    rows = [
        "### Where the time goes (median CPU ms per image, one core; portrait only when asked for)",
        "",
        "| reader | " + " | ".join(keys) + " | total |",
        "|---|" + "---:|" * (len(keys) + 1),
    ]
    for label, items in STAGES.items():
        cells = []
        for key in keys:
            values = [t.get(key, 0.0) for t in items if t]
            cells.append(f"{statistics.median(values):.1f}" if values else "-")
        totals = [sum(t.values()) for t in items if t]
        total = statistics.median(totals) if totals else 0.0
        rows.append(f"| {label} | " + " | ".join(cells) + f" | {total:.1f} |")
    return "\n".join(rows) + "\n"


def portrait_cost(items: list[Item], count: int = 20) -> str:
    """The portrait search on its own (it runs only when the caller asks for it)."""
    from midas_desktop.ocr import read_mrz

    times = []
    for item in items[:count]:
        result = read_mrz(item.path, want_portrait=True)
        if "portrait" in result.timings:
            times.append(result.timings["portrait"])
    if not times:
        return ""
    return (
        f"Portrait search when asked for: median {statistics.median(times):.1f} ms on {len(times)} images.\n"
    )


def passporteye_reader() -> Reader | None:
    try:
        from passporteye import read_mrz as pe_read  # type: ignore[import-untyped]
    except ImportError:
        return None

    def read(path: str) -> tuple[list[str] | None, bool]:
        try:
            with warnings.catch_warnings():  # its scikit-image calls are deprecated: not our news
                warnings.simplefilter("ignore")
                mrz = pe_read(path)
        except Exception:
            return None, False
        if mrz is None:
            return None, False
        lines = [line for line in mrz.aux.get("text", "").splitlines() if line.strip()]
        return lines, bool(mrz.valid)

    return read


@functools.cache
def _valid_by_rules(lines: tuple[str, ...]) -> bool:
    """Whether the true lines pass the product's own rules (``check_mrz``, expiry aside): the
    verdict an exact reading gets."""
    from midas_desktop.domain.mrz.parse import check_mrz

    return check_mrz(lines).valid


def run(reader: Reader, items: list[Item], set_label: str | None = None) -> list[Outcome]:
    out = []
    for item in items:
        row = item.truth
        truth = [str(x) for x in row["lines"]]  # type: ignore[attr-defined]
        start, cpu = time.perf_counter(), _cpu_seconds()
        lines, valid = reader(item.path)
        ms = (time.perf_counter() - start) * 1000
        cpu_ms = (_cpu_seconds() - cpu) * 1000
        exact = lines == truth
        genuine = bool(row.get("check_digits_ok", True)) and _valid_by_rules(tuple(truth))
        false_accept = valid and not (exact and genuine)
        verify = genuine and lines is not None and not valid
        out.append(
            Outcome(
                set_label or item.set,
                str(row.get("kind", "?")),
                str(row.get("type", "?")),
                exact,
                char_accuracy(lines or [], truth),
                sum(len(x) for x in truth),
                false_accept,
                verify,
                genuine,
                lines is None,
                ms,
                item.index,
                bool(row.get("mrz_in_frame", True)),
                cpu_ms,
            )
        )
    return out


def _cpu_seconds() -> float:
    """CPU time of this process and of the processes it waited for (PassportEye runs Tesseract as
    a child process): the time on one core, whatever else the machine is doing."""
    times = os.times()  # (children's time in clock ticks; this process's from the finer clock)
    return time.process_time() + times.children_user + times.children_system


def table(title: str, results: dict[str, list[Outcome]], key: Callable[[Outcome], str]) -> str:
    rows = [
        f"### {title}",
        "",
        "| reader | group | n | exact | char acc | false accepts | verify by eye | no-reads "
        "| median CPU ms | median ms | p95 ms | time vs midas-cnn |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    reference: dict[str, float] = {}
    for reader_name, outcomes in results.items():
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in outcomes:
            groups[key(outcome)].append(outcome)
            groups["all"].append(outcome)
        for group in sorted(groups, key=lambda g: (g != "all", g)):
            items = groups[group]
            n = len(items)
            exact = sum(o.exact for o in items)
            chars = sum(o.chars_ok for o in items) / max(1, sum(o.chars_total for o in items))
            genuine = sum(o.genuine for o in items)
            verify = sum(o.verify_by_eye for o in items)
            times = [o.ms for o in items]
            median = statistics.median(times)
            cpu = statistics.median([o.cpu_ms for o in items])
            if reader_name.startswith("midas-cnn"):
                reference.setdefault(group, cpu)
            ratio = f"{cpu / reference[group]:.1f}x" if group in reference else "-"
            rows.append(
                f"| {reader_name} | {group} | {n} | {exact} ({100 * exact / n:.1f}%) | "
                f"{100 * chars:.2f}% | {sum(o.false_accept for o in items)} | "
                f"{verify} ({100 * verify / max(genuine, 1):.1f}%) | "
                f"{sum(o.no_read for o in items)} | {cpu:.0f} | {median:.0f} | {p95(times):.0f} | "
                f"{ratio} |"
            )
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--synthetic",
        type=Path,
        action="append",
        default=[],
        help="a directory written by make_specimens.py (repeatable)",
    )
    parser.add_argument(
        "--real",
        type=Path,
        action="append",
        help="real documents with truth.jsonl, read in place (repeatable; default: shared)",
    )
    parser.add_argument("--no-real", action="store_true", help="only the synthetic sets")
    parser.add_argument(
        "--held-out",
        type=Path,
        help="folder of fold{k}.onnx: each real document read by the model that never saw it",
    )
    parser.add_argument("--peer-sample", type=int, default=60, help="synthetic images given to PassportEye")
    parser.add_argument("--no-peer", action="store_true", help="skip PassportEye")
    parser.add_argument("--limit", type=int, help="only the first N images of each synthetic set")
    parser.add_argument("--engines", default="cnn", help="our engines to run: cnn, tesseract")
    parser.add_argument("--dump", type=Path, help="write every reading of ours as JSON Lines")
    args = parser.parse_args(argv)
    import cv2

    cv2.setNumThreads(1)

    synthetic: list[Item] = []
    for root in args.synthetic:
        synthetic.extend(load_set("synthetic", root, args.limit))
    real: list[Item] = []
    if not args.no_real:
        for root in args.real or list(DEFAULT_REAL):
            if (root / "truth.jsonl").exists():
                real.extend(load_set("real", root, None))
    if not synthetic and not real:
        parser.error("nothing to measure: give --synthetic DIR and/or --real DIR")

    results: dict[str, list[Outcome]] = {}
    for engine in [e.strip() for e in args.engines.split(",") if e.strip()]:
        label = f"midas-{engine}"
        reader = midas_reader(engine, label)
        results[label] = run(reader, synthetic)
        if engine == "cnn" and args.held_out and real:
            held = midas_reader(engine, label, held_out_classifiers(args.held_out))
            results[label].extend(run(held, real, "real (held out)"))
        else:
            results[label].extend(run(reader, real, "real (training fit)" if engine == "cnn" else "real"))
    if args.dump:
        args.dump.write_text("".join(json.dumps(item) + "\n" for item in DUMP))
    peer = None if args.no_peer else passporteye_reader()
    if peer is not None:
        sample = [item for item in synthetic if item.index < args.peer_sample]
        results["passporteye"] = run(peer, sample) + run(
            peer,
            real,
            next((o.set for o in results.get("midas-cnn", []) if o.set.startswith("real")), "real"),
        )
    elif not args.no_peer:
        print("(passporteye is not installed: peer column skipped)\n")

    print(table("By set", results, lambda o: o.set))
    print(table("By set and capture kind", results, lambda o: f"{o.set}/{o.kind}"))
    print(table("By set and document type", results, lambda o: f"{o.set}/{o.type}"))
    framed = {
        name: [o for o in outs if o.set == "synthetic" and o.kind == "camera"]
        for name, outs in results.items()
    }
    if any(framed.values()):
        print(
            table(
                "Camera frames: whole MRZ in the frame, or cut off by the frame's edge (unreadable)",
                framed,
                lambda o: "camera/MRZ in frame" if o.in_frame else "camera/MRZ cut off",
            )
        )
    print(stage_table())
    print(portrait_cost(real or synthetic))
    if "passporteye" in results:
        same = {
            name: [o for o in outs if o.set != "synthetic" or o.index < args.peer_sample]
            for name, outs in results.items()
        }
        print(
            table(
                f"Side by side on the same images (first {args.peer_sample} synthetic, all real)",
                same,
                lambda o: f"{o.set}/{o.kind}",
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
