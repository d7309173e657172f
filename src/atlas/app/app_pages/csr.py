"""CSR gaps page: pick a concession (or a company) and a radius, leave with the ranked list and the brief."""

from __future__ import annotations

from functools import partial

import streamlit as st

from atlas.common.reports.tables import XLSX_MIME, excel_safe_csv, xlsx_bytes
from atlas.common.web import auth
from atlas.common.web.layout import compact_style
from atlas.common.web.mapframe import show_map
from atlas.common.web.urlstate import get_language, write_link
from atlas.features.csr.analysis.compare import key_figures
from atlas.features.csr.analysis.gaps import FACTORS, SEASONS, GapResult, GapWeights, analyse, export_frame
from atlas.features.csr.analysis.link import MAX_RADIUS_KM, MIN_RADIUS_KM, CsrLink
from atlas.features.csr.analysis.weights import DEFAULT_WEIGHTS, WEIGHT_MAX, WEIGHT_MIN, WEIGHT_STEP, resolve_weights
from atlas.features.csr.analysis.zone import registry_concessions
from atlas.features.csr.reports.report import (
    brief_pdf,
    comparison_table,
    display_table,
    export_table,
    figure_value,
    formula_in_use,
    formula_text,
    gap_legend_html,
    method_text,
    weights_notice,
    weights_table,
    weights_warnings,
)
from atlas.features.csr.web.csr_map import build_csr_map
from atlas.features.deck.web.state import add_view_control
from atlas.features.risk.analysis.release import release_display_name
from atlas.foundation.html_safe import md_escape
from atlas.foundation.i18n import t
from atlas.layers.registry import data_stamp

lang = get_language()
compact_style()  # a smaller header: more of the page above a projector's fold


WEIGHT_KEYS = {name: f"csr_w_{name}" for name in FACTORS}


@st.cache_data(max_entries=32, show_spinner=False)
def _analysis(
    names: tuple[str, ...], radius_km: float, season: str, weights: GapWeights, stamp: tuple = ()
) -> GapResult:
    """Cached per data version (`stamp`): an import or a revert is seen at once."""
    return analyse(list(names), radius_km, weights, season=season)


@st.cache_data(max_entries=16, show_spinner=False)
def _brief(
    names: tuple[str, ...],
    radius_km: float,
    season: str,
    weights: GapWeights,
    language: str,
    stamp: tuple = (),
    other: str | None = None,
) -> bytes:
    """The brief; with `other`, the two-concession comparison as the page shows it."""
    compared = _analysis((other,), radius_km, season, weights, stamp) if other else None
    return brief_pdf(_analysis(names, radius_km, season, weights, stamp), language, compared)


def _reset_weights() -> None:
    """Button callback: runs before the sliders are drawn again, so it may set their state."""
    for name, key in WEIGHT_KEYS.items():
        st.session_state[key] = getattr(DEFAULT_WEIGHTS, name)


def _weight_sliders(initial: GapWeights) -> GapWeights:
    """One slider per factor weight (starting from the link's weights), a reset button; the weights to use."""
    for name, key in WEIGHT_KEYS.items():
        st.session_state.setdefault(key, getattr(initial, name))
    st.caption(t("csr.weights.intro", lang))
    columns = st.columns(3)
    values = {}
    for i, (name, key) in enumerate(WEIGHT_KEYS.items()):
        with columns[i % 3]:
            values[name] = st.slider(
                t(f"csr.factor.{name}", lang),
                min_value=WEIGHT_MIN,
                max_value=WEIGHT_MAX,
                step=WEIGHT_STEP,
                format="%.2f",
                key=key,
            )
            st.caption(t(f"csr.weights.why.{name}", lang))
    choice = resolve_weights(values)
    if choice.all_zero:
        st.warning(t("csr.weights.all_zero", lang), icon=":material/warning:")
    st.button(
        t("csr.weights.reset", lang),
        on_click=_reset_weights,
        disabled=choice.weights.is_default(),
        key="csr_weights_reset",
    )
    return choice.weights


concessions = registry_concessions()
names = [str(n) for n in concessions["name"]]
holder_of = dict(zip(names, concessions["holder"].astype(str), strict=True))
holders = sorted(set(holder_of.values()))
view = CsrLink.from_query(st.query_params.to_dict(), names, holders)

st.title(t("csr.title", lang))
st.caption(t("csr.intro", lang))

# --- choice: company → concession, radius, comparison ----------------------------------------
ALL = ""
col_company, col_concession, col_radius, col_season = st.columns([2, 3, 2, 1])
company_options = [ALL, *holders]
company = col_company.selectbox(
    t("csr.company", lang),
    company_options,
    index=company_options.index(view.company or ALL),
    key="csr_company",
    format_func=lambda h: t("csr.company.all", lang) if h == ALL else h,
)
offered = [n for n in names if company == ALL or holder_of[n] == company]
concession = col_concession.selectbox(
    t("csr.concession", lang),
    offered,
    index=offered.index(view.concession) if view.concession in offered else 0,
    key="csr_concession",
    format_func=lambda n: f"{n} — {holder_of[n]}",
)
radius = col_radius.slider(
    t("csr.radius", lang),
    min_value=MIN_RADIUS_KM,
    max_value=MAX_RADIUS_KM,
    value=float(view.radius_km),
    step=1.0,
    format="%.0f",
    key="csr_radius",
)
season = col_season.radio(
    t("common.season", lang),
    list(SEASONS),
    index=SEASONS.index(view.season),
    key="csr_season",
    format_func=lambda s: t(f"csr.season.{s}", lang),
)

