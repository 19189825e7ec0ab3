"""Screenshots of the desktop app in Spanish and English at 1366 x 768, from the real app under Xvfb.

Usage: ``.venv/bin/python scripts/screenshots.py`` (needs ``xvfb-run``: ``apt-get install xvfb``).
A store of synthetic travellers is made in a temporary folder (a listed stolen passport, an
overstayer, a minor, a referral with its image); the counter is shown with a go, an attention and a
stop verdict, then the supervisor's alert detail, the statistics and the other screens. PNGs go to
``docs/screenshots/<lang>-<screen>.png``; then the national web console's pages in both languages
(``docs/screenshots/console-<lang>-<page>.png``; ``--console-only`` for those alone).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
PASSWORD = "screens-password-1"
SIZE = (1366, 768)
POST_ZONE = dt.timezone(dt.timedelta(hours=-6))  # America/Guatemala, which has no summer time


def make_store(folder: Path) -> Path:
    """A post with a bit of everything, synthetic people only."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    from midas_desktop.domain.mrz import compose_td3
    from midas_desktop.services import users, watchlist
    from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
    from midas_desktop.services.referrals import CounterDecision, Referral, ReferralImage, refer
    from midas_desktop.services.session import init_store, login

    path = folder / "post.db"
    init_store(
        path,
        post_code="GTM-TECUN",
        post_name="Tecún Umán",
        country="GTM",
        timezone="America/Guatemala",
        admin="admin",
        password=PASSWORD,
    )
    now = dt.datetime.now(POST_ZONE)
    today = now.date()

    def moment(day: dt.date, hour: int = 10) -> dt.datetime:
        """A moment at the post; today's are never later than now (the checks count up to now)."""
        return min(
            now - dt.timedelta(minutes=5), dt.datetime.combine(day, dt.time(hour)).replace(tzinfo=POST_ZONE)
        )

    def passport(surname: str, given: str, number: str, nationality: str, born: dt.date) -> tuple[str, ...]:
        return compose_td3(
            document_code="P",
            issuing_state=nationality,
            surname=surname,
            given_names=given,
            document_number=number,
            nationality=nationality,
            birth_date=born,
            sex="F",
            expiry_date=today.replace(year=today.year + 5),
        )

    page = QImage(900, 600, QImage.Format.Format_RGB32)
    page.fill(QColor("#e8ecef"))
    painter = QPainter(page)
    painter.fillRect(40, 120, 220, 280, QColor("#9aa5b1"))
    painter.drawText(300, 80, "PASAPORTE / PASSPORT — SPECIMEN")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    page.save(buffer, "JPEG", 80)  # type: ignore[call-overload]

    with login(path, "admin", PASSWORD) as admin:
        for name, role in (("oscar", "officer"), ("sonia", "supervisor")):
            users.add_user(admin, name, role, PASSWORD)
        watchlist.import_csv(
            admin,
            "document_number,issuing_state,surname,given_names,birth_date,reason,source\n"
            "S1234567L,HND,MEJIA,ROSA ELENA,1988-04-02,reported stolen,interpol_sltd\n",
        )
    with login(path, "oscar", PASSWORD) as officer:
        for index in range(40):
            day = today - dt.timedelta(days=index % 14)
            nationality = ("MEX", "SLV", "HND", "NIC", "USA")[index % 5]
            lines = passport(
                "PEREZ",
                f"PERSONA {chr(65 + index % 26)}",
                f"N{index:07d}",
                nationality,
                dt.date(1980, 1, 1 + index % 27),
            )
            record_crossing(officer, CrossingRequest(lines, Direction.ENTRY, moment(day, 8 + index % 9)))
        over = passport("CASTRO DIAZ", "MARTA", "O1234567", "NIC", dt.date(1975, 5, 5))
        record_crossing(
            officer, CrossingRequest(over, Direction.ENTRY, moment(today - dt.timedelta(days=130)))
        )
        stolen = passport("MEJIA", "ROSA ELENA", "S1234567L", "HND", dt.date(1988, 4, 2))
        record_crossing(
            officer,
            CrossingRequest(
                stolen, Direction.ENTRY, moment(today), override_reason="police confirmed recovery"
            ),
        )
        refer(
            officer,
            Referral(
                passport("VEGA", "LUCIA", "R7777777", "SLV", dt.date(1990, 2, 2)),
                moment(today, 11),
                CounterDecision.REFERRED,
                "the photograph does not look like the holder",
                images=[ReferralImage("document", bytes(data.data()))],
            ),
        )
    return path


