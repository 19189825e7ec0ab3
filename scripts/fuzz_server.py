#!/usr/bin/env python3
"""A longer fuzz run of the central server's API than the test command's (tests/server/test_fuzz_api.py).

Usage: .venv/bin/python scripts/fuzz_server.py [--examples N] [--seed S] [--db sqlite|postgresql]

Starts real server processes on 127.0.0.1 (SQLite, and PostgreSQL at $MIDAS_TEST_PG_URL), sends N
hypothesis examples of each schema (push, pull, enrolment), and fails on the first 5xx, printing the
example that caused it. The seed is printed, so a failure can be replayed.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="examples per schema (default 2000)")
    parser.add_argument("--seed", type=int, default=None, help="default: a random one, printed")
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default=None, help="default: both")
    args = parser.parse_args()
    chosen = args.seed if args.seed is not None else random.randrange(2**32)
    print(f"fuzz_server: {args.examples} examples per schema, seed {chosen}", flush=True)
    environment = {
        **os.environ,
        "MIDAS_FUZZ_EXAMPLES": str(args.examples),
        "MIDAS_FUZZ_SEED": str(chosen),
        "MIDAS_DEBUG": "1",  # synthetic data only: the server's log keeps the traceback of a failure
    }
    command = [
        sys.executable,
        "-m",
        "pytest",
        "tests/server/test_fuzz_api.py",
        "-x",
        "-q",
        "-p",
        "no:cacheprovider",
    ]
    if args.db:
        command += ["-k", args.db]
    return subprocess.call(command, cwd=REPO, env=environment)


if __name__ == "__main__":
    sys.exit(main())
