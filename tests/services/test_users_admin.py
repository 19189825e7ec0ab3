"""Administration of users and stay rules: certificates and keys follow every change, and every change
is audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import OFFICER_PASSWORD

from midas_desktop.domain.roles import Role
from midas_desktop.services import stay_rules, users, verification
from midas_desktop.services.errors import AccessDenied, BadInput, NotPermitted
from midas_desktop.services.session import PostSession, login


def actions(admin: PostSession) -> list[str]:
    return [str(e["action"]) for e in verification.audit_entries(admin)]


def test_list_users_shows_roles_and_keys(admin: PostSession) -> None:
    listed = {u["username"]: u for u in users.list_users(admin)}
    assert listed["officer"]["role"] == "officer" and listed["officer"]["has_key"] is True
    assert listed["officer"]["certificate"] == "officer:1"
    assert set(listed) == {"admin", "officer", "supervisor"}


def test_reset_password_gives_new_keys_the_user_replaces_at_login(
    admin: PostSession, store_path: Path
) -> None:
    users.reset_password(admin, "officer", "brand-new-pass-1")
    with pytest.raises(AccessDenied):
        login(store_path, "officer", OFFICER_PASSWORD)
    with login(store_path, "officer", "brand-new-pass-1") as officer:
        assert officer.user.role is Role.OFFICER and officer.must_change_password
        with pytest.raises(NotPermitted):
            users.list_users(officer)  # nothing but choosing a password until they do
        users.change_own_password(officer, "brand-new-pass-1", "officer-own-pass-2")
        # What this session makes from now on is signed with the new key (the centre takes only a
        # user's latest certificate for what is made after it was issued).
        assert officer.signer_ref == "officer:3" and officer.user.certificate.issuer == "self:2"
    with login(store_path, "officer", "officer-own-pass-2") as officer:
        assert not officer.must_change_password
        assert officer.user.certificate.issuer == "self:2"  # keys only the officer knows
    assert "password_reset" in actions(admin)


def test_change_role_keeps_the_password(admin: PostSession, store_path: Path) -> None:
    users.change_role(admin, "officer", "supervisor")
    with login(store_path, "officer", OFFICER_PASSWORD) as promoted:
        assert promoted.user.role is Role.SUPERVISOR
    assert "role_changed" in actions(admin)


def test_disable_user_drops_the_keys_and_enable_brings_the_account_back(
    admin: PostSession, store_path: Path
) -> None:
    users.disable_user(admin, "officer")
    with pytest.raises(AccessDenied):
        login(store_path, "officer", OFFICER_PASSWORD)
    listed = {u["username"]: u for u in users.list_users(admin)}
    assert listed["officer"]["active"] is False and listed["officer"]["has_key"] is False
    users.enable_user(admin, "officer", "welcome-back-1")
    with login(store_path, "officer", "welcome-back-1") as officer:
        assert officer.must_change_password and officer.user.role is Role.OFFICER
    assert {"user_disabled", "user_enabled"} <= set(actions(admin))


def test_the_last_active_admin_stays(admin: PostSession) -> None:
    users.add_user(admin, "second", "admin", "second-admin-1")
    users.disable_user(admin, "second")
    with pytest.raises(BadInput):
        users.change_role(admin, "admin", "officer")
    with pytest.raises(BadInput):
        users.disable_user(admin, "admin")


def test_change_own_password(officer: PostSession, store_path: Path) -> None:
    with pytest.raises(AccessDenied):
        users.change_own_password(officer, "not-my-password", "another-pass-1")
    users.change_own_password(officer, OFFICER_PASSWORD, "another-pass-1")
    with login(store_path, "officer", "another-pass-1"):
        pass


def test_officer_may_not_manage_users_or_rules(officer: PostSession) -> None:
    for call in (
        lambda: users.list_users(officer),
        lambda: users.reset_password(officer, "admin", "whatever-pass-1"),
        lambda: users.disable_user(officer, "supervisor"),
        lambda: stay_rules.list_rules(officer),
        lambda: stay_rules.upsert_rule(
            officer, admitting_country="GTM", nationality="MEX", kind="per_entry", max_days=30
        ),
    ):
        with pytest.raises(NotPermitted):
            call()


def test_stay_rules_upsert_validate_and_delete(admin: PostSession) -> None:
    before = stay_rules.list_rules(admin)
    added = stay_rules.upsert_rule(
        admin, admitting_country="gtm", nationality="usa", kind="rolling", max_days=90, window_days=180
    )
    assert (added["admitting_country"], added["nationality"], added["kind"]) == ("GTM", "USA", "rolling")
    changed = stay_rules.upsert_rule(
        admin, admitting_country="GTM", nationality="USA", kind="per_entry", max_days=30
    )
    assert changed["id"] == added["id"] and len(stay_rules.list_rules(admin)) == len(before) + 1
    with pytest.raises(BadInput):
        stay_rules.upsert_rule(admin, admitting_country="GTM", nationality=None, kind="rolling", max_days=90)
    stay_rules.delete_rule(admin, int(changed["id"]))  # type: ignore[call-overload]
    gtm_default = next(r for r in before if r["admitting_country"] == "GTM" and r["nationality"] is None)
    stay_rules.delete_rule(admin, int(gtm_default["id"]))  # type: ignore[call-overload]  # "*" still covers GTM
    star = next(r for r in before if r["admitting_country"] == "*")
    with pytest.raises(BadInput):
        stay_rules.delete_rule(admin, int(star["id"]))  # type: ignore[call-overload]
    assert {"stay_rule_added", "stay_rule_changed", "stay_rule_deleted"} <= set(actions(admin))


def test_five_wrong_passwords_lock_the_account_then_an_administrator_unlocks_it(store_path: Path) -> None:
    for _ in range(4):
        with pytest.raises(AccessDenied, match="wrong user name or password"):
            login(store_path, "officer", "not-the-password")
    with pytest.raises(AccessDenied, match="try again in 30 s"):
        login(store_path, "officer", "not-the-password")
    # Refused at once, even with the right password: it is not tried.
    with pytest.raises(AccessDenied, match="too many wrong passwords"):
        login(store_path, "officer", OFFICER_PASSWORD)
    with login(store_path, "admin", "admin-password-1") as admin:
        listed = {u["username"]: u for u in users.list_users(admin)}
        assert int(listed["officer"]["locked_seconds"]) > 20  # type: ignore[call-overload]
        assert "login_locked" in actions(admin)  # written at the next login, by whoever it was
        assert users.unlock(admin, "officer") is True
    with login(store_path, "officer", OFFICER_PASSWORD):
        pass
