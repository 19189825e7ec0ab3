"""Central users and their roles (administrators only); every change audited.

An administrator cannot take away their own administration (role change or deactivation), so the
console always keeps someone who can manage it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from midas_desktop.server import core
from midas_desktop.server.central_audit.service import record, record_now
from midas_desktop.server.central_users.schemas import NewUser, UserChange
from midas_desktop.server.console.access import Actor, Conflict, NotFound, Permission, require
from midas_desktop.server.models import CentralUser


def users(engine: Engine, actor: Actor) -> list[dict[str, Any]]:
    require(actor, Permission.ADMINISTER)
    with Session(engine) as db:
        return [
            {
                "username": u.username,
                "role": u.role,
                "active": u.active,
                "locked": u.locked_until > 0 and u.failures > 0,
                "created": u.created_utc.isoformat(timespec="seconds") + "Z",
            }
            for u in db.execute(select(CentralUser).order_by(CentralUser.username)).scalars()
        ]


def add(engine: Engine, actor: Actor, new: NewUser) -> None:
    require(actor, Permission.ADMINISTER)
    with Session(engine) as db:
        if db.execute(select(CentralUser.id).where(CentralUser.username == new.username)).first():
            raise Conflict("error.user_exists", {"username": new.username})
    core.add_user(engine, new.username, new.role, new.password)
    record_now(engine, actor, "user_added", new.username, role=new.role)


def change(engine: Engine, actor: Actor, change: UserChange) -> None:
    require(actor, Permission.ADMINISTER)
    if change.username == actor.username and change.action in ("role", "deactivate"):
        raise Conflict("error.user_self")
    with Session(engine) as db, db.begin():
        user = db.execute(
            select(CentralUser).where(CentralUser.username == change.username)
        ).scalar_one_or_none()
        if user is None:
            raise NotFound("error.no_user", {"username": change.username})
        if change.action == "role":
            assert change.role is not None
            user.role = change.role
        elif change.action == "deactivate":
            user.active = False
        elif change.action == "activate":
            user.active = True
        else:
            user.failures, user.lockouts, user.locked_until = 0, 0, 0.0
        record(db, actor, f"user_{change.action}", change.username, role=change.role)
