"""Words (translated) and colours for alert kinds, statuses and verdicts: never colour alone."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel

ALERT_KINDS = {
    "overstay": QT_TRANSLATE_NOOP("Labels", "Overstay"),
    "watchlist_hit": QT_TRANSLATE_NOOP("Labels", "Watchlist hit"),
    "previous_overstay": QT_TRANSLATE_NOOP("Labels", "Previous overstay"),
    "expired_document": QT_TRANSLATE_NOOP("Labels", "Expired document"),
    "invalid_document": QT_TRANSLATE_NOOP("Labels", "Invalid document"),
    "missing_exit": QT_TRANSLATE_NOOP("Labels", "Missing exit"),
    "exit_without_entry": QT_TRANSLATE_NOOP("Labels", "Exit without entry"),
    "no_stay_remaining": QT_TRANSLATE_NOOP("Labels", "No stay remaining"),
}
STATUSES = {
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "acknowledged": QT_TRANSLATE_NOOP("Labels", "Acknowledged"),
    "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
}
ROLES = {
    "officer": QT_TRANSLATE_NOOP("Labels", "Officer"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
}
DIRECTIONS = {
    "entry": QT_TRANSLATE_NOOP("Labels", "Entry"),
    "exit": QT_TRANSLATE_NOOP("Labels", "Exit"),
}

# Background, text: readable for the colour-blind too, because every state also has its word and sign.
TONES = {
    "ok": ("#d8f0dd", "#0d4a1f", "✔"),
    "warn": ("#fff0c2", "#5c4100", "⚠"),
    "danger": ("#f9d3d0", "#7a0c05", "✖"),
    "info": ("#e1ebf7", "#0f2f57", "ℹ"),
}


def label(table: Mapping[str, object], key: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate("Labels", str(text)) if text else key


def set_tone(widget: QLabel, tone: str, text: str) -> None:
    """Show ``text`` with the tone's sign in front, on the tone's colours."""
    background, foreground, sign = TONES[tone]
    widget.setText(f"{sign} {text}")
    widget.setStyleSheet(
        f"background:{background}; color:{foreground}; font-weight:bold; padding:6px; border-radius:4px;"
    )
    widget.setAccessibleDescription(tone)
