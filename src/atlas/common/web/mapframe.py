"""Offline folium maps: local assets, escaped labels, slim GeoJSON, one way to show a map.

Why this module exists (see DESIGN.md §4): a default folium map inside st_folium shows nothing
offline because streamlit-folium loads folium's CDN links one by one and stops at the first
failure. Here every asset points at `/app/static/vendor/...` (served by Streamlit), the default
icon path is set explicitly, the map always has `maxZoom`, and no tile layer is added unless the
user asked for online tiles. Every label is escaped with `atlas.foundation.html_safe.escape` and only the
properties the map needs are sent to the browser.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from branca.element import Element, MacroElement
from jinja2 import Template

from atlas.foundation.config import DEFAULT_ZOOM, MAX_ZOOM, MIN_ZOOM, REGION_CENTER, STATIC_DIR, STATIC_URL
from atlas.foundation.html_safe import escape
from atlas.foundation.i18n import t
from atlas.layers.cartography import MapLabel, map_labels
from atlas.layers.labels import credit_line, display_value, label, localized, other_language_field, shown_value
from atlas.layers.registry import get_layer, load_layer
from atlas.layers.spec import LayerSpec

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

VENDOR = f"{STATIC_URL}/vendor"
# Only what our maps use: Leaflet, and jQuery because folium's Popup builds its content with `$()`.
# Bootstrap, Font Awesome and awesome-markers (folium's defaults, for `folium.Icon`) are left out:
# our points are CircleMarkers and DivIcons, and those ~500 KB of CSS delayed leaflet.css on slow
# machines, leaving the first clicks on a freshly drawn map unanswered.
LOCAL_JS: list[tuple[str, str]] = [
    ("leaflet", f"{VENDOR}/leaflet/dist/leaflet.js"),
    ("jquery", f"{VENDOR}/jquery/dist/jquery.min.js"),
]
LOCAL_CSS: list[tuple[str, str]] = [
    ("leaflet_css", f"{VENDOR}/leaflet/dist/leaflet.css"),
]
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"


def _use_local_assets() -> None:
    """Point folium's class-level asset lists at the vendored copies (idempotent)."""
    folium.Map.default_js = list(LOCAL_JS)
    folium.Map.default_css = list(LOCAL_CSS)
    from folium.plugins import MarkerCluster

    MarkerCluster.default_js = [("markerclusterjs", f"{VENDOR}/markercluster/dist/leaflet.markercluster.js")]
    MarkerCluster.default_css = [
        ("markerclustercss", f"{VENDOR}/markercluster/dist/MarkerCluster.css"),
        ("markerclusterdefaultcss", f"{VENDOR}/markercluster/dist/MarkerCluster.Default.css"),
    ]


_use_local_assets()


@lru_cache(maxsize=1)
def inline_leaflet_css() -> str:
    """leaflet.css, minified, with its images pointed at the vendored copies.

    st_folium appends the stylesheet links and runs the map script without waiting for them, so on
    a slow laptop the map is drawn for a moment without leaflet.css: misplaced panes, and features
    that ignore clicks (their pointer-events rule has not arrived). The same rules inlined in the
    map's header (≈ 10 KB) apply before the first feature is drawn.
    """
    css = (STATIC_DIR / "vendor" / "leaflet" / "dist" / "leaflet.css").read_text(encoding="utf-8")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"\s+", " ", css)
    css = re.sub(r"\s*([{};:,>])\s*", r"\1", css)
    css = css.replace("url(images/", f"url({VENDOR}/leaflet/dist/images/")
    return css.replace("</", "<\\/").strip()


