"""Main roads as published, SCHEMATIC: straight lines through the towns in each road's published order.

Retired as the default road picture (the Digital Chart of the World lines, `roads_dcw`, show the
real alignment and carry these roads' names and surfaces); kept as an optional layer for the
published facts (status, published length), and as the route planner's road only where no DCW
line follows a segment (`in_routing`: Bandafassi–Dindéfélo, Sabodala–Kayan).
"""

from atlas.foundation.i18n import Msg
from atlas.layers.spec import Column, LayerSpec, Provenance, Style
from atlas.layers.specs._provenance import WOF_ATTRIBUTION

SPEC = LayerSpec(
    id="roads",
    group="context",
    geometry=("LineString", "MultiLineString"),
    required_columns=("name", "ref", "surface", "surface_class", "length_published_km", "status"),
    sensitivity="public",
    provenance=Provenance(
        source=Msg("layer.roads.source"),
        licence=Msg("layer.roads.licence"),
        date="2017–2025",
        attribution=WOF_ATTRIBUTION,
        located=Msg("layer.roads.located"),
    ),
    style=Style(
        color="#c0392b",
        weight=3,
        class_field="surface_class",
        classes={"paved": "#c0392b", "unpaved": "#e67e22", "unknown": "#7f8c8d"},
    ),
    tooltip_field="name",
    popup_fields=("name", "ref", "surface", "surface_class", "length_published_km", "status"),
    filename="roads.geojson",
    default_on=False,
    order=20,
    columns={
        "surface_class": Column(allowed=("paved", "unpaved", "unknown")),
        "length_published_km": Column("number", minimum=0),
    },
)
