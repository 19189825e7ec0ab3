"""Errors a use case reports to a person. Each maps to one exit status of the command line.

Anything else that escapes a service is our bug; the CLI and the GUI show a short apology for it
instead of a traceback and keep the details out of the user's face.
"""

from __future__ import annotations

from collections.abc import Mapping


class ServiceError(Exception):
    """A failure whose message is fit for the user (one line, no personal data).

    ``code`` and ``params`` say the same for an interface that words it in the user's language (the
    desktop app translates by code; the command line prints the English message).
    """

    exit_status = 1

    def __init__(
        self, message: str = "", *, code: str | None = None, params: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.params: dict[str, object] = dict(params or {})


class BadInput(ServiceError):
    """The request itself is wrong: a bad MRZ, an impossible date, an unknown option value."""

    exit_status = 2


class AccessDenied(ServiceError):
    """Wrong user name or password, or a disabled account."""


class NotPermitted(ServiceError):
    """The user's role does not allow this action."""


class StoreUnavailable(ServiceError):
    """The store is missing, locked, damaged or cannot be written (disk full)."""
