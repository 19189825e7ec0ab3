"""A crossing that cannot be written (file-size limit, as on a full disk) fails cleanly and loses nothing."""

from __future__ import annotations

import json
import resource
import subprocess
from pathlib import Path

from conftest import OFFICER_PASSWORD, midas_bin, td3

# Below the 32 KiB the WAL needs for one crossing, above the shared-memory file SQLite opens first.
FILE_SIZE_LIMIT = 36_000


def entry(store: Path, number: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def cap_file_size() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [
            midas_bin(),
            "entry",
            *td3(number=number),
            "--store",
            str(store),
            "--user",
            "officer",
            "--password-stdin",
            "--json",
        ],
        input=OFFICER_PASSWORD + "\n",
        capture_output=True,
        text=True,
        preexec_fn=cap_file_size,
        timeout=120,
    )


def stats(store: Path) -> dict[str, object]:
    result = subprocess.run(
        [
            midas_bin(),
            "store",
            "verify",
            "--json",
            "--store",
            str(store),
            "--user",
            "admin",
            "--password-stdin",
        ],
        input="admin-password-1\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    report: dict[str, object] = json.loads(result.stdout)
    return report


def test_disk_full_is_a_clear_error_and_nothing_half_written(store_path: Path) -> None:
    assert entry(store_path, "D0000001").returncode == 0
    failed = entry(store_path, "D0000002", limit=FILE_SIZE_LIMIT)
    assert failed.returncode == 1
    assert failed.stdout == ""  # nothing acknowledged
    assert failed.stderr.count("\n") == 1 and "nothing was recorded" in failed.stderr
    report = stats(store_path)
    assert report["ok"] is True and report["movements"] == 1
    assert entry(store_path, "D0000003").returncode == 0  # the post goes on once there is room
    assert stats(store_path)["movements"] == 2