class _MapSetup(MacroElement):
    """Leaflet's CSS inline, default icon path, a kilometre-only scale, attribution line and an optional notice."""

    _template = Template("""
        {% macro header(this, kwargs) %}
        <style>{{ this.leaflet_css }}</style>
        <style>.leaflet-control-attribution{font-size:10px;line-height:1.3;max-width:70%}
        .atlas-popup th{padding-right:6px;vertical-align:top;text-align:left}
        path.leaflet-interactive:focus{outline:none}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        L.Icon.Default.imagePath = {{ this.image_path | tojson }};
        {{ this._parent.get_name() }}.attributionControl.setPrefix(false);
        L.control.scale({imperial: false}).addTo({{ this._parent.get_name() }});
        {% for a in this.attributions %}
        {{ this._parent.get_name() }}.attributionControl.addAttribution({{ a | tojson }});
        {% endfor %}
        {% if this.notice %}
        (function(map){
          var box = L.control({position: 'topright'});
          box.onAdd = function(){
            var div = L.DomUtil.create('div', 'atlas-notice');
            div.style.cssText = 'background:#fff3cd;border:2px solid #b7791f;padding:4px 8px;'
              + 'font:bold 13px sans-serif;color:#7a4b00;max-width:260px';
            div.innerHTML = {{ this.notice | tojson }};
            return div;
          };
          box.addTo(map);
        })({{ this._parent.get_name() }});
        {% endif %}
        {% endmacro %}
    """)

    def __init__(self, attributions: Sequence[str], notice: str | None) -> None:
        super().__init__()
        self._name = "MapSetup"
        self.leaflet_css = inline_leaflet_css()
        self.image_path = f"{VENDOR}/leaflet/dist/images/"
        self.attributions = [escape(a) for a in attributions]
        self.notice = escape(notice) if notice else None


LABEL_CSS = (
    ".atlas-label{background:none;border:none}"
    ".atlas-label span{position:absolute;white-space:nowrap;font-family:'DejaVu Sans',Arial,sans-serif;"
    "color:#1a1a1a;text-shadow:0 0 3px #fff,0 0 3px #fff,0 0 2px #fff,0 0 1px #fff;"
    "transform:translate(-50%,-50%);line-height:1.1;pointer-events:none}"
    ".atlas-label-town span{transform:translate(7px,-50%);font-weight:bold}"
    ".atlas-label-country span{text-transform:uppercase;letter-spacing:3px;color:#555;font-weight:bold}"
    ".atlas-label-admin1 span{text-transform:uppercase;letter-spacing:1px;color:#8a4a12;font-weight:bold}"
    ".atlas-label-admin2 span{font-style:italic;color:#5b2c6f}"
    ".atlas-label-river span{font-style:italic;color:#1f5f99}"
    ".leaflet-pane .leaflet-marker-icon.atlas-diamond{pointer-events:none}"
    ".leaflet-pane .atlas-diamond svg polygon{pointer-events:visibleStroke;cursor:pointer}"
)


