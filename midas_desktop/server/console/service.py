"""Console sessions: logging in through the central users' lockout (``core.authenticate``), and who
a session's user is now (role and activity read afresh on every request)."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from midas_desktop.server import core
from midas_desktop.server.central_audit.service import record_now
from midas_desktop.server.console.access import Actor, Throttled
from midas_desktop.server.models import CentralUser


def actor_of(engine: Engine, username: str) -> Actor | None:
    with Session(engine) as db:
        user = db.execute(
            select(CentralUser).where(CentralUser.username == username[:64])
        ).scalar_one_or_none()
        if user is None or not user.active:
            return None
        return Actor(user.username, user.role)


def log_in(engine: Engine, username: str, password: str) -> Actor | None:
    """The user when the password is right; None when the name or password is wrong (the same answer
    for both); ``Throttled`` while the account is locked or too many logins are being worked on."""
    try:
        login = core.authenticate(engine, username, password)
    except core.LoginRefused as exc:
        _record_refusal(engine, username, "login_refused_locked")
        raise Throttled("error.throttled", {"seconds": exc.headers["Retry-After"]}) from exc
    if login is None:
        _record_refusal(engine, username, "login_failed")
        return None
    actor = Actor(login.username, login.role)
    record_now(engine, actor, "login")
    return actor


def _record_refusal(engine: Engine, username: str, action: str) -> None:
    """A refused login of a known central user is audited under that user (a name that is no user's
    is not kept: it may be a password typed in the wrong field)."""
    with Session(engine) as db:
        user = db.execute(
            select(CentralUser).where(CentralUser.username == username[:64])
        ).scalar_one_or_none()
        known = Actor(user.username, user.role) if user is not None else None
    if known is not None:
        record_now(engine, known, action)


def log_out(engine: Engine, actor: Actor) -> None:
    record_now(engine, actor, "logout")
