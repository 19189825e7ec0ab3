"""Who can have made a record: the rule the centre applies to every record a post sends, since a
program of an insider's own need not ask the post's services."""

from __future__ import annotations

import pytest

from midas_desktop.domain.record_rules import maker_problem


@pytest.mark.parametrize(
    ("kind", "field", "role", "allowed"),
    [
        ("movement", "officer", "officer", True),
        ("movement", "officer", "supervisor", True),
        ("movement", "officer", "admin", True),
        ("stay_extension", "granted_by", "officer", False),
        ("stay_extension", "granted_by", "supervisor", True),
        ("stay_extension", "granted_by", "admin", True),
    ],
)
def test_a_record_needs_a_maker_whose_role_may_make_it(
    kind: str, field: str, role: str, allowed: bool
) -> None:
    problem = maker_problem(kind, {field: "ana"}, "ana", role)
    assert (problem is None) is allowed, problem


def test_a_record_must_name_the_user_who_signed_it_as_its_maker() -> None:
    assert maker_problem("movement", {"officer": "ana"}, "ana", "officer") is None
    assert maker_problem("movement", {"officer": "boss"}, "ana", "officer") == (
        "officer: names another user than the one who signed it"
    )
    assert maker_problem("stay_extension", {}, "sam", "supervisor") is not None
    assert maker_problem("movement", {"officer": "ana"}, "ana", "auditor") is not None  # an unknown role
    assert maker_problem("refusal", {"officer": "ana"}, "ana", "admin") == "the record is of an unknown kind"
