"""What the users page asks: a new user, a role change, (de)activation, an unlock."""

from __future__ import annotations

import re
from dataclasses import dataclass

from midas_desktop.server import core
from midas_desktop.server.console.access import Invalid
from midas_desktop.server.console.forms import Fields

_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def _username(fields: Fields) -> str:
    name = fields.required_text("username", 64).lower()
    if not _NAME.match(name):
        raise Invalid("error.username")
    return name


@dataclass(frozen=True)
class NewUser:
    username: str
    role: str
    password: str

    @classmethod
    def parse(cls, fields: Fields) -> NewUser:
        password = fields.raw("password")
        if not 8 <= len(password) <= 256:
            raise Invalid("error.password_length")
        role = fields.choice("role", core.CENTRAL_ROLES)
        if role is None:
            raise Invalid("error.field_required", {"field": "role"})
        return cls(_username(fields), role, password)


@dataclass(frozen=True)
class UserChange:
    username: str
    action: str  # role | deactivate | activate | unlock
    role: str | None

    @classmethod
    def parse(cls, fields: Fields) -> UserChange:
        action = fields.choice("action", ("role", "deactivate", "activate", "unlock"))
        if action is None:
            raise Invalid("error.field_required", {"field": "action"})
        role = fields.choice("role", core.CENTRAL_ROLES) if action == "role" else None
        if action == "role" and role is None:
            raise Invalid("error.field_required", {"field": "role"})
        return cls(_username(fields), action, role)
