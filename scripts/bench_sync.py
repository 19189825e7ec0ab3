"""Benchmark of batch sync: N posts push M records each, concurrently, to one central server.

For each database (SQLite, then PostgreSQL) a fresh central database and a real ``midas-server serve``
process (uvicorn, ``--workers``) are started; N real encrypted post stores, each with M pending
movements bulk-inserted with their outbox records, are enrolled and push concurrently (each post one
thread, the posts spread over ``--procs`` client processes) in batches of at most 500 records. Each
synthetic crossing carries what a real one does: the record signed by its maker and the maker's signed
audit entry naming its digest (``sync.loadgen``), so the server verifies them as it does a real post's.
Printed: records per second, p95 batch latency, the server's and the posts' CPU per record (and
PostgreSQL's, over each whole run, when it runs on this machine), duplicates
and losses (both must be 0), as a markdown table, beside the same benchmark run at ``--baseline``
(b88dd7d, before per-user signatures and audit anchoring: its own sources, taken with ``git archive``)
on the same machine, alternated run by run; with ``--runs N`` each figure is the median of N runs.

    .venv/bin/python scripts/bench_sync.py                      # quick: 4 posts x 2,000 records
    .venv/bin/python scripts/bench_sync.py --posts 10 --records 2000 --db postgresql --runs 3
    .venv/bin/python scripts/bench_sync.py --posts 50 --records 10000 --workers 2 --baseline none
"""

from __future__ import annotations

import argparse
import functools
import multiprocessing as mp
import os
import queue
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench_stats import p95  # noqa: E402
from server_process import wait_until_serving  # noqa: E402
from sqlalchemy import create_engine, func, select, text  # noqa: E402

from midas_desktop import runtime  # noqa: E402
from midas_desktop.server import core, database  # noqa: E402
from midas_desktop.server.models import ServerMovement  # noqa: E402
from midas_desktop.services.session import init_store, login  # noqa: E402
from midas_desktop.store.models import OutboxRecord  # noqa: E402
from midas_desktop.sync import client  # noqa: E402
from midas_desktop.sync.loadgen import add_synthetic_movements  # noqa: E402

PASSWORD = "bench-password-1"
PG_URL = os.environ.get("MIDAS_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


# The peer: the same benchmark at the commit before per-user signatures, certificates and audit
# anchoring, run from its own sources (``git archive``) in the same run, alternated with this one's, so
# both meet the same machine load. A figure recorded on another day is not comparable: on this 2-core
# machine b88dd7d measured 2,476 records/s under load 10-17 and 14,072 on a quiet machine.
BASELINE = "b88dd7d"


def post_code(index: int) -> str:
    return f"GTM-B{index:03d}"


def make_template(args: tuple[Path, int, int]) -> None:
    folder, index, records = args
    path = folder / f"post{index}.db"
    init_store(
        path,
        post_code=post_code(index),
        post_name=f"Bench post {index}",
        country="GTM",
        timezone="America/Guatemala",
        admin="admin",
        password=PASSWORD,
    )
    with login(path, "admin", PASSWORD) as session:
        add_synthetic_movements(session, records, seed=index + 1)


class TimedClient(client.SyncClient):
    """The real client; only the latency of each request is noted."""

    latencies: list[float]

    def _post(self, path: str, body: dict[str, Any] | bytes) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            return super()._post(path, body)
        finally:
            self.latencies.append(time.perf_counter() - started)


def push_posts(paths: list[Path], ready: Any, start: Any, results: Any) -> None:
    """One client process: a thread per post, all released together by ``start`` once every process
    said it is ``ready`` (its posts logged in: scrypt, not part of a sync)."""
    import threading

    sessions = [login(p, "admin", PASSWORD) for p in paths]
    # As the desktop app and ``midas sync`` do before they sync (``midas_desktop.runtime``).
    runtime.settle_garbage_collector()
    ready.put(os.getpid())
    outcome: list[tuple[int, list[float], str | None, float]] = []

    def push(session: Any) -> None:
        sync = TimedClient(session, max_attempts=10)
        sync.latencies = []
        error = None
        try:
            sync.push()
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
        finally:
            sync.close()
        outcome.append((sync.report.acknowledged, sync.latencies, error, 0.0))

    threads = [threading.Thread(target=push, args=(s,)) for s in sessions]
    start.wait()
    cpu = os.times()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    used = os.times()
    outcome.append((0, [], None, used.user + used.system - cpu.user - cpu.system))
    for session in sessions:
        session.close()
    results.put(outcome)


class ServerProcess:
    """``midas-server serve`` on 127.0.0.1 and a free port, in its own process group (workers too)."""

    def __init__(self, db_url: str, log_path: Path, workers: int) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self.db_url, self.log_path, self.workers = db_url, log_path, workers
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = [sys.executable, "-m", "midas_desktop.server.cli", "serve", "--db", self.db_url]
        command += ["--port", str(self.port), "--workers", str(self.workers)]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=log, start_new_session=True)
        wait_until_serving(self.url, self.process, log_tail=self.log_path.read_text)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None


