"""The alerts tab on a big store: resident memory of a process that logs in and opens the tab, and the
time of one page of its list.

Usage: python scripts/bench_alerts_tab.py --store DIR/post.db [--raise-overstays] [--calls 9]
       [--window]

The store is one built by ``scripts/bench_store.py --keep DIR`` (its administrator and password). Its
loader raises no alerts; ``--raise-overstays`` runs the full overstay scan once first, which raises an
alert for every overstayed stay (23,575 at 1M movements, 235,731 at 10M). Each measurement runs in a
process of its own (offscreen): the tab alone, or with ``--window`` the administrator's whole window
(every tab, the start-of-day scan included). Prints the process's resident memory once the list is
shown, its peak, the time until the list was shown, and the median time of the tab's query called
again in that process; then the same query and a few other orders and filters in a process without Qt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PASSWORD = "bench-password-1"  # scripts/bench_store.py's administrator

TAB = """
import os, statistics, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from midas_desktop.services.alerts import alert_queue
from midas_desktop.services.session import login

def mb(field):
    return int(open("/proc/self/status").read().split(field + ":")[1].split()[0]) // 1024

store, password, window_too, calls = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "1", int(sys.argv[4])
app = QApplication([])
session = login(store, "admin", password)
if window_too:
    from midas_desktop.gui.main_window import MainWindow
    window = MainWindow(session)
    view = window.alerts
else:
    from midas_desktop.gui.alerts_view import AlertsView
    view = AlertsView(session, scan_on_start=False)
shown = []
view.sig_alerts_loaded.connect(shown.append)
(window if window_too else view).show()
started = time.perf_counter()
while not shown:
    app.processEvents()
    time.sleep(0.01)
took = time.perf_counter() - started
while window_too and window.statistics is not None and window.statistics.report is None:
    app.processEvents()  # every tab loaded: the statistics tab's report too
    time.sleep(0.01)
resident = mb("VmRSS")
times = []
for _ in range(calls):
    began = time.perf_counter()
    alert_queue(session, view.query, offset=0)
    times.append((time.perf_counter() - began) * 1000)
print(f"{shown[0]:,} alerts; list shown after {took:.2f} s; {resident} MB resident, peak {mb('VmHWM')} MB; "
      f"the tab's query once more: {statistics.median(times):.0f} ms (median of {calls})")
"""


def page_times(store: Path, calls: int) -> None:
    from midas_desktop.services.alerts import UNRESOLVED, AlertQuery, alert_queue
    from midas_desktop.services.session import login

    today = dt.date.today()
    tab = AlertQuery(
        status=UNRESOLVED, first_day=today - dt.timedelta(days=366), last_day=today + dt.timedelta(days=1)
    )
    cases = [
        ("the tab's first page", tab, 0, calls),
        ("the page at alert 100,000", tab, 100_000, calls),
        (
            "by creation, newest first",
            AlertQuery(status=UNRESOLVED, sort="created", descending=True),
            0,
            calls,
        ),
        ("by document", AlertQuery(status=UNRESOLVED, sort="document"), 0, calls),
        ("by the traveller's name", AlertQuery(status=UNRESOLVED, sort="traveller_name"), 0, 3),
        ("nationality MEX", AlertQuery(status=UNRESOLVED, nationality="MEX"), 0, 3),
    ]
    with login(store, "admin", PASSWORD) as session:
        for name, query, offset, repeat in cases:
            wall, cpu = [], []
            for _ in range(repeat):
                began, began_cpu = time.perf_counter(), time.process_time()
                page = alert_queue(session, query, offset=offset)
                wall.append((time.perf_counter() - began) * 1000)
                cpu.append((time.process_time() - began_cpu) * 1000)
            print(
                f"- {name}: {len(page.alerts)} of {page.total:,}; {statistics.median(wall):.0f} ms "
                f"(CPU {statistics.median(cpu):.0f} ms), median of {repeat}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--raise-overstays", action="store_true", help="run the full overstay scan first")
    parser.add_argument("--calls", type=int, default=9)
    parser.add_argument("--window", action="store_true", help="the administrator's whole window, not the tab")
    args = parser.parse_args()
    if args.raise_overstays:
        from midas_desktop.services import overstays
        from midas_desktop.services.session import login

        with login(args.store, "admin", PASSWORD) as session:
            began = time.perf_counter()
            found = overstays.scan(session, dt.datetime.now(dt.UTC))
            print(f"{len(found):,} overstays raised or kept: {time.perf_counter() - began:.0f} s")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", TAB, str(args.store), PASSWORD, "1" if args.window else "0", str(args.calls)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    print(done.stdout.strip() or done.stderr.strip().splitlines()[-1])
    page_times(args.store, args.calls)
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
