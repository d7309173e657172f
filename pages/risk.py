"""Risk page: the incident hexagon choropleth, totals, trend and the disclosure note (issue 3)."""

from __future__ import annotations

import streamlit as st

from dashboard.boot import require_app_shell
from dashboard.i18n import t
from dashboard.incidents import latest_release
from dashboard.incidents.view import (
    add_heat_to_map,
    category_label,
    disclosure_note,
    period_label,
    totals_table,
    trend_figure,
)
from dashboard.mapview import finish_map, new_map, show_map
from dashboard.state import get_language

require_app_shell()
lang = get_language()
st.title(t("risk.title", lang))
st.caption(t("risk.intro", lang))

release = latest_release()
if release is None:
    st.info(t("risk.no_release", lang))
    st.stop()

if release.synthetic:
    st.warning(t("risk.note.synthetic", lang))

# --- view from the URL (a link reopens the same period and category) -------------------------
periods, categories = release.periods, release.categories
asked_period = st.query_params.get("period", release.default_period)
asked_category = st.query_params.get("category", "all")
if asked_period not in periods or asked_category not in categories:
    st.caption(t("risk.bad_link", lang))
period0 = asked_period if asked_period in periods else release.default_period
category0 = asked_category if asked_category in categories else "all"

c1, c2 = st.columns(2)
period = c1.selectbox(t("risk.period", lang), periods, index=periods.index(period0),
                      format_func=lambda p: period_label(p, lang), key="risk_period")
category = c2.selectbox(t("risk.category", lang), categories, index=categories.index(category0),
                        format_func=lambda c: category_label(c, lang), key="risk_category")
st.query_params["period"] = period
st.query_params["category"] = category

# --- map (it carries the legend of published classes) and totals --------------------------------
m = new_map(lang)
add_heat_to_map(m, lang, release, period, category)
finish_map(m, [str(release.meta.get("source", ""))],
           notice=t("risk.map.synthetic", lang) if release.synthetic else None)
show_map(m, key="risk_map", height=520, returned_objects=())
st.subheader(t("risk.totals", lang))
st.dataframe(totals_table(release, period, category, lang), hide_index=True)

# --- trend ------------------------------------------------------------------------------------
st.subheader(t("risk.trend", lang))
st.plotly_chart(trend_figure(release, category, lang), config={"displayModeBar": False})
st.caption(t("risk.trend.note", lang))

# --- disclosure note and provenance -----------------------------------------------------------
st.info(f"**{t('risk.note.title', lang)}** — {disclosure_note(release, lang)}")
st.caption(t("risk.source", lang, source=release.meta.get("source", ""), licence=release.meta.get("licence", ""),
             name=release.name, created=str(release.meta.get("created", ""))[:10]))
