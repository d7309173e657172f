"""Fixtures for the AppTest tier: open a page the way a shared link opens it.

`run_script(script, lang, **params)` runs `atlas/app/main.py` or one page file on its own;
`open_page(page, lang, **params)` opens `page` inside main.py's navigation; `query_param(at, key)`
reads the link back after a run. Every test here is marked `app`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import atlas.app
from atlas.common.web import auth
from atlas.store import accounts, timeutil

APP_DIR = Path(atlas.app.__file__).resolve().parent  # main.py and app_pages/


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test of this folder `app`, so `-m app` / `-m "not app"` select the tier."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.app)


def _run_script(script: str, lang: str, **params: str) -> AppTest:
    at = AppTest.from_file(str(APP_DIR / script), default_timeout=120)
    _set_link(at, lang, params)
    at.run()
    return at


def _open_page(page: str, lang: str, **params: str) -> AppTest:
    at = _run_script("main.py", lang, **params)
    if page != "app_pages/map.py":
        at.switch_page(page)
        _set_link(at, lang, params)
        at.run()
    return at


def _log_in(at: AppTest, role: str) -> str | None:
    """Before the first run: an account of `role` in the test's store, logged in in this session.

    `anonymous` logs nobody in (a visitor is a viewer). The password is never typed: the login form
    itself is tested in tests/app/test_login.py.
    """
    if role == "anonymous":
        return None
    name = f"{role}-test"
    if accounts.get(name) is None:
        accounts.add(name, role, "a long test password", by="test")
    at.session_state[auth.SESSION_KEY] = auth.SessionAccount(name, role, timeutil.now())
    return name


def _open_page_as(page: str, lang: str, role: str, **params: str) -> AppTest:
    at = AppTest.from_file(str(APP_DIR / "main.py"), default_timeout=120)
    _log_in(at, role)
    _set_link(at, lang, params)
    at.run()
    if page != "app_pages/map.py":
        at.switch_page(page)
        _set_link(at, lang, params)
        at.run()
    return at


def _set_link(at: AppTest, lang: str, params: dict[str, str]) -> None:
    for key in list(at.query_params):
        del at.query_params[key]
    at.query_params["lang"] = lang
    for key, value in params.items():
        at.query_params[key] = value


def layer_titles(at: AppTest) -> set[str]:
    """The layer titles the map page's sidebar offers (one pills widget per group, keys `layers_<group>`)."""
    return {
        option.content
        for group in at.sidebar.button_group
        if str(group.key).startswith("layers_")
        for option in group.proto.options
    }


def _query_param(at: AppTest, key: str) -> str | None:
    value = at.query_params.get(key)
    return value[0] if isinstance(value, list) else value


@pytest.fixture
def run_script() -> Callable[..., AppTest]:
    """Run one script (`main.py` or a page file such as `app_pages/risk.py`) with the link's query parameters."""
    return _run_script


@pytest.fixture
def open_page() -> Callable[..., AppTest]:
    """Open `page` inside main.py's navigation from a link carrying `params`.

    The map page runs first (it is the default) and rewrites the URL, so the link is set again
    after switching to `page`.
    """
    return _open_page


@pytest.fixture
def open_page_as() -> Callable[..., AppTest]:
    """Open `page` (inside the navigation) as `role`: anonymous, viewer, partner, steward or admin."""
    return _open_page_as


@pytest.fixture
def query_param() -> Callable[[AppTest, str], str | None]:
    """The link's value for `key` after the run (AppTest may hold it as a one-item list)."""
    return _query_param
