"""From a traveller's movements to their stays: the one place in the system that builds stays.

Every piece that needs a traveller's history comes here: the check and the recording at the counter,
the movements pulled from other posts, extensions, the daily overstay scan, the alerts and the central
server. They hand over *every* movement they know of the traveller (any post, any country, in any
order, duplicates included) with the extensions granted anywhere, and get the same stays back.

How movements become stays (read in calendar order, ties by time and then by id):

- An admitted entry opens a stay in its country. A refused entry is kept and opens nothing.
- An exit closes the open stay in *its* country. An exit with no open stay there is kept as an
  ``orphan exit`` and never opens or closes any stay (not another country's either).
- Missing exit: an entry into a country, or into another member of the same shared area (CA-4),
  while a stay there is still open means the earlier exit was never recorded. The earlier stay counts
  as ended the day before the later entry (``exit_missing``); any overstay that implies counts. When
  the exit arrives later it simply takes its place, since the history is always rebuilt from the whole
  set of movements.
- Extensions add their days to the stay opened by their entry movement (``entry_movement_id``),
  whichever post granted them.

Each stay's figures come from ``evaluate_for_traveller`` (``/work/shared/stay-rules.md``): a closed
stay is evaluated on its exit day, an open one on the day evaluated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from midas_desktop.domain.stay.errors import NoStayRule, StayInputError
from midas_desktop.domain.stay.evaluate import evaluate_for_traveller
from midas_desktop.domain.stay.rules import RuleBook, RuleKind, StayRule
from midas_desktop.domain.stay.stays import ExemptResult, Stay, StayResult

__all__ = [
    "NO_RULE",
    "PROSPECTIVE_ID",
    "Direction",
    "ExtensionFact",
    "MovementFact",
    "StayRecord",
    "TravellerAssessment",
    "TravellerHistory",
    "area_of",
    "assess_traveller",
    "build_history",
]

#: The rule name of a stay no configured rule covers (its figures count nothing).
NO_RULE = "none"
#: The id of the crossing being decided at the counter before it is recorded.
PROSPECTIVE_ID = "(prospective)"


class Direction(StrEnum):
    ENTRY = "entry"
    EXIT = "exit"


@dataclass(frozen=True, slots=True)
class MovementFact:
    """One crossing as every post and the centre know it.

    ``at`` orders crossings of the same calendar day (kept as naive UTC; an aware moment is converted);
    ``local_date`` is the calendar day at the post, which the stay arithmetic counts in.
    ``decision``: ``admitted`` or ``refused`` for entries, ``departed`` for exits.
    """

    id: str
    direction: Direction
    country: str
    local_date: dt.date
    at: dt.datetime
    post: str = ""
    decision: str = ""
    days_granted: int | None = None

    def __post_init__(self) -> None:
        # Posts store naive UTC, the counter holds aware moments: one kind, so that they order.
        if self.at.tzinfo is not None:
            object.__setattr__(self, "at", self.at.astimezone(dt.UTC).replace(tzinfo=None))

    @property
    def refused(self) -> bool:
        return self.direction is Direction.ENTRY and self.decision == "refused"

    def order_key(self) -> tuple[dt.date, dt.datetime, str]:
        return (self.local_date, self.at, self.id)


@dataclass(frozen=True, slots=True)
class ExtensionFact:
    """Days added to the stay opened by ``entry_movement_id`` (granted at any post or centrally)."""

    id: str
    entry_movement_id: str
    days: int


@dataclass(frozen=True, slots=True)
class StayRecord:
    """One stay as derived from the movements, with its figures.

    ``exit_missing``: the stay was ended by a later entry (the day before it), not by a recorded exit.
    ``latest_exit`` and ``overstay_days``: of a closed stay, on its exit day; of an open stay, on the
    day the history was evaluated. ``rule``: the rule kind that decided (``exempt:...``, or ``none``).
    """

    country: str
    post: str
    entry_movement_id: str
    entry_date: dt.date
    exit_movement_id: str | None
    exit_date: dt.date | None
    exit_missing: bool
    days_granted: int | None
    extension_days: int
    rule: str
    latest_exit: dt.date | None
    overstay_days: int

    @property
    def open(self) -> bool:
        return self.exit_date is None

    def as_stay(self) -> Stay:
        return Stay(self.country, self.entry_date, self.exit_date, self.days_granted, self.extension_days)

    def to_dict(self) -> dict[str, object]:
        return {
            "country": self.country,
            "post": self.post,
            "entry_date": self.entry_date.isoformat(),
            "exit_date": self.exit_date.isoformat() if self.exit_date else None,
            "exit_missing": self.exit_missing,
            "latest_exit": self.latest_exit.isoformat() if self.latest_exit else None,
            "overstay_days": self.overstay_days,
            "rule": self.rule,
            "days_granted": self.days_granted,
            "extension_days": self.extension_days,
            "entry_movement_id": self.entry_movement_id,
            "exit_movement_id": self.exit_movement_id,
        }


@dataclass(frozen=True)
class TravellerHistory:
    """A traveller's stays, oldest first, with the movements that opened none."""

    stays: tuple[StayRecord, ...]
    orphan_exits: tuple[MovementFact, ...]
    refusals: tuple[MovementFact, ...]
    movements: tuple[MovementFact, ...]  # every movement counted, in calendar order, no duplicates
    check_date: dt.date

    def open_stays(self) -> list[StayRecord]:
        return [stay for stay in self.stays if stay.open]

    def previous_overstays(self) -> list[StayRecord]:
        """Closed stays (exit recorded or assumed) that ended in overstay."""
        return [stay for stay in self.stays if not stay.open and stay.overstay_days > 0]


