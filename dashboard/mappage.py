"""Building blocks of the map page: map assembly, legend, notices, figures, details panel.

Kept out of pages/map.py so the page stays a thin script and these pieces can be reused by the
brief and tested without a browser (`build_map`, `legend_entries`, `notices`, `feature_details`).
"""

from __future__ import annotations

from dataclasses import dataclass

import folium
import pandas as pd

from dashboard.config import DEFAULT_ZOOM, REGION_CENTER
from dashboard.figures import figures_by_department, key_figures
from dashboard.i18n import t
from dashboard.mapview import add_layer, display_value, finish_map, label, new_map, show_map
from dashboard.selection import filtered_frame, view_bounds
from dashboard.state import ALL, ViewState
from layers.registry import all_layers, get_layer, load_all

MAP_KEY = "atlas_map"
FIGURE_KEYS = ("mining_sites", "artisanal_sites", "concessions", "border_villages", "shelters",
               "zones_with_service")


@dataclass(frozen=True)
class BuiltMap:
    map: folium.Map
    counts: dict[str, int]


def build_map(view: ViewState) -> BuiltMap:
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
            counts[spec.id] = _add_heat(m, view.lang)
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


def _initial_view(view: ViewState) -> tuple[tuple[float, float], int]:
    if view.lat is not None and view.lon is not None:
        return (view.lat, view.lon), view.zoom or DEFAULT_ZOOM
    return REGION_CENTER, DEFAULT_ZOOM


def _add_heat(m: folium.Map, lang: str) -> int:
    """The aggregated incident hexes (latest year, all categories), via the incidents package."""
    try:
        from dashboard import incidents
    except ImportError:
        return 0
    release = incidents.latest_release()
    if release is None:
        return 0
    return incidents.add_heat_layer(m, lang, release, None, "all") or 0


def notices(layer_ids: list[str], lang: str) -> list[str]:
    """On-screen warnings for what is shown: synthetic layers and schematic roads."""
    out = []
    for spec in all_layers():
        if spec.id in layer_ids and spec.provenance.synthetic:
            out.append(t("map.synthetic_notice", lang, layer=t(f"layer.{spec.id}", lang)))
    if "roads" in layer_ids:
        out.append(t("map.schematic_roads", lang))
    return out


def load_problems(lang: str) -> list[str]:
    """Layers whose file was refused: the message names the file and the problem."""
    return [loaded.error.message(lang) for loaded in load_all().values() if loaded.error]


def legend_entries(layer_ids: list[str], lang: str) -> list[dict]:
    """Legend rows generated from the registry: title, swatch colours and class labels."""
    entries = []
    for spec in all_layers():
        if spec.id not in layer_ids:
            continue
        style = spec.style
        classes = [(display_value(spec.id, style.class_field, value, lang), colour)
                   for value, colour in style.classes.items()] if style.class_field and len(style.classes) > 1 else []
        entries.append({"id": spec.id, "title": t(f"layer.{spec.id}", lang), "stroke": style.color,
                        "fill": style.fill_color or style.color, "point": spec.is_point_layer,
                        "line": set(spec.geometry) <= {"LineString", "MultiLineString"},
                        "classes": classes, "synthetic": spec.provenance.synthetic})
    return entries


def legend_html(layer_ids: list[str], lang: str) -> str:
    """The legend as escaped HTML (rendered with st.html)."""
    from dashboard.html_safe import escape

    def swatch(stroke: str, fill: str, point: bool, line: bool) -> str:
        if line:
            return f"<span style='display:inline-block;width:22px;height:0;border-top:3px solid {stroke};" \
                   "vertical-align:middle;margin-right:6px'></span>"
        radius = "50%" if point else "2px"
        return (f"<span style='display:inline-block;width:14px;height:14px;background:{fill};border:2px solid "
                f"{stroke};border-radius:{radius};vertical-align:middle;margin-right:6px'></span>")

    rows = [f"<div class='atlas-legend' data-lang='{escape(lang)}'><b>{escape(t('map.legend', lang))}</b>"]
    for e in legend_entries(layer_ids, lang):
        tag = f" <i>({escape(t('map.synthetic_tag', lang))})</i>" if e["synthetic"] else ""
        rows.append(f"<div class='legend-row' data-layer='{escape(e['id'])}'>"
                    f"{swatch(e['stroke'], e['fill'], e['point'], e['line'])}{escape(e['title'])}{tag}</div>")
        for value, colour in e["classes"]:
            rows.append(f"<div class='legend-class' style='margin-left:22px'>"
                        f"{swatch(e['stroke'], colour, e['point'], False)}{escape(value)}</div>")
    rows.append("</div>")
    return "".join(rows)


