"""Real central-server processes and databases for the sync tests (imported by the test modules)."""

from __future__ import annotations

import os
import signal
import socket
import ssl
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from central_db import PG_URL, database_url, run_server_cli, server_command, wait_until_serving
from sqlalchemy import create_engine, func, select

from midas_desktop.server.models import ServerMovement

__all__ = ["PG_URL", "database_url", "run_server_cli", "server_command"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def movement_counts(db_url: str) -> tuple[int, int]:
    """(rows, distinct movement ids) on the server."""
    engine = create_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(select(func.count()).select_from(ServerMovement)).scalar() or 0
        distinct = connection.execute(select(func.count(func.distinct(ServerMovement.id)))).scalar() or 0
    engine.dispose()
    return rows, distinct


def server_ids(db_url: str) -> list[str]:
    engine = create_engine(db_url)
    with engine.connect() as connection:
        ids = list(connection.execute(select(ServerMovement.id)).scalars())
    engine.dispose()
    return ids


class ServerProcess:
    """``midas-server serve`` on 127.0.0.1 and a free port; killed with SIGKILL, restarted on demand."""

    def __init__(
        self,
        db_url: str,
        log_path: Path,
        workers: int = 1,
        tls: tuple[Path, Path, Path] | None = None,
        options: tuple[str, ...] = (),
    ) -> None:
        self.db_url = db_url
        self.options = options  # more 'serve' options, e.g. limits
        self.port = free_port()
        self.tls = tls  # (CA certificate, server certificate, server key)
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.log_path = log_path
        self.workers = workers
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            server_command(
                "serve",
                "--db",
                self.db_url,
                "--port",
                str(self.port),
                "--workers",
                str(self.workers),
                *(("--cert", str(self.tls[1]), "--key", str(self.tls[2])) if self.tls else ()),
                *self.options,
            ),
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        log.close()
        verify: Any = ssl.create_default_context(cafile=str(self.tls[0])) if self.tls else True
        wait_until_serving(
            self.url, self.process, seconds=30, verify=verify, log_tail=self.log_path.read_text
        )

    def kill(self) -> None:
        """SIGKILL, no goodbye: whatever was in flight is cut (its whole process group, workers too)."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    def restart(self) -> None:
        self.kill()
        self.start()


def start_server(db_url: str, tmp_path: Path, workers: int = 1) -> Iterator[ServerProcess]:
    server = ServerProcess(db_url, tmp_path / f"server-{uuid.uuid4().hex[:6]}.log", workers)
    server.start()
    try:
        yield server
    finally:
        server.kill()


def register_post(db_url: str, code: str, name: str = "Test post") -> str:
    result = run_server_cli("post", "add", code, "--name", name, "--db", db_url)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]
