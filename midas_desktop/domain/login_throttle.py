"""Wrong passwords: the brake on guessing, the same at the post and at the central server.

After ``FREE_ATTEMPTS`` wrong passwords in a row for one user, further attempts for that user are
refused at once, without trying the password, for a back-off that starts at ``FIRST_BACKOFF`` seconds
and doubles with each further lock-out (up to ``MAX_BACKOFF``). A right password ends the series; an
administrator can unlock an account. The state is plain data, kept by whoever stores it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = ["FIRST_BACKOFF", "FREE_ATTEMPTS", "MAX_BACKOFF", "LoginState", "after_failure", "wait_seconds"]

FREE_ATTEMPTS = 5
FIRST_BACKOFF = 30.0
MAX_BACKOFF = 24 * 3600.0


@dataclass(frozen=True)
class LoginState:
    """``failures``: wrong passwords in a row; ``lockouts``: locks in this series; ``locked_until``:
    seconds since the epoch until which attempts are refused (0: not locked)."""

    failures: int = 0
    lockouts: int = 0
    locked_until: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return {"failures": self.failures, "lockouts": self.lockouts, "locked_until": self.locked_until}

    @staticmethod
    def from_dict(raw: dict[str, object]) -> LoginState:
        def number(name: str) -> float:
            value = raw.get(name, 0)
            return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0

        return LoginState(int(number("failures")), int(number("lockouts")), number("locked_until"))


def wait_seconds(state: LoginState, now: float) -> float:
    """How long before this user may try again (0: now)."""
    return max(0.0, state.locked_until - now)


def after_failure(state: LoginState, now: float) -> tuple[LoginState, bool]:
    """The state after one more wrong password, and whether it has just locked the account."""
    failures = state.failures + 1
    if failures < FREE_ATTEMPTS:
        return replace(state, failures=failures), False
    backoff = min(MAX_BACKOFF, FIRST_BACKOFF * 2**state.lockouts)
    # The next wrong password after a lock-out locks again at once, for twice as long.
    return LoginState(
        failures=FREE_ATTEMPTS - 1, lockouts=state.lockouts + 1, locked_until=now + backoff
    ), True
