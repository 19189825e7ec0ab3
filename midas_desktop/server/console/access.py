"""Who is acting and what their role lets them do; the errors of the console's services.

Roles: an ``analyst`` reads; a ``supervisor`` also decides alerts, extensions and the watchlist; an
``admin`` manages posts and users (and may do what a supervisor does). Services check these
themselves (:func:`require`): hiding a button is not a permission check.
Errors carry a message code and parameters; the pages word them in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Permission(StrEnum):
    READ = "read"
    DECIDE = "decide"  # alerts, extensions, the watchlist
    ADMINISTER = "administer"  # posts and central users


ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "analyst": frozenset({Permission.READ}),
    "supervisor": frozenset({Permission.READ, Permission.DECIDE}),
    "admin": frozenset({Permission.READ, Permission.DECIDE, Permission.ADMINISTER}),
}


@dataclass(frozen=True)
class Actor:
    """A logged-in central user."""

    username: str
    role: str

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS.get(self.role, frozenset())


@dataclass
class ConsoleError(Exception):
    """A refusal worded by the page from ``code`` (a message key) and ``params``."""

    code: str
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.code


class NotAllowed(ConsoleError):
    """The actor's role does not allow this."""


class NotFound(ConsoleError):
    """No such thing."""


class Invalid(ConsoleError):
    """A value the user typed or sent is not acceptable."""


@dataclass
class FormNotRead(ConsoleError):
    """The server's limits refused a form's body before it was read whole (too large, too slow, the
    server busy): the answer keeps the protection layer's ``status`` and ``headers``."""

    status: int = 400
    headers: dict[str, str] = field(default_factory=dict)


class Conflict(ConsoleError):
    """The thing is not in a state that allows this (already removed, already decided...)."""


class NotLoggedIn(ConsoleError):
    """No session, or the session's user is gone or inactive."""


class Throttled(ConsoleError):
    """Too many wrong passwords, or too many logins at once; ``params['seconds']`` says when."""


def require(actor: Actor, permission: Permission) -> None:
    if not actor.may(permission):
        raise NotAllowed("error.not_allowed", {"role": actor.role})
