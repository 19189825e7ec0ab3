"""``python -m midas_desktop.server``: the same as the ``midas-server`` command."""

from __future__ import annotations

from midas_desktop.server.cli import main

main()
