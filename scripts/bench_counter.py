"""The counter under load: travellers checked and recorded through the real control line while a large
pull from the central server is being stored.

Usage: ``.venv/bin/python scripts/bench_counter.py [--travellers 200] [--pull 100000]``. A fresh encrypted
post store is made in a temporary folder; the desktop app (offscreen) logs in as an officer; a thread
stores the pulled movements of other posts exactly as the sync client stores a page (the services'
ingest, transactions of about 30 ms; ``tests/gui/pull_load.py``); meanwhile each traveller's MRZ is
typed into the MRZ box, Enter checks it, and Enter on the button that takes the focus records the entry.

Printed: the longest stall of the event loop (a 5 ms timer that came late), the p50/p95/max from Enter
to the verdict on screen and from Enter to the recorded crossing on screen, how many movements the pull
stored meanwhile and its longest transaction. Targets: stall <= 100 ms, Enter to verdict p95 <= 50 ms.
Wall-clock figures: on a machine shared with other work they are what an officer would see there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "tests" / "gui"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
from bench_stats import percentile  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # this PC's settings untouched

PASSWORD = "bench-password-1"
TICK_MS = 5


def main() -> int:
    parser = argparse.ArgumentParser(description="the control line under a large pull")
    parser.add_argument("--travellers", type=int, default=200)
    parser.add_argument("--pull", type=int, default=100_000, help="movements in the pull")
    args = parser.parse_args()

    from pull_load import PullThread, pulled_movements
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from midas_desktop.domain.verdict import Tone
    from midas_desktop.gui import i18n
    from midas_desktop.gui.app import AppWindow, responsive_interpreter
    from midas_desktop.services import users
    from midas_desktop.services.demo import mrz_of
    from midas_desktop.services.session import init_store, login
    from midas_desktop.synthetic.people import generate_people

    store = Path(tempfile.mkdtemp()) / "post.db"
    init_store(
        store,
        post_code="GTM-TECUN",
        post_name="Tecún Umán",
        country="GTM",
        timezone="America/Guatemala",
        admin="admin",
        password=PASSWORD,
    )
    with login(store, "admin", PASSWORD) as admin:
        users.add_user(admin, "officer", "officer", PASSWORD)
    print(f"preparing {args.pull:,} pulled movements and {args.travellers} travellers ...", flush=True)
    movements = pulled_movements(args.pull, seed=23)
    today = dt.date.today()
    people = [
        p
        for p in generate_people(args.travellers * 3, seed=99)
        if p.document_expiry > today and (today - p.birth_date).days > 20 * 366
    ][: args.travellers]
    # The app holds one pulled page (1,000 movements) at a time, not the whole pull: the prepared
    # payloads are kept out of the garbage collector's walks, which they would otherwise lengthen.
    gc.collect()
    gc.freeze()

    app = QApplication(sys.argv)
    responsive_interpreter()  # as the app's main() does
    i18n.install_language("en")
    window = AppWindow(store, scan_on_start=False)
    window.show()
    window.login_screen.username.setText("officer")
    window.login_screen.password.setText(PASSWORD)
    window.login_screen.try_login()
    assert window.main is not None
    view = window.main.control_line

    # The event loop's stalls: a timer due every 5 ms; how late it comes is how long the loop was busy.
    stalls: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        stalls.append((now - last[0]) / 1e6 - TICK_MS)
        last[0] = now

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(tick)

    to_verdict: list[float] = []
    to_recorded: list[float] = []
    skipped = [0]
    pull = PullThread(view.session, movements)
    state = {"index": 0, "pressed": 0.0}

    def next_traveller() -> None:
        index = state["index"]
        if index >= len(people) or (args.pull and not pull.is_alive()):
            app.quit()
            return
        view.wedge.setFocus()
        view.wedge.set_lines(list(mrz_of(people[index])))
        state["pressed"] = time.perf_counter()
        QTest.keyClick(view.wedge, Qt.Key.Key_Return)

    def checked(_check: object) -> None:
        to_verdict.append((time.perf_counter() - state["pressed"]) * 1000)
        focused = QApplication.focusWidget()
        if view.verdict_band.tone is Tone.STOP or focused not in (view.entry_button, view.exit_button):
            skipped[0] += 1  # a traveller the officer would refer: not part of the two-keystroke path
            view.clear()
            state["index"] += 1
            QTimer.singleShot(0, next_traveller)
            return
        state["pressed"] = time.perf_counter()
        QTest.keyClick(focused, Qt.Key.Key_Return)

    def recorded(_result: object) -> None:
        to_recorded.append((time.perf_counter() - state["pressed"]) * 1000)
        state["index"] += 1
        QTimer.singleShot(0, next_traveller)

    view.sig_check_shown.connect(checked)
    view.sig_crossing_recorded.connect(recorded)
    pull.start()
    ticker.start(TICK_MS)
    last[0] = clock.nsecsElapsed()
    QTimer.singleShot(200, next_traveller)  # the pull under way first
    started = time.perf_counter()
    app.exec()
    elapsed = time.perf_counter() - started
    ticker.stop()
    during_pull = pull.is_alive()
    applied_meanwhile = pull.applied
    pull.stop_requested.set()
    pull.join()
    window.close()
    if pull.error is not None:
        print(f"the pull failed: {type(pull.error).__name__}")
        return 1

    print()
    print(
        f"travellers: {state['index']} in {elapsed:.1f} s ({skipped[0]} stopped by the checks and left out);"
        f" the pull stored {applied_meanwhile:,} movements meanwhile in {pull.transactions:,} transactions"
        f" (longest {pull.longest_transaction * 1000:.0f} ms){'' if during_pull else ' and had ENDED'}"
    )
    print()
    print("| figure | p50 | p95 | max | target |")
    print("|---|---:|---:|---:|---|")
    print(
        f"| event-loop stall (ms) | {percentile(stalls, 0.5):.1f} | {percentile(stalls, 0.95):.1f} | "
        f"{max(stalls, default=0):.1f} | max <= 100 |"
    )
    print(
        f"| Enter to verdict on screen (ms) | {percentile(to_verdict, 0.5):.1f} | "
        f"{percentile(to_verdict, 0.95):.1f} | {max(to_verdict, default=0):.1f} | p95 <= 50 |"
    )
    print(
        f"| Enter to recorded crossing on screen (ms) | {percentile(to_recorded, 0.5):.1f} | "
        f"{percentile(to_recorded, 0.95):.1f} | {max(to_recorded, default=0):.1f} | |"
    )
    print()
    print(f"(CPU: {time.process_time():.1f} s of this process; load average {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
