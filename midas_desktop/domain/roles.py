"""Roles of the post's users and what each may do.

The service layer asks :func:`may` before every action, so a hidden button is never the only guard.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Action(StrEnum):
    RECORD_CROSSING = "record_crossing"
    VIEW_TRAVELLER = "view_traveller"
    REVIEW_ALERTS = "review_alerts"
    RUN_OVERSTAY_SCAN = "run_overstay_scan"
    GRANT_EXTENSION = "grant_extension"
    VIEW_STATISTICS = "view_statistics"
    MANAGE_USERS = "manage_users"
    MANAGE_STAY_RULES = "manage_stay_rules"
    MANAGE_WATCHLIST = "manage_watchlist"
    MANAGE_POST = "manage_post"
    VIEW_AUDIT_LOG = "view_audit_log"
    SYNC = "sync"
    CHANGE_OWN_PASSWORD = "change_own_password"
    RESTORE_BACKUP = "restore_backup"


_OFFICER = frozenset({Action.RECORD_CROSSING, Action.VIEW_TRAVELLER, Action.SYNC, Action.CHANGE_OWN_PASSWORD})
_SUPERVISOR = _OFFICER | {
    Action.REVIEW_ALERTS,
    Action.RUN_OVERSTAY_SCAN,
    Action.GRANT_EXTENSION,
    Action.VIEW_STATISTICS,
    Action.VIEW_AUDIT_LOG,
}
# Administrators manage the post but also stand in at the counter on small posts, so they keep every right.
_ADMIN = _SUPERVISOR | {
    Action.MANAGE_USERS,
    Action.MANAGE_STAY_RULES,
    Action.MANAGE_WATCHLIST,
    Action.MANAGE_POST,
    Action.RESTORE_BACKUP,
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.OFFICER: _OFFICER,
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMIN: frozenset(_ADMIN),
}


def may(role: Role, action: Action) -> bool:
    """Whether a user of ``role`` may perform ``action``."""
    return action in PERMISSIONS[role]
