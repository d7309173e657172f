"""The CSR page's map: context, impact zone, concession footprint, members coloured by gap band.

Built with `atlas.common.web.mapframe` (local assets, escaped labels); only the columns listed in the
tooltips reach the browser. Each overlay carries a CSS class (csr-zone, csr-footprint, csr-member
csr-gap-<band>) so browser tests and print styles can find it. No service or shelter point is
drawn: there is none in the data.
"""

from __future__ import annotations

import math

import folium

from atlas.common.web.mapframe import add_frame, add_layer, finish_map, new_map
from atlas.features.csr.analysis.gaps import GapResult
from atlas.features.csr.reports.report import band_colour, members_for_map, zone_frames
from atlas.foundation.i18n import t
from atlas.foundation.roles import allows
from atlas.layers.registry import current_provenance, get_layer

CONTEXT_LAYERS: tuple[str, ...] = ("departments", "rivers", "services_areas")


def _zoom_for(width_km: float) -> int:
    """A zoom level that shows the whole zone in a ~700 px wide map."""
    if width_km <= 0:
        return 11
    return int(max(7, min(13, math.floor(math.log2(40075 * 700 / 256 / width_km)) - 1)))


def build_csr_map(result: GapResult, lang: str, role: str = "viewer") -> tuple[folium.Map, dict[str, int]]:
    """The map and how many features each overlay drew (the browser test counts them)."""
    zone, fp = zone_frames(result)
    minx, miny, maxx, maxy = result.zone.geometry.bounds
    centre = zone.geometry.iloc[0].centroid
    m = new_map(lang, location=(centre.y, centre.x), zoom=_zoom_for(max(maxx - minx, maxy - miny) / 1000.0))
    counts: dict[str, int] = {}
    for layer_id in CONTEXT_LAYERS:
        if allows(role, get_layer(layer_id).min_role):  # shelter availability only for partners and up
            counts[layer_id] = add_layer(m, layer_id, lang)
    counts["zone"] = add_frame(
        m,
        zone,
        t("csr.map.zone", lang),
        lambda _f: {
            "color": "#1f618d",
            "weight": 2,
            "dashArray": "6 4",
            "fillColor": "#d6eaf8",
            "fillOpacity": 0.25,
            "className": "csr-zone",
        },
        tooltip_columns=[("", "name"), (t("csr.radius", lang), "buffer_km")],
    )
    fp = fp.assign(basis_label=[t(f"csr.basis.{b}", lang) for b in fp["basis"]])
    counts["footprint"] = add_frame(
        m,
        fp,
        t("csr.map.footprint", lang),
        lambda _f: {
            "color": "#7d6608",
            "weight": 2,
            "fillColor": "#f9e79f",
            "fillOpacity": 0.7,
            "className": "csr-footprint",
        },
        tooltip_columns=[("", "name"), (t("csr.fig.footprint_basis", lang), "basis_label")],
        point_radius=8,
    )
    members = members_for_map(result, lang)
    counts["members"] = add_frame(
        m,
        members,
        t("csr.map.members", lang),
        lambda f: {
            "color": "#222222",
            "weight": 1,
            "fillColor": band_colour(f["properties"].get("_class")),
            "fill": True,
            "fillOpacity": 0.95,
            "className": f"csr-member csr-gap-{f['properties'].get('_class')}",
        },
        tooltip_columns=[
            (t("csr.col.rank", lang), "rank"),
            ("", "name"),
            ("", "kind_label"),
            (t("csr.col.gap_score", lang), "gap_score"),
        ],
        class_column="band",
        point_radius=7,
    )
    credited = (*CONTEXT_LAYERS, "concessions", "places", "mining_sites", "bajenu_gox")
    attributions = [current_provenance(i).text("attribution", lang) for i in credited]
    finish_map(m, attributions, notice=t("csr.synthetic_notice", lang) if result.bajenu_synthetic else None)
    folium.LayerControl(collapsed=True).add_to(m)
    return m, counts
