"""Errors raised by the stay calculator.

``StayInputError`` is bad input (the CLI maps it to exit status 2); its message is one line in the
user's words, never a repr. ``NoStayRule`` is a configuration gap: the rule book has no rule for an
admitting country, which is the administrator's to fix rather than the traveller's or the officer's.
"""

from __future__ import annotations

__all__ = ["NoStayRule", "StayInputError"]


class StayInputError(ValueError):
    """A scenario, rule or stay that cannot be evaluated; ``str(error)`` is a one-line human message."""


class NoStayRule(LookupError):
    """The rule book has no stay rule for this admitting country and nationality."""
