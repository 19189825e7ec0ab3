"""The package as a wheel: built, installed in fresh virtual environments away from the sources, and
run (``midas mrz read`` on a specimen, ``midas-server migrate`` and ``serve`` with the desktop's
libraries blocked). The work is done by scripts/wheel_check.py, which a fresh machine runs as it is
(``--deps registry``)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SHARED

SPECIMEN = SHARED / "specimens" / "real" / "images" / "mrz-MRVA_ICAO_Example.png"


@pytest.mark.slow
def test_the_wheel_works_installed(tmp_path: Path) -> None:
    assert SPECIMEN.is_file(), "the shared specimens are missing"
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "wheel_check.py"), "--keep", str(tmp_path / "work")],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    checks = [line for line in result.stdout.splitlines() if line.startswith("ok ")]
    assert len(checks) == 6, result.stdout
    assert "every check passed" in result.stdout


def test_no_module_finds_its_data_through_the_source_tree() -> None:
    """Package data is read with importlib.resources; a ``parents[n]`` path works only in a checkout."""
    offenders = [
        str(path.relative_to(REPO))
        for path in (REPO / "midas_desktop").rglob("*.py")
        if re.search(r"__file__\)\.resolve\(\)\.parents\[", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