def area_of(book: RuleBook, country: str, nationality: str) -> frozenset[str]:
    """The countries whose stays one entry into ``country`` continues: the shared area when the
    traveller's rule there is a shared area (CA-4), else the country alone."""
    try:
        decision = book.rule_for(country, nationality)
    except NoStayRule:
        return frozenset({country})
    if isinstance(decision, StayRule) and decision.kind is RuleKind.SHARED_AREA and country in decision.area:
        return decision.area
    return frozenset({country})


def _distinct(movements: Iterable[MovementFact]) -> list[MovementFact]:
    """One fact per movement id, whatever the order they arrived in.

    A movement id names one crossing everywhere; should two copies ever differ, the same one must win
    at every post and at the centre, so the choice cannot depend on arrival order.
    """
    chosen: dict[str, MovementFact] = {}
    for movement in movements:
        held = chosen.get(movement.id)
        if held is None or _tie_break(movement) < _tie_break(held):
            chosen[movement.id] = movement
    return sorted(chosen.values(), key=MovementFact.order_key)


def _tie_break(movement: MovementFact) -> tuple[object, ...]:
    return (
        movement.local_date,
        movement.at.isoformat(),
        movement.direction.value,
        movement.country,
        movement.post,
        movement.decision,
        movement.days_granted or 0,
    )


@dataclass
class _OpenStay:
    entry: MovementFact
    exit: MovementFact | None = None
    exit_date: dt.date | None = None
    exit_missing: bool = False


@dataclass
class _Walk:
    """The stays as the movements are read in calendar order."""

    book: RuleBook
    nationality: str
    finished: list[_OpenStay] = field(default_factory=list)
    open_by_country: dict[str, _OpenStay] = field(default_factory=dict)
    orphan_exits: list[MovementFact] = field(default_factory=list)
    refusals: list[MovementFact] = field(default_factory=list)

    def enter(self, movement: MovementFact) -> None:
        if movement.refused:
            self.refusals.append(movement)
            return
        scope = area_of(self.book, movement.country, self.nationality)
        for country in [c for c in self.open_by_country if c in scope]:
            earlier = self.open_by_country.pop(country)
            # Ended the day before the later entry (the same day when both entries fell on one day).
            earlier.exit_date = max(earlier.entry.local_date, movement.local_date - dt.timedelta(days=1))
            earlier.exit_missing = True
            self.finished.append(earlier)
        self.open_by_country[movement.country] = _OpenStay(movement)

    def leave(self, movement: MovementFact) -> None:
        stay = self.open_by_country.pop(movement.country, None)
        if stay is None:
            self.orphan_exits.append(movement)
            return
        stay.exit = movement
        stay.exit_date = movement.local_date
        self.finished.append(stay)


def build_history(
    movements: Iterable[MovementFact],
    extensions: Iterable[ExtensionFact],
    book: RuleBook,
    nationality: str,
    check_date: dt.date,
) -> TravellerHistory:
    """Every stay of one traveller as of ``check_date`` (movements after it are ignored)."""
    counted = [m for m in _distinct(movements) if m.local_date <= check_date]
    walk = _Walk(book, nationality)
    for movement in counted:
        if movement.direction is Direction.ENTRY:
            walk.enter(movement)
        else:
            walk.leave(movement)
    raw = sorted([*walk.finished, *walk.open_by_country.values()], key=lambda s: s.entry.order_key())
    extension_days: dict[str, int] = {}
    for extension in {e.id: e for e in extensions}.values():
        extension_days[extension.entry_movement_id] = (
            extension_days.get(extension.entry_movement_id, 0) + extension.days
        )
    stays = [
        Stay(
            s.entry.country,
            s.entry.local_date,
            s.exit_date,
            _granted(s.entry.days_granted),
            extension_days.get(s.entry.id, 0),
        )
        for s in raw
    ]
    records = tuple(
        _record(raw_stay, stay, stays, book, nationality, check_date)
        for raw_stay, stay in zip(raw, stays, strict=True)
    )
    return TravellerHistory(
        stays=records,
        orphan_exits=tuple(walk.orphan_exits),
        refusals=tuple(walk.refusals),
        movements=tuple(counted),
        check_date=check_date,
    )


