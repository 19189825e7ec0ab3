"""The central audit log: every console action (and refusal of one) by a central user.

Entries hold codes and ids only, never a traveller's name, document number or birth date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from midas_desktop.server.central_audit.schemas import AuditPage, AuditQuery
from midas_desktop.server.console.access import Actor, Permission, require
from midas_desktop.server.models import CentralAudit


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def record(db: Session, actor: Actor, action: str, target: str | None = None, **details: Any) -> None:
    """Add an entry in the caller's transaction (so the action and its entry commit together)."""
    db.add(
        CentralAudit(
            at_utc=utc_now(),
            username=actor.username[:64],
            role=actor.role[:16],
            action=action[:48],
            target=(target or None) and str(target)[:100],
            details={k: v for k, v in details.items() if v is not None},
        )
    )


def record_now(engine: Engine, actor: Actor, action: str, target: str | None = None, **details: Any) -> None:
    """An entry in its own transaction (logins, refusals: nothing else to commit with)."""
    with Session(engine) as db, db.begin():
        record(db, actor, action, target, **details)


def entries(engine: Engine, actor: Actor, query: AuditQuery) -> AuditPage:
    require(actor, Permission.READ)
    with Session(engine) as db:
        statement = select(CentralAudit)
        if query.username:
            statement = statement.where(CentralAudit.username == query.username)
        if query.action:
            statement = statement.where(CentralAudit.action == query.action)
        total = db.execute(select(func.count()).select_from(statement.subquery())).scalar() or 0
        rows = (
            db.execute(statement.order_by(CentralAudit.id.desc()).offset(query.offset).limit(query.page_size))
            .scalars()
            .all()
        )
        return AuditPage(
            total=total,
            entries=[
                {
                    "at": row.at_utc.isoformat(timespec="seconds") + "Z",
                    "username": row.username,
                    "role": row.role,
                    "action": row.action,
                    "target": row.target,
                    "details": row.details,
                }
                for row in rows
            ],
        )
