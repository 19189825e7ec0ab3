"""The gate in front of password checks at the central server.

A check costs scrypt's 16 MiB and about 50 ms of a core. At most ``login_workers`` run at once per
worker process and at most ``login_queue`` wait for them, in the event loop (a waiting login holds no
thread of the pool the other requests need); one beyond is answered 503 with Retry-After at once.
Every failed login is answered no sooner than ``login_floor_seconds`` after it arrived, whichever way
it failed, so the time of the answer does not tell a known user from an unknown one.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class GateFull(Exception):
    """Too many logins are being worked on; try again after ``retry_after`` seconds."""

    retry_after = 1


class LoginGate:
    def __init__(self, workers: int, queue: int, floor_seconds: float) -> None:
        self._running = asyncio.Semaphore(max(1, workers))
        self._admitted = 0
        self._capacity = max(1, workers) + max(0, queue)
        self.floor_seconds = floor_seconds

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        """A place to check one password; :class:`GateFull` when even the queue is full."""
        if self._admitted >= self._capacity:
            raise GateFull()
        self._admitted += 1
        try:
            async with self._running:
                yield
        finally:
            self._admitted -= 1

    async def pad_failure(self, arrived: float) -> None:
        """Wait until ``floor_seconds`` after ``arrived`` (a ``time.monotonic()``)."""
        remaining = self.floor_seconds - (time.monotonic() - arrived)
        if remaining > 0:
            await asyncio.sleep(remaining)
