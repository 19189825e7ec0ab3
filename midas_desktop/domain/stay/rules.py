"""Stay rule kinds, and the rule book that says which rule applies to whom.

Three kinds of rule (``/work/shared/stay-rules.md``):

- ``per_entry``: a fixed allowance of N days granted at each entry (the officer may grant fewer,
  an extension may add days). Every entry starts a new allowance.
- ``rolling``: at most N present days in any window of M days (Schengen-style 90 in 180).
- ``shared_area``: several countries share one allowance of N days (the CA-4 agreement: Guatemala,
  El Salvador, Honduras and Nicaragua). Time in any member counts, and crossing from one member to
  another does not start a new allowance; a whole day outside every member does.

The rule book maps an admitting country, and optionally a nationality, to a rule. Administrators
configure it; ``default_rule_book`` is only a plausible starting point for a CA-4 post.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from midas_desktop.domain.stay.errors import NoStayRule, StayInputError

__all__ = [
    "ANY_COUNTRY",
    "CA4",
    "Exemption",
    "RuleAssignment",
    "RuleBook",
    "RuleKind",
    "StayRule",
    "default_rule_book",
]

#: The CA-4 members (ICAO/ISO 3166-1 alpha-3 codes): Guatemala, El Salvador, Honduras, Nicaragua.
CA4: frozenset[str] = frozenset({"GTM", "SLV", "HND", "NIC"})

#: ``RuleAssignment.admitting_country`` wildcard: the rule for any admitting country without its own.
ANY_COUNTRY = "*"


class RuleKind(StrEnum):
    PER_ENTRY = "per_entry"
    ROLLING = "rolling"
    SHARED_AREA = "shared_area"


def _is_int(value: object) -> bool:
    # bool is a subclass of int, but `"max_days": true` is a mistake, not 1 day.
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class StayRule:
    """One stay rule: N = ``max_days``; M = ``window_days`` (rolling only); ``area`` (shared_area only).

    Validated on construction (``StayInputError``): N >= 1; a rolling rule needs M > N (with M <= N
    the window could never be exceeded); a shared area needs at least one member; settings that do
    not belong to the kind are refused rather than silently ignored, since they betray a mistake.
    ``area`` accepts any iterable of country codes and is stored as a frozenset.
    """

    kind: RuleKind
    max_days: int
    window_days: int | None = None
    area: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        try:
            kind = RuleKind(self.kind)
        except ValueError:
            known = ", ".join(k.value for k in RuleKind)
            raise StayInputError(f"unknown rule kind {self.kind!r} (expected one of: {known})") from None
        object.__setattr__(self, "kind", kind)
        if not _is_int(self.max_days):
            raise StayInputError(f"max_days must be a whole number of days, not {self.max_days!r}")
        if self.max_days < 1:
            raise StayInputError(f"max_days must be at least 1, not {self.max_days}")
        if self.window_days is not None and not _is_int(self.window_days):
            raise StayInputError(f"window_days must be a whole number of days, not {self.window_days!r}")
        if isinstance(self.area, str):
            # frozenset("GTM") would be {"G", "T", "M"}: never what was meant.
            raise StayInputError("area must be a list of country codes, not a single string")
        area = frozenset(self.area)
        if not all(isinstance(member, str) and member for member in area):
            raise StayInputError("area members must be non-empty country codes")
        object.__setattr__(self, "area", area)

        if kind is RuleKind.ROLLING:
            if self.window_days is None:
                raise StayInputError("a rolling rule needs window_days (the M of N days in any M days)")
            if self.window_days <= self.max_days:
                raise StayInputError(
                    f"a rolling rule needs window_days greater than max_days "
                    f"(got {self.max_days} days in {self.window_days})"
                )
        elif self.window_days is not None:
            raise StayInputError(f"window_days applies only to rolling rules, not to {kind.value}")
        if kind is RuleKind.SHARED_AREA:
            if not area:
                raise StayInputError("a shared_area rule needs a non-empty area (its member countries)")
        elif area:
            raise StayInputError(f"area applies only to shared_area rules, not to {kind.value}")

    def describe(self) -> str:
        """A short human description, e.g. ``90 days in any 180 days``."""
        if self.kind is RuleKind.ROLLING:
            return f"{self.max_days} days in any {self.window_days} days"
        if self.kind is RuleKind.SHARED_AREA:
            return f"{self.max_days} days shared by {', '.join(sorted(self.area))}"
        return f"{self.max_days} days per entry"

    def to_dict(self) -> dict[str, object]:
        """The rule in the scenario's JSON shape (``parse_rule`` reads it back)."""
        result: dict[str, object] = {"kind": self.kind.value, "max_days": self.max_days}
        if self.window_days is not None:
            result["window_days"] = self.window_days
        if self.area:
            result["area"] = sorted(self.area)
        return result


