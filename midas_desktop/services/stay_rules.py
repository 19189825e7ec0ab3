"""The post's stay rules: stored as rows, used as a domain :class:`RuleBook`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from midas_desktop.domain.roles import Action
from midas_desktop.domain.stay import (
    ANY_COUNTRY,
    NoStayRule,
    RuleAssignment,
    RuleBook,
    RuleKind,
    StayInputError,
    StayRule,
    default_rule_book,
)
from midas_desktop.services import audit_log
from midas_desktop.services.errors import BadInput
from midas_desktop.store import hot
from midas_desktop.store.models import StayRuleRow

if TYPE_CHECKING:  # session.py imports this module (to seed the default rules): no import cycle at run time
    from midas_desktop.services.session import PostSession


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


_BOOKS: dict[tuple[object, ...], RuleBook] = {}


def load_rule_book(db: Session) -> RuleBook:
    """The post's rule book. Parsed once per content: the counter asks for it at every crossing, and the
    rows (a handful) are read whole, so any change, from any program, is a different key."""
    rows = hot.rule_rows(db)
    book = _BOOKS.get(rows)
    if book is None:
        book = RuleBook(
            RuleAssignment(
                rule=StayRule(
                    RuleKind(kind),
                    max_days,
                    window_days=window_days,
                    area=frozenset(area.split(",")) if area else frozenset(),
                ),
                admitting_country=country,
                nationality=nationality,
            )
            for _id, country, nationality, kind, max_days, window_days, area in rows
        )
        if len(_BOOKS) > 16:
            _BOOKS.clear()
        _BOOKS[rows] = book
    return book


# --- Administration of the rule book (admin only, audited) ---------------------------------------


def rule_dict(row: StayRuleRow) -> dict[str, object]:
    return {
        "id": row.id,
        "admitting_country": row.admitting_country,
        "nationality": row.nationality,
        "kind": row.kind,
        "max_days": row.max_days,
        "window_days": row.window_days,
        "area": row.area.split(",") if row.area else [],
    }


def list_rules(session: PostSession) -> list[dict[str, object]]:
    """The stored rows of the rule book; officers see figures, not the book, so this needs the admin right."""
    session.require(Action.MANAGE_STAY_RULES)
    with session.transaction() as db:
        rows = db.execute(
            select(StayRuleRow).order_by(StayRuleRow.admitting_country, StayRuleRow.nationality)
        ).scalars()
        return [rule_dict(row) for row in rows]


def _normalise_country(code: str | None, what: str) -> str | None:
    if code is None or not code.strip():
        return None
    code = code.strip().upper()
    if code != ANY_COUNTRY and not (len(code) == 3 and code.replace("<", "").isalpha()):
        raise BadInput(
            f"{what} must be a three-letter country code or '*', not {code!r}",
            code="country_code_invalid",
            params={"code": code},
        )
    return code


def upsert_rule(
    session: PostSession,
    *,
    admitting_country: str,
    nationality: str | None,
    kind: str,
    max_days: int,
    window_days: int | None = None,
    area: Sequence[str] = (),
) -> dict[str, object]:
    """Add the rule for (admitting country, nationality), or replace the one there is. Audited."""
    session.require(Action.MANAGE_STAY_RULES)
    country = _normalise_country(admitting_country, "the admitting country")
    if country is None:
        raise BadInput(
            "the admitting country may not be empty (use '*' for every country)", code="country_empty"
        )
    nat = _normalise_country(nationality, "the nationality")
    members = sorted({m.strip().upper() for m in area if m.strip()})
    try:
        # The domain type validates the combination (a rolling rule needs M > N, and so on).
        rule = StayRule(RuleKind(kind), max_days, window_days=window_days, area=frozenset(members))
    except StayInputError as exc:
        raise BadInput(str(exc)) from exc
    except ValueError as exc:
        raise BadInput(
            f"unknown rule kind {kind!r}: use per_entry, rolling or shared_area",
            code="unknown_rule_kind",
            params={"kind": kind},
        ) from exc
    with session.transaction() as db:
        row = db.execute(
            select(StayRuleRow).where(
                StayRuleRow.admitting_country == country,
                StayRuleRow.nationality.is_(None) if nat is None else StayRuleRow.nationality == nat,
            )
        ).scalar_one_or_none()
        action = "stay_rule_changed" if row is not None else "stay_rule_added"
        if row is None:
            row = StayRuleRow(admitting_country=country, nationality=nat)
            db.add(row)
        row.kind = rule.kind.value
        row.max_days = rule.max_days
        row.window_days = rule.window_days
        row.area = ",".join(sorted(rule.area)) or None
        db.flush()
        audit_log.append(
            db,
            session,
            action,
            {"admitting_country": country, "nationality": nat, "rule": rule.to_dict()},
        )
        return rule_dict(row)


def delete_rule(session: PostSession, rule_id: int) -> None:
    """Remove one rule, unless the post's own country would be left with no rule for some traveller."""
    session.require(Action.MANAGE_STAY_RULES)
    with session.transaction() as db:
        row = db.get(StayRuleRow, rule_id)
        if row is None:
            raise BadInput(f"there is no stay rule {rule_id}", code="no_such_rule", params={"id": rule_id})
        details = {"admitting_country": row.admitting_country, "nationality": row.nationality}
        db.delete(row)
        db.flush()
        try:
            # A nationality no one configures ("XXX" is not a country) shows whether a default remains.
            load_rule_book(db).rule_for(session.post.country, "XXX")
        except NoStayRule as exc:
            raise BadInput(
                "this is the default rule for travellers admitted at this post; "
                "change it instead of deleting it",
                code="default_rule_needed",
            ) from exc
        audit_log.append(db, session, "stay_rule_deleted", details)
