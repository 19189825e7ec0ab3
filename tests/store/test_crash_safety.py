"""A crossing whose call returned survives kill -9 of the process right after (WAL, synchronous=FULL).

The suite runs scripts/kill_test.py with a small count; its full run (200 kills) is quoted in the README.
"""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO


def test_acknowledged_crossings_survive_sigkill() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "kill_test.py"), "--kills", "12", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    figures = json.loads(result.stdout)
    assert result.returncode == 0, figures
    assert figures["lost"] == 0 and figures["integrity_ok"] is True
    assert figures["acknowledged"] > 0 and figures["found"] == figures["acknowledged"]