class Exemption(StrEnum):
    """Travellers to whom no stay limit applies."""

    RESIDENT = "resident"
    PERMIT_HOLDER = "permit_holder"
    DIPLOMATIC = "diplomatic"
    NATIONAL = "national"


@dataclass(frozen=True)
class RuleAssignment:
    """``rule`` applies to travellers of ``nationality`` admitted into ``admitting_country``.

    ``nationality=None`` is the admitting country's default for every nationality;
    ``admitting_country=ANY_COUNTRY`` ("*") applies to admitting countries without their own entry.
    """

    rule: StayRule
    admitting_country: str
    nationality: str | None = None


class RuleBook:
    """Which stay rule applies to a traveller; built from administrator-configured assignments.

    ``rule_for`` decides, first match wins:

    1. an exemption given by the officer (residence, permit, diplomatic status);
    2. nationals of the admitting country: ``Exemption.NATIONAL``;
    3. the rule for this admitting country and this nationality;
    4. the admitting country's default (``nationality=None``);
    5. the ``ANY_COUNTRY`` rule for this nationality, then the ``ANY_COUNTRY`` default;
    6. otherwise ``NoStayRule``.

    Two assignments for the same admitting country and nationality are refused (``StayInputError``):
    which one wins would otherwise depend on the order of a configuration file.
    """

    def __init__(self, assignments: Iterable[RuleAssignment]) -> None:
        self._rules: dict[tuple[str, str | None], StayRule] = {}
        for assignment in assignments:
            key = (assignment.admitting_country, assignment.nationality)
            if key in self._rules:
                who = assignment.nationality or "any nationality"
                raise StayInputError(f"two stay rules for {who} admitted into {assignment.admitting_country}")
            self._rules[key] = assignment.rule

    @property
    def assignments(self) -> list[RuleAssignment]:
        return [
            RuleAssignment(rule, admitting_country, nationality)
            for (admitting_country, nationality), rule in self._rules.items()
        ]

    def rule_for(
        self, admitting_country: str, nationality: str, exemption: Exemption | None = None
    ) -> StayRule | Exemption:
        if exemption is not None:
            return Exemption(exemption)
        if nationality == admitting_country:
            return Exemption.NATIONAL
        for key in (
            (admitting_country, nationality),
            (admitting_country, None),
            (ANY_COUNTRY, nationality),
            (ANY_COUNTRY, None),
        ):
            rule = self._rules.get(key)
            if rule is not None:
                return rule
        raise NoStayRule(
            f"no stay rule configured for {nationality} nationals admitted into {admitting_country}"
        )


def default_rule_book() -> RuleBook:
    """A plausible default for a CA-4 post; administrators replace it with their country's rules.

    - Admitted into a CA-4 country (GTM, SLV, HND, NIC): one 90-day allowance shared by the four
      (CA-4 nationals included: the agreement lets them cross with an identity card, but this book
      keeps it simple; an administrator can add per-nationality assignments).
    - Admitted into any other country: 90 days per entry.
    - Nationals of the admitting country are exempt (see ``RuleBook.rule_for``).
    """
    ca4_rule = StayRule(RuleKind.SHARED_AREA, 90, area=CA4)
    assignments = [RuleAssignment(ca4_rule, country) for country in sorted(CA4)]
    assignments.append(RuleAssignment(StayRule(RuleKind.PER_ENTRY, 90), ANY_COUNTRY))
    return RuleBook(assignments)