class _Labels(MacroElement):
    """Permanent names (escaped) shown by zoom with a greedy collision check, and zoom-gated layers.

    Why in JavaScript: which names fit depends on the zoom the user picks; the check runs on
    every `zoomend`, most important names first (country, department, capital, seats, rivers,
    arrondissements, villages), and a name whose box overlaps one already placed is left out.
    Layers registered in `gated` (villages) are added only from their zoom on.
    """

    _template = Template("""
        {% macro header(this, kwargs) %}
        <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function(map){
          var specs = {{ this.labels_json }};
          var gated = [];
          {% for layer, zoom, _n in this.gated %}gated.push([{{ layer.get_name() }}, {{ zoom }}]);
          {% endfor %}
          var pane = map.getPane('atlasLabels') || map.createPane('atlasLabels');
          pane.style.zIndex = 640; pane.style.pointerEvents = 'none';
          var shown = specs.map(function(){ return null; });
          function box(s, p, option){
            var w = s[5] * s[6] * 0.6 + 4, h = s[6] * 1.25;
            if (s[3] === 'town') {
              if (option === 1) return [p.x - 4 - w, p.y - h / 2, p.x - 4, p.y + h / 2];
              return [p.x + 4, p.y - h / 2, p.x + 4 + w, p.y + h / 2];
            }
            var shift = [0, 1.3, -1.3][option] * h;
            return [p.x - w / 2, p.y - h / 2 + shift, p.x + w / 2, p.y + h / 2 + shift];
          }
          function free(b, placed){
            for (var k = 0; k < placed.length; k++) {
              var q = placed[k];
              if (b[0] < q[2] && b[2] > q[0] && b[1] < q[3] && b[3] > q[1]) return false;
            }
            return true;
          }
          function apply(){
            var z = map.getZoom(), placed = [];
            gated.forEach(function(g){
              if (z >= g[1]) { if (!map.hasLayer(g[0])) map.addLayer(g[0]); }
              else if (map.hasLayer(g[0])) { map.removeLayer(g[0]); }
            });
            specs.forEach(function(s, i){
              var where = -1;
              if (z >= s[4]) {
                var p = map.project([s[0], s[1]], z), options = s[3] === 'town' ? 2 : 3;
                for (var o = 0; o < options && where < 0; o++) {
                  var b = box(s, p, o);
                  if (free(b, placed)) { placed.push(b); where = o; }
                }
              }
              if (shown[i] && shown[i].atlasOption !== where) { map.removeLayer(shown[i]); shown[i] = null; }
              if (where >= 0 && !shown[i]) {
                var css = s[3] === 'town'
                  ? (where === 1 ? 'transform:translate(calc(-100% - 7px),-50%)' : '')
                  : 'transform:translate(-50%,' + (where === 0 ? '-50%' : (where === 1 ? '30%' : '-130%')) + ')';
                shown[i] = L.marker([s[0], s[1]], {pane: 'atlasLabels', interactive: false, keyboard: false,
                  icon: L.divIcon({className: 'atlas-label atlas-label-' + s[3], iconSize: [0, 0],
                    html: '<span style="font-size:' + s[6] + 'px;' + css + '">' + s[2] + '</span>'})}).addTo(map);
                shown[i].atlasOption = where;
              }
            });
          }
          map.on('zoomend', apply);
          apply();
        })({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, labels: Sequence[MapLabel], gated: Sequence[tuple[object, int, int]]) -> None:
        super().__init__()
        self._name = "AtlasLabels"
        self.css = LABEL_CSS
        # [lat, lon, escaped text, kind, min zoom, text length, font size]
        self.labels = [
            [lab.lat, lab.lon, escape(lab.text), lab.kind, lab.min_zoom, len(lab.text), lab.size] for lab in labels
        ]
        # Plain UTF-8 (names readable in the page source); the texts are HTML-escaped, so no "<" can
        # close the script, and "</" is escaped anyway.
        self.labels_json = json.dumps(self.labels, ensure_ascii=False).replace("</", "<\\/")
        self.gated = list(gated)


def _gated(m: folium.Map) -> list[tuple[object, int, int]]:
    """(layer, zoom, features) drawn only from a zoom on (see add_layer); kept on the map object."""
    return m.__dict__.setdefault("_atlas_gated", [])


def zoom_gated(m: folium.Map, zoom: int) -> int:
    """How many features of this map wait for a closer zoom than `zoom` (villages)."""
    return sum(n for _layer, z, n in _gated(m) if z > zoom)


def new_map(
    lang: str, location: tuple[float, float] | None = None, zoom: int | None = None, online_tiles: bool = False
) -> folium.Map:
    """An empty offline map of the region. Online OSM tiles only when asked for."""
    # folium applies max_zoom/min_zoom to tile layers only; with no tiles the map itself needs them
    # (marker clusters and fitBounds fail on a map without maxZoom), so they go in as map options.
    m = folium.Map(
        location=list(location or REGION_CENTER),
        zoom_start=zoom or DEFAULT_ZOOM,
        tiles=None,
        control_scale=False,  # folium's scale shows miles too; _MapSetup adds a kilometre-only one
        prefer_canvas=False,
        maxZoom=MAX_ZOOM,
        minZoom=MIN_ZOOM,
    )
    m.__dict__["_atlas_lang"] = lang
    if online_tiles:
        folium.TileLayer(
            OSM_TILES,
            attr=OSM_ATTRIBUTION,
            name="OpenStreetMap",
            max_zoom=MAX_ZOOM,
            max_native_zoom=19,
            overlay=False,
            control=False,
        ).add_to(m)
    return m


def finish_map(
    m: folium.Map, attributions: Iterable[str], notice: str | None = None, lang: str | None = None
) -> folium.Map:
    """Add the names (countries, departments, arrondissements, rivers, towns by zoom), the
    attribution line and the on-map notice; call once, last. Every feature's map gets the names.
    """
    lang = lang or m.__dict__.get("_atlas_lang", "fr")
    _Labels(map_labels(lang), _gated(m)).add_to(m)
    _MapSetup([credit_line(attributions)], notice).add_to(m)
    return m


def popup_html(spec: LayerSpec, row: Mapping[str, Any], lang: str) -> str:
    """Escaped HTML table of the layer's popup fields plus its source line."""
    cells = []
    for field in spec.popup_fields:
        if other_language_field(field, lang):
            continue
        value = localized(row, field, lang)
        if value is None or value == "" or (isinstance(value, float) and value != value):
            continue
        shown = shown_value(spec.id, field, row, lang)
        cells.append(f"<tr><th>{escape(label(field, lang))}</th><td>{escape(shown)}</td></tr>")
    title = escape(t(f"layer.{spec.id}", lang))
    return f"<b>{title}</b><table class='atlas-popup'>{''.join(cells)}</table>"


DISPLAY_TOLERANCE_DEG = 0.0004  # ≈ 45 m: invisible up to zoom 12, halves the polygon payload
DISPLAY_PRECISION_DEG = 0.00001  # ≈ 1 m


def display_tolerance(zoom: int | None) -> float:
    """Simplification tolerance for drawing at `zoom`: half a screen pixel, never below 45 m.

    None (zoom unknown) means the finest drawing, as for zoom 12 and above.
    """
    if zoom is None:
        return DISPLAY_TOLERANCE_DEG
    return max(DISPLAY_TOLERANCE_DEG, 0.5 * 360.0 / (256 * 2**zoom))


def _display_geometry(geometry: BaseGeometry, tolerance: float = DISPLAY_TOLERANCE_DEG) -> BaseGeometry:
    """Geometry simplified for drawing only (analyses always use the full-resolution frame)."""
    if geometry.geom_type in ("Point", "MultiPoint"):
        return geometry
    return geometry.simplify(tolerance, preserve_topology=True)


def _tip_value(spec: LayerSpec, row: dict[str, Any], lang: str) -> object:
    """The tooltip: the tooltip field in the page language (descriptive text translated, coded values too)."""
    value = localized(row, spec.tooltip_field, lang)
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return display_value(spec.id, spec.tooltip_field, value, lang)


def slim_features(
    spec: LayerSpec, frame: gpd.GeoDataFrame, lang: str, tolerance: float = DISPLAY_TOLERANCE_DEG
) -> dict[str, Any]:
    """GeoJSON with only what the browser needs: id, escaped tooltip (in the page language), style class.

    No popup table per feature: the details panel looks the clicked feature up server-side by
    `_layer`/`_fid` (the popup shows the tooltip text only), which halves the point payload.
    Coordinates are rounded to 5 decimals (≈ 1 m), far below what a screen pixel shows.
    """
    features = []
    class_field = spec.style.class_field
    geometries = shapely.set_precision(
        np.array([_display_geometry(g, tolerance) for g in frame.geometry], dtype=object),
        DISPLAY_PRECISION_DEG,
        mode="pointwise",
    )
    for fid, row, geometry in zip(frame.index, frame.to_dict("records"), geometries, strict=True):
        props = {"_layer": spec.id, "_fid": str(fid), "_tip": escape(_tip_value(spec, row, lang))}
        if class_field:
            props["_class"] = str(row.get(class_field))
        features.append({"type": "Feature", "properties": props, "geometry": geometry.__geo_interface__})
    return {"type": "FeatureCollection", "features": features}


def add_layer(
    m: folium.Map | folium.FeatureGroup,
    layer_id: str,
    lang: str,
    frame: gpd.GeoDataFrame | None = None,
    tolerance: float = DISPLAY_TOLERANCE_DEG,
) -> int:
    """Draw a registry layer on a map or feature group; returns the number of features drawn (0 when it failed).

    `tolerance` simplifies lines and polygons for drawing (see `display_tolerance`).
    """
    spec = get_layer(layer_id)
    if frame is None:
        loaded = load_layer(layer_id)
        if loaded.frame is None:
            return 0
        frame = loaded.frame
    if frame.empty:
        return 0
    data = slim_features(spec, frame, lang, tolerance)
    # Gated by zoom in the browser only on a whole map (finish_map wires the switching); an overlay
    # (feature group) gets rows already filtered for its view on the server.
    if isinstance(m, folium.Map) and spec.zoom_field and spec.zoom_field in frame.columns:
        zooms = [_zoom_of(v) for v in frame[spec.zoom_field]]
        for zoom in sorted(set(zooms)):
            part = {
                "type": "FeatureCollection",
                "features": [f for f, z in zip(data["features"], zooms, strict=True) if z == zoom],
            }
            layer = _geojson(spec, part, lang)
            layer.add_to(m)
            if zoom > 0:
                _gated(m).append((layer, zoom, len(part["features"])))
        return len(data["features"])
    if spec.symbol == "diamond":
        points = [f for f in data["features"] if f["geometry"]["type"] == "Point"]
        others = [f for f in data["features"] if f["geometry"]["type"] != "Point"]
        if others:
            _geojson(spec, {"type": "FeatureCollection", "features": others}, lang).add_to(m)
        if points:
            _geojson(spec, {"type": "FeatureCollection", "features": points}, lang, diamond=True).add_to(m)
        return len(data["features"])
    _geojson(spec, data, lang).add_to(m)
    return len(data["features"])


def add_outline(m: folium.Map, layer_id: str) -> int:
    """A registry layer as plain, non-interactive shapes (context under an analysis: country and
    department outlines under the risk hexagons); they never take a click or a tooltip."""
    loaded = load_layer(layer_id)
    if loaded.frame is None or loaded.frame.empty:
        return 0
    spec = loaded.spec
    features = [
        {"type": "Feature", "properties": {}, "geometry": _display_geometry(g).__geo_interface__}
        for g in loaded.frame.geometry
    ]
    style = spec.style.for_feature({})
    folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        style_function=lambda _f: style,
        interactive=False,
        control=False,
    ).add_to(m)
    return len(features)


