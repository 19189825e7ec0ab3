"""Words (translated) and colours for alert kinds, statuses and verdicts: never colour alone."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
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
    "referral": QT_TRANSLATE_NOOP("Labels", "Referred by the counter"),
}
SEVERITY_WORDS = {
    0: QT_TRANSLATE_NOOP("Labels", "critical"),
    1: QT_TRANSLATE_NOOP("Labels", "high"),
    2: QT_TRANSLATE_NOOP("Labels", "high"),
    3: QT_TRANSLATE_NOOP("Labels", "medium"),
    4: QT_TRANSLATE_NOOP("Labels", "medium"),
    5: QT_TRANSLATE_NOOP("Labels", "low"),
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

DECISIONS = {
    "admitted": QT_TRANSLATE_NOOP("Labels", "admitted"),
    "refused": QT_TRANSLATE_NOOP("Labels", "refused"),
    "departed": QT_TRANSLATE_NOOP("Labels", "departed"),
    "referred": QT_TRANSLATE_NOOP("Labels", "referred to a supervisor"),
}
RULE_KINDS = {
    "per_entry": QT_TRANSLATE_NOOP("Labels", "per entry"),
    "rolling": QT_TRANSLATE_NOOP("Labels", "rolling window"),
    "shared_area": QT_TRANSLATE_NOOP("Labels", "shared area (CA-4)"),
    "none": QT_TRANSLATE_NOOP("Labels", "no rule"),
    "exempt:resident": QT_TRANSLATE_NOOP("Labels", "exempt: resident"),
    "exempt:permit_holder": QT_TRANSLATE_NOOP("Labels", "exempt: permit holder"),
    "exempt:diplomatic": QT_TRANSLATE_NOOP("Labels", "exempt: diplomat"),
    "exempt:national": QT_TRANSLATE_NOOP("Labels", "exempt: national"),
}
EXEMPTIONS = {
    "resident": QT_TRANSLATE_NOOP("Labels", "resident"),
    "permit_holder": QT_TRANSLATE_NOOP("Labels", "permit holder"),
    "diplomatic": QT_TRANSLATE_NOOP("Labels", "diplomat"),
    "national": QT_TRANSLATE_NOOP("Labels", "national"),
}
# The MRZ's fields and check digits, as ``domain.mrz`` names them in findings.
MRZ_FIELDS = {
    "surname": QT_TRANSLATE_NOOP("Labels", "surname"),
    "given_names": QT_TRANSLATE_NOOP("Labels", "given names"),
    "names": QT_TRANSLATE_NOOP("Labels", "names"),
    "document_number": QT_TRANSLATE_NOOP("Labels", "document number"),
    "document_code": QT_TRANSLATE_NOOP("Labels", "document type"),
    "issuing_state": QT_TRANSLATE_NOOP("Labels", "issuing state"),
    "nationality": QT_TRANSLATE_NOOP("Labels", "nationality"),
    "birth_date": QT_TRANSLATE_NOOP("Labels", "birth date"),
    "expiry_date": QT_TRANSLATE_NOOP("Labels", "expiry date"),
    "sex": QT_TRANSLATE_NOOP("Labels", "sex"),
    "optional_data": QT_TRANSLATE_NOOP("Labels", "optional data"),
    "optional_data_2": QT_TRANSLATE_NOOP("Labels", "optional data"),
    "composite": QT_TRANSLATE_NOOP("Labels", "overall check digit"),
    "lines": QT_TRANSLATE_NOOP("Labels", "the lines"),
    "line 1": QT_TRANSLATE_NOOP("Labels", "line 1"),
    "line 2": QT_TRANSLATE_NOOP("Labels", "line 2"),
    "line 3": QT_TRANSLATE_NOOP("Labels", "line 3"),
}
# ``domain.mrz.result``'s problem vocabulary.
MRZ_PROBLEMS = {
    "line count": QT_TRANSLATE_NOOP("Labels", "wrong number of lines"),
    "line length": QT_TRANSLATE_NOOP("Labels", "a line of the wrong length"),
    "unknown layout": QT_TRANSLATE_NOOP("Labels", "not a known document layout"),
    "invalid character": QT_TRANSLATE_NOOP("Labels", "a character that cannot be in an MRZ"),
    "unknown document code": QT_TRANSLATE_NOOP("Labels", "unknown document type"),
    "unknown country code": QT_TRANSLATE_NOOP("Labels", "unknown country code"),
    "specimen country code": QT_TRANSLATE_NOOP("Labels", "a specimen's country code"),
    "unspecified country code": QT_TRANSLATE_NOOP("Labels", "country not stated"),
    "digit in country code": QT_TRANSLATE_NOOP("Labels", "a digit in a country code"),
    "digit in name": QT_TRANSLATE_NOOP("Labels", "a digit in the name"),
    "letter in digit field": QT_TRANSLATE_NOOP("Labels", "a letter where digits belong"),
    "invalid date": QT_TRANSLATE_NOOP("Labels", "a date that does not exist"),
    "invalid sex": QT_TRANSLATE_NOOP("Labels", "sex not M, F or unspecified"),
    "check digit": QT_TRANSLATE_NOOP("Labels", "check digit does not agree"),
    "filler noise in name": QT_TRANSLATE_NOOP("Labels", "stray marks in the name"),
    "truncated": QT_TRANSLATE_NOOP("Labels", "name may be cut short"),
    "second name separator": QT_TRANSLATE_NOOP("Labels", "a second name separator"),
    "check digit over filler": QT_TRANSLATE_NOOP("Labels", "check digit computed over the filler"),
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


def label(table: Mapping[Any, object], key: object) -> str:
    text = table.get(key)
    return QCoreApplication.translate("Labels", str(text)) if text else str(key)


def fill(text: str, *values: object) -> str:
    """Qt's %1..%9 of a translated text filled in one pass (a value holding '%2' stays as it is)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(values[index - 1]) if 1 <= index <= len(values) else match.group(0)

    return re.sub(r"%([1-9])", value, text)


