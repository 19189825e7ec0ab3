"""Where the post store lives: ``--store``, else ``MIDAS_STORE``, else ``$XDG_DATA_HOME/midas/post.db``."""

from __future__ import annotations

import os
from pathlib import Path


def default_store_path() -> Path:
    env = os.environ.get("MIDAS_STORE")
    if env:
        return Path(env)
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "midas" / "post.db"


def resolve_store_path(explicit: str | os.PathLike[str] | None) -> Path:
    return Path(explicit) if explicit else default_store_path()
