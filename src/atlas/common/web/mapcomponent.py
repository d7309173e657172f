"""Folium maps turned into immutable strings once, then handed to the st_folium frontend many times.

Why: `st_folium(m)` renders the folium map on every run (2–3× `get_root().render()`), and its
rendering mutates the map, so a folium object can be neither reused nor shared between sessions.
Here a map is rendered once into a `MapPayload` (plain strings: script, header, links) that any
number of sessions can show, and the layers go to the frontend as an *overlay*: JavaScript that
st_folium's frontend evaluates in place (its `feature_group` argument) without re-mounting the map.
Changing the overlay (a layer toggled, a pan at high zoom, new data) therefore redraws the
features only; the map itself, its position and zoom stay as the user left them.

The frontend arguments mirror `streamlit_folium.st_folium` 0.27 (pinned in pyproject.toml), whose
private helpers are reused so the strings are exactly what st_folium itself would send.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import branca
import folium
import folium.elements

from atlas.common.web.mapframe import map_problems
from atlas.foundation.html_safe import escape
from atlas.foundation.memo import shared_cache


@dataclass(frozen=True)
class MapPayload:
    """What the st_folium frontend needs to draw a map, as strings (safe to share between sessions)."""

    script: str
    header: str
    html: str
    map_id: str
    css_links: tuple[str, ...]
    js_links: tuple[str, ...]

    @property
    def size(self) -> int:
        """Bytes of the payload (what every new session receives for the map itself)."""
        return sum(len(s.encode()) for s in (self.script, self.header, self.html, *self.css_links, *self.js_links))


def _links(m: folium.Map) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The js and css links st_folium would collect (same walk, same order)."""
    css: list[str] = []
    js: list[str] = []

    def walk(element: object):
        if isinstance(element, branca.colormap.ColorMap | folium.elements.JSCSSMixin):
            yield element
        for child in getattr(element, "_children", {}).values():
            yield from walk(child)

    for element in walk(m):
        css.extend(href for _, href in getattr(element, "default_css", []))
        js.extend(src for _, src in getattr(element, "default_js", []))
    return tuple(dict.fromkeys(js)), tuple(dict.fromkeys(css))


def render_payload(m: folium.Map) -> MapPayload:
    """Render `m` once (it is consumed: do not reuse it). Refuses a map that would not work offline."""
    from streamlit_folium import _get_header, _get_html, _get_map_string, get_full_id

    problems = map_problems(m)
    if problems:
        raise RuntimeError("map refused: " + "; ".join(problems))
    m.get_root().render()
    m.render()
    html = _get_html(m)
    header = _get_header(m)
    script = _get_map_string(m)
    js, css = _links(m)
    if not _has_popup_element(m):  # jQuery serves folium.Popup only; st_folium loads scripts one by one
        js = tuple(link for link in js if "/jquery/" not in link)
    return MapPayload(script, header, html, get_full_id(m), css, js)


def _has_popup_element(element: object) -> bool:
    """Whether a folium.Popup (built with jQuery's `$()`) is in the tree; GeoJsonPopup does not need it."""
    if isinstance(element, folium.Popup):
        return True
    return any(_has_popup_element(child) for child in getattr(element, "_children", {}).values())


_GEOJSON_VAR = re.compile(r"var (geo_json_\w+) = L\.geoJson\(")


def overlay_script(group: folium.FeatureGroup, name: str) -> str:
    """JavaScript that adds `group` to the frontend's map (`map_div`); `name` must be unique per overlay.

    Built on a throwaway map, so nothing shared is mutated. Each GeoJSON layer is also published on
    `window` (as a map script's layers are), which is how browser tests find a feature to click.
    """
    from streamlit_folium import _get_feature_group_string

    problems = map_problems(group)
    if _has_popup_element(group):
        problems.append("folium.Popup needs jQuery, which map frames load only when they hold one themselves")
    if problems:
        raise RuntimeError("overlay refused: " + "; ".join(problems))
    js = _get_feature_group_string(group, folium.Map(tiles=None), idx=name)
    exposed = "".join(f"window.{var} = {var};\n" for var in _GEOJSON_VAR.findall(js))
    return js + exposed


def chrome_script(attribution: str, notice: str | None) -> str:
    """JavaScript that sets the map's attribution line and on-map notice (replacing the previous ones).

    Part of the overlay because both depend on the layers shown; in the map script they would force
    a new map on every toggle. Texts are escaped here: Leaflet writes them as HTML.
    """
    return (
        "(function(map){var s = window.__atlas_chrome = window.__atlas_chrome || {};"
        "var a = map.attributionControl;"
        "if (a) { a.setPrefix(false); if (s.attr) a.removeAttribution(s.attr);"
        f" s.attr = {json.dumps(escape(attribution))}; a.addAttribution(s.attr); }}"
        "if (s.notice) { map.removeControl(s.notice); s.notice = null; }"
        f"var text = {json.dumps(escape(notice) if notice else '')};"
        "if (text) { var box = L.control({position: 'topright'});"
        " box.onAdd = function(){ var div = L.DomUtil.create('div', 'atlas-notice');"
        " div.style.cssText = 'background:#fff3cd;border:2px solid #b7791f;padding:4px 8px;'"
        " + 'font:bold 13px sans-serif;color:#7a4b00;max-width:260px'; div.innerHTML = text; return div; };"
        " box.addTo(map); s.notice = box; }"
        "})(map_div);\n"
    )


@shared_cache(maxsize=64)
def component_key(payload: MapPayload, key: str) -> str:
    """The frontend component's key (st_folium's hash of the map script): same script, same map.

    Cached: the hash runs regular expressions over the whole script, twice per run otherwise.
    """
    from streamlit_folium import generate_js_hash

    return generate_js_hash(payload.script, key, False)


def bounds_dict(south: float, west: float, north: float, east: float) -> dict:
    return {"_southWest": {"lat": south, "lng": west}, "_northEast": {"lat": north, "lng": east}}


def show_payload(
    payload: MapPayload,
    key: str,
    overlay: str,
    height: int,
    returned_objects: Sequence[str],
    defaults: dict,
    on_change: Callable[[], None] | None = None,
) -> dict:
    """Show a rendered map with its overlay; returns st_folium's dict (or `defaults` before any interaction).

    `defaults` holds the values returned before the browser reports any (e.g. the initial bounds).
    """
    import streamlit as st
    from streamlit_folium import _component_func

    hash_key = component_key(payload, key)

    def _on_change() -> None:
        st.session_state[key] = st.session_state.get(hash_key, {})
        if on_change is not None:
            on_change()

    full_defaults = {name: defaults.get(name) for name in returned_objects}
    value = _component_func(
        script=payload.script,
        header=payload.header,
        html=payload.html,
        id=payload.map_id,
        key=hash_key,
        height=height,
        width=None,
        returned_objects=list(returned_objects),
        default=full_defaults,
        zoom=None,
        center=None,
        feature_group=overlay,
        return_on_hover=False,
        layer_control=None,
        pixelated=False,
        css_links=list(payload.css_links),
        js_links=list(payload.js_links),
        on_change=_on_change,
        wrap_longitude=False,
    )
    return value or full_defaults