def problem_words(problem: str, field: str) -> str:
    """'check digit does not agree: document number' in the user's language."""
    words = label(MRZ_PROBLEMS, problem)
    return f"{words}: {label(MRZ_FIELDS, field)}" if field else words


def format_date(day: dt.date | str | None) -> str:
    """A date in the user's language with the year in full and the month in words (never ambiguous)."""
    if day is None or day == "":
        return "—"
    if isinstance(day, str):
        try:
            day = dt.date.fromisoformat(day[:10])
        except ValueError:
            return str(day)
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def post_time(moment_utc: dt.datetime | str | None, timezone: str | None) -> str:
    """A UTC moment (naive or ISO text with Z) as the post's local date and time, zone named."""
    if moment_utc is None or moment_utc == "":
        return "—"
    if isinstance(moment_utc, str):
        moment_utc = dt.datetime.fromisoformat(moment_utc.replace("Z", "+00:00"))
    if moment_utc.tzinfo is None:
        moment_utc = moment_utc.replace(tzinfo=dt.UTC)
    zone: dt.tzinfo | None = None
    if timezone:
        try:
            zone = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = None
    local = moment_utc.astimezone(zone) if zone is not None else moment_utc.astimezone()
    minutes_east = int((local.utcoffset() or dt.timedelta()).total_seconds()) // 60
    hours, minutes = divmod(abs(minutes_east), 60)
    utc_label = f"UTC{'+' if minutes_east >= 0 else '−'}{hours}" + (f":{minutes:02d}" if minutes else "")
    return f"{format_date(local.date())} {local:%H:%M} ({utc_label})"


def set_tone(widget: QLabel, tone: str, text: str) -> None:
    """Show ``text`` with the tone's sign in front, on the tone's colours."""
    background, foreground, sign = TONES[tone]
    widget.setText(f"{sign} {text}")
    widget.setStyleSheet(
        f"background:{background}; color:{foreground}; font-weight:bold; padding:6px; border-radius:4px;"
    )
    widget.setAccessibleDescription(tone)


