"""Activity: the audit trail (who imported, reverted, ingested, logged in, changed an account), for stewards
and admins, with filters and an XLSX download; account management for admins."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from atlas.common.reports.tables import XLSX_MIME, xlsx_bytes
from atlas.common.web import auth
from atlas.common.web.layout import compact_style
from atlas.common.web.urlstate import get_language
from atlas.features.data.analysis.activity import LogFilter, log_entries, log_frame
from atlas.foundation.i18n import t
from atlas.foundation.roles import ROLES
from atlas.layers.registry import all_layers
from atlas.store import accounts, audit

lang = get_language()
compact_style()
st.title(t("page.activity", lang))
if not auth.require("view_activity", lang):  # the navigation hides the page; a typed URL is refused here
    st.stop()
me = auth.user_name() or ""

ANY = ""
left, mid, right = st.columns(3)
action = left.selectbox(
    t("activity.col.action", lang),
    [ANY, *audit.ACTIONS],
    format_func=lambda a: t("activity.any", lang) if a == ANY else t(f"activity.action.{a}", lang),
)
layer = mid.selectbox(
    t("sources.layer", lang),
    [ANY, *(s.id for s in all_layers())],
    format_func=lambda x: t("activity.any", lang) if x == ANY else t(f"layer.{x}", lang),
)
person = right.text_input(t("activity.col.person", lang), max_chars=64)
# Day first in French (the order people write); Streamlit only knows these three orders.
period = st.date_input(
    t("risk.period", lang), value=[], max_value=dt.date.today(), format="DD/MM/YYYY" if lang == "fr" else "YYYY/MM/DD"
)
since = until = None
if isinstance(period, tuple) and len(period) == 2:
    since, until = period[0].isoformat(), period[1].isoformat()
entries = log_entries(LogFilter.clean(action or None, layer or None, person, since, until))
table = log_frame(entries, lang)
st.caption(t("activity.count", lang, n=len(entries)))
st.dataframe(table, hide_index=True, width="stretch")
st.download_button(
    t("activity.download", lang),
    data=xlsx_bytes(table, sheet="activity"),
    file_name="atlas-activity.xlsx",
    mime=XLSX_MIME,
    icon=":material/download:",
    on_click="ignore",
)

if not auth.allowed("manage_accounts"):
    st.stop()
st.header(t("accounts.title", lang))
listing = accounts.all_accounts()
st.dataframe(
    [
        {
            t("auth.name", lang): a.name,
            t("accounts.role", lang): t(f"role.{a.role}", lang),
            t("accounts.created", lang): a.created_at.replace("T", " ").rstrip("Z"),
            t("accounts.disabled", lang): (a.disabled_at or "").replace("T", " ").rstrip("Z"),
        }
        for a in listing
    ],
    hide_index=True,
    width="stretch",
)


def _refusal(exc: accounts.AccountError) -> None:
    st.error(t(f"accounts.error.{exc.reason}", lang), icon=":material/block:")


with st.form("account_add", clear_on_submit=True):
    st.subheader(t("accounts.add", lang))
    name = st.text_input(t("auth.name", lang), max_chars=32)
    role = st.selectbox(t("accounts.role", lang), ROLES, format_func=lambda r: t(f"role.{r}", lang))
    password = st.text_input(t("auth.password", lang), type="password")
    if st.form_submit_button(t("accounts.add", lang)):
        try:
            accounts.add(name.strip().lower(), role, password, by=me)
        except accounts.AccountError as exc:
            _refusal(exc)
        else:
            st.success(t("accounts.added", lang, name=name.strip().lower()))

active = [a.name for a in listing if a.active and a.name != me]
with st.form("account_disable"):
    st.subheader(t("accounts.disable", lang))
    who = st.selectbox(t("auth.name", lang), active, index=None, placeholder=t("common.choose", lang))
    if st.form_submit_button(t("accounts.disable", lang)) and who:
        accounts.disable(who, by=me)
        st.success(t("accounts.disabled_done", lang, name=who))

with st.form("account_password", clear_on_submit=True):
    st.subheader(t("accounts.reset", lang))
    target = st.selectbox(
        t("auth.name", lang),
        [a.name for a in listing if a.active],
        index=None,
        placeholder=t("common.choose", lang),
    )
    new_password = st.text_input(t("auth.password", lang), type="password")
    if st.form_submit_button(t("accounts.reset", lang)) and target:
        try:
            accounts.set_password(target, new_password, by=me)
        except accounts.AccountError as exc:
            _refusal(exc)
        else:
            st.success(t("accounts.reset_done", lang, name=target))
