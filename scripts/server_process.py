"""Waiting for a ``midas-server serve`` process started by a script or a test to answer."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from typing import Any

import httpx


def wait_until_serving(
    url: str,
    process: subprocess.Popen[bytes],
    *,
    seconds: float = 60.0,
    verify: Any = True,
    log_tail: Callable[[], str] = lambda: "",
) -> None:
    """Return once ``url``'s ``/v1/health`` answers 200. Raises RuntimeError with the end of the
    server's log when the process exits first, or when it has not answered after ``seconds`` (a
    hang, not a slow start: callers give minutes)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server exited: " + log_tail()[-2000:])
        try:
            if httpx.get(url + "/v1/health", timeout=2, verify=verify).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("the server did not come up: " + log_tail()[-2000:])
