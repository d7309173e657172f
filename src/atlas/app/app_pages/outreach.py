"""Outreach page: pick a start, stops (lists or map), a season and a vehicle; leave with a GPX and a printed plan."""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable
from functools import partial

import geopandas as gpd
import pandas as pd
import streamlit as st

from atlas.common.reports.tables import XLSX_MIME
from atlas.common.web import auth
from atlas.common.web.layout import compact_style
from atlas.common.web.mapframe import show_map
from atlas.common.web.urlstate import get_language, write_link
from atlas.features.deck.web.state import add_view_control
from atlas.features.outreach.analysis.candidates import candidate_stops, filter_candidates, start_options
from atlas.features.outreach.analysis.link import MAX_HOURS, MAX_STOPS, OutreachLink
from atlas.features.outreach.analysis.model import DEFAULT_MODEL, SEASONS, VEHICLES
from atlas.features.outreach.analysis.tour import Tour, plan_tour
from atlas.features.outreach.reports.itinerary_pdf import build_itinerary_pdf
from atlas.features.outreach.reports.outputs import TourOutputs, parameter_text, tour_outputs
from atlas.features.outreach.web.route_map import build_route_map
from atlas.foundation.config import DEPARTMENTS, WGS84
from atlas.foundation.html_safe import md_escape
from atlas.foundation.i18n import t, tn
from atlas.layers.registry import data_stamp

lang = get_language()
compact_style()  # a smaller header: more of the page above a projector's fold
STOPS_KEY = "outreach_stops"


@st.cache_data(max_entries=4, show_spinner=False)
def _candidates(stamp: tuple) -> tuple[pd.DataFrame, str | None]:
    """Cached per data version (`stamp`): an import or a revert is seen at once."""
    return candidate_stops()


@st.cache_resource(max_entries=32, show_spinner=False)
def _tour(
    start: str,
    stops: tuple[str, ...],
    season: str,
    return_to_start: bool,
    hours: float,
    visit: int,
    vehicle: str,
    stamp: tuple,
) -> Tour:
    """One shared (not copied) plan per inputs: the page's outputs and the PDF are built from it."""
    return plan_tour(start, list(stops), season, return_to_start, hours or None, float(visit), vehicle=vehicle)


@st.cache_data(max_entries=32, show_spinner=False)
def _outputs(
    start: str,
    stops: tuple[str, ...],
    season: str,
    return_to_start: bool,
    hours: float,
    visit: int,
    language: str,
    vehicle: str,
    stamp: tuple,
) -> TourOutputs:
    return tour_outputs(_tour(start, stops, season, return_to_start, hours, visit, vehicle, stamp), language)


STAMP = data_stamp()  # the current data versions: every cache below is keyed on them
table, release = _candidates(STAMP)
labels = dict(zip(table["id"], table["label"], strict=True))
query = OutreachLink.from_query(st.query_params.to_dict(), set(labels))

st.title(t("outreach.title", lang))
st.caption(t("outreach.intro", lang))

# --- start, season, vehicle, options ---------------------------------------------------------
starts = start_options(table)
c1, c2, c_vehicle = st.columns([3, 5, 3])  # what to plan; the options go on a second row (narrow screens)
start = c1.selectbox(
    t("outreach.start", lang),
    starts,
    index=starts.index(query.start) if query.start in starts else 0,
    format_func=lambda i: labels[i],
    key="outreach_start",
)
season = c2.radio(
    t("common.season", lang),
    SEASONS,
    index=SEASONS.index(query.season),
    horizontal=True,
    format_func=lambda s: t(f"outreach.season.{s}", lang),
    key="outreach_season",
)
vehicle = c_vehicle.radio(
    t("outreach.vehicle", lang),
    VEHICLES,
    index=VEHICLES.index(query.vehicle),
    horizontal=True,
    format_func=lambda v: t(f"outreach.vehicle.{v}", lang),
    key="outreach_vehicle",
)
c3, c4, c5 = st.columns(3)
return_to_start = c3.checkbox(t("outreach.return", lang), value=query.return_to_start, key="outreach_return")
hours = c4.number_input(
    t("outreach.max_hours", lang),
    min_value=0.0,
    max_value=MAX_HOURS,
    step=0.5,
    value=float(query.max_hours),
    format="%g",  # "8", not "8.00" (Streamlit writes a decimal point whatever the language)
    key="outreach_hours",
)
visit = c5.number_input(
    t("outreach.visit_minutes", lang),
    min_value=0,
    max_value=480,
    step=15,
    value=int(query.visit_minutes),
    key="outreach_visit",
)

