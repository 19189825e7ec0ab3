"""A real ``midas-server serve`` on PostgreSQL for the console's tests, central users of each role, a
real post (SQLCipher store, enrolled over HTTP, syncing) and Debian's chromium driven by Playwright."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from central_db import run_server_cli, server_command
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ConsoleServer:
    def __init__(self, db_url: str, folder: Path, *options: str) -> None:
        self.db_url = db_url
        self.port = free_port()
        self.tls = "--cert" in options
        self.url = f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"
        self.log_path = folder / "server.log"
        self.options = options
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                server_command("serve", "--db", self.db_url, "--port", str(self.port), *self.options),
                stdout=log,
                stderr=log,
                start_new_session=True,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the server exited: " + self.log())
            try:
                if httpx.get(self.url + "/v1/health", timeout=2, verify=False).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("the server did not come up")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def console_server(db_url: str, folder: Path, *options: str) -> Iterator[ConsoleServer]:
    server = ConsoleServer(db_url, folder, *options)
    server.start()
    try:
        yield server
    finally:
        server.stop()


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

    def __init__(self, folder: Path, server: ConsoleServer, code: str, country: str) -> None:
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
