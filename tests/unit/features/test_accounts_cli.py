"""`atlas accounts add|list|disable|passwd`: passwords never from argv, names validated, changes logged."""

from __future__ import annotations

import io

import pytest

from atlas.cli import main as atlas_main
from atlas.features.accounts import cli
from atlas.store import accounts, audit

PASSWORD = "a long cli password"


@pytest.fixture
def stdin(monkeypatch):
    def feed(text: str) -> None:
        monkeypatch.setattr("sys.stdin", io.StringIO(text))

    return feed


def test_add_list_passwd_disable(private_store, stdin, capsys, monkeypatch):
    monkeypatch.setattr(cli.getpass, "getuser", lambda: "ops")
    stdin(PASSWORD + "\n")
    assert atlas_main(["accounts", "add", "awa", "--role", "steward", "--password-stdin"]) == 0
    assert capsys.readouterr().out == "added awa (steward)\n"
    assert accounts.login("awa", PASSWORD).account.role == "steward"
    assert atlas_main(["accounts", "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[1].split()[:2] == ["awa", "steward"]
    stdin("another long password\n")
    assert atlas_main(["accounts", "passwd", "awa", "--password-stdin"]) == 0
    assert accounts.login("awa", "another long password").account is not None
    assert atlas_main(["accounts", "disable", "awa"]) == 0
    assert accounts.login("awa", "another long password").account is None
    changes = [(e.action, e.user) for e in audit.entries() if e.action.startswith(("account", "password"))]
    assert changes == [("account_add", "cli:ops"), ("password_change", "cli:ops"), ("account_disable", "cli:ops")]


def test_the_password_is_asked_twice_at_a_hidden_prompt_without_stdin(private_store, monkeypatch, capsys):
    answers = iter([PASSWORD, PASSWORD + " typo"])
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt: next(answers))
    assert cli.main(["add", "awa", "--role", "viewer"]) == 2
    assert "differ" in capsys.readouterr().err and accounts.get("awa") is None


def test_there_is_no_password_argument(private_store, capsys):
    with pytest.raises(SystemExit):
        cli.main(["add", "awa", "--role", "viewer", "--password", PASSWORD])
    assert accounts.get("awa") is None


@pytest.mark.parametrize("name", ["Awa", "awa\x1b]0;pwned\x07", "a", "awa diallo"])
def test_bad_names_are_refused_before_any_password_is_read(private_store, stdin, capsys, name):
    stdin(PASSWORD + "\n")
    assert cli.main(["add", name, "--role", "viewer", "--password-stdin"]) == 2
    err = capsys.readouterr().err
    assert "names are" in err and "\x1b" not in err and "\x07" not in err
    assert accounts.all_accounts() == []


def test_short_passwords_and_unknown_accounts_exit_2(private_store, stdin, capsys):
    stdin("short\n")
    assert cli.main(["add", "awa", "--role", "viewer", "--password-stdin"]) == 2
    assert "at least 10 characters" in capsys.readouterr().err
    stdin(PASSWORD + "\n")
    assert cli.main(["passwd", "nobody", "--password-stdin"]) == 2
    assert cli.main(["disable", "nobody"]) == 2
    assert audit.entries(action="password_change") == []
