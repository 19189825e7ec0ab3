"""What the posts page asks (enrol, revoke) and shows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from midas_desktop.server.console.access import Invalid
from midas_desktop.server.console.forms import Fields

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,31}$")


@dataclass(frozen=True)
class Enrolment:
    code: str
    name: str

    @classmethod
    def parse(cls, fields: Fields) -> Enrolment:
        code = fields.required_text("code", 32).upper()
        if not _CODE.match(code):
            raise Invalid("error.post_code")
        return cls(code, fields.required_text("name", 200))


@dataclass(frozen=True)
class Revocation:
    code: str

    @classmethod
    def parse(cls, fields: Fields) -> Revocation:
        return cls(fields.required_text("code", 32))
