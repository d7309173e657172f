"""A command's import, revert or ingestion is never anonymous in the activity log."""

from __future__ import annotations

import getpass

from atlas.foundation.actors import command_actor


def test_the_typed_user_is_kept_trimmed():
    assert command_actor("  awa ") == "awa"


def test_without_a_user_the_system_account_is_recorded(monkeypatch):
    monkeypatch.setattr(getpass, "getuser", lambda: "moussa")
    assert command_actor("") == "system:moussa"
    assert command_actor("   ") == "system:moussa"


def test_no_login_name_anywhere_still_names_the_actor(monkeypatch):
    def missing() -> str:
        raise OSError("no login name")

    monkeypatch.setattr(getpass, "getuser", missing)
    assert command_actor() == "system:unknown"
