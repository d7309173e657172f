"""Who is using this browser session: login, logout, idle expiry, and the role checks pages call.

Anonymous visitors are viewers. A login puts the account's name and role in the session (never
the password); every run checks the idle time and the stored account (a disabled account or a
changed role takes effect on the next click). Pages ask `role()` for what to show and call
`require(action, lang)` before a form that changes data: it says why in the page language when the
session may not, and returns False.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from atlas.foundation.config import SESSION_IDLE_HOURS, require_login
from atlas.foundation.i18n import t
from atlas.foundation.roles import ANONYMOUS, can
from atlas.store import accounts, timeutil

SESSION_KEY = "atlas_account"
EXPIRED_KEY = "atlas_session_expired"


@dataclass(frozen=True)
class SessionAccount:
    name: str
    role: str
    last_seen: str  # ISO UTC of the session's last run


def idle_expired(last_seen: str, moment: datetime, idle_hours: float = SESSION_IDLE_HOURS) -> bool:
    """Whether a session last seen at `last_seen` has been idle too long at `moment`."""
    try:
        seen = timeutil.parse(last_seen)
    except ValueError:
        return True  # an unreadable time is an expired session, never an eternal one
    return moment - seen > timedelta(hours=idle_hours)


def current_account() -> SessionAccount | None:
    """The logged-in account of this session, checked now (idle time, disabled, role); None: anonymous."""
    import streamlit as st

    held = st.session_state.get(SESSION_KEY)
    if not isinstance(held, SessionAccount):
        return None
    moment = timeutil.utcnow()
    if idle_expired(held.last_seen, moment):
        st.session_state.pop(SESSION_KEY, None)
        st.session_state[EXPIRED_KEY] = True
        return None
    stored = accounts.get(held.name)
    if stored is None or not stored.active:
        st.session_state.pop(SESSION_KEY, None)
        return None
    fresh = SessionAccount(stored.name, stored.role, timeutil.iso(moment))
    st.session_state[SESSION_KEY] = fresh
    return fresh


def role() -> str:
    """The session's role (viewer when nobody is logged in)."""
    account = current_account()
    return ANONYMOUS if account is None else account.role


def user_name() -> str | None:
    account = current_account()
    return None if account is None else account.name


def allowed(action: str) -> bool:
    return can(role(), action)


def require(action: str, lang: str) -> bool:
    """True when the session may take `action`; otherwise an explanation on the page and False."""
    import streamlit as st

    if allowed(action):
        return True
    st.info(t("auth.refused", lang, role=t(f"role.{_minimum(action)}", lang)), icon=":material/lock:")
    return False


def _minimum(action: str) -> str:
    from atlas.foundation.roles import ACTIONS

    return ACTIONS.get(action, "admin")


def _login_form(lang: str, key: str) -> None:
    import streamlit as st

    with st.form(key, clear_on_submit=True):
        name = st.text_input(t("auth.name", lang), key=f"{key}_name")
        password = st.text_input(t("auth.password", lang), type="password", key=f"{key}_password")
        submitted = st.form_submit_button(t("auth.login", lang))
    if submitted:
        result = accounts.login(name.strip().lower(), password)
        if result.account is None:
            st.error(t(f"auth.{result.reason}", lang), icon=":material/block:")
        else:
            st.session_state[SESSION_KEY] = SessionAccount(
                result.account.name, result.account.role, timeutil.iso(timeutil.utcnow())
            )
            st.session_state.pop(EXPIRED_KEY, None)
            st.rerun()


def _logout() -> None:
    import streamlit as st

    held = st.session_state.pop(SESSION_KEY, None)
    if isinstance(held, SessionAccount):
        accounts.logout(held.name)


def sidebar(lang: str) -> SessionAccount | None:
    """The sidebar's account box: who is logged in (name, role) and a logout button, or a small login form."""
    import streamlit as st

    account = current_account()
    box = st.sidebar.container(key="atlas_account_box")
    if account is not None:
        box.caption(t("auth.who", lang, name=account.name, role=t(f"role.{account.role}", lang)))
        box.button(t("auth.logout", lang), on_click=_logout, key="atlas_logout", icon=":material/logout:")
        return account
    if st.session_state.pop(EXPIRED_KEY, False):
        box.info(t("auth.expired", lang))
    if require_login():
        return None  # the login form fills the page instead (see `login_page`)
    with box.expander(t("auth.login", lang), icon=":material/login:"):
        _login_form(lang, "atlas_login")
    return None


def login_page(lang: str) -> None:
    """The whole page when the deployment requires a login: a title, why, and the form."""
    import streamlit as st

    st.title(t("app.title", lang))
    st.info(t("auth.required", lang), icon=":material/lock:")
    _login_form(lang, "atlas_login_page")
