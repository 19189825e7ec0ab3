"""A real ``midas-server serve`` process for the hostile-client tests, and a post that talks to it the
way a real post does (a root key, certified users, signed batches), measured from another loopback
address (127.0.0.2) so that limits per client address do not count it with the attacker's."""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from central_db import server_command
from trusted_post import TrustedPost

from midas_desktop.server import database
from midas_desktop.sync import protocol

#: The normal post's address: another loopback address than the attackers' 127.0.0.1.
POST_ADDRESS = "127.0.0.2"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    def __init__(self, db_url: str, folder: Path, *options: str) -> None:
        self.db_url = db_url
        self.port = free_port()
        self.tls = "--cert" in options
        self.url = f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"
        self.log_path = folder / f"server-{uuid.uuid4().hex[:6]}.log"
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
                if httpx.get(self.url + "/v1/health", timeout=2, verify=not self.tls).status_code == 200:
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

    def memory(self) -> dict[str, int]:
        """The server process's resident memory now and at its peak, in bytes."""
        assert self.process is not None
        figures: dict[str, int] = {}
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                figures[name] = int(value.split()[0]) * 1024
        return figures

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None


def live_server(db_url: str, folder: Path, *options: str) -> Iterator[LiveServer]:
    server = LiveServer(db_url, folder, *options)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def today() -> str:
    return dt.datetime.now(dt.UTC).date().isoformat()


class NormalPost:
    """A post enrolled on the live server's database, pushing and pulling over HTTP from 127.0.0.2."""

    def __init__(self, server: LiveServer, code: str = "GTM-TECUN", country: str = "GTM") -> None:
        self.server = server
        engine = database.open_engine(server.db_url)
        try:
            self.trusted = TrustedPost(engine, code, country)
        finally:
            engine.dispose()
        self.http = httpx.Client(
            base_url=server.url,
            timeout=30,
            transport=httpx.HTTPTransport(local_address=POST_ADDRESS),
        )
        self.numbers = iter(range(10**6))

    def movement(self, **changes: Any) -> dict[str, Any]:
        movement = self.trusted.movement(f"N{next(self.numbers):07d}", "entry", today())
        movement["at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        movement.update(changes)
        return movement

    def push_body(self, *payloads: dict[str, Any]) -> bytes:
        return protocol.canonical_json(self.trusted.batch(*payloads))

    def push(self, *payloads: dict[str, Any]) -> httpx.Response:
        return self.http.post(
            "/v1/batches",
            content=self.push_body(*(payloads or (self.movement(),))),
            headers={"content-type": "application/json"},
        )

    def timed_push(self) -> tuple[int, float]:
        """A normal one-movement push: its status and how long the answer took (wall clock)."""
        body = self.push_body(self.movement())
        started = time.monotonic()
        response = self.http.post("/v1/batches", content=body, headers={"content-type": "application/json"})
        return response.status_code, time.monotonic() - started

    def server_key(self) -> str:
        key: str = self.http.get("/v1/health").json()["server_public_key"]
        return key

    def close(self) -> None:
        self.http.close()
