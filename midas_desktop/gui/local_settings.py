"""Settings of this PC (not of the post): language, idle lock, scanner drop folder, camera.

Kept in QSettings (``~/.config/midas/midas-desktop.conf``): nothing personal is ever stored there.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

DEFAULT_IDLE_MINUTES = 10


def _settings() -> QSettings:
    return QSettings("midas", "midas-desktop")


def idle_minutes() -> float:
    value = _settings().value("idle_minutes", DEFAULT_IDLE_MINUTES)
    try:
        return max(0.05, float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


def drop_folder() -> str:
    return str(_settings().value("drop_folder", "") or "")


def camera_source() -> str:
    return str(_settings().value("camera_source", "0") or "0")


def language() -> str | None:
    value = _settings().value("language", None)
    return str(value) if value else None


def save(**values: object) -> None:
    settings = _settings()
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()