def process_cpu_seconds(keep: Callable[[Path, list[str]], bool]) -> dict[int, float]:
    """CPU time (user + system) of every live process ``keep`` accepts (given its /proc folder and the
    fields of its stat after the name: state, ppid, pgrp, ...), by pid, from /proc."""
    tick, seen = os.sysconf("SC_CLK_TCK"), {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if keep(entry, fields):
                seen[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
        except OSError:
            continue
    return seen


def group_cpu_seconds(pgid: int) -> float:
    """CPU time (user + system) of every live process in a process group."""
    return sum(process_cpu_seconds(lambda _entry, fields: int(fields[2]) == pgid).values())


class DatabaseCpu:
    """CPU time of the local PostgreSQL's processes over a stretch of time, from /proc: polled, because
    a backend's time goes with it when its connection closes (as the server is stopped). A backend
    born meanwhile counts from zero. Zero when PostgreSQL runs elsewhere."""

    POLL_SECONDS = 0.2

    def __init__(self) -> None:
        import threading

        self._first: dict[int, float] = {}
        self._last: dict[int, float] = {}
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    @staticmethod
    def _sample() -> dict[int, float]:
        return process_cpu_seconds(lambda entry, _fields: (entry / "comm").read_text().strip() == "postgres")

    def __enter__(self) -> DatabaseCpu:
        self._first = self._sample()
        self._thread.start()
        return self

    def _poll(self) -> None:
        while not self._done.wait(self.POLL_SECONDS):
            self._last.update(self._sample())

    def __exit__(self, *_exc: object) -> None:
        self._done.set()
        self._thread.join()
        self._last.update(self._sample())

    @property
    def seconds(self) -> float:
        return sum(last - self._first.get(pid, 0.0) for pid, last in self._last.items())


def with_database_cpu(kind: str, run: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """One run's figures; on PostgreSQL with the database's CPU over the whole run (set-up, push,
    counts), measured alike for this commit and the peer."""
    if kind != "postgresql":
        return run()
    with DatabaseCpu() as database_cpu:
        figures = run()
    figures["database_cpu"] = database_cpu.seconds
    return figures


def run_one(kind: str, templates: Path, work: Path, opts: argparse.Namespace) -> dict[str, Any]:
    sys.stderr.write(f"[{kind}] preparing\n")
    work.mkdir(parents=True, exist_ok=True)
    schema = None
    if kind == "sqlite":
        url = f"sqlite:///{work / 'central.db'}"
    else:
        schema = f"midas_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
        url = f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}"
    server = ServerProcess(url, work / f"server-{kind}.log", workers=opts.workers)
    try:
        server.start()
        engine = database.open_engine(url)
        stores = []
        for index in range(opts.posts):
            source = templates / f"post{index}.db"
            target = work / f"{kind}-post{index}.db"
            shutil.copy(source, target)
            shutil.copy(Path(f"{source}.keys"), Path(f"{target}.keys"))
            token = core.add_post(engine, post_code(index), f"Bench post {index}")
            with login(target, "admin", PASSWORD) as session:
                client.enrol(session, server.url, token)
            stores.append(target)
        context = mp.get_context("fork")
        ready, start, results = context.Queue(), context.Event(), context.Queue()
        groups = [stores[i :: opts.procs] for i in range(opts.procs)]
        procs = [context.Process(target=push_posts, args=(g, ready, start, results)) for g in groups if g]
        for proc in procs:
            proc.start()
        # The logins first, all of them: a guessed pause let the last ones run into the push (seen in
        # py-spy under load), competing with it for the two cores.
        waiting = len(procs)
        while waiting:
            try:
                ready.get(timeout=1.0)
                waiting -= 1
            except queue.Empty:
                if not all(proc.is_alive() for proc in procs):
                    raise RuntimeError("a client process died while its posts logged in") from None
        sys.stderr.write(f"[{kind}] pushing {opts.posts} x {opts.records}\n")
        assert server.process is not None
        cpu_before = group_cpu_seconds(server.process.pid)
        began = time.perf_counter()
        start.set()
        outcomes = [item for _ in procs for item in results.get()]
        elapsed = time.perf_counter() - began
        server_cpu = group_cpu_seconds(server.process.pid) - cpu_before
        sys.stderr.write(f"[{kind}] pushed in {elapsed:.1f}s\n")
        for proc in procs:
            proc.join()
        acknowledged = sum(o[0] for o in outcomes)
        latencies = sorted(x for o in outcomes for x in o[1])
        errors = [o[2] for o in outcomes if o[2]]
        client_cpu = sum(o[3] for o in outcomes)
        with engine.connect() as connection:
            rows = connection.execute(select(func.count()).select_from(ServerMovement)).scalar() or 0
            distinct = connection.execute(select(func.count(func.distinct(ServerMovement.id)))).scalar() or 0
        engine.dispose()
        queued = 0
        for path in stores:
            with login(path, "admin", PASSWORD) as session, session.transaction() as db:
                queued += (
                    db.execute(
                        select(func.count()).select_from(OutboxRecord).where(OutboxRecord.sent_utc.is_(None))
                    ).scalar()
                    or 0
                )
        expected = opts.posts * opts.records
        return {
            "records": expected,
            "acknowledged": acknowledged,
            "seconds": elapsed,
            "rate": distinct / elapsed if elapsed else 0.0,
            "p50": statistics.median(latencies) if latencies else 0.0,
            "p95": p95(latencies),
            "batches": len(latencies),
            "duplicates": rows - distinct,
            "losses": expected - distinct,
            "queued": queued,
            "errors": errors,
            "server_cpu": server_cpu,
            "client_cpu": client_cpu,
        }
    finally:
        server.kill()
        if schema is not None:
            with admin.connect() as connection:
                connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
            admin.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--posts", type=int, default=4)
    parser.add_argument("--records", type=int, default=2000, help="records per post")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--procs", type=int, default=2, help="client processes the posts are spread over")
    parser.add_argument("--db", default="sqlite,postgresql", help="which databases, comma-separated")
    parser.add_argument(
        "--baseline", default=BASELINE, help="the commit run beside this one ('none': only this one)"
    )
    parser.add_argument("--runs", type=int, default=1, help="runs of each, alternated; medians printed")
    opts = parser.parse_args()
    kinds = [k.strip() for k in opts.db.split(",") if k.strip()]
    names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
    product: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
    peer: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as scratch:
        root = Path(scratch)
        os.environ["XDG_DATA_HOME"] = str(root / "xdg")
        baseline = unpack_baseline(opts.baseline, root / "baseline") if opts.baseline != "none" else None
        templates = root / "templates"
        templates.mkdir()
        began = time.perf_counter()
        with mp.get_context("fork").Pool(max(1, os.cpu_count() or 1)) as pool:
            pool.map(make_template, [(templates, i, opts.records) for i in range(opts.posts)])
        sys.stderr.write(f"{opts.posts} post stores made in {time.perf_counter() - began:.1f}s\n")
        for run in range(opts.runs):
            for kind in kinds:
                sys.stderr.write(f"run {run + 1}/{opts.runs}\n")
                this_run = functools.partial(run_one, kind, templates, root / f"run{run}", opts)
                product[kind].append(with_database_cpu(kind, this_run))
                if baseline is not None:
                    peer_run = functools.partial(run_baseline, baseline, kind, opts)
                    peer[kind].append(with_database_cpu(kind, peer_run))
    print(
        f"\n{opts.posts} posts x {opts.records} records, batches of at most 500, "
        f"{opts.workers} uvicorn worker(s), {os.cpu_count()} cores"
        + (f"; median of {opts.runs} runs of each, alternated" if opts.runs > 1 else "")
        + "\n"
    )
    columns: list[tuple[str, dict[str, Any]]] = []
    for kind in kinds:
        columns.append((names.get(kind, kind), medians(product[kind])))
        if peer[kind]:
            columns.append((f"{names.get(kind, kind)}, {opts.baseline}", medians(peer[kind])))
    print("| | " + " | ".join(name for name, _ in columns) + " |")
    print("|---|" + "---:|" * len(columns))

    def per_record(seconds: float, r: dict[str, Any]) -> str:
        return f"{seconds / r['records'] * 1000:.3f} ms" if r.get("records") else "-"

    def centre_rate(r: dict[str, Any]) -> str:
        seconds = r["server_cpu"] + r.get("database_cpu", 0.0)
        return f"{(os.cpu_count() or 1) * r['records'] / seconds:,.0f}" if seconds else "-"

    rows: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("records", lambda r: f"{r['records']:,.0f}"),
        ("seconds", lambda r: f"{r['seconds']:.1f}"),
        ("records/s", lambda r: f"{r['rate']:,.0f}"),
        ("batches", lambda r: f"{r['batches']:,.0f}" if "batches" in r else "-"),
        ("p50 batch latency", lambda r: f"{r['p50'] * 1000:.0f} ms"),
        ("p95 batch latency", lambda r: f"{r['p95'] * 1000:.0f} ms"),
        ("server CPU (s)", lambda r: f"{r['server_cpu']:.1f}"),
        ("server CPU per record", lambda r: per_record(r["server_cpu"], r)),
        ("posts' CPU (s)", lambda r: f"{r['client_cpu']:.1f}"),
        ("posts' CPU per record", lambda r: per_record(r["client_cpu"], r)),
        (
            "PostgreSQL's CPU per record (whole run)",
            lambda r: per_record(r["database_cpu"], r) if r.get("database_cpu") else "-",
        ),
        # Posts are PCs of their own; here they share the cores with the centre. What the centre's
        # own CPU per record would allow on these cores, with the posts elsewhere (derived, not run;
        # PostgreSQL's CPU counts the whole run, so the figure errs low; SQLite works inside the
        # server's processes).
        ("the centre alone: records/s its CPU allows here (derived)", centre_rate),
        ("duplicates", lambda r: f"{r.get('duplicates', 0):.0f}"),
        ("losses", lambda r: f"{r.get('losses', 0):.0f}"),
        ("still queued at posts", lambda r: f"{r.get('queued', 0):.0f}"),
    ]

    def shown(cell: Callable[[dict[str, Any]], str], figures: dict[str, Any]) -> str:
        try:
            return cell(figures)
        except KeyError:  # a run that failed (its errors are printed below)
            return "-"

    for label, cell in rows:
        print(f"| {label} | " + " | ".join(shown(cell, r) for _name, r in columns) + " |")
    if opts.baseline != "none":
        for kind in kinds:
            ours, theirs = medians(product[kind]), medians(peer[kind])
            if theirs.get("rate"):
                print(
                    f"\n{names.get(kind, kind)}: this commit reaches {ours['rate'] / theirs['rate']:.0%} "
                    f"of {opts.baseline}'s records/s; server CPU per record x"
                    f"{ours['server_cpu'] / max(theirs['server_cpu'], 1e-9):.1f}"
                )
    failed = False
    for kind in kinds:
        for error in [e for r in peer[kind] for e in r["errors"]][:3]:
            print(f"{kind}, the baseline: {error}", file=sys.stderr)
        for result in product[kind]:
            for error in result["errors"][:5]:
                print(f"{kind}: {error}", file=sys.stderr)
            failed |= bool(result["duplicates"] or result["losses"] or result["queued"] or result["errors"])
    return 1 if failed else 0


def medians(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Each numeric figure's median over the runs (the errors of every run kept)."""
    if not results:
        return {}
    merged: dict[str, Any] = {}
    for key, value in results[0].items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            merged[key] = statistics.median(r[key] for r in results if key in r)
        else:
            merged[key] = value
    merged["errors"] = [e for r in results for e in r.get("errors", [])]
    return merged


def unpack_baseline(revision: str, folder: Path) -> Path:
    """The sources of ``revision`` in ``folder``, from this repository's history."""
    folder.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", revision],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        raise SystemExit(
            f"cannot take {revision} from the history ({archive.stderr.decode(errors='replace').strip()}); "
            "run with --baseline none"
        )
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder


# The baseline's table rows -> the figures this script keeps; "12 ms" and "1,234" are read as numbers.
_BASELINE_ROWS = {
    "records": "records",
    "seconds": "seconds",
    "records/s": "rate",
    "batches": "batches",
    "p50 batch latency": "p50",
    "p95 batch latency": "p95",
    "server CPU (s)": "server_cpu",
    "posts' CPU (s)": "client_cpu",
    "duplicates": "duplicates",
    "losses": "losses",
    "still queued at posts": "queued",
}


def run_baseline(folder: Path, kind: str, opts: argparse.Namespace) -> dict[str, Any]:
    """The baseline's own bench_sync.py on one database, with this environment's libraries; its table
    parsed back into figures."""
    sys.stderr.write(f"[{kind}] {opts.baseline}\n")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(str(folder / p) for p in ("", "tests", "tests/sync"))
    command = [sys.executable, str(folder / "scripts" / "bench_sync.py"), "--db", kind]
    command += ["--posts", str(opts.posts), "--records", str(opts.records)]
    command += ["--workers", str(opts.workers), "--procs", str(opts.procs)]
    script = (folder / "scripts" / "bench_sync.py").read_text()
    if "--baseline" in script:  # a commit whose benchmark runs a baseline of its own: not here
        command += ["--baseline", "none"]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=folder, check=False)
    figures: dict[str, Any] = {"errors": []}
    for line in done.stdout.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and cells[0] in _BASELINE_ROWS:
            number = float(cells[1].replace(",", "").replace("ms", "").strip() or "nan")
            key = _BASELINE_ROWS[cells[0]]
            figures[key] = number / 1000 if key in ("p50", "p95") else number
    if done.returncode != 0 or "rate" not in figures:
        figures["errors"] = [f"{opts.baseline}: exit {done.returncode}: {done.stderr.strip()[-300:]}"]
    return figures


if __name__ == "__main__":
    raise SystemExit(main())
