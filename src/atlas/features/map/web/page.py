"""Building blocks of the map page: map assembly, legend, notices, figures, details panel.

Kept out of atlas/app/app_pages/map.py so the page stays a thin script and these pieces can be reused by the
brief and tested without a browser (`build_map`, `legend_entries`, `notices`, `feature_details`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import folium

from atlas.common.web.mapframe import add_layer, finish_map, new_map, show_map
from atlas.features.map.analysis.figures import key_figures
from atlas.features.map.analysis.legend import (
    FIGURE_KEYS,
    department_table,
    feature_details,
    legend_entries,
    outside_note,
)
from atlas.features.map.analysis.link import MapLink
from atlas.features.risk.analysis.api import latest_release
from atlas.features.risk.web.heat import add_heat_layer
from atlas.foundation.config import ALL, DEFAULT_ZOOM, REGION_CENTER
from atlas.foundation.i18n import t, tn
from atlas.layers.registry import all_layers
from atlas.layers.selection import filtered_frame, view_bounds

MAP_KEY = "atlas_map"


@dataclass(frozen=True)
class BuiltMap:
    map: folium.Map
    counts: dict[str, int]


def build_map(view: MapLink) -> BuiltMap:
    """Folium map of the chosen layers (drawn in registry order), attribution and notices."""
    layers = view.layers if view.layers is not None else tuple(s.id for s in all_layers() if s.default_on)
    location, zoom = _initial_view(view)
    m = new_map(view.lang, location=location, zoom=zoom, online_tiles=view.tiles)
    counts: dict[str, int] = {}
    attributions: list[str] = []
    for spec in sorted(all_layers(), key=lambda s: s.order):
        if spec.id not in layers:
            continue
        if spec.id == "incidents_heat":
            counts[spec.id] = _add_heat(m, view.lang, view.department)
        else:
            frame = filtered_frame(spec.id, view.department)
            counts[spec.id] = 0 if frame is None else add_layer(m, spec.id, view.lang, frame)
        attributions.append(spec.provenance.text("attribution", view.lang))
    if view.department != ALL and view.lat is None and (bounds := view_bounds(view.department)):
        m.fit_bounds([list(bounds[0]), list(bounds[1])])
    synthetic = [s for s in all_layers() if s.id in layers and s.provenance.synthetic]
    notice = t("map.synthetic_onmap", view.lang) if synthetic else None
    finish_map(m, attributions, notice)
    return BuiltMap(m, counts)


def _initial_view(view: MapLink) -> tuple[tuple[float, float], int]:
    if view.lat is not None and view.lon is not None:
        return (view.lat, view.lon), view.zoom or DEFAULT_ZOOM
    return REGION_CENTER, DEFAULT_ZOOM


def _add_heat(m: folium.Map, lang: str, department: str = ALL) -> int:
    """The aggregated incident hexes (latest year, all categories), only the department's when one is chosen."""
    release = latest_release()
    if release is None:
        return 0
    return add_heat_layer(m, lang, release, None, "all", None if department == ALL else department) or 0


def legend_html(layer_ids: list[str], lang: str) -> str:
    """The legend as escaped HTML (rendered with st.html)."""
    from atlas.foundation.html_safe import escape

    def swatch(stroke: str, fill: str, point: bool, line: bool) -> str:
        if line:
            return (
                f"<span style='display:inline-block;width:22px;height:0;border-top:3px solid {stroke};"
                "vertical-align:middle;margin-right:6px'></span>"
            )
        radius = "50%" if point else "2px"
        return (
            f"<span style='display:inline-block;width:14px;height:14px;background:{fill};border:2px solid "
            f"{stroke};border-radius:{radius};vertical-align:middle;margin-right:6px'></span>"
        )

    rows = [f"<div class='atlas-legend' data-lang='{escape(lang)}'><b>{escape(t('map.legend', lang))}</b>"]
    for e in legend_entries(layer_ids, lang):
        tag = f" <i>({escape(t('map.synthetic_tag', lang))})</i>" if e["synthetic"] else ""
        rows.append(
            f"<div class='legend-row' data-layer='{escape(e['id'])}'>"
            f"{swatch(e['stroke'], e['fill'], e['point'], e['line'])}{escape(e['title'])}{tag}</div>"
        )
        for value, colour in e["classes"]:
            rows.append(
                f"<div class='legend-class' style='margin-left:22px'>"
                f"{swatch(e['stroke'], colour, e['point'], False)}{escape(value)}</div>"
            )
    rows.append("</div>")
    return "".join(rows)


def show_key_figures(department: str, lang: str) -> None:
    import streamlit as st

    figures = key_figures(department)
    columns = st.columns(len(FIGURE_KEYS))
    for column, key in zip(columns, FIGURE_KEYS, strict=True):
        value = figures.get(key)
        column.metric(t(f"fig.{key}", lang), "—" if value is None else value)
    with st.expander(t("fig.by_department", lang)):
        st.dataframe(department_table(lang), hide_index=True, width="stretch")
        st.caption(outside_note(lang))


def map_fragment(view: MapLink) -> None:
    """Map, legend and details in one fragment: clicking or panning reruns only this part."""
    import streamlit as st

    @st.fragment
    def _fragment() -> None:
        built = build_map(view)
        left, right = st.columns([4, 1])
        with left:
            result = show_map(
                built.map, key=MAP_KEY, height=620, returned_objects=("last_active_drawing", "center", "zoom")
            )
        with right:
            st.html(legend_html(list(built.counts), view.lang))
            st.caption(tn("map.features_drawn", sum(built.counts.values()), view.lang))
        _remember_view(result)
        details = feature_details(result.get("last_active_drawing"), view.lang)
        st.subheader(t("details.title", view.lang))
        if details is None:
            st.caption(t("details.hint", view.lang))
        else:
            st.table(details.set_index(details.columns[0]))

    _fragment()


def _remember_view(result: Mapping[str, Any]) -> None:
    """Put the map's centre and zoom into the URL so a copied link reopens this view."""
    import streamlit as st

    center, zoom = result.get("center"), result.get("zoom")
    if not center or zoom is None:
        return
    query = {"lat": f"{center['lat']:.4f}", "lon": f"{center['lng']:.4f}", "zoom": str(int(zoom))}
    for key, value in query.items():
        if st.query_params.get(key) != value:
            st.query_params[key] = value