def main() -> int:
    if "--console-only" in sys.argv:
        return console_screens()
    if not os.environ.get("DISPLAY"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            raise SystemExit("no DISPLAY and no xvfb-run: apt-get install xvfb")
        screen = f"-screen 0 {SIZE[0]}x{SIZE[1]}x24"
        return subprocess.run([xvfb, "-a", "-s", screen, sys.executable, *sys.argv], check=False).returncode
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # this PC's settings untouched
    from PySide6.QtWidgets import QApplication

    from midas_desktop.domain.mrz import compose_td3
    from midas_desktop.gui import i18n
    from midas_desktop.gui.app import AppWindow

    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    store = make_store(Path(tempfile.mkdtemp()))
    today = dt.datetime.now(POST_ZONE).date()

    def settle(done: Callable[[], bool] = lambda: True, seconds: float = 60.0) -> None:
        """Run the event loop until ``done`` (the store's thread answered) and the screen is painted."""
        deadline = time.monotonic() + seconds
        while not done() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)

    def shoot(window: AppWindow, name: str) -> None:
        settle()
        window.grab().save(str(OUT / f"{name}.png"))  # Xvfb has no compositor: the window's own rendering
        print("saved", OUT / f"{name}.png")

    def passport(surname: str, given: str, number: str, nationality: str, born: dt.date) -> list[str]:
        return list(
            compose_td3(
                document_code="P",
                issuing_state=nationality,
                surname=surname,
                given_names=given,
                document_number=number,
                nationality=nationality,
                birth_date=born,
                sex="F",
                expiry_date=today.replace(year=today.year + 5),
            )
        )

    counter_cases = (
        ("go", passport("RAMIREZ SOTO", "ANA LUCIA", "G2468101", "MEX", dt.date(1984, 6, 12))),
        ("attention", passport("LOPEZ", "SOFIA", "C9990001", "SLV", today.replace(year=today.year - 12))),
        ("stop", passport("MEJIA", "ROSA ELENA", "S1234567L", "HND", dt.date(1988, 4, 2))),
    )
    for language in ("es", "en"):
        i18n.install_language(language)
        window = AppWindow(store, scan_on_start=False)
        window.resize(*SIZE)
        window.show()
        window.login_screen.username.setText("admin")
        shoot(window, f"{language}-login")
        window.login_screen.password.setText(PASSWORD)
        window.login_screen.try_login()
        main_window = window.main
        assert main_window is not None
        view = main_window.control_line
        for name, lines in counter_cases:
            view.clear()
            view.wedge.set_lines(lines)
            view.document_input.submit_typed()
            settle(lambda view=view: view.current_verdict is not None)
            shoot(window, f"{language}-verdict-{name}")
            if name == "go":
                shoot(window, f"{language}-control-line")
        alerts = main_window.alerts
        assert alerts is not None
        main_window.tabs.setCurrentWidget(alerts)
        settle(lambda alerts=alerts: bool(alerts.model.alerts))
        alerts.table.selectRow(0)  # the most severe first: the listed passport
        settle(lambda alerts=alerts: alerts.current_detail is not None)
        shoot(window, f"{language}-alert-detail")
        shoot(window, f"{language}-alerts")
        for name, tab in (
            ("statistics", main_window.statistics),
            ("watchlist", main_window.watchlist),
            ("users", main_window.users),
            ("rules", main_window.rules),
            ("audit", main_window.audit),
            ("sync", main_window.sync),
        ):
            if tab is None:
                continue
            main_window.tabs.setCurrentWidget(tab)
            settle(lambda tab=tab: getattr(tab, "report", "no figures to wait for") is not None)
            shoot(window, f"{language}-{name}")
        window.lock()
        window.close()
        window.deleteLater()
        settle()
    return console_screens()


def console_screens() -> int:
    """The national web console's pages in both languages (``scripts/console_screens.py``)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import console_screens

    return int(console_screens.main())


if __name__ == "__main__":
    sys.exit(main())