def _zoom_of(value: Any) -> int:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0
    return 0 if number != number else int(number)


def diamond_html(stroke: str, fill: str, size: int = 26) -> str:
    """A hollow diamond (SVG): its outline is clickable, its middle lets clicks through to a site below."""
    half = size / 2
    points = f"{half},2 {size - 2},{half} {half},{size - 2} 2,{half}"
    return (
        f"<svg width='{size}' height='{size}' viewBox='0 0 {size} {size}' class='atlas-diamond-svg'>"
        f"<polygon points='{points}' fill='{fill}' fill-opacity='0.25' stroke='{stroke}' stroke-width='4'/>"
        "</svg>"
    )


def _geojson(spec: LayerSpec, data: dict, lang: str, diamond: bool = False) -> folium.GeoJson:
    style = spec.style

    def style_function(feature: dict[str, Any]) -> dict[str, Any]:
        return style.for_feature({style.class_field: feature["properties"].get("_class")} if style.class_field else {})

    marker = None
    if diamond:
        size = 26
        marker = folium.Marker(
            icon=folium.DivIcon(
                html=diamond_html(style.color, style.fill_color or style.color, size),
                icon_size=(size, size),
                icon_anchor=(size // 2, size // 2),
                class_name="atlas-diamond",
            )
        )
    elif any(f["geometry"]["type"] == "Point" for f in data["features"]):
        marker = folium.CircleMarker(radius=style.radius, weight=style.weight, fill=True)  # folium default: no fill
    return folium.GeoJson(
        data,
        name=t(f"layer.{spec.id}", lang),
        style_function=style_function,
        marker=marker,
        tooltip=folium.GeoJsonTooltip(fields=["_tip"], labels=False),
        popup=folium.GeoJsonPopup(fields=["_tip"], labels=False, max_width=360),
        highlight_function=None if diamond else (lambda _f: {"weight": style.weight + 2}),
    )


def _cell_radius(count: int) -> float:
    """Marker radius of a counted cell: grows with the order of magnitude of its count."""
    return 7.0 + 3.0 * min(4, len(str(max(1, count))) - 1)


def add_cells(m: folium.Map | folium.FeatureGroup, layer_id: str, lang: str, cells: pd.DataFrame) -> int:
    """Draw a point layer's counted cells (columns lat, lon, count) as one marker each; returns cells drawn.

    Each marker says how many features it stands for ("37 × Places"); zooming in splits it.
    """
    if cells.empty:
        return 0
    spec = get_layer(layer_id)
    title = escape(t(f"layer.{spec.id}", lang))
    features = [
        {
            "type": "Feature",
            "properties": {"_layer": spec.id, "_count": int(n), "_tip": f"{int(n)} × {title}"},
            "geometry": {"type": "Point", "coordinates": [round(float(lon), 5), round(float(lat), 5)]},
        }
        for lat, lon, n in zip(cells["lat"], cells["lon"], cells["count"], strict=True)
    ]
    style = spec.style
    fill = style.fill_color or style.color

    def style_function(feature: dict) -> dict:
        return {
            "color": style.color,
            "weight": 2,
            "fillColor": fill,
            "fillOpacity": 0.55,
            "radius": _cell_radius(feature["properties"]["_count"]),
        }

    folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        name=t(f"layer.{spec.id}", lang),
        style_function=style_function,
        marker=folium.CircleMarker(radius=8, fill=True),
        tooltip=folium.GeoJsonTooltip(fields=["_tip"], labels=False),
    ).add_to(m)
    return len(features)


