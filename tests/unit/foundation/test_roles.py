"""The role order and the actions each role may take (the matrix docs/accounts.md prints)."""

from __future__ import annotations

import pytest

from atlas.foundation.roles import ACTIONS, ANONYMOUS, ROLES, actions_of, allows, can, rank


def test_the_order_is_viewer_partner_steward_admin_and_anonymous_is_a_viewer():
    assert ROLES == ("viewer", "partner", "steward", "admin")
    assert [rank(r) for r in ROLES] == [0, 1, 2, 3]
    assert ANONYMOUS == "viewer"


@pytest.mark.parametrize(
    ("role", "minimum", "expected"),
    [
        ("viewer", "viewer", True),
        ("viewer", "partner", False),
        ("partner", "partner", True),
        ("partner", "steward", False),
        ("steward", "partner", True),
        ("admin", "steward", True),
        ("steward", "admin", False),
        ("root", "viewer", False),  # an unknown role may do nothing
        ("admin", "superuser", False),  # an unknown minimum allows no one
    ],
)
def test_allows_follows_the_order(role, minimum, expected):
    assert allows(role, minimum) is expected


EXPECTED = {  # role -> the actions it may take, written out by hand (not derived from ACTIONS)
    "viewer": {"view_public"},
    "partner": {"view_public", "view_confidential"},
    "steward": {"view_public", "view_confidential", "import", "revert", "ingest", "view_activity"},
    "admin": {"view_public", "view_confidential", "import", "revert", "ingest", "view_activity", "manage_accounts"},
}


@pytest.mark.parametrize("role", ROLES)
def test_each_roles_actions(role):
    assert set(actions_of(role)) == EXPECTED[role]
    for action in ACTIONS:
        assert can(role, action) is (action in EXPECTED[role])


def test_an_unknown_action_is_refused_even_to_an_admin():
    assert not can("admin", "delete_everything")
