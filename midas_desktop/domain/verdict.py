"""Go, attention or stop: what the counter's checks of one traveller mean for the officer's next act.

The one place that decides which findings stop a crossing, so that the desktop app (and any other
interface) shows the same verdict for the same traveller. Each reason is a code with parameters; the
interfaces word them in the user's language.

- **stop**: the MRZ is not valid (unreadable, a probable misread, or check digits that do not agree
  with the data), a watchlist hit, an expired document at an entry, no days of stay left at an entry,
  an overstay at an exit. Recording needs an explicit decision with a reason (or a refusal, or a
  referral to a supervisor).
- **attention**: an expired document at an exit, earlier overstays, a minor, a warning about the MRZ,
  a possible earlier record of the same person, no stay rule for the traveller.
- **info**: facts that need no act (the traveller is in the country, an exemption); never counted as
  alerts.

A probable misread and a document whose check digits disagree are told apart: when every error of the
MRZ is undone by a look-alike substitution (0/O, 1/I, 2/Z, 5/S, 6/G, 8/B) the reading is the likely
culprit; when the image reader says it was unsure of what it read (a character of low confidence, a
repaired one: a phone photo's 8 read as 3 is a digit for a digit, which no look-alike explains) the
MRZ could not be read reliably; otherwise, for a crisp reading (or typed lines), the data itself
disagrees with its check digits, as on an altered document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum

from midas_desktop.domain.mrz.result import (
    CHECK_DIGIT,
    DIGIT_IN_COUNTRY_CODE,
    DIGIT_IN_NAME,
    LETTER_IN_DIGIT_FIELD,
    MrzResult,
)
from midas_desktop.domain.stay.history import Direction, StayRecord
from midas_desktop.domain.stay.stays import ExemptResult, StayResult
from midas_desktop.domain.watchlist.matching import WatchlistHit

__all__ = [
    "ADULT_AGE",
    "Reason",
    "Tone",
    "Verdict",
    "age_on",
    "assess_verdict",
    "probable_misread",
]

#: Below this age a traveller is a minor (accompanying adult, authorisation to travel).
ADULT_AGE = 18

# Problems a look-alike glyph explains when the finding offers corrected values.
_LOOK_ALIKE_PROBLEMS = frozenset({CHECK_DIGIT, DIGIT_IN_NAME, DIGIT_IN_COUNTRY_CODE, LETTER_IN_DIGIT_FIELD})


class Tone(IntEnum):
    """Ordered: the verdict is the most severe tone of its reasons (info never counts)."""

    INFO = 0
    GO = 1
    ATTENTION = 2
    STOP = 3


@dataclass(frozen=True)
class Reason:
    code: str
    tone: Tone
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Verdict:
    tone: Tone
    reasons: tuple[Reason, ...]
    #: The MRZ is valid: an entry or an exit can be recorded (on stop, only with a reason).
    recordable: bool
    direction: Direction
    age: int | None = None

    @property
    def minor(self) -> bool:
        return self.age is not None and self.age < ADULT_AGE

    @property
    def alerts(self) -> tuple[Reason, ...]:
        """The reasons that need the officer's attention (information lines are not alerts)."""
        return tuple(reason for reason in self.reasons if reason.tone >= Tone.ATTENTION)

    @property
    def stops(self) -> tuple[Reason, ...]:
        return tuple(reason for reason in self.reasons if reason.tone is Tone.STOP)


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Whole years of age on ``day`` (someone born on 29 February turns a year older on 1 March)."""
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def probable_misread(mrz: MrzResult, *, reading_unsure: bool = False) -> bool:
    """An invalid MRZ that has fields is more likely misread than altered: the reader was unsure of
    what it read (``reading_unsure``), or every error is undone by look-alike corrections.

    The overall (composite) check digit covers the other fields, so it fails with them; it offers no
    corrections of its own and counts as explained when another field's correction does.
    """
    if reading_unsure and not mrz.valid and mrz.fields is not None:
        return True
    return _look_alike_misread(mrz)


def _look_alike_misread(mrz: MrzResult) -> bool:
    errors = [finding for finding in mrz.findings if finding.severity == "error"]
    fields = [f for f in errors if not (f.problem == CHECK_DIGIT and f.field == "composite")]
    return (
        mrz.fields is not None
        and bool(fields)
        and all(f.problem in _LOOK_ALIKE_PROBLEMS and f.candidates for f in fields)
    )


def _document_reasons(mrz: MrzResult, reading_unsure: bool) -> list[Reason]:
    errors = [finding for finding in mrz.findings if finding.severity == "error"]
    first = errors[0] if errors else None
    params: dict[str, object] = {
        "problem": first.problem if first else "",
        "field": first.field if first else "",
        "problems": [(f.problem, f.field) for f in errors],
    }
    if mrz.fields is None:
        return [Reason("document_unreadable", Tone.STOP, params)]
    if _look_alike_misread(mrz):
        return [Reason("document_misread", Tone.STOP, params)]
    if reading_unsure:
        return [Reason("document_unsure", Tone.STOP, params)]
    return [Reason("document_invalid", Tone.STOP, params)]


def _watchlist_reason(hit: WatchlistHit) -> Reason:
    entry = hit.entry
    return Reason(
        "watchlist_hit",
        Tone.STOP,
        {
            "kind": hit.kind,
            "score": hit.score,
            "reason": entry.reason,
            "source": entry.source,
            "entry_id": entry.entry_id,
            "listed_surname": entry.surname,
            "listed_given_names": entry.given_names,
            "listed_birth_date": entry.birth_date,
            "listed_document_number": entry.document_number,
            "listed_issuing_state": entry.issuing_state,
        },
    )


def assess_verdict(
    mrz: MrzResult,
    *,
    day: dt.date,
    direction: Direction,
    figures: StayResult | ExemptResult | None,
    watchlist_hits: Sequence[WatchlistHit] = (),
    previous_overstays: Sequence[StayRecord] = (),
    in_country: bool = False,
    possible_matches: int = 0,
    reading_unsure: bool = False,
) -> Verdict:
    """The verdict for the crossing the counter suggests (``direction``) on ``day``; ``reading_unsure``:
    the image reader was unsure of the lines (typed lines and crisp readings are not)."""
    reasons: list[Reason] = []
    if not mrz.valid:
        reasons.extend(_document_reasons(mrz, reading_unsure))
    reasons.extend(_watchlist_reason(hit) for hit in watchlist_hits)
    fields = mrz.fields
    entering = direction is Direction.ENTRY
    if fields is not None and mrz.expired:
        reasons.append(
            Reason(
                "expired_document",
                Tone.STOP if entering else Tone.ATTENTION,
                {"expiry_date": fields.expiry_date},
            )
        )
    if mrz.valid and isinstance(figures, StayResult) and figures.overstay_days > 0:
        code = "no_stay_remaining" if figures.entering else "overstay"
        reasons.append(
            Reason(
                code,
                Tone.STOP,
                {
                    "overstay_days": figures.overstay_days,
                    "latest_exit": figures.latest_exit,
                    "rule": figures.rule,
                    "allowance": figures.allowance,
                },
            )
        )
    for stay in previous_overstays:
        reasons.append(
            Reason(
                "previous_overstay",
                Tone.ATTENTION,
                {
                    "overstay_days": stay.overstay_days,
                    "entry_date": stay.entry_date,
                    "exit_date": stay.exit_date,
                    "country": stay.country,
                    "exit_missing": stay.exit_missing,
                },
            )
        )
    age: int | None = None
    if fields is not None and fields.birth_date is not None and fields.birth_date <= day:
        age = age_on(fields.birth_date, day)
        if age < ADULT_AGE:
            reasons.append(Reason("minor", Tone.ATTENTION, {"age": age}))
    for finding in mrz.findings:
        if finding.severity == "warning":
            reasons.append(
                Reason(
                    "document_warning", Tone.ATTENTION, {"problem": finding.problem, "field": finding.field}
                )
            )
    if possible_matches:
        reasons.append(Reason("possible_match", Tone.ATTENTION, {"count": possible_matches}))
    if mrz.valid and figures is None:
        reasons.append(Reason("no_stay_rule", Tone.ATTENTION, {}))
    if isinstance(figures, ExemptResult):
        reasons.append(Reason("exempt", Tone.INFO, {"exemption": figures.exemption.value}))
    if in_country and not entering:
        reasons.append(Reason("in_country", Tone.INFO, {}))
    tone = max((reason.tone for reason in reasons), default=Tone.GO)
    return Verdict(
        tone=max(tone, Tone.GO),
        reasons=tuple(sorted(reasons, key=lambda r: -r.tone)),
        recordable=mrz.valid and fields is not None,
        direction=direction,
        age=age,
    )
