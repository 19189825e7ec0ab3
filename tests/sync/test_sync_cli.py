"""``midas post enrol`` and ``midas sync`` as the contract describes them (real processes)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, OFFICER_PASSWORD
from sync_support import ServerProcess, database_url, movement_counts, register_post, start_server

from midas_desktop.services.session import login
from midas_desktop.sync.loadgen import add_synthetic_movements

# Runs ``midas``, adding the sync commands when cli/main.py does not register them (yet).
RUNNER = """
import argparse, sys
from midas_desktop.cli import commands_sync, main as cli
build = cli.build_parser
def with_sync():
    parser = build()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "sync" not in commands.choices:
        commands_sync.register(commands)
    return parser
cli.build_parser = with_sync
sys.argv[0] = "midas"
cli.main()
"""


def midas(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", RUNNER, *args], input=stdin, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    for url in database_url("sqlite", tmp_path):
        yield from start_server(url, tmp_path)


def test_enrol_and_sync_from_the_command_line(store_path: Path, server: ServerProcess) -> None:
    store = ["--store", str(store_path)]
    not_yet = midas("sync", "--json", *store, "--user", "officer", "--password-stdin", stdin=OFFICER_PASSWORD)
    assert not_yet.returncode == 1 and "not enrolled" in not_yet.stderr and not_yet.stdout == ""

    token = register_post(server.db_url, "GTM-TECUN")
    officer_enrol = midas(
        "post", "enrol", "--server", server.url, "--token", token, *store, "--user", "officer",
        "--password-stdin", stdin=OFFICER_PASSWORD,
    )  # fmt: skip
    assert officer_enrol.returncode == 1 and "may not" in officer_enrol.stderr  # administrators only
    enrolled = midas(
        "post", "enrol", "--server", server.url, "--token", token, *store, "--user", "admin",
        "--password-stdin", stdin=ADMIN_PASSWORD,
    )  # fmt: skip
    assert enrolled.returncode == 0, enrolled.stderr
    reused = midas(
        "post", "enrol", "--server", server.url, "--token", token, *store, "--user", "admin",
        "--password-stdin", stdin=ADMIN_PASSWORD,
    )  # fmt: skip
    assert reused.returncode == 1 and "token" in reused.stderr  # one-time

    with login(store_path, "officer", OFFICER_PASSWORD) as officer:
        add_synthetic_movements(officer, 700, seed=9)
    synced = midas("sync", "--json", *store, "--user", "officer", "--password-stdin", stdin=OFFICER_PASSWORD)
    assert synced.returncode == 0, synced.stderr
    report = json.loads(synced.stdout)
    assert (report["sent"], report["acknowledged"], report["pulled"], report["queued"]) == (700, 700, 0, 0)
    assert movement_counts(server.db_url) == (700, 700)

    status = midas(
        "sync", "--status", "--json", *store, "--user", "officer", "--password-stdin", stdin=OFFICER_PASSWORD
    )
    state = json.loads(status.stdout)
    assert state["queued"] == 0 and state["last_success"] and state["last_error"] is None

    server.kill()
    down = midas(
        "sync", "--attempts", "2", *store, "--user", "officer", "--password-stdin", stdin=OFFICER_PASSWORD
    )
    assert down.returncode == 1 and down.stderr.count("\n") == 1 and "could not be reached" in down.stderr
