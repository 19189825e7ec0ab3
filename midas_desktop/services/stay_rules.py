"""The post's stay rules: stored as rows, used as a domain :class:`RuleBook`."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from midas_desktop.domain.stay import RuleAssignment, RuleBook, RuleKind, StayRule, default_rule_book
from midas_desktop.store.models import StayRuleRow


def _row(assignment: RuleAssignment) -> StayRuleRow:
    rule = assignment.rule
    return StayRuleRow(
        admitting_country=assignment.admitting_country,
        nationality=assignment.nationality,
        kind=rule.kind.value,
        max_days=rule.max_days,
        window_days=rule.window_days,
        area=",".join(sorted(rule.area)) or None,
    )


def seed_default_rules(db: Session, country: str) -> None:
    """A new store starts with the default rule book (see ``default_rule_book``); admins change it."""
    del country  # the default book covers every admitting country, this post's included
    for assignment in default_rule_book().assignments:
        db.add(_row(assignment))


def load_rule_book(db: Session) -> RuleBook:
    rows = db.execute(select(StayRuleRow).order_by(StayRuleRow.id)).scalars()
    return RuleBook(
        RuleAssignment(
            rule=StayRule(
                RuleKind(row.kind),
                row.max_days,
                window_days=row.window_days,
                area=frozenset(row.area.split(",")) if row.area else frozenset(),
            ),
            admitting_country=row.admitting_country,
            nationality=row.nationality,
        )
        for row in rows
    )
