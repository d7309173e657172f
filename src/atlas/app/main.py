"""Kédougou Atlas entry point: `streamlit run atlas/app/main.py`.

Sets the page, the language switch (French by default, kept in the URL) and the navigation.
Each page lives in app_pages/ (not `pages/`, which would start Streamlit's legacy multipage mode) and
stays thin; the logic is in the features, layers and foundation packages.
"""

from __future__ import annotations

import streamlit as st

from atlas.common.web import auth
from atlas.common.web.builtin_texts import builtin_texts_style
from atlas.common.web.errors import run_guarded
from atlas.common.web.urlstate import get_language
from atlas.foundation.config import LANGUAGES, STATIC_URL, require_login
from atlas.foundation.i18n import t
from atlas.foundation.roles import can

# A local favicon: a ":material/...:" page icon would be fetched from the internet. Its static URL,
# not its file: a file is read and registered as media on every run (5 % of a new session, py-spy),
# a static file is served by `atlas serve` and cached by the browser.
st.set_page_config(page_title="Atlas de Kédougou", page_icon=f"{STATIC_URL}/favicon.png", layout="wide")

PAGES: list[tuple[str, str, str, str]] = [  # (file, url_path, title key, icon)
    ("app_pages/map.py", "map", "page.map", ":material/map:"),
    ("app_pages/risk.py", "risk", "page.risk", ":material/hexagon:"),
    ("app_pages/outreach.py", "outreach", "page.outreach", ":material/route:"),
    ("app_pages/csr.py", "csr", "page.csr", ":material/factory:"),
    ("app_pages/data.py", "data", "page.data", ":material/database:"),
    ("app_pages/deck.py", "deck", "page.deck", ":material/slideshow:"),
]
# Pages only some roles see in the navigation (the page checks again: a URL is user input).
RESTRICTED: dict[str, tuple[tuple[str, str, str, str], str]] = {
    "activity": (("app_pages/activity.py", "activity", "page.activity", ":material/history:"), "view_activity"),
}


def _language_switch() -> str:
    """FR/EN switch; the choice goes into the URL so the current view (other params) is kept."""
    lang = get_language()
    # A click on the switch reruns the script with the new choice already in the widget's state but
    # not yet in the URL: take it before drawing, or the label would stay in the old language ("Langue").
    pending = st.session_state.get("lang_switch")
    if pending in LANGUAGES:
        lang = pending
    choice = st.sidebar.segmented_control(
        t("app.language", lang),
        options=list(LANGUAGES),
        default=lang,
        key="lang_switch",
        format_func=lambda code: t("language.name", code),  # each catalog names its own language
    )
    if choice and choice != lang:
        lang = choice
    st.session_state["lang"] = lang
    if st.query_params.get("lang") != lang:
        st.query_params["lang"] = lang
    return lang


lang = _language_switch()
st.html(builtin_texts_style(lang))  # Streamlit's own English widget texts, in the page language
st.sidebar.caption(t("app.tagline", lang))
account = auth.sidebar(lang)
if account is None and require_login():  # nothing but the login form until someone logs in
    auth.login_page(lang)
    st.stop()
role = account.role if account is not None else "viewer"
shown = [*PAGES, *(page for page, action in RESTRICTED.values() if can(role, action))]
pages = [
    st.Page(path, title=t(title, lang), url_path=url, icon=icon, default=(url == "map"))
    for path, url, title, icon in shown
]
# A failing page shows a message and a reference, never a traceback (the log keeps it, common.web.errors).
run_guarded(st.navigation(pages).run, lang)