for line in weights_warnings(view.weights_ignored, view.weights_all_zero, lang, quote=md_escape):
    st.warning(line, icon=":material/warning:")  # the link's names and values escaped: shown as typed
with st.expander(t("csr.weights.title", lang), expanded=not view.weights.is_default()):
    weights = _weight_sliders(view.weights)

STAMP = data_stamp()  # the current data versions: the caches above are keyed on them
result = _analysis((concession,), radius, season, weights, STAMP)

# --- notices: synthetic layers, footprint approximation, risk source -------------------------
if result.bajenu_synthetic:
    st.warning(t("csr.synthetic_notice", lang), icon=":material/warning:")
if result.footprint.basis != "perimeter":
    st.info(t(f"csr.basis_notice.{result.footprint.basis}", lang), icon=":material/info:")
if result.risk_release is None:
    st.caption(t("csr.risk_notice.unknown", lang))
elif result.risk_synthetic:
    st.caption(
        md_escape(t("csr.risk_notice.synthetic", lang, release=release_display_name(str(result.risk_release), lang)))
    )

# --- figures, map, table ---------------------------------------------------------------------
figures = key_figures(result)
cols = st.columns(4)
cols[0].metric(t("csr.fig.members", lang), figures["members"])
cols[1].metric(t("csr.fig.no_service_in_zone", lang), figures["no_service_in_zone"])
cols[2].metric(t("csr.fig.border_members", lang), figures["border_members"])
cols[3].metric(t("csr.fig.max_gap", lang), figure_value("max_gap", figures["max_gap"], lang))

st.subheader(t("csr.map", lang))
left, right = st.columns([4, 1])
with left:
    csr_map, _counts = build_csr_map(result, lang, auth.role())
    show_map(csr_map, key=f"csr_map_{concession}_{radius:g}", height=520, returned_objects=())
with right:
    st.html(gap_legend_html(lang))

st.subheader(t("csr.table", lang))
if weights.is_default():
    st.caption(weights_notice(weights, lang))
else:
    st.warning(weights_notice(weights, lang), icon=":material/tune:")
if result.table.empty:
    st.info(t("csr.empty", lang))
else:
    st.dataframe(display_table(result, lang), hide_index=True, width="stretch", key="csr_table")

# --- comparison (before the downloads: the brief carries it too) ---------------------------
st.subheader(t("csr.compare.title", lang))
others = [ALL, *[n for n in names if n != concession]]
other = st.selectbox(
    t("common.compare_with", lang),
    others,
    index=others.index(view.compare) if view.compare in others else 0,
    key="csr_compare",
    format_func=lambda n: t("csr.compare.none", lang) if n == ALL else n,
)
if other:
    st.dataframe(  # every row shown: no inner scroll hides the last figures
        comparison_table(result, _analysis((other,), radius, season, weights, STAMP), lang),
        hide_index=True,
        width="stretch",
        height="content",
        key="csr_compare_table",
    )

# --- downloads -------------------------------------------------------------------------------
st.subheader(t("common.downloads", lang))
export = export_frame(result)
slug = "".join(c if c.isalnum() else "_" for c in concession).strip("_").lower()
slug += "" if weights.is_default() else "_custom_weights"  # a custom ranking never passes for the default one
d1, d2, d3 = st.columns(3)
d1.download_button(
    t("csr.download.csv", lang),
    excel_safe_csv(export_table(export, lang), lang),
    file_name=f"csr_gaps_{slug}_{radius:g}km.csv",
    mime="text/csv",
    key="csr_dl_csv",
    on_click="ignore",
)
d2.download_button(
    t("csr.download.excel", lang),
    xlsx_bytes(export_table(export, lang), t("csr.table", lang)),
    file_name=f"csr_gaps_{slug}_{radius:g}km.xlsx",
    mime=XLSX_MIME,
    key="csr_dl_excel",
    on_click="ignore",
)
# Downloads never rerun the page; the brief is made only when clicked (from the cached analysis).
d3.download_button(
    t("csr.download.brief", lang),
    partial(_brief, (concession,), radius, season, weights, lang, STAMP, other or None),
    file_name=f"csr_brief_{slug}_{radius:g}km_{lang}.pdf",
    mime="application/pdf",
    key="csr_dl_brief",
    on_click="ignore",
)

# --- score: formula, weights, method ---------------------------------------------------------
st.subheader(t("csr.score", lang))
st.markdown(f"`{formula_text(lang)}`")
st.markdown(f"`{formula_in_use(weights, lang)}`")
st.dataframe(weights_table(result.weights, lang), hide_index=True, width="stretch", key="csr_weights")
st.caption(method_text(result, lang))

# --- the view goes into the URL so a link reopens it -----------------------------------------
link = CsrLink(concession, radius, other or None, company or None, season, weights)
write_link(st.query_params, link.to_query())
add_view_control("csr", link.to_query(), f"{t('page.csr', lang)} — {concession}", lang)
