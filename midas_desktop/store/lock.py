"""Who has the store open: a shared lock per program, an exclusive one to replace or rekey it.

Every program that opens the store holds a shared ``flock`` on ``PATH.lock`` for as long as it is
open; restoring a backup or rotating the database key takes the lock exclusively, without waiting, so
it is refused while another program (the app, a command) has the store open and would go on writing
to a file that is no longer the store.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path


class StoreBusy(Exception):
    """Another program has the store open."""


def lock_file_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


class StoreLock:
    def __init__(self, store_path: Path) -> None:
        self.path = lock_file_path(store_path)
        self._fd: int | None = None

    def _open(self) -> int:
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        return self._fd

    def shared(self) -> StoreLock:
        """Held while the store is open here (waits only for an exclusive holder, which is brief)."""
        fcntl.flock(self._open(), fcntl.LOCK_SH)
        return self

    def exclusive(self) -> StoreLock:
        """Only this program may have the store open; :class:`StoreBusy` at once otherwise."""
        try:
            fcntl.flock(self._open(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise StoreBusy("another program has the store open; close it first") from exc
        return self

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> StoreLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
