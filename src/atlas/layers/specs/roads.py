"""Main roads, SCHEMATIC: straight lines through the towns in each road's published order."""

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
    default_on=True,
    order=20,
    columns={
        "surface_class": Column(allowed=("paved", "unpaved", "unknown")),
        "length_published_km": Column("number", minimum=0),
    },
)
