"""Who may do what: four roles in one order, and the actions each role may take.

Pure and tiny on purpose: the pages, the commands and the tests all ask this module, so the role
matrix in docs/accounts.md is the one the code enforces. Anonymous visitors are viewers.
"""

from __future__ import annotations

ROLES: tuple[str, ...] = ("viewer", "partner", "steward", "admin")  # each role may do what the ones before may
ANONYMOUS = "viewer"

# action -> the smallest role allowed to take it
ACTIONS: dict[str, str] = {
    "view_public": "viewer",  # public layers and published aggregates
    "view_confidential": "partner",  # confidential-area layers (shelter availability)
    "import": "steward",
    "revert": "steward",
    "ingest": "steward",  # incident ingestion from the app
    "view_activity": "steward",
    "manage_accounts": "admin",
}


def rank(role: str) -> int:
    """The role's place in the order; an unknown role ranks below a viewer (it may do nothing)."""
    return ROLES.index(role) if role in ROLES else -1


def allows(role: str, minimum: str) -> bool:
    """Whether `role` is at least `minimum` (an unknown minimum allows no one)."""
    if minimum not in ROLES:
        return False
    return rank(role) >= rank(minimum)


def can(role: str, action: str) -> bool:
    """Whether `role` may take `action` (an unknown action is refused)."""
    minimum = ACTIONS.get(action)
    return minimum is not None and allows(role, minimum)


def actions_of(role: str) -> tuple[str, ...]:
    """The actions `role` may take, in the order of ACTIONS."""
    return tuple(a for a in ACTIONS if can(role, a))
