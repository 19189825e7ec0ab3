"""Settings of this PC (not of the post): language, idle lock, scanner drop folder, camera, the
background sync interval, the scheduled backup (folder, interval, last outcome), the last daily purge.

Kept in QSettings (``~/.config/midas/midas-desktop.conf``): nothing personal is ever stored there.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

DEFAULT_IDLE_MINUTES = 10
DEFAULT_SYNC_MINUTES = 5
DEFAULT_BACKUP_DAYS = 1


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


def _number(key: str, default: float, minimum: float) -> float:
    value = _settings().value(key, default)
    try:
        return max(minimum, float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def sync_minutes() -> float:
    """Minutes between background syncs (when the post is enrolled)."""
    return _number("sync_minutes", DEFAULT_SYNC_MINUTES, 0.01)


def backup_folder() -> str:
    """Where scheduled backups go; empty: no scheduled backup."""
    return str(_settings().value("backup_folder", "") or "")


def backup_days() -> float:
    return _number("backup_days", DEFAULT_BACKUP_DAYS, 0.0001)


def text(key: str) -> str:
    """A stored text (last backup time and result, last purge day); empty when never stored."""
    return str(_settings().value(key, "") or "")


def language() -> str | None:
    value = _settings().value("language", None)
    return str(value) if value else None


def save(**values: object) -> None:
    settings = _settings()
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()
