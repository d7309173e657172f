"""Risk page: the incident hexagon choropleth, totals, a comparison of two periods, the one-page brief,
the trend and the disclosure note (issue 3)."""

from __future__ import annotations

import streamlit as st

from atlas.common.web.layout import compact_style
from atlas.common.web.urlstate import get_language, write_link
from atlas.features.deck.web.state import add_view_control
from atlas.features.risk.analysis.api import latest_release
from atlas.features.risk.analysis.labels import category_label, disclosure_note, period_label
from atlas.features.risk.analysis.link import RiskLink
from atlas.features.risk.web.heat import trend_figure
from atlas.features.risk.web.origin import show_origins
from atlas.features.risk.web.page import brief_button, compare_selector, show_heat
from atlas.foundation.html_safe import md_escape
from atlas.foundation.i18n import t

lang = get_language()
compact_style()  # a smaller header: more of the page above a projector's fold
st.title(t("risk.title", lang))
st.caption(t("risk.intro", lang))

release = latest_release()
if release is None:
    st.info(t("risk.no_release", lang))
    st.stop()

if release.synthetic:
    st.warning(t("risk.note.synthetic", lang))

# --- view from the URL (a link reopens the same period, category and comparison) -------------
link = RiskLink.from_query(st.query_params.to_dict(), release)
if link.bad_view:
    st.caption(t("risk.bad_link", lang))
if link.bad_compare:
    st.caption(t("risk.compare.bad_link", lang))
periods, categories = release.periods, release.categories

c1, c2, c3 = st.columns(3)
period = c1.selectbox(
    t("risk.period", lang),
    periods,
    index=periods.index(link.period),
    format_func=lambda p: period_label(p, lang),
    key="risk_period",
)
category = c2.selectbox(
    t("risk.category", lang),
    categories,
    index=categories.index(link.category),
    format_func=lambda c: category_label(c, lang),
    key="risk_category",
)
compare = compare_selector(c3, release, period, st.query_params.get("compare"), lang)
st.caption(t("risk.compare.same_kind", lang))
view = RiskLink(period, category, compare)
write_link(st.query_params, view.to_query())
add_view_control(
    "risk",
    view.to_query(),
    f"{t('page.risk', lang)} — {period_label(period, lang)}, {category_label(category, lang)}",
    lang,
)
brief_button(release, view, lang)

# --- map(s) (each carries the legend of published classes), totals or comparison ---------------
show_heat(release, view, lang)

# --- trend ------------------------------------------------------------------------------------
st.subheader(t("risk.trend", lang))
st.plotly_chart(trend_figure(release, category, lang), config={"displayModeBar": False})
st.caption(t("risk.trend.note", lang))

# --- transnational lens: incidents by victims' country of origin (issue 12) --------------------
show_origins(release, lang)

# --- disclosure note and provenance -----------------------------------------------------------
st.info(f"**{t('risk.note.title', lang)}** — {disclosure_note(release, lang)}")  # catalog words, audited numbers
st.caption(
    t(
        "risk.source",
        lang,
        source=md_escape(release.credit("source", lang)),  # from the release's metadata: shown as typed
        licence=md_escape(release.credit("licence", lang)),
        name=md_escape(release.display_name(lang)),
        created=str(release.meta.get("created", ""))[:10],
    )
)
