"""Building blocks of the map page: map assembly, legend, notices, figures, details panel.

Kept out of atlas/app/app_pages/map.py so the page stays a thin script and these pieces can be reused by the
brief and tested without a browser (`build_map`, `legend_entries`, `notices`, `feature_details`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import folium
import geopandas as gpd
import pandas as pd

from atlas.common.web.cachescope import CacheScope, cache_scope
from atlas.common.web.mapcomponent import (
    MapPayload,
    bounds_dict,
    chrome_script,
    component_key,
    overlay_script,
    render_payload,
    show_payload,
)
from atlas.common.web.mapframe import add_cells, add_layer, display_tolerance, finish_map, new_map, zoom_gated
from atlas.common.web.markdown import md_frame
from atlas.features.map.analysis.figures import figures_by_department, key_figures
from atlas.features.map.analysis.legend import (
    department_table,
    feature_details,
    figure_keys,
    legend_entries,
    load_problems,
    notices,
    outside_note,
)
from atlas.features.map.analysis.link import MapLink
from atlas.features.map.analysis.viewport import (
    VIEW_PX,
    Bounds,
    bounds_around,
    degrees_per_pixel,
    depends_on_view,
    parse_bounds,
    points_in_view,
    snap_bounds,
)
from atlas.features.risk.analysis.api import latest_release, release_version
from atlas.features.risk.web.heat import add_heat_layer
from atlas.foundation.config import ALL, DEFAULT_ZOOM, MAX_ZOOM, MIN_ZOOM, REGION_CENTER
from atlas.foundation.html_safe import escape
from atlas.foundation.i18n import t, tn
from atlas.foundation.memo import shared_cache
from atlas.foundation.numbers import cell_text
from atlas.layers.labels import credit_line
from atlas.layers.registry import all_layers, current_provenance, get_layer
from atlas.layers.selection import filtered_frame, view_bounds

MAP_KEY = "atlas_map"
HOME_KEY = "atlas_map_home"
MAP_HEIGHT = 560  # px: with the compact header the whole map fits a 1366×768 screen
PRESENT_MAP_HEIGHT = 590  # under the title bar and one notice line, within 768 px
LEGEND_HEIGHT = 250  # the legend scrolls in its box so the details panel stays beside the map
RETURNED = ("last_active_drawing", "center", "zoom", "bounds")
HEAT_LAYER = "incidents_heat"


@dataclass(frozen=True)
class BuiltMap:
    map: folium.Map
    counts: dict[str, int]
    zoom: int = DEFAULT_ZOOM
    later: int = 0  # features sent but drawn only from a closer zoom (villages)


def build_map(view: MapLink) -> BuiltMap:
    """Folium map of the chosen layers (drawn in registry order), attribution and notices.

    One self-contained folium map (the page shows the same content as a cached map frame plus
    overlays, see `map_fragment`); point layers are drawn whole, as `points_in_view` does for the
    data shipped today.
    """
    layers = _chosen(view)
    location, zoom = _initial_view(view)
    m = new_map(view.lang, location=location, zoom=zoom, online_tiles=view.tiles)
    counts: dict[str, int] = {}
    for spec in sorted(all_layers(), key=lambda s: s.order):
        if spec.id not in layers:
            continue
        if spec.id == HEAT_LAYER:
            counts[spec.id] = _add_heat(m, view.lang, view.department)
        else:
            frame = filtered_frame(spec.id, view.department)
            counts[spec.id] = 0 if frame is None else add_layer(m, spec.id, view.lang, frame)
    _fit_department(m, view)
    finish_map(m, _attributions(layers, view.lang), _notice(layers, view.lang))
    return BuiltMap(m, counts, zoom, zoom_gated(m, zoom))


def _chosen(view: MapLink) -> tuple[str, ...]:
    return view.layers if view.layers is not None else tuple(s.id for s in all_layers() if s.default_on)


def _attributions(layers: tuple[str, ...], lang: str) -> list[str]:
    return [
        current_provenance(s.id).text("attribution", lang)
        for s in sorted(all_layers(), key=lambda s: s.order)
        if s.id in layers
    ]


def _notice(layers: tuple[str, ...], lang: str) -> str | None:
    synthetic = [s for s in all_layers() if s.id in layers and current_provenance(s.id).synthetic]
    return t("map.synthetic_onmap", lang) if synthetic else None


def _fit_department(m: folium.Map, view: MapLink) -> None:
    if view.department != ALL and view.lat is None and (bounds := view_bounds(view.department)):
        m.fit_bounds([list(bounds[0]), list(bounds[1])])


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


# --- the shared, cached map: a frame per home view, overlays per layer ---------------------------


@dataclass(frozen=True)
class MapHome:
    """What the map frame (the st_folium script) depends on: everything else is an overlay.

    The heat layer lives in the frame because its legend box is a map control; the other layers
    can be toggled, and the map panned, without a new frame (which would re-mount the map).
    """

    lang: str
    tiles: bool
    lat: float | None
    lon: float | None
    zoom: int | None
    department: str
    heat: bool

    @classmethod
    def of(cls, view: MapLink) -> MapHome:
        return cls(view.lang, view.tiles, view.lat, view.lon, view.zoom, view.department, HEAT_LAYER in _chosen(view))

    def as_view(self) -> MapLink:
        return MapLink(
            lang=self.lang, department=self.department, lat=self.lat, lon=self.lon, zoom=self.zoom, tiles=self.tiles
        )

    def center_zoom(self) -> tuple[tuple[float, float], int]:
        """Where the frame opens: the link's view, the department's box, or the region."""
        view = self.as_view()
        if view.lat is None and self.department != ALL and (box := view_bounds(self.department)):
            (south, west), (north, east) = box
            span = max(north - south, (east - west) * 0.56)  # 1100 × 620 px map
            zoom = max(MIN_ZOOM, min(MAX_ZOOM, int(math.log2(VIEW_PX[1] * degrees_per_pixel(0) / span))))
            return ((south + north) / 2, (west + east) / 2), zoom
        return _initial_view(view)


@dataclass(frozen=True)
class MapFrame:
    payload: MapPayload
    heat_count: int


@shared_cache(maxsize=32)
def map_frame(home: MapHome, scope: CacheScope, release: str = "") -> MapFrame:
    """The rendered map frame for `home` in `scope`, shared by every session that opens it.

    `release` is the incidents release token when the frame holds the heat layer ("" otherwise).
    """
    del scope, release  # part of the cache key only
    view = home.as_view()
    location, zoom = _initial_view(view)
    m = new_map(home.lang, location=location, zoom=zoom, online_tiles=home.tiles)
    heat = _add_heat(m, home.lang, home.department) if home.heat else 0
    _fit_department(m, view)
    finish_map(m, [], None)  # attribution and notice follow the layers: they come with the overlay
    return MapFrame(render_payload(m), heat)


@dataclass(frozen=True)
class LayerOverlay:
    script: str
    drawn: int
    later: int = 0  # features left out until a closer zoom (villages)


@shared_cache(maxsize=256)
def layer_overlay(
    layer_id: str, department: str, lang: str, zoom: int | None, bounds: Bounds | None, scope: CacheScope
) -> LayerOverlay:
    """One layer's overlay script.

    Big point layers get `bounds` and `zoom` (drawn for the view); lines and polygons get `zoom` only
    (a simplification band, see `simplify_zoom`); small point layers get neither, unless their spec
    has a `zoom_field` (villages): then `zoom` picks the rows drawn (`zoom_field` <= zoom), here on
    the server, so the overlay carries only what the view shows.
    """
    del scope  # part of the cache key only
    frame = filtered_frame(layer_id, department)
    if frame is None or frame.empty:
        return LayerOverlay("", 0)
    frame, later = _drawn_at(layer_id, frame, zoom)
    if frame.empty:
        return LayerOverlay("", 0, later)
    group = folium.FeatureGroup(name=layer_id)
    if bounds is not None and zoom is not None:
        shown = points_in_view(frame, bounds, zoom)
        drawn = add_layer(group, layer_id, lang, shown.features) + add_cells(group, layer_id, lang, shown.cells)
    else:
        drawn = add_layer(group, layer_id, lang, frame, display_tolerance(zoom))
    return LayerOverlay(overlay_script(group, layer_id), drawn, later)


def _zoom_gated(layer_id: str) -> bool:
    """Whether the layer's points are drawn only from a per-feature zoom (its spec's `zoom_field`)."""
    return get_layer(layer_id).zoom_field is not None


def _drawn_at(layer_id: str, frame: gpd.GeoDataFrame, zoom: int | None) -> tuple[gpd.GeoDataFrame, int]:
    """The rows drawn at `zoom` and how many wait for a closer zoom (a missing zoom value: always drawn)."""
    zoom_field = get_layer(layer_id).zoom_field
    if zoom_field is None or zoom is None or zoom_field not in frame.columns:
        return frame, 0
    from_zoom = pd.to_numeric(frame[zoom_field], errors="coerce").fillna(0)
    shown = from_zoom <= zoom
    return frame[shown], int((~shown).sum())


FINEST_SIMPLIFY_ZOOM = 11  # from here on lines and polygons are drawn at their finest display tolerance


def simplify_zoom(zoom: int) -> int | None:
    """The simplification band of `zoom` (None: finest): a few bands, so zooming rarely rebuilds a layer."""
    return None if zoom >= FINEST_SIMPLIFY_ZOOM else zoom


@shared_cache(maxsize=64)
def _big_layer(layer_id: str, department: str, scope: CacheScope) -> bool:
    """Whether the layer has too many features to draw whole (then it is drawn for the view)."""
    del scope  # part of the cache key only
    frame = filtered_frame(layer_id, department)
    return frame is not None and depends_on_view(frame)


@shared_cache(maxsize=64)
def _chrome(layers: tuple[str, ...], lang: str, scope: CacheScope) -> str:
    """Attribution and notice of the layers shown, crediting their current versions (asked of the store once)."""
    del scope  # part of the cache key only
    return chrome_script(credit_line(_attributions(layers, lang)), _notice(layers, lang))


@dataclass(frozen=True)
class MapOverlay:
    script: str
    counts: dict[str, int]
    later: int = 0  # features of the chosen layers left out until a closer zoom


def map_overlay(
    layers: tuple[str, ...], department: str, lang: str, zoom: int, bounds: Bounds, scope: CacheScope
) -> MapOverlay:
    """The overlays of the chosen layers (registry order) plus the attribution and notice they imply."""
    parts: list[str] = []
    counts: dict[str, int] = {}
    later = 0
    for spec in sorted(all_layers(), key=lambda s: s.order):
        if spec.id not in layers or spec.id == HEAT_LAYER:
            continue
        if spec.is_point_layer:
            big = _big_layer(spec.id, department, scope)
            key_zoom, key_bounds = (zoom, snap_bounds(bounds, zoom)) if big else (None, None)
            if not big and _zoom_gated(spec.id):
                key_zoom = zoom  # the rows drawn depend on the zoom (drawn whole, so no bounds)
        else:
            key_zoom, key_bounds = simplify_zoom(zoom), None
        overlay = layer_overlay(spec.id, department, lang, key_zoom, key_bounds, scope)
        parts.append(overlay.script)
        counts[spec.id] = overlay.drawn
        later += overlay.later
    parts.append(_chrome(layers, lang, scope))
    return MapOverlay("".join(parts), counts, later)


def legend_html(layer_ids: list[str], lang: str, big: bool = False) -> str:
    """The legend as escaped HTML (rendered with st.html); `big` for presentation mode."""

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

    size = " atlas-legend-big" if big else ""
    rows = [f"<div class='atlas-legend{size}' data-lang='{escape(lang)}'><b>{escape(t('map.legend', lang))}</b>"]
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


@shared_cache(maxsize=64)
def _legend_html(layers: tuple[str, ...], lang: str, big: bool, scope: CacheScope) -> str:
    """`legend_html` built once per scope: it credits the current versions (a store query per layer)."""
    del scope  # part of the cache key only
    return legend_html(list(layers), lang, big)


@shared_cache(maxsize=16)
def _key_figures(department: str, scope: CacheScope) -> dict[str, int | None]:
    del scope  # part of the cache key only
    return key_figures(department)


@shared_cache(maxsize=4)
def _figures_by_department(scope: CacheScope) -> pd.DataFrame:
    """Shared between sessions: callers only read it (st.dataframe copies what it shows)."""
    del scope  # part of the cache key only
    return figures_by_department()


@shared_cache(maxsize=64)
def page_notices(layers: tuple[str, ...], lang: str, scope: CacheScope) -> tuple[str, ...]:
    """The warnings above the map, per data version: they credit the current versions (store queries)."""
    del scope  # part of the cache key only
    return tuple(notices(list(layers), lang))


@shared_cache(maxsize=8)
def page_problems(lang: str, scope: CacheScope) -> tuple[str, ...]:
    """Layers refused, per data version (reading every layer's state asks the store once per layer)."""
    del scope  # part of the cache key only
    return tuple(load_problems(lang))


@shared_cache(maxsize=32)
def _key_figures_html(department: str, lang: str, scope: CacheScope) -> str:
    """The key figures as one escaped HTML row, built once per (department, language, scope)."""
    figures = _key_figures(department, scope)
    chips = "".join(
        f"<span class='atlas-figure'><b>{escape(cell_text(figures.get(k), lang))}</b> "
        f"{escape(t(f'fig.{k}', lang))}</span>"
        for k in figure_keys(scope.role)
    )
    return f"<div class='atlas-figures'>{chips}</div>"


def show_key_figures(department: str, lang: str, scope: CacheScope | None = None) -> None:
    """The key figures as one compact row (the map must start above the fold of a 1366×768 projector)."""
    import streamlit as st

    st.html(_key_figures_html(department, lang, scope or cache_scope()))


def show_figures_table(lang: str, scope: CacheScope | None = None) -> None:
    """Figures by department, folded (below the map): one HTML block, table and note."""
    import streamlit as st

    with st.expander(t("fig.by_department", lang)):
        st.html(_figures_table_html(lang, scope or cache_scope()))


NOTE_STYLE = "font-size:0.875rem;color:rgba(49,51,63,0.6);margin:0.4rem 0 0 0"  # as st.caption


@shared_cache(maxsize=8)
def _figures_table_html(lang: str, scope: CacheScope) -> str:
    """The by-department figures as an escaped HTML table, with the note naming what lies outside.

    Not `st.dataframe`: its 1.2 MB grid code is fetched and parsed on the first visit before the
    browser gets to the map below it, delaying the map by a second or more on a busy laptop. The
    note (which features are outside the departments: a spatial test per feature) is built here,
    once per scope, not on every run.
    """
    table = department_table(lang, scope.role)  # departments, then outside them, then the region: it adds up
    head = "".join(f"<th>{escape(k)}</th>" for k in table.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(cell_text(v, lang))}</td>" for v in row) + "</tr>"
        for row in table.itertuples(index=False)
    )
    return (
        "<table class='atlas-figures' style='width:100%;border-collapse:collapse;font-size:0.9rem'>"
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        f"<p class='atlas-outside-note' style='{NOTE_STYLE}'>{escape(outside_note(lang))}</p>"
    )


