"""A real ``midas-server serve`` on PostgreSQL for the console's tests, central users of each role, a
real post (SQLCipher store, enrolled over HTTP, syncing) and Debian's chromium driven by Playwright."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from central_db import LiveServer, run_server_cli
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD
from sqlalchemy import select

from midas_desktop.services import overstays, users
from midas_desktop.services.clock import parse_moment, utc_now
from midas_desktop.services.crossings import CrossingRequest, Direction, record_crossing
from midas_desktop.services.session import init_store, login
from midas_desktop.store.models import Alert
from midas_desktop.sync import client

CHROMIUM = os.environ.get("MIDAS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORDS = {"admin": "admin-console-1", "supervisor": "supervisor-console-1", "analyst": "analyst-console-1"}


def add_central_users(db_url: str) -> None:
    for role, password in PASSWORDS.items():
        done = run_server_cli(
            "user", "add", role, "--role", role, "--password-stdin", "--db", db_url, stdin=password + "\n"
        )
        assert done.returncode == 0, done.stderr


def register_post(db_url: str, code: str) -> str:
    done = run_server_cli("post", "add", code, "--name", code, "--db", db_url)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


class Post:
    """A real post: its encrypted store, an officer, enrolment and sync over HTTP."""

    def __init__(self, folder: Path, server: LiveServer, code: str, country: str) -> None:
        self.path = folder / code / "post.db"
        init_store(
            self.path,
            post_code=code,
            post_name=code,
            country=country,
            timezone=None,
            admin="admin",
            password=ADMIN_PASSWORD,
        )
        with login(self.path, "admin", ADMIN_PASSWORD) as admin:
            users.add_user(admin, "officer", "officer", OFFICER_PASSWORD)
            client.enrol(admin, server.url, register_post(server.db_url, code))

    def cross(self, mrz: str, direction: Direction, at: str) -> dict[str, Any]:
        with login(self.path, "officer", OFFICER_PASSWORD) as officer:
            return record_crossing(officer, CrossingRequest(mrz, direction, parse_moment(at))).to_dict()

    def scan_overstays(self) -> None:
        """The post's own overstay scan (its alerts), as its supervisor runs it."""
        with login(self.path, "admin", ADMIN_PASSWORD) as admin:
            overstays.scan(admin, utc_now())

    def overstay_alerts(self) -> list[tuple[str, str | None]]:
        with login(self.path, "admin", ADMIN_PASSWORD) as admin, admin.transaction() as db:
            return [
                (row.status, row.resolved_by)
                for row in db.execute(select(Alert).where(Alert.kind == "overstay")).scalars()
            ]

    def sync(self) -> client.SyncReport:
        with login(self.path, "officer", OFFICER_PASSWORD) as officer:
            return client.sync_once(officer)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)