# --- filters and stops -----------------------------------------------------------------------
with st.expander(t("outreach.filters", lang), expanded=False):
    f1, f2, f3, f4 = st.columns(4)
    groups = f1.multiselect(
        t("outreach.filter.group", lang),
        ["mining_site", "border_village", "place"],
        format_func=lambda g: t(f"outreach.group.{g}", lang),
        key="outreach_groups",
        placeholder=t("common.choose", lang),
    )
    departments = f2.multiselect(
        t("dept.label", lang),
        list(DEPARTMENTS),
        key="outreach_depts",
        placeholder=t("common.choose", lang),
    )
    coverage = f3.multiselect(
        t("outreach.filter.coverage", lang),
        ["none", "low", "medium", "high", "unknown"],
        format_func=lambda c: t(f"outreach.coverage.{c}", lang),
        key="outreach_coverage",
        placeholder=t("common.choose", lang),
    )
    risk_values = sorted(table["risk_class"].unique())
    risk = f4.multiselect(
        t("outreach.filter.risk", lang),
        risk_values,
        key="outreach_risk",
        placeholder=t("common.choose", lang),
        format_func=lambda r: t("outreach.risk.unknown", lang) if r == "unknown" else r,
    )
    # Which zones have no service comes from the partner layer (shelter availability): partners and up only.
    no_services = auth.allowed("view_confidential") and st.checkbox(
        t("outreach.filter.no_services", lang), key="outreach_no_services"
    )
    if release is None:
        st.caption(t("outreach.risk.unavailable", lang))
    st.caption(t("outreach.synthetic_coverage", lang))

filtered = filter_candidates(table, groups, departments, coverage, risk, no_services)
if STOPS_KEY not in st.session_state:
    st.session_state[STOPS_KEY] = [s for s in query.stops if s != start]
pending = st.session_state.pop("outreach_pending", None)
if pending and pending not in st.session_state[STOPS_KEY] and pending != start:
    st.session_state[STOPS_KEY] = [*st.session_state[STOPS_KEY], pending]
selected = [s for s in st.session_state[STOPS_KEY] if s in labels and s != start][:MAX_STOPS]
st.session_state[STOPS_KEY] = selected
options = list(dict.fromkeys([*selected, *[i for i in filtered["id"] if i != start]]))
stops = st.multiselect(
    t("outreach.stops", lang),
    options,
    format_func=lambda i: labels[i],
    key=STOPS_KEY,
    max_selections=MAX_STOPS,
    placeholder=t("common.choose", lang),
)

if len(stops) >= MAX_STOPS:  # "Select all" stops at the limit without a word: say it
    st.caption(t("outreach.max_stops_reached", lang, max=MAX_STOPS))
state = OutreachLink(start, tuple(stops), season, return_to_start, float(hours), int(visit), vehicle)
write_link(st.query_params, state.to_query())
add_view_control("outreach", state.to_query(), f"{t('page.outreach', lang)} — {labels[start]}", lang)

# --- plan ------------------------------------------------------------------------------------
outputs = (
    _outputs(start, tuple(stops), season, return_to_start, float(hours), int(visit), lang, vehicle, STAMP)
    if stops
    else None
)
if outputs is None:
    st.info(t("outreach.need_stops", lang))
