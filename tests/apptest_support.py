"""Open pages with Streamlit's AppTest the way a shared link opens them."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

import atlas.app

APP_DIR = Path(atlas.app.__file__).resolve().parent  # main.py and app_pages/


def run_script(script: str, lang: str, **params: str) -> AppTest:
    """Run one script (`atlas/app/main.py` or a page file on its own) with the link's query parameters."""
    at = AppTest.from_file(str(APP_DIR / script), default_timeout=120)
    _set_link(at, lang, params)
    at.run()
    return at


def open_page(page: str, lang: str, **params: str) -> AppTest:
    """`page` inside atlas/app/main.py's navigation, opened from a link carrying `params`.

    The map page runs first (it is the default) and rewrites the URL, so the link is set again
    after switching to `page`.
    """
    at = run_script("main.py", lang, **params)
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


def query_param(at: AppTest, key: str) -> str | None:
    """The link's value for `key` after the run (AppTest may hold it as a one-item list)."""
    value = at.query_params.get(key)
    return value[0] if isinstance(value, list) else value