def feature_details(drawing: dict | None, lang: str) -> pd.DataFrame | None:
    """Full details of a clicked feature, looked up server-side from its layer and id."""
    if not drawing:
        return None
    props = drawing.get("properties") or {}
    layer_id, fid = props.get("_layer"), props.get("_fid")
    if not layer_id or fid is None:
        return None
    try:
        spec = get_layer(layer_id)
    except KeyError:
        return None
    frame = filtered_frame(layer_id)
    if frame is None:
        return None
    matches = frame[frame.index.astype(str) == str(fid)]
    if matches.empty:
        return None
    row = matches.iloc[0].to_dict()
    fields = [*spec.popup_fields, *[c for c in ("location_basis", "location_precision", "source", "license")
                                    if c in row and c not in spec.popup_fields]]
    records = [{"field": label(f, lang), "value": str(display_value(spec.id, f, row.get(f), lang))}
               for f in fields if row.get(f) not in (None, "") and str(row.get(f)) != "nan"]
    records.append({"field": t("sources.licence", lang), "value": spec.provenance.text("licence", lang)})
    records.append({"field": t("sources.date", lang), "value": spec.provenance.text("date", lang)})
    records.append({"field": t("sources.located", lang), "value": spec.provenance.located[lang]})
    return pd.DataFrame(records).rename(columns={"field": t("details.field", lang), "value": t("details.value", lang)})


def show_key_figures(department: str, lang: str) -> None:
    import streamlit as st

    figures = key_figures(department)
    columns = st.columns(len(FIGURE_KEYS))
    for column, key in zip(columns, FIGURE_KEYS, strict=True):
        value = figures.get(key)
        column.metric(t(f"fig.{key}", lang), "—" if value is None else value)
    with st.expander(t("fig.by_department", lang)):
        table = figures_by_department()[["department", *FIGURE_KEYS]]
        st.dataframe(table.rename(columns={k: t(f"fig.{k}", lang) for k in ["department", *FIGURE_KEYS]}),
                     hide_index=True, width="stretch")


def map_fragment(view: ViewState) -> None:
    """Map, legend and details in one fragment: clicking or panning reruns only this part."""
    import streamlit as st

    @st.fragment
    def _fragment() -> None:
        built = build_map(view)
        left, right = st.columns([4, 1])
        with left:
            result = show_map(built.map, key=MAP_KEY, height=620,
                              returned_objects=("last_active_drawing", "center", "zoom"))
        with right:
            st.html(legend_html(list(built.counts), view.lang))
            st.caption(t("map.features_drawn", view.lang, n=sum(built.counts.values())))
        _remember_view(result)
        details = feature_details(result.get("last_active_drawing"), view.lang)
        st.subheader(t("details.title", view.lang))
        if details is None:
            st.caption(t("details.hint", view.lang))
        else:
            st.table(details.set_index(details.columns[0]))

    _fragment()


def _remember_view(result: dict) -> None:
    """Put the map's centre and zoom into the URL so a copied link reopens this view."""
    import streamlit as st

    center, zoom = result.get("center"), result.get("zoom")
    if not center or zoom is None:
        return
    query = {"lat": f"{center['lat']:.4f}", "lon": f"{center['lng']:.4f}", "zoom": str(int(zoom))}
    for key, value in query.items():
        if st.query_params.get(key) != value:
            st.query_params[key] = value