def add_frame(
    m: folium.Map,
    frame: gpd.GeoDataFrame,
    name: str,
    style_function: Callable[[dict[str, Any]], dict[str, Any]],
    tooltip_columns: Sequence[tuple[str, str]],
    popup_columns: Sequence[tuple[str, str]] = (),
    point_radius: float = 6.0,
    class_column: str | None = None,
) -> int:
    """Draw a page overlay (route, zone, hexes). Labels are escaped; only listed columns are sent.

    `style_function` receives the slim feature, whose properties hold the listed columns (escaped
    text) and `_class` (the raw value of `class_column`, for colouring).
    """
    if frame.empty:
        return 0
    features = []
    for row in frame.to_dict("records"):
        tip = " · ".join(
            f"{escape(lbl)}: {escape(row.get(col))}" if lbl else escape(row.get(col)) for lbl, col in tooltip_columns
        )
        props: dict[str, str | None] = {"_tip": tip}
        if popup_columns:
            rows = "".join(
                f"<tr><th>{escape(lbl)}</th><td>{escape(row.get(col))}</td></tr>" for lbl, col in popup_columns
            )
            props["_popup"] = f"<table class='atlas-popup'>{rows}</table>"
        if class_column:
            props["_class"] = None if row.get(class_column) is None else str(row.get(class_column))
        features.append({"type": "Feature", "properties": props, "geometry": row["geometry"].__geo_interface__})
    data = {"type": "FeatureCollection", "features": features}
    marker = None
    if any(f["geometry"]["type"] == "Point" for f in features):
        marker = folium.CircleMarker(radius=point_radius, fill=True)
    folium.GeoJson(
        data,
        name=name,
        style_function=style_function,
        marker=marker,
        tooltip=folium.GeoJsonTooltip(fields=["_tip"], labels=False),
        popup=folium.GeoJsonPopup(fields=["_popup"], labels=False, max_width=360) if popup_columns else None,
    ).add_to(m)
    return len(features)