else:
    st.success(outputs.summary)  # catalog words and numbers only
    if outputs.unreachable_message:
        st.error(md_escape(outputs.unreachable_message))  # names from imported data: shown as typed
    if outputs.duplicates:
        st.caption(
            md_escape(tn("outreach.duplicates", len(outputs.duplicates), lang, names=", ".join(outputs.duplicates)))
        )
    for line in outputs.warnings[:1]:
        st.warning(md_escape(line))

dots = gpd.GeoDataFrame(
    filtered[["id", "label"]], geometry=gpd.points_from_xy(filtered["lon"], filtered["lat"]), crs=WGS84
)
route_map = build_route_map(outputs, lang, dots)
map_key = f"outreach_map_{zlib.crc32(repr((start, stops, season, return_to_start, vehicle)).encode()):08x}"
clicked = show_map(route_map, key=map_key, height=560, returned_objects=["last_object_clicked"])
click = (clicked or {}).get("last_object_clicked")
if click and click != st.session_state.get("outreach_last_click"):
    st.session_state["outreach_last_click"] = click
    distance = (filtered["lat"] - click["lat"]) ** 2 + ((filtered["lon"] - click["lng"]) * math.cos(0.22)) ** 2
    if len(distance) and distance.min() < 0.01**2:  # within about 1 km of a proposed stop
        st.session_state["outreach_pending"] = filtered.loc[distance.idxmin(), "id"]
        st.rerun()

if outputs is not None:
    st.subheader(t("outreach.legs", lang))
    st.dataframe(outputs.legs_table, hide_index=True, width="stretch", key="outreach_legs")
    for line in outputs.warnings[1:]:
        st.warning(md_escape(line))
    st.subheader(t("common.downloads", lang))
    slug = t("outreach.file_slug", lang, season=season, vehicle=vehicle)
    # The PDF is built only when clicked (a callable is run by Streamlit then), from the same cached plan.
    tour = _tour(start, tuple(stops), season, return_to_start, float(hours), int(visit), vehicle, STAMP)
    downloads: list[tuple[str, bytes | Callable[[], bytes], str, str, str]] = [  # label, data, file, mime, key
        ("gpx", outputs.gpx.encode("utf-8"), f"{slug}.gpx", "application/gpx+xml", "gpx"),
        ("xlsx", outputs.legs_xlsx, f"{slug}_legs.xlsx", XLSX_MIME, "xlsx"),
        ("matrix", outputs.matrix_xlsx, f"{slug}_matrix.xlsx", XLSX_MIME, "matrix"),
        ("csv", outputs.csv, f"{slug}_legs.csv", "text/csv", "csv"),
        ("itinerary", outputs.itinerary_html.encode("utf-8"), f"{slug}_{lang}.html", "text/html", "itinerary"),
        ("itinerary_pdf", partial(build_itinerary_pdf, tour, lang), f"{slug}_{lang}.pdf", "application/pdf", "pdf"),
    ]
    columns = [*st.columns(3), *st.columns(3)]
    for column, (label, data, file_name, mime, key) in zip(columns, downloads, strict=True):
        column.download_button(  # on_click="ignore": a download never reruns the page
            t(f"outreach.download.{label}", lang),
            data,
            file_name=file_name,
            mime=mime,
            key=f"outreach_dl_{key}",
            on_click="ignore",
        )

with st.expander(t("outreach.model", lang)):
    st.caption(t("outreach.model.note", lang))
    st.caption(t("outreach.model.vehicles", lang))
    rows = [
        (t(f"outreach.param.{name}", lang), parameter_text(value, lang)) for name, value in DEFAULT_MODEL.parameters()
    ]
    params = pd.DataFrame(rows, columns=[t("outreach.param", lang), t("details.value", lang)])
    st.dataframe(params, hide_index=True, width="stretch", key="outreach_params")
