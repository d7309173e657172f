"""Login and logout in the sidebar, failed logins, idle expiry and the require-login setting (AppTest)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from streamlit.testing.v1 import AppTest

from atlas.common.web import auth
from atlas.foundation.config import REQUIRE_LOGIN_ENV, SESSION_IDLE_HOURS
from atlas.store import accounts, audit, timeutil
from tests.app.conftest import APP_DIR, layer_titles

PASSWORD = "a long test password"


def _main(lang: str) -> AppTest:
    at = AppTest.from_file(str(APP_DIR / "main.py"), default_timeout=120)
    at.query_params["lang"] = lang
    return at


def _log_in(at: AppTest, name: str, password: str, form: str = "atlas_login") -> None:
    at.text_input(key=f"{form}_name").input(name)
    at.text_input(key=f"{form}_password").input(password)
    at.get("form_submit_button")[[b.label for b in at.get("form_submit_button")].index(_label(at))].click().run()


def _label(at: AppTest) -> str:
    return "Se connecter" if at.query_params.get("lang") in ("fr", ["fr"]) else "Log in"


@pytest.mark.parametrize(
    ("lang", "who", "out"),
    [
        ("fr", "Connecté : awa (gestionnaire des données)", "Se déconnecter"),
        ("en", "Logged in: awa (data steward)", "Log out"),
    ],
)
def test_log_in_and_out_from_the_sidebar(private_store, lang, who, out):
    accounts.add("awa", "steward", PASSWORD, by="admin1")
    at = _main(lang)
    at.run()
    _log_in(at, "Awa ", PASSWORD)  # names are folded: what people type at a login prompt
    assert not at.exception
    assert who in [c.value for c in at.sidebar.caption]
    assert auth.SESSION_KEY in at.session_state and at.session_state[auth.SESSION_KEY].role == "steward"
    at.button(key="atlas_logout").click().run()
    assert auth.SESSION_KEY not in at.session_state
    assert who not in [c.value for c in at.sidebar.caption]
    assert [(e.action, e.user) for e in audit.entries()][-2:] == [("login", "awa"), ("logout", "awa")]
    assert out  # the button's label was found by its key; its words are in the catalogs


def test_a_wrong_password_is_refused_in_the_page_language_and_logged(private_store):
    accounts.add("awa", "steward", PASSWORD, by="admin1")
    at = _main("fr")
    at.run()
    _log_in(at, "awa", "not the password")
    assert [e.value for e in at.error] == ["Nom ou mot de passe incorrect."]
    assert auth.SESSION_KEY not in at.session_state
    assert audit.entries()[-1].action == "failed_login"
    assert all("not the password" not in e.detail for e in audit.entries())


def test_an_idle_session_expires_and_says_so(private_store):
    accounts.add("awa", "admin", PASSWORD, by="admin1")
    at = _main("en")
    stale = timeutil.iso(timeutil.utcnow() - timedelta(hours=SESSION_IDLE_HOURS, minutes=1))
    at.session_state[auth.SESSION_KEY] = auth.SessionAccount("awa", "admin", stale)
    at.run()
    assert auth.SESSION_KEY not in at.session_state
    assert "Session expired after a long idle time: please log in again." in [i.value for i in at.sidebar.info]


def test_a_recent_session_is_kept_and_a_disabled_account_is_logged_out(private_store):
    accounts.add("awa", "admin", PASSWORD, by="admin1")
    at = _main("en")
    recent = timeutil.iso(timeutil.utcnow() - timedelta(hours=SESSION_IDLE_HOURS - 1))
    at.session_state[auth.SESSION_KEY] = auth.SessionAccount("awa", "admin", recent)
    at.run()
    assert at.session_state[auth.SESSION_KEY].last_seen > recent  # each run renews the idle clock
    accounts.disable("awa", by="admin1")
    at.run()
    assert auth.SESSION_KEY not in at.session_state


def test_require_login_shows_nothing_but_the_form_until_someone_logs_in(private_store, monkeypatch):
    monkeypatch.setenv(REQUIRE_LOGIN_ENV, "1")
    accounts.add("moussa", "viewer", PASSWORD, by="admin1")
    at = _main("en")
    at.run()
    assert not at.exception
    assert [i.value for i in at.info] == ["This atlas asks for a login before showing anything."]
    assert not layer_titles(at) and not at.dataframe  # no layer list, no map page
    _log_in(at, "moussa", PASSWORD, form="atlas_login_page")
    assert not at.exception
    assert "Mining and gold-panning sites" in layer_titles(at)  # the map page, for a viewer
