"""Central databases for the server and sync tests: an SQLite file, or a fresh schema in PostgreSQL.

PostgreSQL is real (``MIDAS_TEST_PG_URL``; scripts/test.sh installs and starts it where it is missing).
A test that cannot reach it fails, so a machine without PostgreSQL cannot pass by skipping; set
``MIDAS_TEST_PG_OPTIONAL=1`` to skip those runs instead (a laptop without a database server).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import signal
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from project_scripts import load_script
from sqlalchemy import Engine, create_engine, text

from midas_desktop.server import database

wait_until_serving = load_script("server_process").wait_until_serving

PG_URL = os.environ.get("MIDAS_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def postgres_schema_url() -> Iterator[str]:
    """A URL whose search path is a fresh schema of the test database, dropped afterwards."""
    schema = f"midas_t_{uuid.uuid4().hex[:12]}"
    try:
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:
        message = f"PostgreSQL at MIDAS_TEST_PG_URL is not available ({type(exc).__name__})"
        if os.environ.get("MIDAS_TEST_PG_OPTIONAL"):
            pytest.skip(message)
        pytest.fail(message + "; run scripts/test.sh, which sets it up")
    separator = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def database_url(kind: str, tmp_path: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'central.db'}"
    else:
        yield from postgres_schema_url()


def upgraded_engine(kind: str, tmp_path: Path) -> Iterator[Engine]:
    """An engine on a fresh central database of ``kind`` (sqlite, postgresql) at the newest schema."""
    for url in database_url(kind, tmp_path):
        engine = database.open_engine(url)
        database.upgrade(engine)
        yield engine
        engine.dispose()


def server_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "midas_desktop.server.cli", *args]


def run_server_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(server_command(*args), input=stdin, capture_output=True, text=True, timeout=120)


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key (PEM files), for a server that speaks TLS itself."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


# --- a real server process ----------------------------------------------------------------


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
        wait_until_serving(self.url, self.process, verify=not self.tls, log_tail=self.log)

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
