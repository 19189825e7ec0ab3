"""Screenshots of each main screen in Spanish and English, from the real app under Xvfb.

Usage: ``python scripts/screenshots.py --store /tmp/demo/post.db`` (a store from ``scripts/demo_data.py``).
Without a DISPLAY it re-runs itself under ``xvfb-run``. PNGs go to ``docs/screenshots/<lang>-<screen>.png``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser(description="screenshots of the desktop app")
    parser.add_argument("--store", type=Path, required=True)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            raise SystemExit("no DISPLAY and no xvfb-run: apt-get install xvfb")
        command = [xvfb, "-a", "-s", "-screen 0 1400x900x24", sys.executable, *sys.argv]
        return subprocess.run(command, check=False).returncode
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # this PC's settings untouched
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from midas_desktop.gui import i18n
    from midas_desktop.gui.app import AppWindow
    from midas_desktop.services.demo import DEMO_USERS, mrz_of
    from midas_desktop.synthetic.people import generate_people

    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
        loop_timer = QTimer()
        loop_timer.setSingleShot(True)
        loop_timer.timeout.connect(app.quit)
        loop_timer.start(400)
        app.exec()

    def shoot(window: AppWindow, name: str) -> None:
        settle()
        # The window's own rendering: Xvfb has no compositor, so grabbing the screen gives black.
        window.grab().save(str(OUT / f"{name}.png"))
        print("saved", OUT / f"{name}.png")

    person = generate_people(1500, seed=2026)[3]
    for language in ("es", "en"):
        i18n.install_language(language)
        window = AppWindow(args.store, scan_on_start=False)
        window.resize(1360, 860)
        window.show()
        window.login_screen.username.setText("admin")
        shoot(window, f"{language}-login")
        window.login_screen.password.setText(DEMO_USERS["admin"][1])
        window.login_screen.try_login()
        main_window = window.main
        assert main_window is not None
        main_window.control_line.check_lines(list(mrz_of(person)))
        shoot(window, f"{language}-control-line")
        names = ["alerts", "statistics", "users", "rules", "audit", "sync"]
        for index, name in enumerate(names, start=1):
            main_window.tabs.setCurrentIndex(index)
            if name == "alerts" and main_window.alerts is not None:
                main_window.alerts.status_filter.setCurrentIndex(0)
                main_window.alerts.table.selectRow(0)
            shoot(window, f"{language}-{name}")
        window.lock()
        window.close()
        window.deleteLater()
    return 0


if __name__ == "__main__":
    sys.exit(main())