def _elements(element: object) -> Iterable[object]:
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _elements(child)


def asset_links(m: Element) -> list[str]:
    """Every js/css link the map will hand to the browser (what st_folium collects)."""
    links: list[str] = []
    for element in _elements(m):
        links.extend(src for _, src in getattr(element, "default_js", []))
        links.extend(href for _, href in getattr(element, "default_css", []))
    return list(dict.fromkeys(links))


def map_problems(m: Element) -> list[str]:
    """Why this map would not work offline: a foreign asset, or a `folium.Icon` (its CSS is not shipped)."""
    problems = [f"asset from outside the app: {link}" for link in asset_links(m) if not link.startswith(STATIC_URL)]
    if any(isinstance(e, folium.Icon) for e in _elements(m)):
        problems.append(
            "folium.Icon needs Font Awesome and awesome-markers, which are not shipped; use a CircleMarker or a DivIcon"
        )
    return problems


def show_map(
    m: folium.Map,
    key: str,
    height: int = 560,
    returned_objects: Sequence[str] = (),
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
) -> dict[str, Any]:
    """Render with st_folium after checking the map works offline. Returns st_folium's dict."""
    from streamlit_folium import st_folium

    problems = map_problems(m)
    if problems:
        raise RuntimeError("map refused: " + "; ".join(problems))
    return (
        st_folium(
            m,
            key=key,
            height=height,
            use_container_width=True,
            returned_objects=list(returned_objects),
            center=center,
            zoom=zoom,
        )
        or {}
    )
