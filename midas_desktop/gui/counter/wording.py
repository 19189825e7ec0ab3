"""The verdict in words: each reason code of ``domain.verdict`` as a sentence in the user's language.

Counts go through Qt's plural forms (``%n``); dates in the locale's format with the year in full;
codes (field names, rule kinds, match kinds) through the tables of ``labels``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from midas_desktop.domain.verdict import Reason, Tone, Verdict
from midas_desktop.gui.labels import (
    EXEMPTIONS,
    RULE_KINDS,
    WATCHLIST_HIT_KINDS,
    fill,
    format_date,
    label,
    problem_words,
)


def _date(value: object) -> str:
    return format_date(value if isinstance(value, dt.date | str) else None)


def headline(verdict: Verdict) -> str:
    """The band's large words."""
    if verdict.tone is Tone.STOP:
        return QCoreApplication.translate("Verdict", "STOP — do not admit")
    if verdict.tone is Tone.ATTENTION:
        return QCoreApplication.translate(
            "Verdict", "ATTENTION — %n point(s) to check", None, len(verdict.alerts)
        )
    return QCoreApplication.translate("Verdict", "GO — valid document, no alerts")


def reason_text(reason: Reason) -> str:
    p = reason.params
    code = reason.code
    if code == "document_unreadable":
        return fill(
            QCoreApplication.translate("Verdict", "MRZ not readable (%1): scan again or type the lines."),
            _problem(p),
        )
    if code == "document_misread":
        return fill(
            QCoreApplication.translate(
                "Verdict",
                "Probable misread (%1): a look-alike character (0/O, 1/I, 5/S, 8/B) was likely read "
                "wrongly. Compare the lines with the document and scan again or correct them.",
            ),
            _problem(p),
        )
    if code == "document_unsure":
        return fill(
            QCoreApplication.translate(
                "Verdict",
                "MRZ could not be read reliably (%1): the reader was unsure of some characters. Scan "
                "again or type the lines from the document.",
            ),
            _problem(p),
        )
    if code == "document_invalid":
        return fill(
            QCoreApplication.translate(
                "Verdict",
                "Invalid document (%1): the data does not agree with its check digits. The document "
                "may have been altered: refer it to a supervisor or refuse the entry.",
            ),
            _problem(p),
        )
    if code == "watchlist_hit":
        listed = ", ".join(
            part
            for part in (str(p.get("listed_surname") or ""), str(p.get("listed_given_names") or ""))
            if part
        )
        document = " ".join(
            part
            for part in (str(p.get("listed_issuing_state") or ""), str(p.get("listed_document_number") or ""))
            if part
        )
        return fill(
            QCoreApplication.translate(
                "Verdict",
                "Watchlist hit on %1 (%2% alike): %3. Listed: %4, born %5, document %6. Source: %7.",
            ),
            label(WATCHLIST_HIT_KINDS, str(p.get("kind", ""))),
            round(100 * float(p.get("score") or 0)),  # type: ignore[arg-type]
            p.get("reason") or "—",
            listed or "—",
            _date(p.get("listed_birth_date")),
            document or "—",
            p.get("source") or "—",
        )
    if code == "expired_document":
        return fill(
            QCoreApplication.translate("Verdict", "Document expired on %1."), _date(p.get("expiry_date"))
        )
    if code == "no_stay_remaining":
        return fill(
            QCoreApplication.translate(
                "Verdict",
                "No days of stay left: %n day(s) over the allowance of %1 under the rule %2.",
                None,
                _int(p, "overstay_days"),
            ),
            p.get("allowance", "—"),
            label(RULE_KINDS, str(p.get("rule", ""))),
        )
    if code == "overstay":
        return fill(
            QCoreApplication.translate(
                "Verdict",
                "Overstay: %n day(s) past the latest legal exit of %1.",
                None,
                _int(p, "overstay_days"),
            ),
            _date(p.get("latest_exit")),
        )
    if code == "previous_overstay":
        return fill(
            QCoreApplication.translate(
                "Verdict",
                "Earlier overstay: %n day(s) over on the stay from %1 to %2 (%3).",
                None,
                _int(p, "overstay_days"),
            ),
            _date(p.get("entry_date")),
            _date(p.get("exit_date")),
            p.get("country", ""),
        )
    if code == "minor":
        return QCoreApplication.translate(
            "Verdict",
            "MINOR: %n year(s) old. Check the accompanying adult and the authorisation to travel.",
            None,
            _int(p, "age"),
        )
    if code == "document_warning":
        return fill(QCoreApplication.translate("Verdict", "Note on the MRZ: %1."), _problem(p))
    if code == "possible_match":
        return QCoreApplication.translate(
            "Verdict",
            "Possibly the same person as %n earlier record(s): compare the identity.",
            None,
            _int(p, "count"),
        )
    if code == "no_stay_rule":
        return QCoreApplication.translate(
            "Verdict", "No stay rule covers this traveller's nationality here: the administrator sets one."
        )
    if code == "exempt":
        return fill(
            QCoreApplication.translate("Verdict", "Exempt from stay limits: %1."),
            label(EXEMPTIONS, str(p.get("exemption", ""))),
        )
    if code == "in_country":
        return QCoreApplication.translate("Verdict", "In the country: an exit is expected.")
    return QCoreApplication.translate("Verdict", "Check the document.")


def _int(params: dict[str, object], key: str) -> int:
    value = params.get(key)
    return int(value) if isinstance(value, int | float | str) and str(value).lstrip("-").isdigit() else 0


def _problem(params: dict[str, object]) -> str:
    return problem_words(str(params.get("problem") or ""), str(params.get("field") or ""))


__all__ = ["headline", "reason_text"]
