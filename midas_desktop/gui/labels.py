"""Words (translated) and colours for alert kinds, statuses and verdicts: never colour alone."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

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

WATCHLIST_HIT_KINDS = {
    "document": QT_TRANSLATE_NOOP("Labels", "same document"),
    "document_number_only": QT_TRANSLATE_NOOP("Labels", "same document number"),
    "name_and_birth_date": QT_TRANSLATE_NOOP("Labels", "name and birth date"),
    "name": QT_TRANSLATE_NOOP("Labels", "name"),
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


def _match(pattern: str, text: str) -> re.Match[str] | None:
    return re.fullmatch(pattern, text.strip())


def alert_summary(kind: str, details: Mapping[str, Any] | None, summary: str) -> str:
    """The alert's summary in the user's language, built from its kind and details.

    The services store the summary in English; kinds (or older details) this does not know keep it.
    """
    details = details or {}
    summary = str(summary or "")

    try:
        if kind == "overstay" and "overstay_days" in details:
            text = (
                QCoreApplication.translate(
                    "AlertSummaries", "overstay of %1 day(s) (exited); latest legal exit was %2"
                )
                if details.get("exited")
                else QCoreApplication.translate(
                    "AlertSummaries", "overstay of %1 day(s) (still in the country); latest legal exit was %2"
                )
            )
            return text.replace("%1", str(details["overstay_days"])).replace(
                "%2", str(details.get("latest_exit") or "—")
            )
        if kind == "previous_overstay" and details.get("exit_date") and details.get("latest_exit"):
            import datetime as dt

            days = (
                dt.date.fromisoformat(str(details["exit_date"]))
                - dt.date.fromisoformat(str(details["latest_exit"]))
            ).days
            found = _match(r".*after the stay of (\S+)", summary)
            if found is None:
                return QCoreApplication.translate(
                    "AlertSummaries", "overstayed %1 day(s) on an earlier stay"
                ).replace("%1", str(days))
            return (
                QCoreApplication.translate("AlertSummaries", "overstayed %1 day(s) after the stay of %2")
                .replace("%1", str(days))
                .replace("%2", found.group(1))
            )
        if kind == "expired_document" and details.get("expiry_date"):
            return QCoreApplication.translate("AlertSummaries", "document expired on %1").replace(
                "%1", str(details["expiry_date"])
            )
        if kind == "watchlist_hit" and "score" in details:
            return (
                QCoreApplication.translate("AlertSummaries", "watchlist match on %1 (score %2): %3")
                .replace("%1", label(WATCHLIST_HIT_KINDS, str(details.get("kind", ""))))
                .replace("%2", f"{float(details['score']):.2f}")
                .replace("%3", str(details.get("reason") or ""))
            )
        if kind == "missing_exit":
            found = _match(r"entry on (\S+) while a stay from (\S+) had no exit", summary)
            if found:
                return (
                    QCoreApplication.translate(
                        "AlertSummaries", "entry on %1 while a stay from %2 had no exit"
                    )
                    .replace("%1", found.group(1))
                    .replace("%2", found.group(2))
                )
        if kind == "exit_without_entry":
            found = _match(r"exit on (\S+) with no recorded entry", summary)
            if found:
                return QCoreApplication.translate(
                    "AlertSummaries", "exit on %1 with no recorded entry"
                ).replace("%1", found.group(1))
        if kind == "no_stay_remaining":
            found = _match(
                r"no days of stay remain under (.+): admitted (\d+) day\(s\) over the allowance", summary
            )
            if found:
                return (
                    QCoreApplication.translate(
                        "AlertSummaries",
                        "no days of stay remain under %1: admitted %2 day(s) over the allowance",
                    )
                    .replace("%1", found.group(1))
                    .replace("%2", found.group(2))
                )
    except (TypeError, ValueError):
        pass  # details of an unexpected shape: the stored words are still right
    return summary
