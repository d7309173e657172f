"""The outreach map: context layers, the route line and numbered stop markers (offline, escaped).

Numbered markers are Leaflet DivIcons (plain HTML, no image to fetch) with the class
`outreach-stop`, which the browser test counts. Labels are escaped.
"""

from __future__ import annotations

import folium
import geopandas as gpd
from shapely.geometry import LineString

from atlas.common.web.mapframe import add_frame, add_layer, finish_map, new_map
from atlas.features.outreach.reports.itinerary_pdf import CUT_OFF_COLOUR
from atlas.features.outreach.reports.outputs import ROUTE_COLOUR, TourOutputs
from atlas.foundation.config import WGS84
from atlas.foundation.html_safe import escape
from atlas.foundation.i18n import t
from atlas.layers.registry import current_provenance

MARKER_CSS = (
    "display:flex;align-items:center;justify-content:center;width:24px;height:24px;"
    "border-radius:12px;border:2px solid #fff;font:bold 12px sans-serif;color:#fff;"
)


def build_route_map(outputs: TourOutputs | None, lang: str, candidates: gpd.GeoDataFrame | None = None) -> folium.Map:
    """Map of the region with the route (when planned) and the candidate stops as small dots."""
    m = new_map(lang)
    attributions = []
    for layer_id in ("departments", "rivers", "roads_dcw", "roads"):
        add_layer(m, layer_id, lang)
        attributions.append(current_provenance(layer_id).text("attribution", lang))
    if candidates is not None and not candidates.empty:
        add_frame(
            m,
            candidates,
            t("outreach.stops", lang),
            style_function=lambda _f: {"color": "#555", "weight": 1, "fillColor": "#999", "fillOpacity": 0.7},
            tooltip_columns=[("", "label")],
            point_radius=4,
        )
    if outputs is not None and len(outputs.route) >= 2:
        line = gpd.GeoDataFrame(
            {"name": [t("outreach.map.route", lang)]}, geometry=[LineString(outputs.route)], crs=WGS84
        )
        add_frame(
            m,
            line,
            t("outreach.map.route", lang),
            style_function=lambda _f: {"color": ROUTE_COLOUR, "weight": 5, "opacity": 0.85},
            tooltip_columns=[("", "name")],
        )
    if outputs is not None:
        group = folium.FeatureGroup(name=t("outreach.map.stops", lang))
        for number, label, lat, lon in outputs.numbered_stops:
            colour = "#1b5e20" if number == 0 else ROUTE_COLOUR
            html = f"<div class='outreach-stop' style='{MARKER_CSS}background:{colour}'>{number}</div>"
            folium.Marker(
                [lat, lon],
                icon=folium.DivIcon(html=html, icon_size=(24, 24), icon_anchor=(12, 12)),
                tooltip=folium.Tooltip(escape(f"{number}. {label}")),
            ).add_to(group)
        for label, lat, lon in outputs.cut_off_points:  # cut off by the season: marked, never silently left out
            html = f"<div class='outreach-cut-off' style='{MARKER_CSS}background:{CUT_OFF_COLOUR}'>×</div>"
            folium.Marker(
                [lat, lon],
                icon=folium.DivIcon(html=html, icon_size=(24, 24), icon_anchor=(12, 12)),
                tooltip=folium.Tooltip(escape(f"{label} — {t('outreach.pdf.legend.unreachable', lang)}")),
            ).add_to(group)
        group.add_to(m)
        lats = [s[2] for s in outputs.numbered_stops]
        lons = [s[3] for s in outputs.numbered_stops]
        if len(lats) > 1:
            m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=(30, 30))
    return finish_map(m, attributions)