def _granted(days: int | None) -> int | None:
    # A pulled or hostile value below 1 means nothing sensible: the rule's allowance applies.
    return days if days is not None and days >= 1 else None


def _record(
    raw: _OpenStay,
    stay: Stay,
    stays: Sequence[Stay],
    book: RuleBook,
    nationality: str,
    check_date: dt.date,
) -> StayRecord:
    day = stay.exit if stay.exit is not None else check_date
    figures = _evaluate(book, stay.country, nationality, stays, day)
    return StayRecord(
        country=stay.country,
        post=raw.entry.post,
        entry_movement_id=raw.entry.id,
        entry_date=stay.entry,
        exit_movement_id=raw.exit.id if raw.exit else None,
        exit_date=stay.exit,
        exit_missing=raw.exit_missing,
        days_granted=stay.days_granted,
        extension_days=stay.extension_days,
        rule=figures.rule if figures else NO_RULE,
        latest_exit=figures.latest_exit if figures else None,
        overstay_days=figures.overstay_days if figures else 0,
    )


def _evaluate(
    book: RuleBook, country: str, nationality: str, stays: Sequence[Stay], day: dt.date
) -> StayResult | ExemptResult | None:
    """The stay-rules figures in ``country`` on ``day``; None when no rule covers it (or the
    configured rule cannot count these stays, e.g. more days granted than it allows)."""
    counted = [s for s in stays if s.entry <= day]
    try:
        return evaluate_for_traveller(book, country, nationality, counted, day)
    except (NoStayRule, StayInputError):
        return None


@dataclass(frozen=True)
class TravellerAssessment:
    """What the officer decides on: the history, where the traveller is, and the figures for the
    crossing in question (an entry on the day, or the exit that closes the open stay)."""

    history: TravellerHistory
    country: str
    in_country: bool
    in_area: bool
    suggested: Direction
    direction: Direction
    figures: StayResult | ExemptResult | None
    previous_overstays: tuple[StayRecord, ...]
    # The history once the crossing is counted: what recording it will store.
    after: TravellerHistory


def assess_traveller(
    movements: Iterable[MovementFact],
    extensions: Iterable[ExtensionFact],
    *,
    book: RuleBook,
    nationality: str,
    country: str,
    day: dt.date,
    at: dt.datetime,
    crossing: MovementFact | None = None,
) -> TravellerAssessment:
    """Assess a traveller in front of an officer of ``country`` on ``day``.

    ``crossing`` is the movement being recorded; without it (a check) the suggested direction is
    assessed as a crossing at ``at`` that has not been recorded yet. Check and recording both come
    here, so the figures a check shows are the figures recording stores.
    """
    known = list(movements)
    extensions = list(extensions)
    history = build_history(known, extensions, book, nationality, day)
    open_here = [s for s in history.open_stays() if s.country == country]
    area = area_of(book, country, nationality)
    in_country = bool(open_here)
    in_area = in_country or any(s.country in area for s in history.open_stays())
    suggested = Direction.EXIT if in_country else Direction.ENTRY
    if crossing is None:
        crossing = MovementFact(PROSPECTIVE_ID, suggested, country, day, at)
    after = build_history([*known, crossing], extensions, book, nationality, day)
    figures: StayResult | ExemptResult | None = None
    if crossing.direction is Direction.ENTRY and not crossing.refused:
        figures = _evaluate(book, country, nationality, [s.as_stay() for s in after.stays], day)
        if figures is not None:
            figures = replace(figures, entering=True)
    elif crossing.direction is Direction.EXIT and in_country:
        figures = _evaluate(book, country, nationality, [s.as_stay() for s in after.stays], day)
    return TravellerAssessment(
        history=history,
        country=country,
        in_country=in_country,
        in_area=in_area,
        suggested=suggested,
        direction=crossing.direction,
        figures=figures,
        previous_overstays=tuple(history.previous_overstays()),
        after=after,
    )
