"""Local accounts on both backends: real argon2 hashes, lockout and its end, audit entries for each change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from atlas.foundation.config import ARGON2_LOW_COST_ENV, LOCKOUT_FAILURES, LOCKOUT_MINUTES
from atlas.store import accounts, audit, timeutil
from atlas.store.engine import get_engine
from atlas.store.schema import tables

PASSWORD = "correct horse battery"


class Clock:
    """A clock the test moves (lockout expiry without sleeping)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(timeutil, "utcnow", c)
    return c


def _actions(url: str) -> list[tuple[str, str, str]]:
    return [(e.action, e.user, e.detail) for e in audit.entries(url=url)]


def test_the_product_hashes_with_argon2id_defaults_and_never_stores_the_password(store_url, monkeypatch):
    monkeypatch.delenv(ARGON2_LOW_COST_ENV, raising=False)
    accounts.add("awa", "steward", PASSWORD, by="admin1", url=store_url)
    with get_engine(store_url).connect() as conn:
        row = conn.execute(tables(store_url)["accounts"].select()).mappings().one()
    assert row["password_hash"].startswith("$argon2id$v=19$m=65536,t=3,p=4$")  # argon2-cffi's defaults
    assert PASSWORD not in row["password_hash"]
    assert accounts.login("awa", PASSWORD, store_url).account.role == "steward"
    assert accounts.login("awa", PASSWORD + "x", store_url).account is None
    assert all(PASSWORD not in e.detail for e in audit.entries(url=store_url))


@pytest.mark.parametrize("name", ["", "a", "Awa", "awa diallo", "awa\x1b]0;x", "../etc", "a" * 33, "_x", "awa;drop"])
def test_bad_names_are_refused(store_url, name):
    with pytest.raises(accounts.AccountError) as err:
        accounts.add(name, "viewer", PASSWORD, by="t", url=store_url)
    assert err.value.reason == "bad_name"
    assert accounts.all_accounts(store_url) == []


def test_short_passwords_unknown_roles_and_reused_names_are_refused(store_url):
    for args, reason in (
        (("awa", "viewer", "short"), "short_password"),
        (("awa", "root", PASSWORD), "bad_role"),
    ):
        with pytest.raises(accounts.AccountError) as err:
            accounts.add(*args, by="t", url=store_url)
        assert err.value.reason == reason
    accounts.add("awa", "viewer", PASSWORD, by="t", url=store_url)
    accounts.disable("awa", by="t", url=store_url)
    with pytest.raises(accounts.AccountError) as err:
        accounts.add("awa", "admin", PASSWORD, by="t", url=store_url)
    assert err.value.reason == "exists"


def test_an_unknown_name_and_a_disabled_account_answer_like_a_wrong_password(store_url):
    accounts.add("awa", "partner", PASSWORD, by="admin1", url=store_url)
    accounts.disable("awa", by="admin1", url=store_url)
    assert accounts.login("awa", PASSWORD, store_url) == accounts.LoginResult(None, "bad")
    assert accounts.login("nobody", PASSWORD, store_url) == accounts.LoginResult(None, "bad")
    assert accounts.login("bad name\x1b", PASSWORD, store_url) == accounts.LoginResult(None, "bad")
    assert _actions(store_url) == [
        ("account_add", "admin1", "awa (partner)"),
        ("account_disable", "admin1", "awa"),
        ("failed_login", "awa", ""),
        ("failed_login", "nobody", ""),
        ("failed_login", "?", ""),  # a hostile string never reaches the log
    ]


def test_five_failures_lock_for_fifteen_minutes_then_the_password_works(store_url, clock):
    accounts.add("moussa", "steward", PASSWORD, by="admin1", url=store_url)
    for attempt in range(LOCKOUT_FAILURES - 1):
        assert accounts.login("moussa", f"guess {attempt}", store_url).reason == "bad"
    assert accounts.login("moussa", "guess last", store_url).reason == "locked"
    locked = accounts.get("moussa", store_url)
    assert locked.locked_until == timeutil.iso(clock.now + timedelta(minutes=LOCKOUT_MINUTES))
    clock.now += timedelta(minutes=LOCKOUT_MINUTES - 1)
    assert accounts.login("moussa", PASSWORD, store_url).reason == "locked"  # even the right password
    clock.now += timedelta(minutes=1, seconds=1)
    result = accounts.login("moussa", PASSWORD, store_url)
    assert result.account is not None and result.account.failed == 0 and result.account.locked_until is None
    actions = [a for a, _u, _d in _actions(store_url)]
    assert actions == ["account_add", *["failed_login"] * LOCKOUT_FAILURES, "lockout", "failed_login", "login"]


def test_a_success_resets_the_failure_count(store_url, clock):
    accounts.add("awa", "viewer", PASSWORD, by="t", url=store_url)
    for _ in range(LOCKOUT_FAILURES - 1):
        accounts.login("awa", "wrong password", store_url)
    assert accounts.login("awa", PASSWORD, store_url).account is not None
    for _ in range(LOCKOUT_FAILURES - 1):
        assert accounts.login("awa", "wrong password", store_url).reason == "bad"  # not locked: the count restarted


def test_an_admins_password_reset_lifts_a_lockout_and_is_logged(store_url, clock):
    accounts.add("awa", "partner", PASSWORD, by="admin1", url=store_url)
    for _ in range(LOCKOUT_FAILURES):
        accounts.login("awa", "wrong password", store_url)
    accounts.set_password("awa", "a new long password", by="admin1", url=store_url)
    assert accounts.login("awa", "a new long password", store_url).account is not None
    assert accounts.login("awa", PASSWORD, store_url).reason == "bad"
    assert ("password_change", "admin1", "awa") in _actions(store_url)
    with pytest.raises(accounts.AccountError):
        accounts.set_password("nobody", "a new long password", by="admin1", url=store_url)


def test_logout_is_logged(store_url):
    accounts.add("awa", "viewer", PASSWORD, by="t", url=store_url)
    accounts.logout("awa", store_url)
    assert _actions(store_url)[-1] == ("logout", "awa", "")


def test_the_audit_detail_refuses_anything_but_one_short_line(store_url):
    for detail in ("x" * (audit.MAX_DETAIL + 1), "two\nlines"):
        with pytest.raises(ValueError):
            audit.record("login", "awa", detail=detail, url=store_url)
    with pytest.raises(ValueError):
        audit.record("delete_everything", "awa", url=store_url)
    assert audit.entries(url=store_url) == []
