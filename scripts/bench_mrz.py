"""Benchmark the MRZ reader against PassportEye on a synthetic set and on the real specimens.

Usage:
    python scripts/make_specimens.py --count 300 --seed 20250611 --out /tmp/bench_set
    python scripts/bench_mrz.py --synthetic /tmp/bench_set [--real ../shared/specimens/real]
        [--engines cnn,tesseract] [--peer-sample 60] [--no-peer] [--limit N] [--dump FILE]

For each reader: documents read exactly (all lines), character accuracy, false accepts (reported
valid but wrong, including documents whose printed check digits fail), no-reads, median and p95 ms
per image (decode included), by set, capture kind and document type, and the median time per
stage of our reader (image decode, locate, cells, classify/recognise, decode, portrait). OpenCV runs
single-threaded (``cv2.setNumThreads(1)``) so that the times are those of one core. Prints markdown
tables; ``--dump`` writes every reading as JSON Lines for error analysis.
PassportEye (~2-3 s per image) runs on a sample: the first ``--peer-sample`` synthetic images and
all real ones. Real specimens are read from where they are; never copy them into the repository.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_REAL = ROOT.parent / "shared" / "specimens" / "real"


@dataclass
class Outcome:
    set: str
    kind: str
    type: str
    exact: bool
    chars_ok: int
    chars_total: int
    false_accept: bool
    no_read: bool
    ms: float
    index: int
    in_frame: bool = True


def char_accuracy(got: list[str], truth: list[str]) -> int:
    correct = 0
    for index, line in enumerate(truth):
        read = got[index] if index < len(got) else ""
        correct += sum(1 for a, b in zip(read, line, strict=False) if a == b)
    return correct


def load_truth(root: Path, limit: int | None) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in (root / "truth.jsonl").read_text().splitlines() if line.strip()]
    return rows[:limit] if limit else rows


Reader = Callable[[str], tuple[list[str] | None, bool]]
STAGES: dict[str, list[dict[str, float]]] = defaultdict(list)
DUMP: list[dict[str, object]] = []


def midas_reader(engine: str) -> Reader:
    from midas_desktop.ocr import read_mrz

    def read(path: str) -> tuple[list[str] | None, bool]:
        result = read_mrz(path, engine=engine)
        STAGES[engine].append(result.timings)
        DUMP.append({"engine": engine, "path": path, "lines": result.lines, "valid": result.valid,
                     "error": result.error, "confidence": result.confidence, "raw": result.raw_lines,
                     "ms": result.ms})
        return (result.lines or None), result.valid

    return read


def stage_table() -> str:
    rows = ["### Where the time goes (median ms per image, one core)", "",
            "| engine | image decode | locate | cells | classify / recognise | decode | portrait | total |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for engine, items in STAGES.items():
        def med(key: str, items: list[dict[str, float]] = items) -> str:
            values = [t.get(key, 0.0) for t in items if t]
            return f"{statistics.median(values):.1f}" if values else "-"
        totals = [sum(t.values()) for t in items if t]
        rows.append(f"| {engine} | {med('image')} | {med('locate')} | {med('cells')} | "
                    f"{med('classify') if engine == 'cnn' else med('recognise')} | {med('decode')} | "
                    f"{med('portrait')} | {statistics.median(totals) if totals else 0:.1f} |")
    return "\n".join(rows) + "\n"


def passporteye_reader() -> Reader | None:
    try:
        from passporteye import read_mrz as pe_read  # type: ignore[import-untyped]
    except ImportError:
        return None

    def read(path: str) -> tuple[list[str] | None, bool]:
        try:
            mrz = pe_read(path)
        except Exception:
            return None, False
        if mrz is None:
            return None, False
        lines = [line for line in mrz.aux.get("text", "").splitlines() if line.strip()]
        return lines, bool(mrz.valid)

    return read


def run(reader: Reader, set_name: str, root: Path, rows: list[dict[str, object]]) -> list[Outcome]:
    out = []
    for index, row in enumerate(rows):
        truth = [str(x) for x in row["lines"]]  # type: ignore[attr-defined]
        path = str(root / str(row["file"]))
        start = time.perf_counter()
        lines, valid = reader(path)
        ms = (time.perf_counter() - start) * 1000
        exact = lines == truth
        printed_ok = bool(row.get("check_digits_ok", True))
        out.append(Outcome(set_name, str(row.get("kind", "?")), str(row.get("type", "?")), exact,
                           char_accuracy(lines or [], truth), sum(len(x) for x in truth),
                           valid and not (exact and printed_ok), lines is None, ms, index,
                           bool(row.get("mrz_in_frame", True))))
    return out


def table(title: str, results: dict[str, list[Outcome]], key: Callable[[Outcome], str]) -> str:
    rows = [f"### {title}", "",
            "| reader | group | n | exact | char acc | false accepts | no-reads | median ms | p95 ms |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
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
            times = sorted(o.ms for o in items)
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            rows.append(f"| {reader_name} | {group} | {n} | {exact} ({100 * exact / n:.1f}%) | "
                        f"{100 * chars:.2f}% | {sum(o.false_accept for o in items)} | "
                        f"{sum(o.no_read for o in items)} | {statistics.median(times):.0f} | {p95:.0f} |")
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=Path, help="a directory written by make_specimens.py")
    parser.add_argument("--real", type=Path, default=DEFAULT_REAL, help="the real specimens (read in place)")
    parser.add_argument("--peer-sample", type=int, default=60, help="synthetic images given to PassportEye")
    parser.add_argument("--no-peer", action="store_true", help="skip PassportEye")
    parser.add_argument("--limit", type=int, help="only the first N synthetic images")
    parser.add_argument("--engines", default="cnn,tesseract", help="our engines to run: cnn, tesseract")
    parser.add_argument("--dump", type=Path, help="write every reading of ours as JSON Lines")
    args = parser.parse_args(argv)
    import cv2

    cv2.setNumThreads(1)

    sets: list[tuple[str, Path, list[dict[str, object]]]] = []
    if args.synthetic:
        sets.append(("synthetic", args.synthetic, load_truth(args.synthetic, args.limit)))
    if args.real and (args.real / "truth.jsonl").exists():
        sets.append(("real", args.real, load_truth(args.real, None)))
    if not sets:
        parser.error("nothing to measure: give --synthetic DIR and/or --real DIR")

    results: dict[str, list[Outcome]] = {}
    for engine in [e.strip() for e in args.engines.split(",") if e.strip()]:
        reader = midas_reader(engine)
        results[f"midas-{engine}"] = []
        for name, root, rows in sets:
            results[f"midas-{engine}"].extend(run(reader, name, root, rows))
    if args.dump:
        args.dump.write_text("".join(json.dumps(item) + "\n" for item in DUMP))
    peer = None if args.no_peer else passporteye_reader()
    if peer is not None:
        results["passporteye"] = []
        for name, root, rows in sets:
            sample = rows[: args.peer_sample] if name == "synthetic" else rows
            results["passporteye"].extend(run(peer, name, root, sample))
    elif not args.no_peer:
        print("(passporteye is not installed: peer column skipped)\n")

    print(table("By set", results, lambda o: o.set))
    print(table("By set and capture kind", results, lambda o: f"{o.set}/{o.kind}"))
    print(table("By set and document type", results, lambda o: f"{o.set}/{o.type}"))
    framed = {name: [o for o in outs if o.set == "synthetic" and o.kind == "camera"]
              for name, outs in results.items()}
    print(table("Camera frames: whole MRZ in the frame, or cut off by the frame's edge (unreadable)", framed,
                lambda o: "camera/MRZ in frame" if o.in_frame else "camera/MRZ cut off"))
    print(stage_table())
    if "passporteye" in results:
        same = {name: [o for o in outs if o.set == "real" or o.index < args.peer_sample]
                for name, outs in results.items()}
        print(table(f"Side by side on the same images (first {args.peer_sample} synthetic, all real)",
                    same, lambda o: f"{o.set}/{o.kind}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
