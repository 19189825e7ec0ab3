"""Screenshots of the national web console, every page in English and Spanish, from a real
``midas-server serve`` (SQLite in a temporary folder) fed by two real posts that synced synthetic
crossings, driven in Debian's chromium by Playwright.
PNGs go to ``docs/screenshots/console-<lang>-<page>.png``.

Run by ``scripts/screenshots.py`` (or alone: ``.venv/bin/python scripts/screenshots.py --console-only``).
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from server_process import wait_until_serving

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("MIDAS_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "screens-password-1"
PEOPLE = [
    ("GARCIA LOPEZ", "MARIA", "P7777777", "MEX", dt.date(1985, 3, 14), "F", 400),
    ("HERNANDEZ", "JOSE LUIS", "P1234560", "MEX", dt.date(1979, 7, 2), "M", 150),
    ("SMITH", "JOHN", "549812307", "USA", dt.date(1990, 1, 20), "M", 120),
    ("MUELLER", "ANNA", "C01X00T47", "DEU", dt.date(1988, 11, 5), "F", 20),
    ("RAMIREZ", "CARLOS", "N4455667", "HND", dt.date(2001, 5, 9), "M", 10),
]


def _cli(*args: str, stdin: str = "") -> str:
    done = subprocess.run(
        [sys.executable, "-m", "midas_desktop.server.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _feed(url: str, db: str, folder: Path) -> None:
    from midas_desktop.domain.mrz import compose_td3
    from midas_desktop.services import users
    from midas_desktop.services.clock import parse_moment
    from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
    from midas_desktop.services.session import init_store, login
    from midas_desktop.sync import client

    today = dt.datetime.now(dt.UTC).date()
    posts = []
    for code, country in (("GTM-TECUN", "GTM"), ("GTM-AURORA", "GTM")):
        path = folder / code / "post.db"
        init_store(
            path,
            post_code=code,
            post_name=code,
            country=country,
            timezone=None,
            admin="admin",
            password=PASSWORD,
        )
        token = _cli("post", "add", code, "--name", code.title(), "--db", db).strip().splitlines()[-1]
        with login(path, "admin", PASSWORD) as admin:
            users.add_user(admin, "officer", "officer", PASSWORD)
            client.enrol(admin, url, token)
        posts.append(path)
    for index, (surname, given, number, nationality, born, sex, days_ago) in enumerate(PEOPLE):
        mrz = list(
            compose_td3(
                document_code="P",
                issuing_state=nationality,
                surname=surname,
                given_names=given,
                document_number=number,
                nationality=nationality,
                birth_date=born,
                sex=sex,
                expiry_date=today.replace(year=today.year + 5),
            )
        )
        entry = today - dt.timedelta(days=days_ago)
        with login(posts[index % 2], "officer", PASSWORD) as officer:
            record_crossing(officer, CrossingRequest(mrz, Direction.ENTRY, parse_moment(f"{entry}T10:00")))
            if days_ago == 150:
                leave = entry + dt.timedelta(days=120)
                record_crossing(officer, CrossingRequest(mrz, Direction.EXIT, parse_moment(f"{leave}T10:00")))
    for path in posts:
        with login(path, "officer", PASSWORD) as officer:
            client.sync_once(officer)


def main() -> int:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    db = f"sqlite:///{folder / 'central.db'}"
    for role in ("admin", "supervisor", "analyst"):
        _cli("user", "add", role, "--role", role, "--password-stdin", "--db", db, stdin=PASSWORD + "\n")
    watchlist = folder / "watchlist.csv"
    watchlist.write_text(
        "document_number,issuing_state,surname,given_names,birth_date,reason,source\n"
        "X9988776,COL,QUINTERO,ALBA,1975-02-03,court order 12/2026,national\n"
        ",,PETROV,IVAN,1969-09-09,arrest warrant,interpol\n",
        encoding="utf-8",
    )
    _cli("watchlist", "import", str(watchlist), "--db", db)
    port = _port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "midas_desktop.server.cli", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_until_serving(url, server)
        _feed(url, db, folder)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for lang in ("en", "es"):
                context = browser.new_context(
                    base_url=url,
                    viewport={"width": 1366, "height": 768},
                    locale="en-GB" if lang == "en" else "es-GT",
                )
                context.add_cookies([{"name": "midas_lang", "value": lang, "url": url + "/console"}])
                page = context.new_page()
                page.goto("/console/login")
                page.screenshot(path=str(OUT / f"console-{lang}-login.png"))
                page.fill("#username", "admin")
                page.fill("#password", PASSWORD)
                page.locator("form button[type=submit]").last.click()
                page.wait_for_url("**/console/overstays")
                shots = [("overstays", "/console/overstays")]
                first = page.locator("table tbody a").first.get_attribute("href")
                if first:
                    shots.append(("overstay", first))
                shots += [
                    (
                        "travellers",
                        "/console/travellers?surname=GARCIA%20LOPES&given_names=MARIA&birth_date=1985-03-14",
                    ),
                    ("traveller", "/console/travellers/1"),
                    ("posts", "/console/posts"),
                    ("statistics", f"/console/statistics?since={dt.date.today() - dt.timedelta(days=390)}"),
                    ("watchlist", "/console/watchlist"),
                    ("users", "/console/users"),
                    ("audit", "/console/audit"),
                ]
                for name, path in shots:
                    page.goto(path)
                    page.screenshot(path=str(OUT / f"console-{lang}-{name}.png"), full_page=True)
                    print("saved", OUT / f"console-{lang}-{name}.png")
                context.close()
            browser.close()
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
