"""The pure domain core: rules that every screen, command and server must apply the same way.

Nothing here imports Qt, SQLAlchemy or OpenCV (an import-linter contract in pyproject.toml checks it),
so the rules can be tested in microseconds and reused by the post, the desktop app and the server.
"""