def map_fragment(view: MapLink, present: bool = False) -> None:
    """Map, legend and details in one fragment: clicking, panning or zooming reruns only this part.

    The details sit beside the map, under the legend (scrolling in its own box), so a click's answer
    is in sight on a 1366×768 projector; `present` draws a taller map and a large legend instead.

    The map frame comes from the shared cache (one render per home view and data version, for
    every session); the layers come as an overlay, cached per layer, that the browser swaps in
    without re-mounting the map. Big point layers are drawn for the bounds and zoom the browser
    last reported, as counted cells where they would be too many to draw.
    """
    import streamlit as st

    @st.fragment
    def _fragment() -> None:
        scope = cache_scope()  # once per run: every shared cache below keys on it
        home = _session_home(view)
        frame = map_frame(home, scope, release_version() if home.heat else "")
        state = st.session_state.get(component_key(frame.payload, MAP_KEY)) or {}
        center, home_zoom = home.center_zoom()
        zoom = _int_zoom(state.get("zoom"), home_zoom)
        bounds = parse_bounds(state.get("bounds")) or bounds_around(center, zoom)
        overlay = map_overlay(_chosen(view), view.department, view.lang, zoom, bounds, scope)
        counts = dict(overlay.counts)
        if home.heat:
            counts[HEAT_LAYER] = frame.heat_count
        left, right = st.columns([3.4, 1.3] if not present else [3, 1.1])
        with left:
            result = show_payload(
                frame.payload,
                MAP_KEY,
                overlay.script,
                PRESENT_MAP_HEIGHT if present else MAP_HEIGHT,
                RETURNED,
                defaults={"zoom": home_zoom, "bounds": bounds_dict(*bounds_around(center, home_zoom))},
            )
        with right:
            if present:
                with st.container(height=PRESENT_MAP_HEIGHT, border=False, key="map_legend_box"):
                    st.html(_legend_html(_chosen(view), view.lang, True, scope))
            else:
                with st.container(height=LEGEND_HEIGHT, border=False, key="map_legend_box"):
                    st.html(_legend_html(_chosen(view), view.lang, False, scope))
                st.caption(tn("map.features_drawn", sum(counts.values()), view.lang))
                if overlay.later:
                    st.caption(tn("map.features_later", overlay.later, view.lang))
        _remember_view(result)
        if present:
            return
        with right:
            details = feature_details(result.get("last_active_drawing"), view.lang, _chosen(view))
            st.markdown(f"**{t('details.title', view.lang)}**")
            if details is None:
                st.caption(t("details.hint", view.lang))
            else:
                st.table(md_frame(details.set_index(details.columns[0])))  # st.table renders Markdown

    _fragment()


def _int_zoom(value: object, default: int) -> int:
    try:
        zoom = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default
    return min(MAX_ZOOM, max(MIN_ZOOM, zoom))


def _session_home(view: MapLink) -> MapHome:
    """The session's map frame: kept while only the layers or the position change, so the map stays.

    A new language, department, basemap or heat layer makes a new frame (opened at the current view).
    """
    import streamlit as st

    wanted = MapHome.of(view)
    current = st.session_state.get(HOME_KEY)
    if isinstance(current, MapHome) and (current.lang, current.tiles, current.department, current.heat) == (
        wanted.lang,
        wanted.tiles,
        wanted.department,
        wanted.heat,
    ):
        return current
    st.session_state[HOME_KEY] = wanted
    return wanted


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