def _count(details: Mapping[str, Any], key: str) -> int | None:
    value = details.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def alert_summary(kind: str, details: Mapping[str, Any] | None, summary: str) -> str:
    """The alert's summary in the user's language, from its kind and the parameters in its details.

    The services keep an English summary for the command line; the screens word the alert from its
    code and parameters. Alerts of kinds this does not know (or stored before a parameter existed) show
    the stored words.
    """
    details = details or {}
    summary = str(summary or "")
    days = _count(details, "overstay_days")
    if kind == "overstay" and days is not None:
        text = (
            QCoreApplication.translate(
                "AlertSummaries", "overstay of %n day(s) (exited); latest legal exit was %1", None, days
            )
            if details.get("exited")
            else QCoreApplication.translate(
                "AlertSummaries",
                "overstay of %n day(s) (still in the country); latest legal exit was %1",
                None,
                days,
            )
        )
        return fill(text, format_date(details.get("latest_exit")))
    if kind == "previous_overstay" and days is not None:
        if details.get("entry_date"):
            return fill(
                QCoreApplication.translate(
                    "AlertSummaries", "overstayed %n day(s) on the stay from %1 to %2", None, days
                ),
                format_date(details.get("entry_date")),
                format_date(details.get("exit_date")),
            )
        return QCoreApplication.translate(
            "AlertSummaries", "overstayed %n day(s) on an earlier stay", None, days
        )
    if kind == "expired_document" and details.get("expiry_date"):
        return fill(
            QCoreApplication.translate("AlertSummaries", "document expired on %1"),
            format_date(details.get("expiry_date")),
        )
    if kind == "watchlist_hit" and "score" in details:
        listed = details.get("listed") if isinstance(details.get("listed"), Mapping) else {}
        assert isinstance(listed, Mapping)
        who = ", ".join(str(listed.get(k) or "") for k in ("surname", "given_names") if listed.get(k))
        return fill(
            QCoreApplication.translate("AlertSummaries", "watchlist match on %1 (%2% alike): %3; listed: %4"),
            label(WATCHLIST_HIT_KINDS, str(details.get("kind", ""))),
            round(100 * float(details["score"])),
            details.get("reason") or "—",
            who or "—",
        )
    if kind == "missing_exit" and details.get("entry_date"):
        if details.get("date"):
            return fill(
                QCoreApplication.translate("AlertSummaries", "entry on %1 while a stay from %2 had no exit"),
                format_date(details.get("date")),
                format_date(details.get("entry_date")),
            )
        return fill(
            QCoreApplication.translate("AlertSummaries", "an entry while a stay from %1 had no exit"),
            format_date(details.get("entry_date")),
        )
    if kind == "exit_without_entry":
        if details.get("exit_date"):
            return fill(
                QCoreApplication.translate("AlertSummaries", "exit on %1 with no recorded entry"),
                format_date(details.get("exit_date")),
            )
        return QCoreApplication.translate("AlertSummaries", "an exit with no recorded entry")
    if kind == "no_stay_remaining":
        if days is not None and details.get("rule"):
            return fill(
                QCoreApplication.translate(
                    "AlertSummaries",
                    "no days of stay remained under the rule %1: admitted %n day(s) over the allowance",
                    None,
                    days,
                ),
                label(RULE_KINDS, str(details.get("rule"))),
            )
        return QCoreApplication.translate("AlertSummaries", "admitted with no days of stay remaining")
    if kind in ("referral", "invalid_document") and isinstance(details.get("counter"), Mapping):
        counter = details["counter"]
        document = details.get("document") if isinstance(details.get("document"), Mapping) else {}
        assert isinstance(document, Mapping)
        reason = str(counter.get("reason") or "").strip() or "—"
        if kind == "referral":
            return fill(QCoreApplication.translate("AlertSummaries", "referred by the counter: %1"), reason)
        if document.get("misread"):
            text = (
                QCoreApplication.translate("AlertSummaries", "probable misread of the MRZ; entry refused: %1")
                if counter.get("decision") == "refused"
                else QCoreApplication.translate("AlertSummaries", "probable misread of the MRZ; referred: %1")
            )
        else:
            text = (
                QCoreApplication.translate("AlertSummaries", "invalid MRZ; entry refused: %1")
                if counter.get("decision") == "refused"
                else QCoreApplication.translate("AlertSummaries", "invalid MRZ; referred: %1")
            )
        return fill(text, reason)
    return summary
