"""Make sure every page runs inside app.py's navigation (language switch, titles, page list).

Streamlit treats a `pages/` folder beside the entry script as a legacy (v1) multipage app until
`st.navigation` has run once in the process: the very first request to a fresh server for, say,
/map would run pages/map.py on its own, without app.py. Each page calls `require_app_shell()`
first; in that one case it switches legacy mode off and reruns, so app.py handles the request.
"""

from __future__ import annotations


def require_app_shell() -> None:
    import streamlit as st
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
